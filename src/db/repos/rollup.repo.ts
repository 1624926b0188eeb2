/**
 * The roll-ups of opinion streams: daily (opinion_rollup_daily: per local day, unit, area, topic, direction and
 * channel, how many streams; read by reports, and by the trends for a scope unit's own records) and per scope unit
 * (opinion_rollup_scope: each stream under every proper ancestor of its unit, per day and dimension — the
 * dimensions keyed by area under its unit's parent only; read by the trend services, which add the scope unit's own
 * share from the daily roll-up). Both written through
 * `rollupReports` (or, for records an import has just inserted, their counts made in memory through
 * `addRollupRows`), in the transaction of the write they follow; unit moves through `moveRollupScope`. Every row
 * carries a slot (`slotOf` the record's created_at): concurrent writes of the same day, unit and topic upsert
 * different rows, readers sum over slots. No rules, no authorisation: callers pass the scope units.
 */
import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../connect.ts'
import { unitIdsOfPath } from '../../domain/policy.ts'
import { insertMany, type BulkColumn } from '../dialect.ts'

/** The topic value of the rows that count every stream once, whatever its topics. */
export const ALL_TOPICS = '*'

/** How many stripes each roll-up key has (migration 0011). */
export const SLOTS = 8

/**
 * The slot a record counts in: the milliseconds of its created_at (ISO, "…:ss.mmmZ") modulo SLOTS, 0 without
 * them. A record keeps its created_at, so its −1 hits the slot its +1 went to; records of a bulk import share one
 * created_at, in slot 0 (`bulkCreatedAt`); single POSTs a few milliseconds apart land in different slots. Migration 0011
 * computes the same in SQL.
 */
export function slotOf(createdAt: string): number {
  return createdAt[19] === '.' ? Number(createdAt.slice(20, 23)) % SLOTS : 0
}

/**
 * The time a bulk import stamps on its records: now, its milliseconds rounded down to a multiple of SLOTS, so that
 * they count in slot 0. The slots stripe concurrent single writes; an import is one transaction and needs no
 * stripe, and with every import in one slot, imports made at different times add to the same roll-up rows instead
 * of spreading a day's counts over up to eight rows each (which the readers then sum).
 */
export function bulkCreatedAt(now: Date): string {
  return new Date(now.getTime() - (now.getTime() % SLOTS)).toISOString()
}

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
  const { rows } = await sql<Omit<RollupRow, 'slot'> & { created_at: string }>`select r.heard_on as day, r.unit_id, r.unit_path, coalesce(r.area_id, '') as area_id, st.topic, s.direction, r.channel, r.created_at, count(*) as streams
      from opinion_report r join opinion_stream s on s.report_id = r.id join stream_topic st on st.stream_id = s.id
      where r.id in (${sql.join(ids)})
      group by r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), st.topic, s.direction, r.channel, r.created_at
    union all
    select r.heard_on as day, r.unit_id, r.unit_path, coalesce(r.area_id, '') as area_id, ${sql.lit(ALL_TOPICS)} as topic, s.direction, r.channel, r.created_at, count(*) as streams
      from opinion_report r join opinion_stream s on s.report_id = r.id
      where r.id in (${sql.join(ids)})
      group by r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), s.direction, r.channel, r.created_at`.execute(db)
  // records of different created_at may share a slot: one row per key
  const out = new Map<string, RollupRow>()
  for (const { created_at, ...r } of rows) {
    const row: RollupRow = { ...r, slot: slotOf(created_at), streams: Number(r.streams) }
    const k = dailyKey(row)
    const seen = out.get(k)
    if (seen) seen.streams += row.streams
    else out.set(k, row)
  }
  return [...out.values()]
}

/** One row of the daily roll-up: a count of streams by day, unit, area ('' for none), topic ('*' for all), direction, channel and slot. */
export type RollupRow = { day: string; unit_id: string; unit_path: string; area_id: string; topic: string; direction: string; channel: string; slot: number; streams: number }

const ROLLUP_COLUMNS = ['day', 'unit_id', 'unit_path', 'area_id', 'topic', 'direction', 'channel', 'slot', 'streams'] as const
const ROLLUP_INSERT: BulkColumn[] = ROLLUP_COLUMNS.map((name) => ({ name, pg: name === 'streams' || name === 'slot' ? 'integer' : 'text' }))
/** A daily row's key, in the primary key's column order (tab sorts before every character of a key). */
const dailyKey = (r: RollupRow) => `${r.day}\t${r.unit_id}\t${r.area_id}\t${r.topic}\t${r.direction}\t${r.channel}\t${r.slot}`

/**
 * Adds counts to the roll-ups (positive counts of records just written, counted by the caller as `rollupReports`
 * would count them), in a few multi-row upserts instead of an insert-select over the records. Keys must not repeat.
 */
export async function addRollupRows(db: Db, rows: RollupRow[]): Promise<void> {
  await applyRollupRows(db, rows, 1)
}

/**
 * Upserts daily rows (keys not repeated), times `sign`, into the daily roll-up and, summed per scope unit, into
 * the scope roll-up; each in the order of its primary key (measured: a third less of SQLite's upsert work than in
 * arrival order, and concurrent PostgreSQL writers take the rows' locks in one order).
 */
async function applyRollupRows(db: Db, rows: RollupRow[], sign: 1 | -1): Promise<void> {
  const byKey = new Map(rows.map((r) => [dailyKey(r), r]))
  const daily = [...byKey.keys()].sort().map((k) => byKey.get(k)!)
  // both sets of rows made before the first statement is sent: when the caller has statements still running (an
  // import's records), this work overlaps with the database's
  const dailyRows = daily.map((r) => ROLLUP_COLUMNS.map((c) => (c === 'streams' ? sign * r.streams : r[c])))
  const scopeRows = scopeRowsOf(rows, sign)
  await insertMany(db, 'opinion_rollup_daily', ROLLUP_INSERT, dailyRows,
    `on conflict (day, unit_id, area_id, topic, direction, channel, slot) do update set streams = opinion_rollup_daily.streams + excluded.streams, unit_path = excluded.unit_path`)
  await insertMany(db, 'opinion_rollup_scope', SCOPE_INSERT, scopeRows, `on conflict (${SCOPE_KEY}) do update set streams = opinion_rollup_scope.streams + excluded.streams`)
}

// ---------------------------------------------------------------------------------------------------------------
// The roll-up per scope unit (opinion_rollup_scope, migrations 0009 and 0011): each stream under every proper
// ancestor of its unit, per dimension; the heat grid's area × topic also per part of a month and per month. A
// scope unit's own records are read from the daily roll-up (its unit_path index) and added by the readers.
// The dimensions keyed by area (area_id, area_topic) are counted under the unit's parent only: an area belongs to
// one ward, so the city's rows would repeat its wards' rows key for key (76 168 of 226 107 rows at 20 000 bench
// records); a reader sums them over the scope unit and the units with children beneath it, about as many rows.

/** What a sum is split by: a topic (a stream counts under each of its topics), or a field of every stream once. */
export type RollupDimension = 'topic' | 'direction' | 'channel' | 'area_id'

const SCOPE_COLUMNS = ['scope_unit_id', 'dim', 'span', 'day', 'key1', 'key2', 'slot', 'streams'] as const
const SCOPE_KEY = SCOPE_COLUMNS.slice(0, 7).join(', ')
const SCOPE_INSERT: BulkColumn[] = SCOPE_COLUMNS.map((name) => ({ name, pg: name === 'streams' || name === 'slot' ? 'integer' : 'text' }))
type ScopeRow = [scopeUnitId: string, dim: string, span: 'd' | 'p' | 'm', day: string, key1: string, key2: string, slot: number, streams: number]

/** The first day of the part of the month a day lies in: days 1–8, 9–16, 17–24, 25 to the end. */
export function partOf(day: string): string {
  const d = Number(day.slice(8, 10))
  return `${day.slice(0, 8)}${d <= 8 ? '01' : d <= 16 ? '09' : d <= 24 ? '17' : '25'}`
}

/** The ids of a unit's proper ancestors, from its path ("/root/…/id/"). */
function ancestorsOfPath(path: string): string[] {
  return unitIdsOfPath(path).slice(0, -1)
}

/** Daily rows (times `sign`) summed into scope rows under their units' proper ancestors (area dimensions: the parent), one per key, in key order. */
function scopeRowsOf(rows: readonly RollupRow[], sign: 1 | -1): ScopeRow[] {
  const out = new Map<string, ScopeRow>()
  const add = (unit: string, dim: string, span: ScopeRow[2], day: string, key1: string, key2: string, slot: number, n: number) => {
    const k = `${unit}\t${dim}\t${span}\t${day}\t${key1}\t${key2}\t${slot}`
    const row = out.get(k)
    if (row) row[7] += n
    else out.set(k, [unit, dim, span, day, key1, key2, slot, n])
  }
  for (const r of rows) {
    const n = sign * r.streams
    const units = ancestorsOfPath(r.unit_path)
    if (units.length === 0) continue
    const parent = units.at(-1)!
    if (r.topic === ALL_TOPICS) {
      for (const unit of units) {
        add(unit, 'direction', 'd', r.day, r.direction, '', r.slot, n)
        add(unit, 'channel', 'd', r.day, r.channel, '', r.slot, n)
      }
      add(parent, 'area_id', 'd', r.day, r.area_id, '', r.slot, n)
    } else {
      for (const unit of units) add(unit, 'topic', 'd', r.day, r.topic, '', r.slot, n)
      add(parent, 'area_topic', 'd', r.day, r.area_id, r.topic, r.slot, n)
      add(parent, 'area_topic', 'p', partOf(r.day), r.area_id, r.topic, r.slot, n)
      add(parent, 'area_topic', 'm', `${r.day.slice(0, 8)}01`, r.area_id, r.topic, r.slot, n)
    }
  }
  // the default sort (no comparator called back): a third of the time of a comparator on 200 000 keys
  return [...out.keys()].sort().map((k) => out.get(k)!)
}

/** Removes the rows of these keys that are at zero (or below). */
async function deleteEmptyScopeRows(db: Db, rows: ScopeRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    // the slot typed: PostgreSQL reads a VALUES list of parameters as text
    const keys = rows.slice(i, i + 1000).map((r) => sql`(${sql.join(r.slice(0, 6))}, cast(${r[6]} as integer))`)
    await sql`delete from opinion_rollup_scope where streams <= 0 and (${sql.raw(SCOPE_KEY)}) in (values ${sql.join(keys)})`.execute(db)
  }
}

const AREA_DIMS = sql`('area_id', 'area_topic')`

/**
 * The scope rows a unit's own records make (its daily rows, as `scopeRowsOf` counts them for an ancestor), of the
 * dimensions keyed by area or of the others: (dim, span, day, key1, key2, slot, streams) from the daily rows of `d`
 * that `where` selects.
 */
function ownScopeRows(where: RawBuilder<unknown>, dims: 'area' | 'other'): RawBuilder<unknown> {
  const part = sql`substr(d.day, 1, 8) || case when substr(d.day, 9, 2) <= '08' then '01' when substr(d.day, 9, 2) <= '16' then '09' when substr(d.day, 9, 2) <= '24' then '17' else '25' end`
  const each = dims === 'other'
    ? [
      sql`select 'topic' as dim, 'd' as span, d.day as day, d.topic as key1, '' as key2, d.slot, d.streams from opinion_rollup_daily d where ${where} and d.topic <> ${ALL_TOPICS}`,
      sql`select 'direction', 'd', d.day, d.direction, '', d.slot, d.streams from opinion_rollup_daily d where ${where} and d.topic = ${ALL_TOPICS}`,
      sql`select 'channel', 'd', d.day, d.channel, '', d.slot, d.streams from opinion_rollup_daily d where ${where} and d.topic = ${ALL_TOPICS}`,
    ]
    : [
      sql`select 'area_id' as dim, 'd' as span, d.day as day, d.area_id as key1, '' as key2, d.slot, d.streams from opinion_rollup_daily d where ${where} and d.topic = ${ALL_TOPICS}`,
      sql`select 'area_topic', 'd', d.day, d.area_id, d.topic, d.slot, d.streams from opinion_rollup_daily d where ${where} and d.topic <> ${ALL_TOPICS}`,
      sql`select 'area_topic', 'p', ${part}, d.area_id, d.topic, d.slot, d.streams from opinion_rollup_daily d where ${where} and d.topic <> ${ALL_TOPICS}`,
      sql`select 'area_topic', 'm', substr(d.day, 1, 8) || '01', d.area_id, d.topic, d.slot, d.streams from opinion_rollup_daily d where ${where} and d.topic <> ${ALL_TOPICS}`,
    ]
  return sql.join(each, sql` union all `)
}

/** Adds `sign` times the rows of `source` (dim, span, day, key1, key2, slot, streams; keys may repeat) under `unit`; at −1 removes the rows brought to zero. */
async function shiftScopeRows(db: Db, unit: string, sign: 1 | -1, source: RawBuilder<unknown>): Promise<void> {
  await sql`insert into opinion_rollup_scope (${sql.raw(SCOPE_KEY)}, streams)
    select ${unit}, dim, span, day, key1, key2, slot, ${sql.lit(sign)} * sum(streams) from (${source}) x group by dim, span, day, key1, key2, slot
    on conflict (${sql.raw(SCOPE_KEY)}) do update set streams = opinion_rollup_scope.streams + excluded.streams`.execute(db)
  if (sign === -1) {
    await sql`delete from opinion_rollup_scope where streams <= 0 and (${sql.raw(SCOPE_KEY)}) in (
      select ${unit}, dim, span, day, key1, key2, slot from (${source}) x)`.execute(db)
  }
}

/**
 * After a unit moved from `oldPath` to `newPath` (its subtree with it): its ancestors that are no longer ancestors
 * lose the subtree's counts (the moved unit's scope rows plus its own records' daily rows), the new ones gain them;
 * common ancestors and the subtree's own units keep theirs. Of the dimensions keyed by area (counted under a unit's
 * parent only) the moved unit's own records go from the old parent to the new one; its subtree's stay where they
 * are (under the moved unit and beneath). Rows brought to zero are removed. The daily rows may carry either path
 * (callers repath them before or after).
 */
export async function moveRollupScope(db: Db, oldPath: string, newPath: string): Promise<void> {
  const moved = unitIdsOfPath(oldPath).at(-1)
  if (!moved || moved !== unitIdsOfPath(newPath).at(-1)) throw new Error(`moveRollupScope: ${oldPath} → ${newPath} is not one unit's move`)
  const before = ancestorsOfPath(oldPath)
  const after = ancestorsOfPath(newPath)
  const own = sql`d.unit_path in (${oldPath}, ${newPath}) and d.unit_id = ${moved}`
  const subtree = sql`select dim, span, day, key1, key2, slot, streams from opinion_rollup_scope where scope_unit_id = ${moved} and dim not in ${AREA_DIMS}
    union all ${ownScopeRows(own, 'other')}`
  for (const unit of before.filter((u) => !after.includes(u))) await shiftScopeRows(db, unit, -1, subtree)
  for (const unit of after.filter((u) => !before.includes(u))) await shiftScopeRows(db, unit, 1, subtree)
  const [oldParent, newParent] = [before.at(-1), after.at(-1)]
  if (oldParent !== newParent) {
    if (oldParent) await shiftScopeRows(db, oldParent, -1, ownScopeRows(own, 'area'))
    if (newParent) await shiftScopeRows(db, newParent, 1, ownScopeRows(own, 'area'))
  }
}

/**
 * Where and when, in the roll-ups: the scope units whose subtrees are summed (none overlapping; their ids for the
 * roll-up per scope unit, their paths for their own records' daily rows) and the days (inclusive).
 */
export type ScopeWindow = { units: string[]; unitPaths: string[]; from: string; to: string }

/** The scope units' own records' daily rows in the window: `select` over `d` where `topics` ('*' rows or topic rows). */
function ownDaily(w: ScopeWindow, select: RawBuilder<unknown>, topics: 'all' | 'topics', from = w.from, to = w.to): RawBuilder<unknown> {
  return sql`select ${select} from opinion_rollup_daily d
    where d.unit_path in (${sql.join(w.unitPaths)}) and d.day >= ${from} and d.day <= ${to} and d.topic ${topics === 'all' ? sql`=` : sql`<>`} ${ALL_TOPICS}`
}

/**
 * The units whose scope rows of `dim` hold the window's scope units' subtrees: the scope units themselves, or, for
 * the dimensions keyed by area (counted under a unit's parent only), the scope units and every unit with children
 * beneath them (the parents of the units strictly inside their subtrees).
 */
function holders(w: ScopeWindow, dim: RollupDimension | 'area_topic'): RawBuilder<unknown> {
  if (dim !== 'area_id' && dim !== 'area_topic') return sql.join(w.units)
  const below = w.unitPaths.map((p) => sql`(u.path like ${`${p}%`} and u.path <> ${p})`)
  return sql`select u.parent_id from unit u where ${sql.join(below, sql` or `)}`
}

/** Streams per day and value of `dim` in the window. */
export async function sumScopeByDay(db: Db, w: ScopeWindow, dim: RollupDimension): Promise<{ day: string; key: string; streams: number }[]> {
  if (w.units.length === 0) return []
  const own = ownDaily(w, sql`d.day, ${sql.ref(`d.${dim}`)} as key1, d.streams`, dim === 'topic' ? 'topics' : 'all')
  const { rows } = await sql<{ day: string; key: string; streams: number }>`select day, key1 as key, sum(streams) as streams from (
      select day, key1, streams from opinion_rollup_scope
      where scope_unit_id in (${holders(w, dim)}) and dim = ${dim} and span = 'd' and day >= ${w.from} and day <= ${w.to}
      union all ${own}) x
    group by day, key1 order by day`.execute(db)
  return rows
}

/** Streams per month ("YYYY-MM") and topic in the window. */
export async function sumScopeByMonthTopic(db: Db, w: ScopeWindow): Promise<{ month: string; topic: string; streams: number }[]> {
  if (w.units.length === 0) return []
  const { rows } = await sql<{ month: string; topic: string; streams: number }>`select substr(day, 1, 7) as month, key1 as topic, sum(streams) as streams from (
      select day, key1, streams from opinion_rollup_scope
      where scope_unit_id in (${sql.join(w.units)}) and dim = 'topic' and span = 'd' and day >= ${w.from} and day <= ${w.to}
      union all ${ownDaily(w, sql`d.day, d.topic as key1, d.streams`, 'topics')}) x
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
    where scope_unit_id in (${holders(w, 'area_topic')}) and dim = 'area_topic' and span = ${s} and day in (${sql.join(spans[s])})`)
  parts.push(ownDaily(w, sql`d.area_id as key1, d.topic as key2, d.streams`, 'topics'))
  const { rows } = await sql<{ area_id: string; topic: string; streams: number }>`select key1 as area_id, key2 as topic, sum(streams) as streams
    from (${sql.join(parts, sql` union all `)}) x group by key1, key2`.execute(db)
  return rows
}

/** Where and when for the texts of records (trend.repo.ts): the scope paths, an optional unit subtree inside them, and the days (inclusive). */
export type RollupWindow = { scope: string[]; unitPath?: string; from: string; to: string }
