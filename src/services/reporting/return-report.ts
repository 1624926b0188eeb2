/** The focal board returns a submitted unit report with its comments (góp ý); the unit edits and resubmits it. */
import { DomainError } from '../../domain/errors.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import type { ReportDetail } from '../../shared/report.schema.ts'
import { clean } from '../../text/fold.ts'
import type { ServiceContext } from '../context.ts'
import { checkTransition, findReportFor } from './report-access.ts'
import { toReportDetail } from './report-views.ts'
import { writeReportChange } from './report-write.ts'

export async function returnReport(ctx: ServiceContext, input: { reportId: string; comment?: string | null }, lang: Lang = 'vi'): Promise<ReportDetail> {
  const row = await findReportFor(ctx, 'manage', input.reportId)
  if (row.level !== 'unit') throw new DomainError('REPORT_TRANSITION_INVALID', undefined, 409)
  const comment = clean(input.comment ?? '').trim()
  const status = checkTransition(ctx, row, 'return', comment)
  const at = ctx.now.toISOString()
  const saved = await ctx.db.transaction().execute((trx) =>
    writeReportChange(trx, ctx, row, { status, review_comment: comment, reviewed_by: ctx.actor.userId, reviewed_at: at }, { action: 'return', comment }))
  return toReportDetail(ctx, saved, lang)
}
