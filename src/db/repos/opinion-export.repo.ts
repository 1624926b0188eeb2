/**
 * The export's own reads: every matching record with its streams, newest first, one query per page. No rules, no
 * authorisation: the caller passes the filter with the visibility (scope paths) as for the list.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely'
import type { Db } from '../connect.ts'
import type { Database, OpinionReportTable } from '../database.ts'
import { dialectOf } from '../dialect.ts'
import { matchesSearch, type OpinionFilter, type OpinionVisibility, type StreamFilter } from './opinion.repo.ts'
import { pathInScope } from './scope.ts'

type Eb = ExpressionBuilder<Database & { r: OpinionReportTable }, 'r'>

// The filter below is the list's (opinion.repo.ts `filtered`, which that file does not export): the same
// visibility and the same conditions, so that an export holds exactly the records of the list under the same
// query (test/api/opinions-import-export.test.ts compares them). Change both together.

function visibleTo(eb: Eb, v: OpinionVisibility): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [pathInScope('r.unit_path', v.full)]
  if (v.own.length > 0 && v.userId) parts.push(eb.and([eb('r.entered_by', '=', v.userId), pathInScope('r.unit_path', v.own)]))
  return eb.or(parts)
}

function streamMatches(eb: Eb, f: StreamFilter): Expression<SqlBool> {
  let q = eb.selectFrom('opinion_stream as s').select(sql`1`.as('one')).whereRef('s.report_id', '=', 'r.id')
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

function filtered(db: Db, f: OpinionFilter) {
  let q = db.selectFrom('opinion_report as r').where((eb) => visibleTo(eb, f.visibility))
  if (f.from) q = q.where('r.heard_on', '>=', f.from)
  if (f.to) q = q.where('r.heard_on', '<=', f.to)
  if (f.unitPath) q = q.where(pathInScope('r.unit_path', [f.unitPath]))
  if (f.areaId) q = q.where('r.area_id', '=', f.areaId)
  if (f.meetingId) q = q.where('r.meeting_id', '=', f.meetingId)
  if (f.channels?.length) q = q.where('r.channel', 'in', f.channels)
  if (f.search) q = q.where(matchesSearch(dialectOf(db), f.search))
  if (f.stream && Object.values(f.stream).some((v) => v !== undefined)) {
    const sf = f.stream
    q = q.where((eb) => streamMatches(eb, sf))
  }
  return q
}

/** The key a page of the export ends at: the next page starts after it. */
export type ExportKey = { heardOn: string; id: string }

/** One row of the export: a record's columns with one of its streams (stream columns null for a record without any). */
export type ExportRow = {
  id: string; external_id: string | null; heard_on: string; channel: string; unit_id: string; area_id: string | null
  entered_by: string | null; title: string; content: string; created_at: string
  position: number | null; summary: string | null; direction: string | null; intensity: string | null; breadth: string | null
  latent: number | null; hot_spot: number | null; proposed_handling: string | null
  issue_title: string | null; issue_status: string | null
  /** the stream's topic and group codes, comma-separated, in no particular order */
  topics: string | null; groups: string | null
}

/**
 * The next `limit` matching records after `after` (newest heard first, then by id, descending), each joined with
 * its streams (by position), their issue, topic codes and group codes: one query per page. The key is a row value
 * compared in one go, `(heard_on, id) < (?, ?)`, which both engines answer from the (heard_on, id) index
 * (migration 0010) by starting where the last page ended: a page costs its own rows, not the rows before it.
 *
 * On PostgreSQL the streams are a lateral join, so that each record's streams are found through the report_id
 * index whatever the statistics say (a plain join was planned as a hash join over every stream, once per page),
 * and the page runs with JIT off: on tables not yet analysed the estimates of the per-stream sub-selects passed
 * JIT's threshold, and compiling took 3 s for a 40 ms query, once per page.
 */
export function listExportRowsAfter(db: Db, f: OpinionFilter, after: ExportKey | null, limit: number): Promise<ExportRow[]> {
  let page = filtered(db, f)
    .select(['r.id', 'r.external_id', 'r.heard_on', 'r.channel', 'r.unit_id', 'r.area_id', 'r.entered_by', 'r.title', 'r.content', 'r.created_at'])
  if (after) page = page.where(sql<SqlBool>`(r.heard_on, r.id) < (${after.heardOn}, ${after.id})`)
  const records = page.orderBy('r.heard_on', 'desc').orderBy('r.id', 'desc').limit(limit).as('p')
  const recordColumns = ['p.id', 'p.external_id', 'p.heard_on', 'p.channel', 'p.unit_id', 'p.area_id', 'p.entered_by', 'p.title', 'p.content', 'p.created_at'] as const
  const streamColumns = ['s.position', 's.summary', 's.direction', 's.intensity', 's.breadth', 's.latent', 's.hot_spot', 's.proposed_handling'] as const
  if (dialectOf(db) === 'sqlite') {
    return db.selectFrom(records)
      .leftJoin('opinion_stream as s', 's.report_id', 'p.id')
      .leftJoin('issue as i', 'i.id', 's.issue_id')
      .select([
        ...recordColumns, ...streamColumns, 'i.title as issue_title', 'i.status as issue_status',
        sql<string | null>`(select group_concat(t.topic, ',') from stream_topic t where t.stream_id = s.id)`.as('topics'),
        sql<string | null>`(select group_concat(g.grp, ',') from stream_group g where g.stream_id = s.id)`.as('groups'),
      ])
      .orderBy('p.heard_on', 'desc').orderBy('p.id', 'desc').orderBy('s.position')
      .execute() as Promise<ExportRow[]>
  }
  const run = async (q: Db) => {
    await sql`set local jit = off`.execute(q)
    return q.selectFrom(records)
      .leftJoinLateral((eb) => eb.selectFrom('opinion_stream as s')
        .leftJoin('issue as i', 'i.id', 's.issue_id')
        .select([
          ...streamColumns, 'i.title as issue_title', 'i.status as issue_status',
          sql<string | null>`(select string_agg(t.topic, ',') from stream_topic t where t.stream_id = s.id)`.as('topics'),
          sql<string | null>`(select string_agg(g.grp, ',') from stream_group g where g.stream_id = s.id)`.as('groups'),
        ])
        .whereRef('s.report_id', '=', 'p.id').as('s'), (j) => j.onTrue())
      .select([...recordColumns, 's.position', 's.summary', 's.direction', 's.intensity', 's.breadth', 's.latent', 's.hot_spot', 's.proposed_handling', 's.issue_title', 's.issue_status', 's.topics', 's.groups'])
      .orderBy('p.heard_on', 'desc').orderBy('p.id', 'desc').orderBy('s.position')
      .execute() as Promise<ExportRow[]>
  }
  return db.isTransaction ? run(db) : db.transaction().execute(run)
}
