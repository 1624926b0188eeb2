/**
 * The reminder log of a period (nhật ký nhắc hạn): every reminder, overdue notice and escalation the job wrote, with
 * the unit and the recipient's name, limited to the units the actor may read reports of. A period that does not
 * exist is "not found"; rows of units outside the scope are simply not there.
 */
import { DomainError } from '../../../domain/errors.ts'
import { findPeriodWithKey, listNoticesOfPeriod } from '../../../db/repos/report-notice.repo.ts'
import type { ReportNoticeView } from '../../../shared/report-notice.schema.ts'
import { requireScope, type ServiceContext } from '../../context.ts'

type ListReportNoticesInput = {
  /** the period's key ("2026-11", "2026-H1", "2026", "A:…") */
  periodKey: string
}

/** The log rows of the period in the actor's `report` read scope, newest first. */
export async function listReportNotices(ctx: ServiceContext, input: ListReportNoticesInput): Promise<ReportNoticeView[]> {
  const scope = await requireScope(ctx, 'read', 'report')
  const period = await findPeriodWithKey(ctx.db, input.periodKey)
  if (!period) throw new DomainError('REPORT_PERIOD_NOT_FOUND', { fields: [{ path: 'period', code: 'REPORT_PERIOD_NOT_FOUND' }] })
  const rows = await listNoticesOfPeriod(ctx.db, period.id, scope)
  return rows.map((r) => ({
    id: r.id, kind: r.kind as ReportNoticeView['kind'], day: r.day, unitId: r.unit_id, unitCode: r.unit_code, unitName: r.unit_name,
    recipientUserId: r.recipient_user_id, recipientName: r.recipient_name ?? null, channel: r.channel as ReportNoticeView['channel'],
    status: r.status as ReportNoticeView['status'], error: r.error, createdAt: r.created_at,
  }))
}
