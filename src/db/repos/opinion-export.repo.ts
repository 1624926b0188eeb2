/**
 * The export's own reads: every matching record with its streams, newest first, one query per page. No rules, no
 * authorisation: the caller passes the filter with the visibility (scope paths) as for the list.
 */
import { sql, type SqlBool } from 'kysely'
import type { Db } from '../connect.ts'
import { dialectOf } from '../dialect.ts'
import { filtered, type OpinionFilter } from './opinion.repo.ts'

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
