/**
 * Queries for the report notices (nhắc hạn, quá hạn, báo cáo lên cấp trên): what the job reads to know who owes a
 * report, and the notice log (report_notice) it writes. No rules, no authorisation: callers pass the scope paths.
 */
import type { Insertable } from 'kysely'
import type { Db } from '../connect.ts'
import type { ReportNoticeTable } from '../database.ts'
import { pathInScope } from './scope.ts'

/** Active holders of a role with their unit ("focal" → the boards that receive reports). */
export function listActiveRoleHolders(db: Db, role: string) {
  return db.selectFrom('role_assignment as ra').innerJoin('app_user as u', 'u.id', 'ra.user_id').innerJoin('unit as n', 'n.id', 'ra.unit_id')
    .select(['ra.user_id', 'ra.unit_id', 'n.path']).where('ra.role', '=', role).where('u.active', '=', 1).execute()
}

/** Active responsible officers (người phụ trách DLXH: unit_officer marked responsible) of these units. */
export function listResponsibleOfficersOf(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([])
  return db.selectFrom('role_assignment as ra').innerJoin('app_user as u', 'u.id', 'ra.user_id')
    .select(['ra.unit_id', 'ra.user_id'])
    .where('ra.unit_id', 'in', unitIds).where('ra.role', '=', 'unit_officer').where('ra.is_responsible', '=', 1).where('u.active', '=', 1)
    .orderBy('ra.user_id').execute()
}

/** Accounts by id with the address mail goes to. */
export function listUsersForMail(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('app_user').select(['id', 'full_name', 'email']).where('id', 'in', ids).execute()
}

/** Periods with these keys. */
export function listPeriodsWithKeys(db: Db, keys: string[]) {
  if (keys.length === 0) return Promise.resolve([])
  return db.selectFrom('report_period').selectAll().where('key', 'in', keys).execute()
}

/** Ad hoc periods ending on or after a day (báo cáo nhanh still in play). */
export function listAdHocPeriodsEndingFrom(db: Db, day: string) {
  return db.selectFrom('report_period').selectAll().where('kind', '=', 'ad_hoc').where('to_day', '>=', day).execute()
}

/** Periods with an extension running until `sinceIso` or later (an extension can carry an old period forward). */
export function listPeriodsExtendedUntilFrom(db: Db, sinceIso: string) {
  return db.selectFrom('report_period as p').selectAll('p')
    .where((eb) => eb.exists(eb.selectFrom('report_extension as e').select('e.id').whereRef('e.period_id', '=', 'p.id').where('e.until_at', '>=', sinceIso)))
    .execute()
}

/** Writes notice log rows; a dedup_key already written is skipped. Returns the keys actually added. */
export async function insertNoticeRows(db: Db, rows: Insertable<ReportNoticeTable>[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set()
  const added = await db.insertInto('report_notice').values(rows).onConflict((oc) => oc.column('dedup_key').doNothing()).returning('dedup_key').execute()
  return new Set(added.map((r) => r.dedup_key))
}

/** E-mails waiting to go out (status pending), oldest first, with their recipient's address and name. */
export function listPendingMail(db: Db) {
  return db.selectFrom('report_notice as n').innerJoin('app_user as u', 'u.id', 'n.recipient_user_id')
    .select(['n.id', 'n.dedup_key', 'n.recipient_user_id', 'u.email', 'u.full_name'])
    .where('n.channel', '=', 'email').where('n.status', '=', 'pending')
    .orderBy('n.created_at').orderBy('n.id').execute()
}

/** Claims one pending e-mail for sending (pending → sending); false when another run claimed it first. */
export async function claimPendingMail(db: Db, id: string): Promise<boolean> {
  const r = await db.updateTable('report_notice').set({ status: 'sending' }).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}

/** Records how sending one e-mail ended (sent, or failed with the error). */
export function finishMail(db: Db, id: string, status: 'sent' | 'failed', error: string | null) {
  return db.updateTable('report_notice').set({ status, error }).where('id', '=', id).where('status', '=', 'sending').execute()
}

/** In-app notifications by dedup key (the texts an e-mail repeats). */
export function listNotificationsByDedupKeys(db: Db, keys: string[]) {
  if (keys.length === 0) return Promise.resolve([])
  return db.selectFrom('notification').select(['dedup_key', 'title', 'body', 'link']).where('dedup_key', 'in', keys).execute()
}

/** The period with this key. */
export function findPeriodWithKey(db: Db, key: string) {
  return db.selectFrom('report_period').selectAll().where('key', '=', key).executeTakeFirst()
}

/** The notice log of one period for units in the scope, newest first, with unit and recipient names. */
export function listNoticesOfPeriod(db: Db, periodId: string, scope: string[]) {
  return db.selectFrom('report_notice as n')
    .innerJoin('unit as u', 'u.id', 'n.unit_id')
    .leftJoin('app_user as r', 'r.id', 'n.recipient_user_id')
    .select(['n.id', 'n.kind', 'n.day', 'n.unit_id', 'u.code as unit_code', 'u.name as unit_name', 'n.recipient_user_id', 'r.full_name as recipient_name',
      'n.channel', 'n.status', 'n.error', 'n.created_at'])
    .where('n.period_id', '=', periodId).where(pathInScope('n.unit_path', scope))
    .orderBy('n.created_at', 'desc').orderBy('u.code').orderBy('n.kind').orderBy('r.full_name').orderBy('n.channel')
    .execute()
}

