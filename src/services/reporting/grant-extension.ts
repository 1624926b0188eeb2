/**
 * The focal board grants a unit more time for a period (gia hạn), with a reason. `until` is an instant, or a local day
 * meaning "on time when submitted before 00:00 of the next day". The latest grant applies.
 */
import { findReportFor } from '../../db/repos/report.repo.ts'
import { insertExtension } from '../../db/repos/report-extension.repo.ts'
import { findUnitInScope } from '../../db/repos/unit.repo.ts'
import { getUserById } from '../../db/repos/user.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { nextDay, startOfLocalDay } from '../../domain/time.ts'
import type { ExtensionView, GrantExtensionInput } from '../../shared/report.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { periodOfRow, resolvePeriod } from './periods.ts'
import { periodDeadline, reportingSettings } from './reporting-settings.ts'

/** The instant an extension's `until` stands for. */
export function extensionInstant(until: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? startOfLocalDay(nextDay(until)) : new Date(until)
}

export async function grantExtension(ctx: ServiceContext, input: GrantExtensionInput): Promise<ExtensionView> {
  const scope = await requireScope(ctx, 'manage', 'report')
  const periodRow = await resolvePeriod(ctx, input.periodKey)
  const unit = await findUnitInScope(ctx.db, input.unitId, scope)
  if (!unit) throw new DomainError('REPORT_UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'REPORT_UNIT_NOT_FOUND' }] })
  const until = extensionInstant(input.until)
  const deadline = periodDeadline(await reportingSettings(ctx.db), periodOfRow(periodRow), 'unit')
  if (!(until.getTime() > deadline.getTime())) throw new DomainError('REPORT_EXTENSION_BEFORE_DEADLINE', { fields: [{ path: 'until', code: 'REPORT_EXTENSION_BEFORE_DEADLINE' }] })
  const report = await findReportFor(ctx.db, periodRow.id, unit.id, 'unit')
  if (report?.submitted_at) throw new DomainError('REPORT_EXTENSION_SUBMITTED', { fields: [{ path: 'unitId', code: 'REPORT_EXTENSION_SUBMITTED' }] }, 409)
  const row = {
    id: newId(), period_id: periodRow.id, unit_id: unit.id, unit_path: unit.path, until_at: until.toISOString(), reason: clean(input.reason),
    granted_by: ctx.actor.userId, created_at: ctx.now.toISOString(),
  }
  await ctx.db.transaction().execute(async (trx) => {
    await insertExtension(trx, row)
    await audit(trx, ctx, { action: 'report.extension', resourceType: 'report_extension', resourceId: row.id, unitId: unit.id, unitPath: unit.path, details: { period: periodRow.key, until: row.until_at } })
  })
  const grantedBy = ctx.actor.userId ? ((await getUserById(ctx.db, ctx.actor.userId))?.full_name ?? null) : null
  return { id: row.id, periodKey: periodRow.key, unitId: unit.id, unitCode: unit.code, unitName: unit.name, until: row.until_at, reason: row.reason, grantedBy, createdAt: row.created_at }
}
