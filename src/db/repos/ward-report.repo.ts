/**
 * Queries of the ward's consolidated report: the period's streams with their record and unit, the units' accepted
 * reports, the issues of the period, and the document number counter. No rules, no authorisation: callers pass the
 * unit's subtree path.
 */
import { sql } from 'kysely'
import type { Db } from '../connect.ts'
import { inSubtreeDuring, pathInScope } from './scope.ts'

/** A unit's subtree over local days (inclusive). */
export type WardWindow = { unitPath: string; from: string; to: string }

/**
 * Streams of records of the subtree heard in the window, with the record's unit and channel and the stream's topics
 * and social groups (each a comma-separated list of codes, in no order; null for none), in a stable order: one pass
 * over the window's records (`string_agg` on both engines, SQLite ≥ 3.44).
 */
export function listStreamsInWindow(db: Db, w: WardWindow) {
  return db
    .selectFrom('opinion_stream as s').innerJoin('opinion_report as r', 'r.id', 's.report_id').innerJoin('unit as u', 'u.id', 'r.unit_id')
    .select(['s.id', 's.summary', 's.direction', 's.intensity', 's.breadth', 's.latent', 's.hot_spot', 'r.id as record_id', 'r.channel', 'r.heard_on', 'u.id as unit_id', 'u.name as unit_name'])
    .select([
      sql<string | null>`(select string_agg(t.topic, ',') from stream_topic t where t.stream_id = s.id)`.as('topics'),
      sql<string | null>`(select string_agg(g.grp, ',') from stream_group g where g.stream_id = s.id)`.as('groups'),
    ])
    .where(inSubtreeDuring(db, 'r.unit_path', 'r.heard_on', w))
    .orderBy('r.heard_on').orderBy('r.id').orderBy('s.position')
    .execute()
}

/** Unit-level reports of these periods in the subtree with a status, with the unit's name and code. */
export function listUnitReportsWithStatus(db: Db, periodIds: string[], unitPath: string, status: string) {
  if (periodIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('report as r').innerJoin('unit as u', 'u.id', 'r.unit_id')
    .select(['r.id', 'r.period_id', 'r.unit_id', 'r.sections_json', 'r.is_late', 'u.name as unit_name', 'u.code as unit_code'])
    .where('r.level', '=', 'unit').where('r.status', '=', status).where('r.period_id', 'in', periodIds).where(pathInScope('r.unit_path', [unitPath]))
    .orderBy('u.code').orderBy('r.period_id')
    .execute()
}

/** Issues of the subtree that existed during the window: created by its end and not closed before its start. */
export function listIssuesDuring(db: Db, w: WardWindow, startInstant: string, endInstant: string) {
  return db
    .selectFrom('issue as i').innerJoin('unit as u', 'u.id', 'i.unit_id')
    .select(['i.id', 'i.title', 'i.topic', 'i.status', 'i.hot_spot', 'u.name as unit_name'])
    .where(pathInScope('i.unit_path', [w.unitPath]))
    .where('i.created_at', '<', endInstant)
    .where((eb) => eb.or([eb('i.closed_at', 'is', null), eb('i.closed_at', '>=', startInstant)]))
    .orderBy('i.created_at').orderBy('i.id')
    .execute()
}

/**
 * Takes the next document number of an issuing body, type and term: creates the counter at 1 or adds 1, and returns
 * the new value. One statement (insert … on conflict do update … returning) on both engines; the row stays locked
 * until the caller's transaction ends, so two approvals never get the same number, and a rolled-back approval gives
 * its number back.
 */
export async function takeNextDocSeq(db: Db, issuerUnitId: string, docType: string, termStart: string): Promise<number> {
  const r = await db
    .insertInto('doc_number_counter')
    .values({ issuer_unit_id: issuerUnitId, doc_type: docType, term_start: termStart, last_seq: 1 })
    .onConflict((oc) => oc.columns(['issuer_unit_id', 'doc_type', 'term_start']).doUpdateSet({ last_seq: sql<number>`doc_number_counter.last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow()
  return Number(r.last_seq)
}

/** The user's full name, for the signature block. */
export function findUserName(db: Db, id: string) {
  return db.selectFrom('app_user').select(['full_name']).where('id', '=', id).executeTakeFirst()
}

/** The responsible officer (người phụ trách) of a unit, with their name. */
export function findResponsibleName(db: Db, unitId: string) {
  return db
    .selectFrom('role_assignment as ra').innerJoin('app_user as a', 'a.id', 'ra.user_id')
    .select(['a.full_name'])
    .where('ra.unit_id', '=', unitId).where('ra.is_responsible', '=', 1)
    .executeTakeFirst()
}
