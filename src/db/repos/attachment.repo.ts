/** Attachments of opinion records (their bytes live under <data>/attachments/ by SHA-256). No rules, no authorisation. */
import type { Insertable } from 'kysely'
import type { Db } from '../connect.ts'
import type { AttachmentTable } from '../database.ts'

export function insertAttachment(db: Db, row: Insertable<AttachmentTable>) {
  return db.insertInto('attachment').values(row).execute()
}

/** Attachments of the given records, oldest first. */
export function listAttachmentsOfReports(db: Db, reportIds: string[]) {
  if (reportIds.length === 0) return Promise.resolve([])
  return db.selectFrom('attachment').selectAll().where('report_id', 'in', reportIds).orderBy('created_at').orderBy('id').execute()
}

/** One attachment of one record. */
export function getAttachmentOfReport(db: Db, reportId: string, id: string) {
  return db.selectFrom('attachment').selectAll().where('report_id', '=', reportId).where('id', '=', id).executeTakeFirst()
}

export async function countAttachmentsOfReport(db: Db, reportId: string) {
  const r = await db.selectFrom('attachment').select((eb) => eb.fn.countAll<number>().as('n')).where('report_id', '=', reportId).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Which of the given hashes some attachment still uses (a file is removed only when none does). */
export async function shasInUse(db: Db, shas: string[]): Promise<Set<string>> {
  if (shas.length === 0) return new Set()
  const rows = await db.selectFrom('attachment').select('sha256').distinct().where('sha256', 'in', shas).execute()
  return new Set(rows.map((r) => r.sha256))
}

export function deleteAttachmentRow(db: Db, id: string) {
  return db.deleteFrom('attachment').where('id', '=', id).execute()
}
