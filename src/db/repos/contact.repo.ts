/** The restricted store of citizens' names and contacts attached to opinion records. No rules, no authorisation. */
import type { Insertable } from 'kysely'
import type { Db } from '../connect.ts'
import type { OpinionContactTable } from '../database.ts'

export function insertContact(db: Db, row: Insertable<OpinionContactTable>) {
  return db.insertInto('opinion_contact').values(row).execute()
}

/** The contact of one record, if any. */
export function getContactOfReport(db: Db, reportId: string) {
  return db.selectFrom('opinion_contact').selectAll().where('report_id', '=', reportId).executeTakeFirst()
}

/** Which of the given records have a contact. */
export async function reportIdsWithContact(db: Db, reportIds: string[]): Promise<Set<string>> {
  if (reportIds.length === 0) return new Set()
  const rows = await db.selectFrom('opinion_contact').select('report_id').where('report_id', 'in', reportIds).execute()
  return new Set(rows.map((r) => r.report_id))
}

/** Moves the deletion day of a record's contact (its heard day changed). */
export function setContactDeleteAfter(db: Db, reportId: string, day: string) {
  return db.updateTable('opinion_contact').set({ delete_after: day }).where('report_id', '=', reportId).execute()
}

/** Deletes the contact of one record; returns how many rows went. */
export async function deleteContactOfReport(db: Db, reportId: string) {
  const r = await db.deleteFrom('opinion_contact').where('report_id', '=', reportId).executeTakeFirst()
  return Number(r.numDeletedRows)
}

/** How many contacts are past their deletion day (`delete_after` before `day`). */
export async function countContactsDueBefore(db: Db, day: string) {
  const r = await db.selectFrom('opinion_contact').select((eb) => eb.fn.countAll<number>().as('n')).where('delete_after', '<', day).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Deletes the contacts past their deletion day; returns how many. */
export async function deleteContactsDueBefore(db: Db, day: string) {
  const r = await db.deleteFrom('opinion_contact').where('delete_after', '<', day).executeTakeFirst()
  return Number(r.numDeletedRows)
}
