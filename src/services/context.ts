/** What every service receives: the database, who acts, the current time, and helpers shared by all use cases. */
import { randomFillSync } from 'node:crypto'
import type { Db } from '../db/connect.ts'
import type { DialectName } from '../db/dialect.ts'
import type { AppConfig } from '../config.ts'
import { EVERYWHERE, isRootPath, outermostGrantPath, scopeOf, type Actor } from '../domain/policy.ts'
import { DomainError } from '../domain/errors.ts'
import { insertAuditEvent } from '../db/repos/audit.repo.ts'
import type { Action, AuditOutcome, Resource } from '../shared/enums.ts'

export type ServiceContext = {
  db: Db
  dialect: DialectName
  actor: Actor
  now: Date
  ip: string | null
  config: AppConfig
}

const idBytes = Buffer.alloc(16)
// random bytes drawn 4 KB at a time: one randomFillSync per id cost more than the rest of newId (an import of
// 5 000 records makes 10 000 ids)
const randomPool = Buffer.alloc(4096)
let randomAt = randomPool.length

/**
 * A new row id: a UUID version 7 (RFC 9562) — 48 bits of Unix milliseconds, then 74 random bits. Ids made later sort
 * later, so every primary-key and foreign-key index grows at its end instead of at random places, which keeps bulk
 * inserts into large tables (a city's millions of records) to a few hot pages. Still unguessable (74 random bits).
 */
export function newId(now = Date.now()): string {
  if (randomAt + 10 > randomPool.length) {
    randomFillSync(randomPool)
    randomAt = 0
  }
  randomPool.copy(idBytes, 6, randomAt, randomAt + 10)
  randomAt += 10
  idBytes.writeUIntBE(now, 0, 6)
  idBytes[6] = 0x70 | (idBytes[6]! & 0x0f)
  idBytes[8] = 0x80 | (idBytes[8]! & 0x3f)
  const h = idBytes.toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}

export type AuditInput = {
  action: string
  resourceType?: string | null
  resourceId?: string | null
  unitId?: string | null
  unitPath?: string | null
  outcome?: AuditOutcome
  details?: unknown
  /** who, when the actor is not (yet) known: the account a sign-in attempt named */
  actor?: { id: string | null; username: string }
}

/** Appends an audit event; call it inside the write's transaction so both land or neither does. */
export async function audit(db: Db, ctx: ServiceContext, e: AuditInput) {
  await insertAuditEvent(db, {
    at: ctx.now.toISOString(),
    actor_id: e.actor ? e.actor.id : ctx.actor.userId,
    actor_username: e.actor ? e.actor.username : ctx.actor.username,
    action: e.action,
    resource_type: e.resourceType ?? null,
    resource_id: e.resourceId ?? null,
    unit_id: e.unitId ?? null,
    // the system actor's scope "/" is not a unit: such events concern no unit
    unit_path: e.unitPath && e.unitPath !== EVERYWHERE ? e.unitPath : null,
    outcome: e.outcome ?? 'success',
    ip: ctx.ip,
    details_json: e.details === undefined ? null : JSON.stringify(e.details),
  })
}

/**
 * The actor's scope for an action on a resource; refuses (and records the refusal) when it is empty.
 * Reads then filter by the scope, so a row outside it is "not found", never "forbidden".
 */
export async function requireScope(ctx: ServiceContext, action: Action, resource: Resource): Promise<string[]> {
  const scope = scopeOf(ctx.actor, action, resource)
  if (scope.length === 0) await deny(ctx, `${resource}.${action}`)
  return scope
}

/** Throws FORBIDDEN after writing a `denied` audit event, filed under the actor's own unit so their auditors see it. */
export async function deny(ctx: ServiceContext, action: string, e: Omit<AuditInput, 'action' | 'outcome'> = {}): Promise<never> {
  await audit(ctx.db, ctx, { unitPath: outermostGrantPath(ctx.actor), ...e, action, outcome: 'denied' })
  throw new DomainError('FORBIDDEN')
}

/** Does the scope reach records that concern no unit (sign-ins, system events, accounts without a role)? */
export function reachesRoot(scope: string[]): boolean {
  return scope.some(isRootPath)
}
