/**
 * What a report counts and cites: opinion records and streams of a unit's subtree heard in a period. Stream counts come
 * from the daily roll-up (opinion_rollup_daily), records are counted from opinion_report. No rules, no authorisation.
 */
import { sql, type SqlBool } from 'kysely'
import type { Db } from '../connect.ts'
import { escapeLike } from '../dialect.ts'
import { ALL_TOPICS } from './rollup.repo.ts'
import { inSubtreeDuring } from './scope.ts'

/** A unit's subtree over local days (inclusive). */
export type StatsWindow = { unitPath: string; from: string; to: string }

/** Records of the subtree heard in the window, per channel. */
export function countRecordsByChannel(db: Db, w: StatsWindow) {
  return db
    .selectFrom('opinion_report')
    .select('channel')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(inSubtreeDuring(db, 'unit_path', 'heard_on', w))
    .groupBy('channel').execute()
}

/** Streams per topic and direction (a stream counts under each of its topics), from the roll-up. */
export function sumStreamsByTopicDirection(db: Db, w: StatsWindow) {
  return db
    .selectFrom('opinion_rollup_daily')
    .select(['topic', 'direction'])
    .select((eb) => eb.fn.sum<number>('streams').as('n'))
    .where(inSubtreeDuring(db, 'unit_path', 'day', w)).where('topic', '<>', ALL_TOPICS)
    .groupBy(['topic', 'direction']).execute()
}

/** Streams counted once each, from the roll-up. */
export async function sumStreams(db: Db, w: StatsWindow): Promise<number> {
  const r = await db
    .selectFrom('opinion_rollup_daily')
    .select((eb) => eb.fn.sum<number>('streams').as('n'))
    .where(inSubtreeDuring(db, 'unit_path', 'day', w)).where('topic', '=', ALL_TOPICS)
    .executeTakeFirst()
  return Number(r?.n ?? 0)
}

/** Of these stream ids, those whose record lies in the subtree and was heard in the window. */
export async function streamIdsInWindow(db: Db, w: StatsWindow, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await db
    .selectFrom('opinion_stream as s').innerJoin('opinion_report as r', 'r.id', 's.report_id')
    .select('s.id')
    .where('s.id', 'in', ids).where(inSubtreeDuring(db, 'r.unit_path', 'r.heard_on', w))
    .execute()
  return new Set(rows.map((r) => r.id))
}

/** Streams that may be cited: records of the subtree heard in the window, matching folded words (newest first). */
export function listCandidateStreams(db: Db, w: StatsWindow, foldedQuery: string | null, limit: number) {
  let q = db
    .selectFrom('opinion_stream as s').innerJoin('opinion_report as r', 'r.id', 's.report_id')
    .select(['s.id', 's.summary', 's.direction', 's.position', 'r.id as record_id', 'r.title as record_title', 'r.heard_on', 'r.unit_id'])
    .where(inSubtreeDuring(db, 'r.unit_path', 'r.heard_on', w))
  if (foldedQuery) q = q.where(sql<SqlBool>`r.search_text like ${`%${escapeLike(foldedQuery)}%`} escape '\\'`)
  return q.orderBy('r.heard_on', 'desc').orderBy('r.id').orderBy('s.position').limit(limit).execute()
}

/** The topics of these streams. */
export function listStreamTopics(db: Db, streamIds: string[]) {
  if (streamIds.length === 0) return Promise.resolve([])
  return db.selectFrom('stream_topic').select(['stream_id', 'topic']).where('stream_id', 'in', streamIds).execute()
}
