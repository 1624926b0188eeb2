/**
 * The roll-ups of opinion streams: daily (opinion_rollup_daily: per local day, unit, area, topic, direction and
 * channel, how many streams; read by reports) and per scope unit (opinion_rollup_scope: each stream under its unit
 * and every ancestor, per day and dimension; read by the trend services). Both written through `rollupReports` (or,
 * for records an import has just inserted, their counts made in memory through `addRollupRows`), in the
 * transaction of the write they follow; unit moves through `moveRollupScope`. No rules, no authorisation: callers
 * pass the scope units.
 */
import { sql } from 'kysely'
import type { Db } from '../connect.ts'
import { insertMany, type BulkColumn } from '../dialect.ts'

/** The topic value of the rows that count every stream once, whatever its topics. */
export const ALL_TOPICS = '*'

const CHUNK = 500

/**
 * Adds (+1) or takes away (−1) the streams of these records, as they are stored at this moment, to or from the
 * roll-ups (daily and per scope unit): call it with −1 before a record or its streams change or go, and with +1
 * once they are written. Rows brought to zero are removed.
 */
export async function rollupReports(db: Db, reportIds: string[], sign: 1 | -1): Promise<void> {
  for (let i = 0; i < reportIds.length; i += CHUNK) {
    const ids = reportIds.slice(i, i + CHUNK)
    const rows = await countReportStreams(db, ids)
    await applyRollupRows(db, rows, sign)
    if (sign === -1) {
      await db
        .deleteFrom('opinion_rollup_daily')
        .where('streams', '<=', 0)
        // only where these records counted (their days and units), so the primary key finds the rows
        .where('day', 'in', (eb) => eb.selectFrom('opinion_report').select('heard_on').where('id', 'in', ids))
        .where('unit_id', 'in', (eb) => eb.selectFrom('opinion_report').select('unit_id').where('id', 'in', ids))
        .execute()
      await deleteEmptyScopeRows(db, scopeRowsOf(rows, -1))
    }
  }
}

/** The streams of these records as roll-up rows: one row per topic of each stream, and one '*' row per stream. */
async function countReportStreams(db: Db, ids: string[]): Promise<RollupRow[]> {
  const { rows } = await sql<RollupRow>`select r.heard_on as day, r.unit_id, r.unit_path, coalesce(r.area_id, '') as area_id, st.topic, s.direction, r.channel, count(*) as streams
      from opinion_report r join opinion_stream s on s.report_id = r.id join stream_topic st on st.stream_id = s.id
      where r.id in (${sql.join(ids)})
      group by r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), st.topic, s.direction, r.channel
    union all
    select r.heard_on as day, r.unit_id, r.unit_path, coalesce(r.area_id, '') as area_id, ${sql.lit(ALL_TOPICS)} as topic, s.direction, r.channel, count(*) as streams
      from opinion_report r join opinion_stream s on s.report_id = r.id
      where r.id in (${sql.join(ids)})
      group by r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), s.direction, r.channel`.execute(db)
  return rows.map((r) => ({ ...r, streams: Number(r.streams) }))
}

/** One row of the daily roll-up: a count of streams by day, unit, area ('' for none), topic ('*' for all), direction and channel. */
export type RollupRow = { day: string; unit_id: string; unit_path: string; area_id: string; topic: string; direction: string; channel: string; streams: number }

const ROLLUP_COLUMNS = ['day', 'unit_id', 'unit_path', 'area_id', 'topic', 'direction', 'channel', 'streams'] as const
const ROLLUP_INSERT: BulkColumn[] = ROLLUP_COLUMNS.map((name) => ({ name, pg: name === 'streams' ? 'integer' : 'text' }))

/**
 * Adds counts to the roll-ups (positive counts of records just written, counted by the caller as `rollupReports`
 * would count them), in a few multi-row upserts instead of an insert-select over the records. Keys must not repeat.
 */
export async function addRollupRows(db: Db, rows: RollupRow[]): Promise<void> {
  await applyRollupRows(db, rows, 1)
}

/** Upserts daily rows (keys not repeated), times `sign`, into the daily roll-up and, summed per scope unit, into the scope roll-up. */
async function applyRollupRows(db: Db, rows: RollupRow[], sign: 1 | -1): Promise<void> {
  await insertMany(db, 'opinion_rollup_daily', ROLLUP_INSERT, rows.map((r) => ROLLUP_COLUMNS.map((c) => (c === 'streams' ? sign * r.streams : r[c]))),
    'on conflict (day, unit_id, area_id, topic, direction, channel) do update set streams = opinion_rollup_daily.streams + excluded.streams, unit_path = excluded.unit_path')
  await insertMany(db, 'opinion_rollup_scope', SCOPE_INSERT, scopeRowsOf(rows, sign), `on conflict (${SCOPE_KEY}) do update set streams = opinion_rollup_scope.streams + excluded.streams`)
}

// ---------------------------------------------------------------------------------------------------------------
// The roll-up per scope unit (opinion_rollup_scope, migration 0009): each stream under its own unit and every
// ancestor, per dimension; the heat grid's area × topic also per part of a month and per month.

/** What a sum is split by: a topic (a stream counts under each of its topics), or a field of every stream once. */
export type RollupDimension = 'topic' | 'direction' | 'channel' | 'area_id'

const SCOPE_COLUMNS = ['scope_unit_id', 'dim', 'span', 'day', 'key1', 'key2', 'streams'] as const
const SCOPE_KEY = SCOPE_COLUMNS.slice(0, 6).join(', ')
const SCOPE_INSERT: BulkColumn[] = SCOPE_COLUMNS.map((name) => ({ name, pg: name === 'streams' ? 'integer' : 'text' }))
type ScopeRow = [scopeUnitId: string, dim: string, span: 'd' | 'p' | 'm', day: string, key1: string, key2: string, streams: number]

/** The first day of the part of the month a day lies in: days 1–8, 9–16, 17–24, 25 to the end. */
export function partOf(day: string): string {
  const d = Number(day.slice(8, 10))
  return `${day.slice(0, 8)}${d <= 8 ? '01' : d <= 16 ? '09' : d <= 24 ? '17' : '25'}`
}

/** The ids of a unit and its ancestors, from its path ("/root/…/id/"). */
function unitsOfPath(path: string): string[] {
  return path.split('/').filter(Boolean)
}

/** Daily rows (times `sign`) summed into scope rows, one per key. */
function scopeRowsOf(rows: readonly RollupRow[], sign: 1 | -1): ScopeRow[] {
  const out = new Map<string, ScopeRow>()
  const add = (unit: string, dim: string, span: ScopeRow[2], day: string, key1: string, key2: string, n: number) => {
    const k = `${unit}\t${dim}\t${span}\t${day}\t${key1}\t${key2}`
    const row = out.get(k)
    if (row) row[6] += n
    else out.set(k, [unit, dim, span, day, key1, key2, n])
  }
  for (const r of rows) {
    const n = sign * r.streams
    for (const unit of unitsOfPath(r.unit_path)) {
      if (r.topic === ALL_TOPICS) {
        add(unit, 'direction', 'd', r.day, r.direction, '', n)
        add(unit, 'channel', 'd', r.day, r.channel, '', n)
        add(unit, 'area_id', 'd', r.day, r.area_id, '', n)
      } else {
        add(unit, 'topic', 'd', r.day, r.topic, '', n)
        add(unit, 'area_topic', 'd', r.day, r.area_id, r.topic, n)
        add(unit, 'area_topic', 'p', partOf(r.day), r.area_id, r.topic, n)
        add(unit, 'area_topic', 'm', `${r.day.slice(0, 8)}01`, r.area_id, r.topic, n)
      }
    }
  }
  return [...out.values()]
}

/** Removes the rows of these keys that are at zero (or below). */
async function deleteEmptyScopeRows(db: Db, rows: ScopeRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const keys = rows.slice(i, i + 1000).map((r) => sql`(${sql.join(r.slice(0, 6))})`)
    await sql`delete from opinion_rollup_scope where streams <= 0 and (${sql.raw(SCOPE_KEY)}) in (values ${sql.join(keys)})`.execute(db)
  }
}

/**
 * After a unit moved from `oldPath` to `newPath` (its subtree with it): its ancestors that are no longer ancestors
 * lose the subtree's counts (the moved unit's own scope rows), the new ones gain them; common ancestors and the
 * subtree's own units keep theirs. Rows brought to zero are removed.
 */
export async function moveRollupScope(db: Db, oldPath: string, newPath: string): Promise<void> {
  const moved = unitsOfPath(oldPath).at(-1)
  if (!moved || moved !== unitsOfPath(newPath).at(-1)) throw new Error(`moveRollupScope: ${oldPath} → ${newPath} is not one unit's move`)
  const before = unitsOfPath(oldPath).slice(0, -1)
  const after = unitsOfPath(newPath).slice(0, -1)
  const shifts = [...before.filter((u) => !after.includes(u)).map((u) => [u, -1] as const), ...after.filter((u) => !before.includes(u)).map((u) => [u, 1] as const)]
  for (const [unit, sign] of shifts) {
    await sql`insert into opinion_rollup_scope (${sql.raw(SCOPE_KEY)}, streams)
      select ${unit}, dim, span, day, key1, key2, ${sql.lit(sign)} * streams from opinion_rollup_scope where scope_unit_id = ${moved}
      on conflict (${sql.raw(SCOPE_KEY)}) do update set streams = opinion_rollup_scope.streams + excluded.streams`.execute(db)
    if (sign === -1) {
      await sql`delete from opinion_rollup_scope where streams <= 0 and (${sql.raw(SCOPE_KEY)}) in (
        select ${unit}, dim, span, day, key1, key2 from opinion_rollup_scope where scope_unit_id = ${moved})`.execute(db)
    }
  }
}

/** Where and when, in the roll-up per scope unit: the scope units whose subtrees are summed (none overlapping) and the days (inclusive). */
export type ScopeWindow = { units: string[]; from: string; to: string }

/** Streams per day and value of `dim` in the window. */
export async function sumScopeByDay(db: Db, w: ScopeWindow, dim: RollupDimension): Promise<{ day: string; key: string; streams: number }[]> {
  if (w.units.length === 0) return []
  const { rows } = await sql<{ day: string; key: string; streams: number }>`select day, key1 as key, sum(streams) as streams from opinion_rollup_scope
    where scope_unit_id in (${sql.join(w.units)}) and dim = ${dim} and span = 'd' and day >= ${w.from} and day <= ${w.to}
    group by day, key1 order by day`.execute(db)
  return rows
}

/** Streams per month ("YYYY-MM") and topic in the window. */
export async function sumScopeByMonthTopic(db: Db, w: ScopeWindow): Promise<{ month: string; topic: string; streams: number }[]> {
  if (w.units.length === 0) return []
  const { rows } = await sql<{ month: string; topic: string; streams: number }>`select substr(day, 1, 7) as month, key1 as topic, sum(streams) as streams from opinion_rollup_scope
    where scope_unit_id in (${sql.join(w.units)}) and dim = 'topic' and span = 'd' and day >= ${w.from} and day <= ${w.to}
    group by substr(day, 1, 7), key1`.execute(db)
  return rows
}

/** The spans that cover the days from `from` to `to` exactly: whole months, else whole parts of a month, else days. */
export function spansOf(from: string, to: string): { d: string[]; p: string[]; m: string[] } {
  const out = { d: [] as string[], p: [] as string[], m: [] as string[] }
  const iso = (t: number) => new Date(t).toISOString().slice(0, 10)
  const DAY = 86_400_000
  let t = Date.parse(`${from}T00:00:00Z`)
  const end = Date.parse(`${to}T00:00:00Z`)
  while (t <= end) {
    const day = iso(t)
    const date = new Date(t)
    const monthEnd = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)
    const dom = date.getUTCDate()
    const partEnd = dom === 25 ? monthEnd : t + 7 * DAY
    if (dom === 1 && monthEnd <= end) {
      out.m.push(day)
      t = monthEnd + DAY
    } else if ((dom === 1 || dom === 9 || dom === 17 || dom === 25) && partEnd <= end) {
      out.p.push(day)
      t = partEnd + DAY
    } else {
      out.d.push(day)
      t += DAY
    }
  }
  return out
}

/** Streams per area ('' for none) and topic in the window. */
export async function sumScopeByAreaTopic(db: Db, w: ScopeWindow): Promise<{ area_id: string; topic: string; streams: number }[]> {
  if (w.units.length === 0 || w.from > w.to) return []
  const spans = spansOf(w.from, w.to)
  const parts = (['d', 'p', 'm'] as const).filter((s) => spans[s].length > 0).map((s) => sql`select key1, key2, streams from opinion_rollup_scope
    where scope_unit_id in (${sql.join(w.units)}) and dim = 'area_topic' and span = ${s} and day in (${sql.join(spans[s])})`)
  const { rows } = await sql<{ area_id: string; topic: string; streams: number }>`select key1 as area_id, key2 as topic, sum(streams) as streams
    from (${sql.join(parts, sql` union all `)}) x group by key1, key2`.execute(db)
  return rows
}

/** Where and when for the texts of records (trend.repo.ts): the scope paths, an optional unit subtree inside them, and the days (inclusive). */
export type RollupWindow = { scope: string[]; unitPath?: string; from: string; to: string }
