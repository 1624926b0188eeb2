/**
 * The roll-up per scope unit (issue #7): every stream counted under its own unit and under every ancestor of it,
 * per local day and per dimension, so a chart of a unit's subtree (a ward, the whole city) sums the rows of one
 * unit, a few thousand whatever the number of records, instead of the leaf rows of the whole subtree.
 *
 * A row is (scope unit, dimension, span, first day of the span, key1, key2) → streams:
 * - `topic` (key1 = topic code; a stream counts under each of its topics), `direction`, `channel`, `area_id`
 *   (key1 = area id, '' for none; each stream once), per day (span 'd');
 * - `area_topic` (key1 = area id or '', key2 = topic) for the heat grid, per day ('d'), per part of a month ('p':
 *   days 1–8, 9–16, 17–24, 25–end, keyed by the part's first day) and per month ('m', keyed by the 1st), so a
 *   period reads whole months and parts and at most a week of single days at each end.
 * Kept current with opinion_rollup_daily by `rollupReports` and `addRollupRows`, in the transaction of each write;
 * a unit move takes the moved subtree's counts from its old ancestors and gives them to its new ones
 * (`moveRollupScope`). Filled here from the daily roll-up for the records that already exist.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely'
import type { DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, dialect: DialectName) {
  await db.schema
    .createTable('opinion_rollup_scope')
    /** the unit whose subtree is counted: the record's own unit and each of its ancestors */
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
    .addColumn('streams', 'integer', (c) => c.notNull())
    // what every read asks: these scope units, this dimension and span, these days
    .addPrimaryKeyConstraint('opinion_rollup_scope_pk', ['scope_unit_id', 'dim', 'span', 'day', 'key1', 'key2'])
    // SQLite: the rows live in the primary key's b-tree, so a read is one range of it with no lookups
    .$call((b) => (dialect === 'sqlite' ? b.modifyEnd(sql`without rowid`) : b))
    .execute()

  // each unit with itself and its ancestors (paths are "/root/…/id/")
  const ancestors = sql`(select u.id as unit_id, a.id as scope_unit_id from unit u join unit a on substr(u.path, 1, length(a.path)) = a.path)`
  const part = sql`substr(d.day, 1, 8) || case when substr(d.day, 9, 2) <= '08' then '01' when substr(d.day, 9, 2) <= '16' then '09' when substr(d.day, 9, 2) <= '24' then '17' else '25' end`
  /** One dimension and span, from the daily rows of topics (`topicRows`) or of every stream once ('*'); no key2 = ''. */
  const fill = async (dim: string, span: string, bucket: RawBuilder<unknown>, key1: RawBuilder<unknown>, key2: RawBuilder<unknown> | null, topicRows: boolean) => {
    await sql`insert into opinion_rollup_scope (scope_unit_id, dim, span, day, key1, key2, streams)
      select x.scope_unit_id, ${sql.lit(dim)}, ${sql.lit(span)}, ${bucket}, ${key1}, ${key2 ?? sql.lit('')}, sum(d.streams)
      from opinion_rollup_daily d join ${ancestors} x on x.unit_id = d.unit_id
      where ${topicRows ? sql`d.topic <> '*'` : sql`d.topic = '*'`}
      group by x.scope_unit_id, ${bucket}, ${key1}${key2 ? sql`, ${key2}` : sql``}`.execute(db)
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
