/**
 * The daily report notices (07:00 Asia/Ho_Chi_Minh and at start-up): reminders before the deadline, the overdue
 * notice, escalation to the parent unit's officer and the ward's focal board (send-report-notices.ts), then the
 * e-mails they queued (deliver-notice-mail.ts). One run per local day through job_run; a second run, even forced,
 * sends nothing twice because every notice is logged once per dedup key. Pending e-mails are sent by every run,
 * so mail queued by a run that stopped before sending goes out with the next one.
 */
import { localDay } from '../domain/time.ts'
import type { ServiceContext } from '../services/context.ts'
import { deliverNoticeMail, type MailDelivery } from '../services/reporting/notices/deliver-notice-mail.ts'
import { sendReportNotices, type ReportNoticesResult } from '../services/reporting/notices/send-report-notices.ts'
import { runOnce, type JobOutcome } from './run-once.ts'

export const REPORT_NOTICES = 'report-notices'

/** Runs the notices of the local `day` (default: today in Hà Nội), then sends the queued e-mails. */
export async function runReportNotices(ctx: ServiceContext, opts: { day?: string; force?: boolean } = {}): Promise<JobOutcome<ReportNoticesResult> & { mail: MailDelivery }> {
  const day = opts.day ?? localDay(ctx.now)
  const outcome = await runOnce(ctx, { name: REPORT_NOTICES, runKey: `${REPORT_NOTICES}:${day}`, force: opts.force }, (trx) => sendReportNotices({ ...ctx, db: trx }, day))
  const mail = await deliverNoticeMail(ctx)
  return { ...outcome, mail }
}
