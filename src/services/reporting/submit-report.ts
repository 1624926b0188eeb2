/**
 * Submits a unit's report (draft or returned → submitted). Late submissions are accepted and flagged: the first
 * submission decides lateness against the period's deadline or the latest extension, and its instant is kept in
 * submitted_at; a resubmission after a return updates last_submitted_at only.
 */
import { latestExtension } from '../../db/repos/report-extension.repo.ts'
import { findPeriodsByIds } from '../../db/repos/report-period.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { isLate } from '../../domain/reporting/deadlines.ts'
import { localDay } from '../../domain/time.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import type { ReportDetail } from '../../shared/report.schema.ts'
import type { ServiceContext } from '../context.ts'
import { periodOfRow } from './periods.ts'
import { checkTransition, findReportFor } from './report-access.ts'
import { periodDeadline, reportingSettings } from './reporting-settings.ts'
import { toReportDetail } from './report-views.ts'
import { writeReportChange } from './report-write.ts'

export async function submitReport(ctx: ServiceContext, input: { reportId: string }, lang: Lang = 'vi'): Promise<ReportDetail> {
  const row = await findReportFor(ctx, 'update', input.reportId)
  if (row.level !== 'unit') throw new DomainError('REPORT_TRANSITION_INVALID', undefined, 409)
  const status = checkTransition(ctx, row, 'submit')
  const at = ctx.now.toISOString()
  const first = row.submitted_at == null
  let late = row.is_late === 1
  if (first) {
    const [[periodRow], extension, settings] = await Promise.all([findPeriodsByIds(ctx.db, [row.period_id]), latestExtension(ctx.db, row.period_id, row.unit_id), reportingSettings(ctx.db)])
    const deadline = periodDeadline(settings, periodOfRow(periodRow!), 'unit')
    late = isLate(ctx.now, deadline, extension ? { until: new Date(extension.until_at) } : null)
  }
  const saved = await ctx.db.transaction().execute((trx) =>
    writeReportChange(trx, ctx, row, {
      status, submitted_at: row.submitted_at ?? at, last_submitted_at: at, is_late: late ? 1 : 0, issued_on: localDay(ctx.now),
    }, { action: 'submit', details: { late, resubmission: !first } }))
  return toReportDetail(ctx, saved, lang)
}
