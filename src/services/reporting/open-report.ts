/**
 * Opens a unit's report for a period: the existing one, or a new draft made from the template with its statistics
 * filled in (opening twice creates nothing; two people opening at once get the same report — the key is unique).
 */
import { findReportFor, insertReportIfAbsent, insertReportVersion } from '../../db/repos/report.repo.ts'
import { findUnitInScope } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { activeDaysIn } from '../../domain/reporting/obligations.ts'
import { emptySections } from '../../domain/reporting/template.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import type { OpenReportInput, ReportDetail } from '../../shared/report.schema.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { periodOfRow, resolvePeriod } from './periods.ts'
import type { ReportRow } from './report-access.ts'
import { computeReportStats } from './report-stats.ts'
import { toReportDetail } from './report-views.ts'
import { snapshotOf } from './report-write.ts'

export async function openReport(ctx: ServiceContext, input: OpenReportInput, lang: Lang = 'vi'): Promise<{ created: boolean; report: ReportDetail }> {
  const scope = await requireScope(ctx, 'create', 'report')
  const periodRow = await resolvePeriod(ctx, input.periodKey)
  const unit = await findUnitInScope(ctx.db, input.unitId, scope)
  if (!unit) throw new DomainError('REPORT_UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'REPORT_UNIT_NOT_FOUND' }] })
  const period = periodOfRow(periodRow)
  const existing = await findReportFor(ctx.db, periodRow.id, unit.id, 'unit')
  if (existing) return { created: false, report: await toReportDetail(ctx, existing, lang) }
  if (activeDaysIn({ activeFrom: unit.active_from, activeTo: unit.active_to }, period) === 0)
    throw new DomainError('REPORT_UNIT_INACTIVE', { fields: [{ path: 'unitId', code: 'REPORT_UNIT_INACTIVE' }] })

  const at = ctx.now.toISOString()
  const stats = await computeReportStats(ctx.db, unit, period)
  const row: ReportRow = {
    id: newId(), period_id: periodRow.id, unit_id: unit.id, unit_path: unit.path, level: 'unit', status: 'draft', version: 1, summary: '',
    sections_json: JSON.stringify(emptySections(period.kind)), stats_json: JSON.stringify(stats), stats_refreshed_at: at,
    submitted_at: null, last_submitted_at: null, is_late: 0, review_comment: null, reviewed_by: null, reviewed_at: null,
    approved_by: null, approved_at: null, doc_type: 'BC', number_seq: null, number_text: null, term_start: null, issued_on: null,
    created_by: ctx.actor.userId, created_at: at, updated_at: at,
  }
  const created = await ctx.db.transaction().execute(async (trx) => {
    if (!(await insertReportIfAbsent(trx, row))) return false
    await insertReportVersion(trx, { report_id: row.id, version: 1, action: 'create', status: 'draft', snapshot_json: snapshotOf(row), comment: null, actor_id: ctx.actor.userId, created_at: at })
    await audit(trx, ctx, { action: 'report.create', resourceType: 'report', resourceId: row.id, unitId: unit.id, unitPath: unit.path, details: { period: periodRow.key } })
    return true
  })
  const saved = created ? row : await findReportFor(ctx.db, periodRow.id, unit.id, 'unit')
  return { created, report: await toReportDetail(ctx, saved!, lang) }
}
