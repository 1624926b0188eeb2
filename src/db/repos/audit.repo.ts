/** The append-only audit log: insert, and scoped reads. */
import { sql, type SqlBool } from 'kysely'
import type { Db } from '../connect.ts'
import type { NewAuditEvent } from '../database.ts'
import { pathInScope } from './scope.ts'
import { escapeLike } from '../dialect.ts'

export function insertAuditEvent(db: Db, row: NewAuditEvent) {
  return db.insertInto('audit_event').values(row).execute()
}

export type AuditFilter = {
  scope: string[]
  /** may the reader see events that concern no unit (sign-ins, system)? */
  includeUnitless: boolean
  fromAt?: string
  toAt?: string
  action?: string
  outcome?: string
  actor?: string
  resourceType?: string
}

function filtered(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_event').where((eb) =>
    f.includeUnitless ? eb.or([pathInScope('unit_path', f.scope), eb('unit_path', 'is', null)]) : pathInScope('unit_path', f.scope),
  )
  if (f.fromAt) q = q.where('at', '>=', f.fromAt)
  if (f.toAt) q = q.where('at', '<', f.toAt)
  if (f.action) q = q.where(sql<SqlBool>`action like ${escapeLike(f.action) + '%'} escape '\\'`)
  if (f.outcome) q = q.where('outcome', '=', f.outcome)
  if (f.actor) q = q.where('actor_username', '=', f.actor)
  if (f.resourceType) q = q.where('resource_type', '=', f.resourceType)
  return q
}

/** A page of audit events, newest first. */
export function listAuditEvents(db: Db, f: AuditFilter, limit: number, offset: number) {
  return filtered(db, f).selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).offset(offset).execute()
}

export async function countAuditEvents(db: Db, f: AuditFilter) {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** All matching events, oldest first, streamed in pages so an export never holds the whole log. */
export async function* streamAuditEvents(db: Db, f: AuditFilter, pageSize = 1000) {
  let afterId = 0
  for (;;) {
    const rows = await filtered(db, f).selectAll().where('id', '>', afterId).orderBy('id').limit(pageSize).execute()
    if (rows.length === 0) return
    yield* rows
    afterId = Number(rows[rows.length - 1]!.id)
  }
}
