/**
 * Queries on opinion records (phiếu thông tin DLXH) and their streams (luồng ý kiến). No rules, no
 * authorisation: callers pass the visibility (scope paths, and the paths where only the actor's own records
 * count) and the filters.
 */
import { CompiledQuery, sql, type AliasedRawBuilder, type Expression, type ExpressionBuilder, type Insertable, type SqlBool, type Updateable } from 'kysely'
import type { Db } from '../connect.ts'
import type { Database, OpinionReportTable, OpinionStreamTable } from '../database.ts'
import { dialectOf, insertMany, type BulkColumn, type DialectName } from '../dialect.ts'
import { toFts5Match, toTsQuery, type SearchQuery } from '../../text/search.ts'
import { pathInScope } from './scope.ts'

/** Where records are visible: every record under `full`, only those `userId` entered under `own`. */
export type OpinionVisibility = { full: string[]; own: string[]; userId: string | null }

/** Filters of a stream: a record matches when one of its streams matches all of them together. */
export type StreamFilter = {
  topics?: string[]
  directions?: string[]
  intensities?: string[]
  breadths?: string[]
  groups?: string[]
  latent?: boolean
  hotSpot?: boolean
  /** statuses of the linked issue; "none" matches streams linked to no issue */
  statuses?: string[]
  issueId?: string
}

export type OpinionFilter = {
  visibility: OpinionVisibility
  /** local days, inclusive */
  from?: string
  to?: string
  /** the path of a unit: its whole subtree */
  unitPath?: string
  areaId?: string
  meetingId?: string
  channels?: string[]
  search?: SearchQuery
  stream?: StreamFilter
}

type Eb = ExpressionBuilder<Database & { r: OpinionReportTable }, 'r'>

/** Records the actor may see: under a full path, or entered by them under an own-only path. */
function visibleTo(eb: Eb, v: OpinionVisibility): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [pathInScope('r.unit_path', v.full)]
  if (v.own.length > 0 && v.userId) parts.push(eb.and([eb('r.entered_by', '=', v.userId), pathInScope('r.unit_path', v.own)]))
  return eb.or(parts)
}

/**
 * The search condition on the folded `search_text` (words of [a-z0-9] joined by single spaces): every term and
 * phrase must occur as whole words, the prefix as the start of a word. SQLite asks its FTS5 index, PostgreSQL
 * its tsvector (both hold the same words, see migration 0004); the query text comes only from the text
 * engine's builders (quoted [a-z0-9] words and our operators) and is bound as a parameter, so nothing typed
 * reaches either query syntax.
 */
export function matchesSearch(dialect: DialectName, q: SearchQuery): Expression<SqlBool> {
  if (dialect === 'sqlite') {
    const match = toFts5Match(q)
    if (!match) return sql<SqlBool>`1 = 1`
    return sql<SqlBool>`r.id in (select d.report_id from opinion_fts f join opinion_fts_doc d on d.docid = f.rowid where opinion_fts match ${match})`
  }
  const tsq = toTsQuery(q)
  return tsq ? sql<SqlBool>`r.search_tsv @@ cast(${tsq} as tsquery)` : sql<SqlBool>`1 = 1`
}

/** Does one of the record's streams (the record's id in `reportId`, `r.id` in the list) match all of the stream filters? */
function streamMatches(eb: Eb, f: StreamFilter, reportId: 'r.id' | 'd.report_id' = 'r.id'): Expression<SqlBool> {
  let q = eb.selectFrom('opinion_stream as s').select(sql`1`.as('one')).where(sql<SqlBool>`s.report_id = ${sql.ref(reportId)}`)
  if (f.directions?.length) q = q.where('s.direction', 'in', f.directions)
  if (f.intensities?.length) q = q.where('s.intensity', 'in', f.intensities)
  if (f.breadths?.length) q = q.where('s.breadth', 'in', f.breadths)
  if (f.latent !== undefined) q = q.where('s.latent', '=', f.latent ? 1 : 0)
  if (f.hotSpot !== undefined) q = q.where('s.hot_spot', '=', f.hotSpot ? 1 : 0)
  if (f.issueId) q = q.where('s.issue_id', '=', f.issueId)
  if (f.topics?.length) {
    const topics = f.topics
    q = q.where((e) => e.exists(e.selectFrom('stream_topic as st').select(sql`1`.as('one')).whereRef('st.stream_id', '=', 's.id').where('st.topic', 'in', topics)))
  }
  if (f.groups?.length) {
    const groups = f.groups
    q = q.where((e) => e.exists(e.selectFrom('stream_group as sg').select(sql`1`.as('one')).whereRef('sg.stream_id', '=', 's.id').where('sg.grp', 'in', groups)))
  }
  if (f.statuses?.length) {
    const none = f.statuses.includes('none')
    const statuses = f.statuses.filter((s) => s !== 'none')
    q = q.where((e) =>
      e.or([
        ...(none ? [e('s.issue_id', 'is', null)] : []),
        ...(statuses.length
          ? [e.exists(e.selectFrom('issue as i').select(sql`1`.as('one')).whereRef('i.id', '=', 's.issue_id').where('i.status', 'in', statuses))]
          : []),
      ]),
    )
  }
  return eb.exists(q)
}

/** The records the filter selects within its visibility (as `r`): shared by the list, its count and the export. */
export function filtered(db: Db, f: OpinionFilter, from: RecordSource = 'opinion_report as r') {
  // a derived table of records has the record's columns under the same alias: the same filters apply to it
  let q = db.selectFrom(from as 'opinion_report as r').where((eb) => visibleTo(eb, f.visibility))
  if (f.from) q = q.where('r.heard_on', '>=', f.from)
  if (f.to) q = q.where('r.heard_on', '<=', f.to)
  if (f.unitPath) q = q.where(pathInScope('r.unit_path', [f.unitPath]))
  if (f.areaId) q = q.where('r.area_id', '=', f.areaId)
  if (f.meetingId) q = q.where('r.meeting_id', '=', f.meetingId)
  if (f.channels?.length) q = q.where('r.channel', 'in', f.channels)
  if (f.search) q = q.where(matchesSearch(dialectOf(db), f.search))
  if (hasStreamFilter(f.stream)) {
    const sf = f.stream
    q = q.where((eb) => streamMatches(eb, sf))
  }
  return q
}

/** Where `filtered` reads records from: the table, or a derived table of some of its rows aliased `r`. */
type RecordSource = 'opinion_report as r' | AliasedRawBuilder<OpinionReportTable, 'r'>

function hasStreamFilter(f: StreamFilter | undefined): f is StreamFilter {
  return f !== undefined && Object.values(f).some((v) => v !== undefined)
}

/** The columns of a record: never `select *`, which on PostgreSQL would also bring the generated search_tsv. */
export const REPORT_COLUMNS = [
  'id', 'client_id', 'external_id', 'channel', 'unit_id', 'unit_path', 'area_id', 'meeting_id', 'entered_by', 'heard_on', 'title', 'content',
  'search_text', 'created_at', 'updated_at', 'version',
] as const satisfies readonly (keyof OpinionReportTable)[]
const R_COLUMNS = REPORT_COLUMNS.map((c) => `r.${c}` as const)

/**
 * A page of matching records, the most recently heard first (a search goes through listSearchCandidates, which
 * ranks; here a search in the filter only narrows).
 */
export function listOpinionRows(db: Db, f: OpinionFilter, limit: number, offset: number) {
  return filtered(db, f).select(R_COLUMNS)
    .orderBy('r.heard_on', 'desc').orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(limit).offset(offset).execute()
}

/** A record that matches a search: its folded text (to rank it by) and the keys that break ties. */
export type SearchCandidate = { id: string; heard_on: string; created_at: string; search_text: string }

/**
 * The `limit` most recently entered records that match the filter and its search (not ranked: no count over the
 * whole index). SQLite walks the FTS5 index from the newest docid down and stops after `limit` rows that pass
 * the filters; PostgreSQL looks among the newest records first (the primary key, time-ordered ids, walked down)
 * (`window` of them; 0: none; only in a table of WINDOWS_BEFORE_USE windows or more) and, when they hold fewer than
 * `limit` matches, reads the GIN index and keeps the newest `limit`.
 */
export async function listSearchCandidates(db: Db, f: OpinionFilter & { search: SearchQuery }, limit: number, window = SEARCH_WINDOW): Promise<SearchCandidate[]> {
  if (dialectOf(db) === 'sqlite') {
    // The FTS5 matches from the newest docid down; a match is kept when one of its streams passes the stream
    // filters, then when the record is in scope and passes the record's filters. Both are EXISTS on the match's
    // report id, written in that order, so that a topic filter (which keeps ~1 match in 15) is checked before the
    // record's row is read; with the record joined, SQLite checks subqueries last, after reading every match's row
    // (18 -> 6 ms CPU for `"kien"*` with a topic at 200 000 records). The record's columns are read for the kept
    // `limit` only, outside the subquery (its LIMIT keeps SQLite from flattening it into the join).
    const kept = db.selectFrom(sql<{ rowid: number }>`opinion_fts`.as('f'))
      .innerJoin(sql<{ docid: number; report_id: string }>`opinion_fts_doc`.as('d'), (j) => j.on(sql<SqlBool>`d.docid = f.rowid`))
      .where(sql<SqlBool>`opinion_fts match ${toFts5Match(f.search)}`)
      .$if(hasStreamFilter(f.stream), (q) => q.where((eb) => streamMatches(eb as unknown as Eb, f.stream!, 'd.report_id')))
      .where((eb) => eb.exists(filtered(db, { ...f, search: undefined, stream: undefined }).select(sql`1`.as('one')).where(sql<SqlBool>`r.id = d.report_id`)))
      .select(['d.report_id', sql<number>`f.rowid`.as('docid')])
      .orderBy(sql`f.rowid`, 'desc').limit(limit)
    return db.selectFrom(kept.as('c')).innerJoin('opinion_report as r', 'r.id', 'c.report_id')
      .select(['r.id', 'r.heard_on', 'r.created_at', 'r.search_text']).orderBy('c.docid', 'desc').execute()
  }
  // PostgreSQL: first among the newest SEARCH_WINDOW records (the primary key walked down, each row's vector
  // tested): when they hold `limit` matches, those are the newest `limit` of all (every record outside the window is
  // older than every record in it). Otherwise over every record, where the GIN index finds the matches. Not left to
  // the planner: it multiplies the words' frequencies as if they were independent, and words of a phrase are not —
  // "hoc phi phu huynh" was estimated at 856 matches of 1 M and has 35 696, so it read all of them through the GIN
  // index and their rows to keep the newest 201 (560 ms); the window answers it in 7–12 ms.
  const matches = (from?: RecordSource) => filtered(db, { ...f, search: undefined }, from)
    .where(sql<SqlBool>`r.search_tsv @@ cast(${toTsQuery(f.search)} as tsquery)`)
    .select(['r.id', 'r.heard_on', 'r.created_at', 'r.search_text'])
    .orderBy('r.id', 'desc').limit(limit).execute()
  // only where the table is many windows long: in a smaller one the GIN index reads few rows anyway, and a window
  // that falls short (rarer words) costs its whole scan before the GIN query (measured at 50 000 records: 71.5 →
  // 48.5 req/s with the window always on)
  if (window === 0 || (await estimatedRecords(db)) < WINDOWS_BEFORE_USE * window) return matches()
  const newest = await matches(sql<OpinionReportTable>`(select * from opinion_report order by id desc limit ${window})`.as('r'))
  return newest.length >= limit ? newest : matches()
}

/** How many windows long the records must be before a PostgreSQL search looks in the newest first. */
export const WINDOWS_BEFORE_USE = 10

/** PostgreSQL: the planner's count of records (as of the last ANALYZE, which a large import runs); 0 when unknown. */
async function estimatedRecords(db: Db): Promise<number> {
  const r = await sql<{ n: number }>`select greatest(reltuples, 0)::float8 as n from pg_class where oid = 'opinion_report'::regclass`.execute(db)
  return Number(r.rows[0]?.n ?? 0)
}

/** How many of the newest records a PostgreSQL search reads first (see listSearchCandidates). */
export const SEARCH_WINDOW = 20_000

/** Records by id (visible or not: the ids come from a scoped query), in no particular order. */
export function listOpinionRowsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('opinion_report as r').select(R_COLUMNS).where('r.id', 'in', ids).execute()
}

/** How many records match (same filter as the list). */
export async function countOpinionRows(db: Db, f: OpinionFilter) {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** One record by id, only if visible. */
export function findOpinionVisible(db: Db, id: string, v: OpinionVisibility) {
  return db.selectFrom('opinion_report as r').select(R_COLUMNS).where('r.id', '=', id).where((eb) => visibleTo(eb, v)).executeTakeFirst()
}

/** The record a phone sent with this client id, whoever entered it. */
export function findOpinionByClientId(db: Db, clientId: string) {
  return db.selectFrom('opinion_report').select(REPORT_COLUMNS).where('client_id', '=', clientId).executeTakeFirst()
}

/**
 * Imported records by their keys (unit, external id), through the unique (unit_id, external_id) index: one probe
 * per key (a list of pairs; on PostgreSQL two arrays), where `external_id in (…)` alone scanned every record and
 * `unit_id in (…) and external_id in (…)` probed every unit with every id.
 */
export function findOpinionsByExternalIds(db: Db, keys: { unitId: string; externalId: string }[]) {
  if (keys.length === 0) return Promise.resolve([])
  const pairs = dialectOf(db) === 'postgres'
    ? sql<SqlBool>`(unit_id, external_id) in (select * from unnest(${keys.map((k) => k.unitId)}::text[], ${keys.map((k) => k.externalId)}::text[]))`
    : sql<SqlBool>`(unit_id, external_id) in (values ${sql.join(keys.map((k) => sql`(${k.unitId}, ${k.externalId})`))})`
  return db.selectFrom('opinion_report').select(REPORT_COLUMNS).where(pairs).execute()
}

export const REPORT_INSERT: BulkColumn[] = REPORT_COLUMNS.map((name) => ({ name, pg: name === 'version' ? 'integer' : 'text' }))

export async function insertOpinionRows(db: Db, rows: Insertable<OpinionReportTable>[]) {
  await insertMany(db, 'opinion_report', REPORT_INSERT, rows.map((r) => REPORT_COLUMNS.map((c) => r[c])))
}

/** Updates a record if it is still at `version`; returns whether it was. */
export async function updateOpinionRowAtVersion(db: Db, id: string, version: number, patch: Updateable<OpinionReportTable>) {
  const r = await db.updateTable('opinion_report').set(patch).where('id', '=', id).where('version', '=', version).executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

export function deleteOpinionRow(db: Db, id: string) {
  return db.deleteFrom('opinion_report').where('id', '=', id).execute()
}

/** Streams of the given records, in order. */
export function listStreamsOfReports(db: Db, reportIds: string[]) {
  if (reportIds.length === 0) return Promise.resolve([])
  return db.selectFrom('opinion_stream').selectAll().where('report_id', 'in', reportIds).orderBy('report_id').orderBy('position').execute()
}

/** Topics of the given streams. */
export function listTopicsOfStreams(db: Db, streamIds: string[]) {
  if (streamIds.length === 0) return Promise.resolve([])
  return db.selectFrom('stream_topic').selectAll().where('stream_id', 'in', streamIds).execute()
}

/** Social groups of the given streams. */
export function listGroupsOfStreams(db: Db, streamIds: string[]) {
  if (streamIds.length === 0) return Promise.resolve([])
  return db.selectFrom('stream_group').selectAll().where('stream_id', 'in', streamIds).execute()
}

const STREAM_COLUMNS = ['id', 'report_id', 'position', 'summary', 'direction', 'intensity', 'breadth', 'latent', 'hot_spot', 'proposed_handling', 'issue_id'] as const satisfies readonly (keyof OpinionStreamTable)[]
const STREAM_INSERT: BulkColumn[] = STREAM_COLUMNS.map((name) => ({ name, pg: name === 'position' || name === 'latent' || name === 'hot_spot' ? 'integer' : 'text' }))

export async function insertStreamRows(db: Db, rows: Insertable<OpinionStreamTable>[]) {
  await insertMany(db, 'opinion_stream', STREAM_INSERT, rows.map((r) => STREAM_COLUMNS.map((c) => r[c])))
}

export function updateStreamRow(db: Db, id: string, patch: Updateable<OpinionStreamTable>) {
  return db.updateTable('opinion_stream').set(patch).where('id', '=', id).execute()
}

export function deleteStreamRows(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.deleteFrom('opinion_stream').where('id', 'in', ids).execute()
}

const TOPIC_INSERT: BulkColumn[] = [{ name: 'stream_id', pg: 'text' }, { name: 'topic', pg: 'text' }]
const GROUP_INSERT: BulkColumn[] = [{ name: 'stream_id', pg: 'text' }, { name: 'grp', pg: 'text' }]

export async function insertStreamTopics(db: Db, rows: { stream_id: string; topic: string }[]) {
  await insertMany(db, 'stream_topic', TOPIC_INSERT, rows.map((r) => [r.stream_id, r.topic]))
}

export async function insertStreamGroups(db: Db, rows: { stream_id: string; grp: string }[]) {
  await insertMany(db, 'stream_group', GROUP_INSERT, rows.map((r) => [r.stream_id, r.grp]))
}

/**
 * A few records with their streams, topics and groups (one record sent over the API). On PostgreSQL one statement,
 * one insert per table as data-modifying CTEs (the foreign keys are checked at the end of the statement, when every
 * table's rows are in), so one round trip instead of four; on SQLite, where a statement costs no round trip, the
 * four inserts. Not for imports: each table's rows go in one statement.
 */
export async function insertOpinionsWithStreams(db: Db, reports: Insertable<OpinionReportTable>[], streams: Insertable<OpinionStreamTable>[],
  topics: { stream_id: string; topic: string }[], groups: { stream_id: string; grp: string }[]) {
  if (dialectOf(db) !== 'postgres') {
    await insertOpinionRows(db, reports)
    await insertStreamRows(db, streams)
    await insertStreamTopics(db, topics)
    await insertStreamGroups(db, groups)
    return
  }
  const tables: [string, BulkColumn[], unknown[][]][] = [
    ['opinion_report', REPORT_INSERT, reports.map((r) => REPORT_COLUMNS.map((c) => r[c]))],
    ['opinion_stream', STREAM_INSERT, streams.map((r) => STREAM_COLUMNS.map((c) => r[c]))],
    ['stream_topic', TOPIC_INSERT, topics.map((r) => [r.stream_id, r.topic])],
    ['stream_group', GROUP_INSERT, groups.map((r) => [r.stream_id, r.grp])],
  ]
  const inserts: string[] = []
  const params: unknown[] = []
  for (const [table, columns, rows] of tables) {
    if (rows.length === 0) continue
    const arrays = columns.map((c, j) => {
      params.push(rows.map((r) => r[j] ?? null))
      return `$${params.length}::${c.pg}[]`
    })
    inserts.push(`insert into ${table} (${columns.map((c) => c.name).join(', ')}) select * from unnest(${arrays.join(', ')})`)
  }
  if (inserts.length === 0) return
  const last = inserts.pop()!
  const text = `${inserts.length ? `with ${inserts.map((q, i) => `w${i} as (${q})`).join(', ')} ` : ''}${last}`
  await db.executeQuery(CompiledQuery.raw(text, params))
}

/** Removes the topics and groups of streams (before writing them again). */
export async function deleteStreamLabels(db: Db, streamIds: string[]) {
  if (streamIds.length === 0) return
  await db.deleteFrom('stream_topic').where('stream_id', 'in', streamIds).execute()
  await db.deleteFrom('stream_group').where('stream_id', 'in', streamIds).execute()
}

/** Issues by id with their unit path and status (for links and for the views). */
export function listIssuesByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('issue').select(['id', 'title', 'status', 'unit_path']).where('id', 'in', ids).execute()
}

/** A voter meeting's unit path, for linking records to it. */
export function getMeetingPath(db: Db, id: string) {
  return db.selectFrom('voter_meeting').select(['id', 'unit_path']).where('id', '=', id).executeTakeFirst()
}

/** Accounts by id (who entered the records). */
export function listUsersByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('app_user').select(['id', 'username', 'full_name']).where('id', 'in', ids).execute()
}

/** Units by id with code, name and path. */
export function listUnitsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('unit').select(['id', 'code', 'name', 'path']).where('id', 'in', ids).execute()
}

/** Areas by id with code and name. */
export function listAreasByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('area').select(['id', 'code', 'name']).where('id', 'in', ids).execute()
}

/** Does the unit cover (unit_area) or own the area? */
export async function unitHasArea(db: Db, unitId: string, areaId: string) {
  const r = await db
    .selectFrom('area')
    .select('area.id')
    .where('area.id', '=', areaId)
    .where((eb) =>
      eb.or([
        eb('area.unit_id', '=', unitId),
        eb.exists(eb.selectFrom('unit_area').select('unit_area.area_id').whereRef('unit_area.area_id', '=', 'area.id').where('unit_area.unit_id', '=', unitId)),
      ]),
    )
    .executeTakeFirst()
  return r !== undefined
}

/** The areas each unit may use: those it owns and those it covers. */
export function listAreaLinksOfUnits(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('area')
    .select(['area.unit_id', 'area.id as area_id', 'area.code'])
    .where('area.unit_id', 'in', unitIds)
    .union(
      db.selectFrom('unit_area').innerJoin('area', 'area.id', 'unit_area.area_id').select(['unit_area.unit_id', 'area.id as area_id', 'area.code']).where('unit_area.unit_id', 'in', unitIds),
    )
    .execute()
}
