/** Recomputes a report's statistics from the records as they are now (while the report may still be edited). */
import { findPeriodsByIds } from '../../db/repos/report-period.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import type { ReportDetail } from '../../shared/report.schema.ts'
import type { ServiceContext } from '../context.ts'
import { periodOfRow } from './periods.ts'
import { checkTransition, findReportFor } from './report-access.ts'
import { computeReportStats } from './report-stats.ts'
import { toReportDetail } from './report-views.ts'
import { writeReportChange } from './report-write.ts'

export async function refreshReportStats(ctx: ServiceContext, input: { reportId: string }, lang: Lang = 'vi'): Promise<ReportDetail> {
  const row = await findReportFor(ctx, 'update', input.reportId)
  if (row.level === 'ward') {
    if (row.status !== 'draft') throw new DomainError('REPORT_LOCKED', undefined, 409)
  } else {
    checkTransition(ctx, row, 'save')
  }
  const [periodRow] = await findPeriodsByIds(ctx.db, [row.period_id])
  const stats = await computeReportStats(ctx.db, { id: row.unit_id, path: row.unit_path }, periodOfRow(periodRow!))
  const saved = await ctx.db.transaction().execute((trx) =>
    writeReportChange(trx, ctx, row, { stats_json: JSON.stringify(stats), stats_refreshed_at: ctx.now.toISOString() }, { action: 'refresh_stats', details: { total: stats.total, streams: stats.streams } }))
  return toReportDetail(ctx, saved, lang)
}
