/** Reading the audit log: a filtered page for the web app, and a streamed CSV export. */
import { countAuditEvents, listAuditEvents, streamAuditEvents, type AuditFilter } from '../../db/repos/audit.repo.ts'
import { nextDay, startOfLocalDay } from '../../domain/time.ts'
import type { AuditQuery, AuditView } from '../../shared/schemas.ts'
import type { AuditRow } from '../../db/database.ts'
import { audit, reachesRoot, requireScope, type ServiceContext } from '../context.ts'
import { csvLine } from '../../exports/csv.ts'

type AuditFilterInput = Omit<AuditQuery, 'page' | 'pageSize' | 'q'>

async function filterFor(ctx: ServiceContext, action: 'read' | 'export', input: AuditFilterInput): Promise<AuditFilter> {
  const scope = await requireScope(ctx, action, 'audit')
  return {
    scope,
    includeUnitless: reachesRoot(scope),
    // days are local (Asia/Ho_Chi_Minh) and `to` is inclusive
    fromAt: input.from ? startOfLocalDay(input.from).toISOString() : undefined,
    toAt: input.to ? startOfLocalDay(nextDay(input.to)).toISOString() : undefined,
    action: input.action?.trim().toLowerCase() || undefined,
    outcome: input.outcome,
    actor: input.actor?.trim().toLowerCase() || undefined,
    resourceType: input.resourceType || undefined,
  }
}

function toView(r: AuditRow): AuditView {
  return {
    id: Number(r.id), at: r.at, actorUsername: r.actor_username, action: r.action, resourceType: r.resource_type,
    resourceId: r.resource_id, unitId: r.unit_id, outcome: r.outcome, ip: r.ip, details: r.details_json ? JSON.parse(r.details_json) : null,
  }
}

/** A page of the audit log, newest first, within the actor's scope. */
export async function listAudit(ctx: ServiceContext, input: AuditQuery) {
  const f = await filterFor(ctx, 'read', input)
  const [rows, total] = await Promise.all([
    listAuditEvents(ctx.db, f, input.pageSize, (input.page - 1) * input.pageSize),
    countAuditEvents(ctx.db, f),
  ])
  return { items: rows.map(toView), total }
}

export const AUDIT_CSV_COLUMNS = ['id', 'at', 'actor', 'action', 'resource_type', 'resource_id', 'unit_id', 'outcome', 'ip', 'details']

/** The audit log as CSV lines (header first), oldest first; the export itself is audited. */
export async function* exportAuditCsv(ctx: ServiceContext, input: AuditFilterInput): AsyncGenerator<string> {
  const f = await filterFor(ctx, 'export', input)
  await audit(ctx.db, ctx, { action: 'audit.export', resourceType: 'audit', details: { from: input.from ?? null, to: input.to ?? null } })
  yield '\uFEFF' + csvLine(AUDIT_CSV_COLUMNS)
  for await (const r of streamAuditEvents(ctx.db, f)) {
    yield csvLine([String(r.id), r.at, r.actor_username, r.action, r.resource_type, r.resource_id, r.unit_id, r.outcome, r.ip, r.details_json])
  }
}
