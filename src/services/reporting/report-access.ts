/**
 * Who reaches which report, and with which role. A unit's report is the `report` resource, the ward's consolidated
 * report the `ward_report` resource (src/domain/policy.ts). Outside the actor's read scope a report is "not found"
 * (404); inside it, an action the actor's roles may not take is "forbidden" (403). The state machine
 * (src/domain/reporting/report-state.ts) then decides with the actor's role at the report's unit.
 */
import { findReportById } from '../../db/repos/report.repo.ts'
import type { ReportTable } from '../../db/database.ts'
import type { Selectable } from 'kysely'
import { DomainError } from '../../domain/errors.ts'
import { inScope, scopeOf } from '../../domain/policy.ts'
import { REPORT_TRANSITIONS, transition, type ReportAction, type ReportState } from '../../domain/reporting/report-state.ts'
import type { Action, Resource, Role } from '../../shared/enums.ts'
import { deny, type ServiceContext } from '../context.ts'

export type ReportRow = Selectable<ReportTable>

/** The policy resource of a report level. */
export function resourceOf(level: string): Resource {
  return level === 'ward' ? 'ward_report' : 'report'
}

/**
 * The report `id` if the actor may `action` it. Refuses (403, audited) when the actor may do `action` on no report
 * at all, or on this one while able to read it; "not found" when it does not exist or lies outside the read scope.
 */
export async function findReportFor(ctx: ServiceContext, action: Action, id: string): Promise<ReportRow> {
  const unitScope = scopeOf(ctx.actor, action, 'report')
  const wardScope = scopeOf(ctx.actor, action, 'ward_report')
  if (unitScope.length === 0 && wardScope.length === 0) await deny(ctx, `report.${action}`, { resourceType: 'report', resourceId: id })
  const row = await findReportById(ctx.db, id)
  if (!row) throw new DomainError('REPORT_NOT_FOUND')
  const resource = resourceOf(row.level)
  if (inScope(scopeOf(ctx.actor, action, resource), row.unit_path)) return row
  if (action !== 'read' && inScope(scopeOf(ctx.actor, 'read', resource), row.unit_path))
    await deny(ctx, `${resource}.${action}`, { resourceType: resource, resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path })
  throw new DomainError('REPORT_NOT_FOUND')
}

/** The roles the actor holds at a unit (grants on the unit or above it). */
export function rolesAt(ctx: ServiceContext, unitPath: string): Role[] {
  if (ctx.actor.kind !== 'user') return []
  return [...new Set(ctx.actor.grants.filter((g) => unitPath.startsWith(g.unitPath)).map((g) => g.role))]
}

const TRANSITION_STATUS: Record<string, number> = { REPORT_LOCKED: 409, REPORT_TRANSITION_INVALID: 409, REPORT_ACTION_FORBIDDEN: 403, REPORT_RETURN_COMMENT_REQUIRED: 400 }

/** Applies the state machine for the actor at the report's unit; throws its refusal as a DomainError. */
export function checkTransition(ctx: ServiceContext, report: ReportRow, action: ReportAction, comment?: string | null): ReportState {
  const rule = REPORT_TRANSITIONS[action]
  // the operator (system actor, CLI) acts as whoever the rule names
  const roles = ctx.actor.kind === 'system' ? [rule.roles[0]!] : rolesAt(ctx, report.unit_path)
  const role = roles.find((r) => rule.roles.includes(r)) ?? roles[0] ?? 'viewer'
  const r = transition(report.status as ReportState, action, role, { comment })
  if (r.ok) return r.state
  const details = r.code === 'REPORT_RETURN_COMMENT_REQUIRED' ? { fields: [{ path: 'comment', code: r.code }] } : undefined
  throw new DomainError(r.code, details, TRANSITION_STATUS[r.code])
}
