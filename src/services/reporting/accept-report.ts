/** The focal board accepts a submitted unit report; an accepted report is locked against every change. */
import { DomainError } from '../../domain/errors.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import type { ReportDetail } from '../../shared/report.schema.ts'
import type { ServiceContext } from '../context.ts'
import { checkTransition, findReportFor } from './report-access.ts'
import { toReportDetail } from './report-views.ts'
import { writeReportChange } from './report-write.ts'

export async function acceptReport(ctx: ServiceContext, input: { reportId: string }, lang: Lang = 'vi'): Promise<ReportDetail> {
  const row = await findReportFor(ctx, 'manage', input.reportId)
  if (row.level !== 'unit') throw new DomainError('REPORT_TRANSITION_INVALID', undefined, 409)
  const status = checkTransition(ctx, row, 'accept')
  const at = ctx.now.toISOString()
  const saved = await ctx.db.transaction().execute((trx) =>
    writeReportChange(trx, ctx, row, { status, reviewed_by: ctx.actor.userId, reviewed_at: at }, { action: 'accept' }))
  return toReportDetail(ctx, saved, lang)
}
