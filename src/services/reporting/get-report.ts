/** One report in full (unit or ward level), within the actor's read scope; a version's snapshot. */
import { findReportVersion } from '../../db/repos/report.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import type { ReportDetail, ReportVersionView } from '../../shared/report.schema.ts'
import type { ServiceContext } from '../context.ts'
import { findReportFor } from './report-access.ts'
import { toReportDetail } from './report-views.ts'

/** GET /api/reports/:id. */
export async function getReport(ctx: ServiceContext, input: { reportId: string }, lang: Lang = 'vi'): Promise<ReportDetail> {
  const row = await findReportFor(ctx, 'read', input.reportId)
  return toReportDetail(ctx, row, lang)
}

/** GET /api/reports/:id/versions/:version: the report as it was after that change. */
export async function getReportVersion(ctx: ServiceContext, input: { reportId: string; version: number }): Promise<ReportVersionView> {
  const row = await findReportFor(ctx, 'read', input.reportId)
  const v = Number.isInteger(input.version) ? await findReportVersion(ctx.db, row.id, input.version) : undefined
  if (!v) throw new DomainError('REPORT_VERSION_NOT_FOUND')
  const snap = JSON.parse(v.snapshot_json) as Pick<ReportVersionView, 'summary' | 'sections' | 'stats'>
  return { version: v.version, action: v.action, status: v.status, actorName: v.actor_name, comment: v.comment, createdAt: v.created_at, summary: snap.summary, sections: snap.sections, stats: snap.stats }
}
