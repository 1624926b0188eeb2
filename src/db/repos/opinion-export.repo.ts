/**
 * The export's own read: every matching record with its streams, newest first, as one query read in batches. No
 * rules, no authorisation: the caller passes the filter with the visibility (scope paths) as for the list.
 */
import { CompiledQuery, sql, type SqlBool } from 'kysely'
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

const RECORD_COLUMNS = ['r.id', 'r.external_id', 'r.heard_on', 'r.channel', 'r.unit_id', 'r.area_id', 'r.entered_by', 'r.title', 'r.content', 'r.created_at'] as const
const STREAM_COLUMNS = ['s.position', 's.summary', 's.direction', 's.intensity', 's.breadth', 's.latent', 's.hot_spot', 's.proposed_handling'] as const

/**
 * Every matching record (newest heard first, then by id, descending), each joined with its streams (by position),
 * their issue, topic codes and group codes, in batches of about `batch` rows. One query:
 *
 * - PostgreSQL: one server-side cursor (DECLARE … CURSOR in a transaction of its own, FETCH `batch` rows at a
 *   time): the server walks the (heard_on, id) index backwards once and finds each record's streams through the
 *   report_id index (a lateral join kept apart by `offset 0`: on tables not yet analysed, as after a bulk import,
 *   the planner pulled it up into a nested loop over a materialised scan of every stream, once per record), instead
 *   of one query per page with its parse, plan and round trips. JIT is off for it: on tables not yet analysed the
 *   estimates passed JIT's threshold and compiling took seconds.
 * - SQLite: the same query in pages keyed by `(heard_on, id) < (?, ?)` (a row value the (heard_on, id) index of
 *   migration 0010 answers by starting where the last page ended), `batch` records per page: better-sqlite3 runs on
 *   the server's one thread and Kysely's one connection, so a statement iterated to the end would hold every other
 *   request (and the export's own look-ups) for the whole export; a page lets them in between.
 *
 * Stop early by breaking out of the loop: the cursor is closed and its transaction ended.
 */
export async function* exportRowBatches(db: Db, f: OpinionFilter, batch: number): AsyncGenerator<ExportRow[]> {
  if (dialectOf(db) === 'sqlite') {
    let after: ExportKey | null = null
    for (;;) {
      let page = filtered(db, f).select(RECORD_COLUMNS)
      if (after) page = page.where(sql<SqlBool>`(r.heard_on, r.id) < (${after.heardOn}, ${after.id})`)
      const records = page.orderBy('r.heard_on', 'desc').orderBy('r.id', 'desc').limit(batch).as('p')
      const rows = await db.selectFrom(records)
        .leftJoin('opinion_stream as s', 's.report_id', 'p.id')
        .leftJoin('issue as i', 'i.id', 's.issue_id')
        .select([
          'p.id', 'p.external_id', 'p.heard_on', 'p.channel', 'p.unit_id', 'p.area_id', 'p.entered_by', 'p.title', 'p.content', 'p.created_at',
          ...STREAM_COLUMNS, 'i.title as issue_title', 'i.status as issue_status',
          sql<string | null>`(select group_concat(t.topic, ',') from stream_topic t where t.stream_id = s.id)`.as('topics'),
          sql<string | null>`(select group_concat(g.grp, ',') from stream_group g where g.stream_id = s.id)`.as('groups'),
        ])
        .orderBy('p.heard_on', 'desc').orderBy('p.id', 'desc').orderBy('s.position')
        .execute() as ExportRow[]
      if (rows.length === 0) return
      yield rows
      const last = rows[rows.length - 1]!
      after = { heardOn: last.heard_on, id: last.id }
    }
  }
  const query = filtered(db, f)
    .leftJoinLateral((eb) => eb.selectFrom('opinion_stream as s')
      .leftJoin('issue as i', 'i.id', 's.issue_id')
      .select([
        ...STREAM_COLUMNS, 'i.title as issue_title', 'i.status as issue_status',
        sql<string | null>`(select string_agg(t.topic, ',') from stream_topic t where t.stream_id = s.id)`.as('topics'),
        sql<string | null>`(select string_agg(g.grp, ',') from stream_group g where g.stream_id = s.id)`.as('groups'),
      ])
      .whereRef('s.report_id', '=', 'r.id').offset(0).as('s'), (j) => j.onTrue())
    .select([...RECORD_COLUMNS, ...STREAM_COLUMNS, 's.issue_title', 's.issue_status', 's.topics', 's.groups'])
    .orderBy('r.heard_on', 'desc').orderBy('r.id', 'desc').orderBy('s.position')
    .compile()
  const own = !db.isTransaction
  const trx = own ? await db.startTransaction().execute() : db
  let ok = false
  try {
    await sql`set local jit = off`.execute(trx)
    await trx.executeQuery(CompiledQuery.raw(`declare opinion_export no scroll cursor for ${query.sql}`, [...query.parameters]))
    const fetch = CompiledQuery.raw(`fetch forward ${Math.max(1, Math.floor(batch))} from opinion_export`)
    for (;;) {
      const { rows } = await trx.executeQuery<ExportRow>(fetch)
      if (rows.length === 0) break
      yield rows
    }
    ok = true
  } finally {
    if (own) {
      const controlled = trx as Awaited<ReturnType<ReturnType<Db['startTransaction']>['execute']>>
      await (ok ? controlled.commit() : controlled.rollback()).execute()
    } else await sql`close opinion_export`.execute(trx)
  }
}
