/**
 * A leader approves the ward report (POST /api/reports/:id/approve): in one transaction the next number of the
 * issuing body (the ward unit), the document type and the Party-committee term of the approval day is taken from
 * doc_number_counter, and the report becomes `approved` with its number ("Số 07-BC/ĐU"), term, issue day and approver,
 * as a new version with its audit event. If anything fails the transaction rolls back and the number is not used;
 * once committed it is never given again (the counter only goes up). An approved report is locked.
 */
import { takeNextDocSeq } from '../../../db/repos/ward-report.repo.ts'
import { DomainError } from '../../../domain/errors.ts'
import { DEFAULT_ISSUER_ABBR, docNumberLine, termOf } from '../../../domain/reporting/numbering.ts'
import { localDay } from '../../../domain/time.ts'
import type { Lang } from '../../../shared/i18n/index.ts'
import type { ReportDetail } from '../../../shared/report.schema.ts'
import type { ApproveWardReportInput } from '../../../shared/ward-report.schema.ts'
import type { ServiceContext } from '../../context.ts'
import { findReportFor } from '../report-access.ts'
import { reportingSettings } from '../reporting-settings.ts'
import { toReportDetail } from '../report-views.ts'
import { versionConflict, writeReportChange } from '../report-write.ts'

export async function approveWardReport(ctx: ServiceContext, input: ApproveWardReportInput & { reportId: string }, lang: Lang = 'vi'): Promise<ReportDetail> {
  const row = await findReportFor(ctx, 'manage', input.reportId)
  // a unit's report is accepted by the focal board, not approved
  if (row.level !== 'ward') throw new DomainError('REPORT_TRANSITION_INVALID', undefined, 409)
  if (row.status !== 'draft') throw new DomainError('REPORT_LOCKED', undefined, 409)
  if (input.version !== undefined && input.version !== row.version) throw versionConflict(row.version)

  const day = localDay(ctx.now)
  const { termStart } = await reportingSettings(ctx.db)
  const term = termOf(day, [termStart])
  if (!term) throw new DomainError('WARD_REPORT_TERM_NOT_STARTED', { termStart }, 409)

  const saved = await ctx.db.transaction().execute(async (trx) => {
    const seq = await takeNextDocSeq(trx, row.unit_id, row.doc_type, term)
    const number = docNumberLine({ seq, docType: row.doc_type, issuer: DEFAULT_ISSUER_ABBR })
    return writeReportChange(trx, ctx, row, {
      status: 'approved', number_seq: seq, number_text: number, term_start: term, issued_on: day,
      approved_by: ctx.actor.userId, approved_at: ctx.now.toISOString(),
    }, { action: 'approve', details: { number, termStart: term } })
  })
  return toReportDetail(ctx, saved, lang)
}
