/**
 * Cheaper roll-up writes (issue #7: the roll-up per scope unit had tripled SQLite's import CPU, and on PostgreSQL
 * concurrent writes of one day, unit and topic queued on the same rows' locks).
 *
 * - opinion_rollup_scope counts a stream under the PROPER ancestors of its unit only (0009 also counted it under
 *   its own unit). A scope unit's own records (a leaf cell's, or a ward's own) are read from opinion_rollup_daily
 *   by exact unit_path (its (unit_path, day) index) and added by the readers; a moved unit's subtree counts are its
 *   scope rows plus its own daily rows. A bench record (at a leaf of city → ward → cell) writes two levels, not three.
 *   The dimensions keyed by area (area_id, area_topic) are counted under the unit's parent only: an area belongs to
 *   one ward, so the city's rows repeated its wards' rows key for key; readers sum the scope unit and the units with
 *   children beneath it.
 * - Both roll-ups get a `slot` (0–7) in their key: the milliseconds of the record's created_at modulo 8, 0 without
 *   them (`slotOf` in rollup.repo.ts computes the same). Single writes a few milliseconds apart upsert different
 *   rows; a record's −1 hits the slot of its +1 (created_at never changes); a bulk import's records share one
 *   created_at, hence one slot. Readers sum over slots.
 *
 * Both tables are rebuilt: the daily roll-up recounted from the records (each in its slot), the scope roll-up
 * refilled from it (as 0009 did, without a unit's own rows).
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, dialect: DialectName) {
  const slot = sql`(case when substr(r.created_at, 20, 1) = '.' then cast(substr(r.created_at, 21, 3) as integer) % 8 else 0 end)`

  await db.schema
    .createTable('opinion_rollup_daily_0011')
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    /** the stripe: the record's created_at milliseconds modulo 8 */
    .addColumn('slot', 'integer', (c) => c.notNull())
    .addColumn('streams', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('opinion_rollup_daily_slot_pk', ['day', 'unit_id', 'area_id', 'topic', 'direction', 'channel', 'slot'])
    .execute()
  await sql`insert into opinion_rollup_daily_0011 (day, unit_id, unit_path, area_id, topic, direction, channel, slot, streams)
    select r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), st.topic, s.direction, r.channel, ${slot}, count(*)
    from opinion_report r join opinion_stream s on s.report_id = r.id join stream_topic st on st.stream_id = s.id
    group by r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), st.topic, s.direction, r.channel, ${slot}`.execute(db)
  await sql`insert into opinion_rollup_daily_0011 (day, unit_id, unit_path, area_id, topic, direction, channel, slot, streams)
    select r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), '*', s.direction, r.channel, ${slot}, count(*)
    from opinion_report r join opinion_stream s on s.report_id = r.id
    group by r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), s.direction, r.channel, ${slot}`.execute(db)
  await db.schema.dropTable('opinion_rollup_daily').execute()
  await sql`alter table opinion_rollup_daily_0011 rename to opinion_rollup_daily`.execute(db)
  if (dialect === 'postgres') await sql`create index opinion_rollup_daily_path_idx on opinion_rollup_daily (unit_path text_pattern_ops, day)`.execute(db)
  else await sql`create index opinion_rollup_daily_path_idx on opinion_rollup_daily (unit_path, day)`.execute(db)

  await db.schema.dropTable('opinion_rollup_scope').execute()
  await db.schema
    .createTable('opinion_rollup_scope')
    /** a proper ancestor of the records' unit */
    .addColumn('scope_unit_id', 'text', (c) => c.notNull())
    /** topic | direction | channel | area_id | area_topic */
    .addColumn('dim', 'text', (c) => c.notNull())
    /** d (day) | p (part of a month) | m (month) */
    .addColumn('span', 'text', (c) => c.notNull())
    /** the first local day of the span */
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('key1', 'text', (c) => c.notNull())
    /** the topic of an area_topic row; '' otherwise */
    .addColumn('key2', 'text', (c) => c.notNull())
    /** the stripe, as in the daily roll-up */
    .addColumn('slot', 'integer', (c) => c.notNull())
    .addColumn('streams', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('opinion_rollup_scope_slot_pk', ['scope_unit_id', 'dim', 'span', 'day', 'key1', 'key2', 'slot'])
    .$call((b) => (dialect === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
    .execute()

  // each unit with its proper ancestors (paths are "/root/…/id/"), or with its parent
  const ancestors = sql`(select u.id as unit_id, a.id as scope_unit_id from unit u join unit a on length(a.path) < length(u.path) and substr(u.path, 1, length(a.path)) = a.path)`
  const parent = sql`(select u.id as unit_id, u.parent_id as scope_unit_id from unit u where u.parent_id is not null)`
  const part = sql`substr(d.day, 1, 8) || case when substr(d.day, 9, 2) <= '08' then '01' when substr(d.day, 9, 2) <= '16' then '09' when substr(d.day, 9, 2) <= '24' then '17' else '25' end`
  const fill = async (dim: string, span: string, bucket: RawBuilder<unknown>, key1: RawBuilder<unknown>, key2: RawBuilder<unknown> | null, topicRows: boolean) => {
    await sql`insert into opinion_rollup_scope (scope_unit_id, dim, span, day, key1, key2, slot, streams)
      select x.scope_unit_id, ${sql.lit(dim)}, ${sql.lit(span)}, ${bucket}, ${key1}, ${key2 ?? sql.lit('')}, d.slot, sum(d.streams)
      from opinion_rollup_daily d join ${dim.startsWith('area') ? parent : ancestors} x on x.unit_id = d.unit_id
      where ${topicRows ? sql`d.topic <> '*'` : sql`d.topic = '*'`}
      group by x.scope_unit_id, ${bucket}, ${key1}${key2 ? sql`, ${key2}` : sql``}, d.slot`.execute(db)
  }
  const day = sql`d.day`
  await fill('topic', 'd', day, sql`d.topic`, null, true)
  await fill('direction', 'd', day, sql`d.direction`, null, false)
  await fill('channel', 'd', day, sql`d.channel`, null, false)
  await fill('area_id', 'd', day, sql`d.area_id`, null, false)
  await fill('area_topic', 'd', day, sql`d.area_id`, sql`d.topic`, true)
  await fill('area_topic', 'p', part, sql`d.area_id`, sql`d.topic`, true)
  await fill('area_topic', 'm', sql`substr(d.day, 1, 8) || '01'`, sql`d.area_id`, sql`d.topic`, true)
}
