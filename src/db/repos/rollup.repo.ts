/**
 * The daily roll-up of opinion streams (opinion_rollup_daily): per local day, unit, area, topic, direction and
 * channel, how many streams. Written through `rollupReports` (or, for records an import has just inserted, their
 * counts made in memory through `addRollupRows`), in the transaction of the write it follows;
 * read by the trend services. No rules, no authorisation: callers pass the scope paths.
 */
import { sql, type Expression, type SqlBool } from 'kysely'
import type { Db } from '../connect.ts'
import { insertMany, type BulkColumn } from '../dialect.ts'
import { pathInScope } from './scope.ts'

/** The topic value of the rows that count every stream once, whatever its topics. */
export const ALL_TOPICS = '*'

const CHUNK = 500

/**
 * Adds (+1) or takes away (−1) the streams of these records, as they are stored at this moment, to or from the
 * roll-up: call it with −1 before a record or its streams change or go, and with +1 once they are written.
 * Rows brought to zero are removed.
 */
export async function rollupReports(db: Db, reportIds: string[], sign: 1 | -1): Promise<void> {
  for (let i = 0; i < reportIds.length; i += CHUNK) {
    const ids = reportIds.slice(i, i + CHUNK)
    const n = sql.raw(sign === 1 ? 'count(*)' : '-count(*)')
    // one row per topic of each stream, and one '*' row per stream; `where` before `on conflict` keeps SQLite's parser from reading it as a join
    await sql`insert into opinion_rollup_daily (day, unit_id, unit_path, area_id, topic, direction, channel, streams)
      select r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), st.topic, s.direction, r.channel, ${n}
      from opinion_report r join opinion_stream s on s.report_id = r.id join stream_topic st on st.stream_id = s.id
      where r.id in (${sql.join(ids)})
      group by r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), st.topic, s.direction, r.channel
      on conflict (day, unit_id, area_id, topic, direction, channel) do update set streams = opinion_rollup_daily.streams + excluded.streams, unit_path = excluded.unit_path`.execute(db)
    await sql`insert into opinion_rollup_daily (day, unit_id, unit_path, area_id, topic, direction, channel, streams)
      select r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), ${sql.lit(ALL_TOPICS)}, s.direction, r.channel, ${n}
      from opinion_report r join opinion_stream s on s.report_id = r.id
      where r.id in (${sql.join(ids)})
      group by r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), s.direction, r.channel
      on conflict (day, unit_id, area_id, topic, direction, channel) do update set streams = opinion_rollup_daily.streams + excluded.streams, unit_path = excluded.unit_path`.execute(db)
    if (sign === -1) {
      await db
        .deleteFrom('opinion_rollup_daily')
        .where('streams', '<=', 0)
        // only where these records counted (their days and units), so the primary key finds the rows
        .where('day', 'in', (eb) => eb.selectFrom('opinion_report').select('heard_on').where('id', 'in', ids))
        .where('unit_id', 'in', (eb) => eb.selectFrom('opinion_report').select('unit_id').where('id', 'in', ids))
        .execute()
    }
  }
}

/** One row of the daily roll-up: a count of streams by day, unit, area ('' for none), topic ('*' for all), direction and channel. */
export type RollupRow = { day: string; unit_id: string; unit_path: string; area_id: string; topic: string; direction: string; channel: string; streams: number }

const ROLLUP_COLUMNS = ['day', 'unit_id', 'unit_path', 'area_id', 'topic', 'direction', 'channel', 'streams'] as const
const ROLLUP_INSERT: BulkColumn[] = ROLLUP_COLUMNS.map((name) => ({ name, pg: name === 'streams' ? 'integer' : 'text' }))

/**
 * Adds counts to the roll-up (positive counts of records just written, counted by the caller as `rollupReports`
 * would count them), in a few multi-row upserts instead of an insert-select over the records. Keys must not repeat.
 */
export async function addRollupRows(db: Db, rows: RollupRow[]): Promise<void> {
  await insertMany(db, 'opinion_rollup_daily', ROLLUP_INSERT, rows.map((r) => ROLLUP_COLUMNS.map((c) => r[c])),
    'on conflict (day, unit_id, area_id, topic, direction, channel) do update set streams = opinion_rollup_daily.streams + excluded.streams, unit_path = excluded.unit_path')
}

/** Where and when: the scope paths, an optional unit subtree inside them, and the days (inclusive). */
export type RollupWindow = { scope: string[]; unitPath?: string; from: string; to: string }

function inWindow(w: RollupWindow): Expression<SqlBool>[] {
  return [
    pathInScope('unit_path', w.scope),
    ...(w.unitPath ? [pathInScope('unit_path', [w.unitPath])] : []),
    sql<SqlBool>`day >= ${w.from}`,
    sql<SqlBool>`day <= ${w.to}`,
  ]
}

/** What a daily sum is split by: a topic (a stream counts under each of its topics), or a field of every stream once. */
export type RollupDimension = 'topic' | 'direction' | 'channel' | 'area_id'

/** Streams per day and value of `dim` in the window. */
export function sumRollupByDay(db: Db, w: RollupWindow, dim: RollupDimension) {
  return db
    .selectFrom('opinion_rollup_daily')
    .select(['day', sql.ref<string>(dim).as('key')])
    .select((eb) => eb.fn.sum<number>('streams').as('streams'))
    .where((eb) => eb.and([...inWindow(w), dim === 'topic' ? eb('topic', '<>', ALL_TOPICS) : eb('topic', '=', ALL_TOPICS)]))
    .groupBy(['day', dim])
    .orderBy('day')
    .execute()
}

/** Streams per area ('' for none) and topic in the window. */
export function sumRollupByAreaTopic(db: Db, w: RollupWindow) {
  return db
    .selectFrom('opinion_rollup_daily')
    .select(['area_id', 'topic'])
    .select((eb) => eb.fn.sum<number>('streams').as('streams'))
    .where((eb) => eb.and([...inWindow(w), eb('topic', '<>', ALL_TOPICS)]))
    .groupBy(['area_id', 'topic'])
    .execute()
}

/** Streams per month ("YYYY-MM") and topic in the window. */
export function sumRollupByMonthTopic(db: Db, w: RollupWindow) {
  const month = sql<string>`substr(day, 1, 7)`
  return db
    .selectFrom('opinion_rollup_daily')
    .select([month.as('month'), 'topic'])
    .select((eb) => eb.fn.sum<number>('streams').as('streams'))
    .where((eb) => eb.and([...inWindow(w), eb('topic', '<>', ALL_TOPICS)]))
    .groupBy([month, 'topic'])
    .execute()
}
