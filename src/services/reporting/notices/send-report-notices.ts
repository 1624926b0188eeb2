/**
 * The report notices of one local day (nhắc hạn, quá hạn, báo cáo lên cấp trên), written in the caller's transaction:
 * - reminder and overdue → the unit's responsible officer(s) (unit_officer marked responsible at the unit);
 * - escalation → the parent unit's responsible officer(s) and the focal board of the ward the unit reports to.
 * Each (notice, recipient, channel) is one row of report_notice under a unique dedup_key
 * (`<Notice.key>:<user id or ->:<channel>`), written once: running the day again, or at 07:00 and again at start-up,
 * adds nothing. In-app notifications always (status sent); with SMTP configured, one e-mail row per recipient that
 * is left `pending` for deliverNoticeMail to send after the transaction (or `no_recipient` without an address).
 * A notice nobody can receive is logged once as `no_recipient`, so the board sees which units have no officer.
 */
import type { Insertable } from 'kysely'
import type { ReportNoticeTable } from '../../../db/database.ts'
import { insertNoticeRows, listActiveRoleHolders, listResponsibleOfficersOf, listUsersForMail } from '../../../db/repos/report-notice.repo.ts'
import { unitIdsOfPath } from '../../../domain/policy.ts'
import { daysBetween, noticesForDay, type Notice } from '../../../domain/reporting/deadlines.ts'
import { audit, newId, type ServiceContext } from '../../context.ts'
import { notify, viDay } from '../../notifications/notify.ts'
import { ensurePeriods } from '../periods.ts'
import { reportingSettings } from '../reporting-settings.ts'
import { readNoticeSchedule, NOTICE_SCHEDULE_SETTING } from './notice-settings.ts'
import { dueText, periodPhrase } from './notice-texts.ts'
import { owedReportsAround, type OwedReport } from './owed-reports.ts'

/** What a day's run did. */
export type ReportNoticesResult = {
  day: string
  /** reports owed and not yet submitted that were looked at */
  owed: number
  /** notices due today (reminders, overdue notices, escalations), before deduplication */
  notices: number
  /** new in-app notifications */
  inApp: number
  /** new e-mails queued */
  mailQueued: number
  /** new log rows for notices nobody could receive */
  noRecipient: number
  /** settings that were set but not valid (their defaults were used) */
  invalidSettings: string[]
}

/** The prefix of the in-app notifications' dedup keys (the user id is appended by notify). */
export const NOTICE_NOTIFICATION_PREFIX = 'report-notice:'

/** Writes the notices due on the local `day`; the caller runs it in one transaction. */
export async function sendReportNotices(ctx: ServiceContext, day: string): Promise<ReportNoticesResult> {
  const { schedule, invalid } = await readNoticeSchedule(ctx.db)
  await ensurePeriods(ctx)
  const owed = await owedReportsAround(ctx.db, day, schedule, await reportingSettings(ctx.db))
  const due = owed.flatMap((o) => noticesForDay(o.pending, day, schedule).map((notice) => ({ o, notice })))

  const officerUnits = due.map(({ o, notice }) => (notice.kind === 'escalation' ? o.unit.parentId : o.unit.id)).filter((id): id is string => !!id)
  const officers = new Map<string, string[]>()
  for (const r of await listResponsibleOfficersOf(ctx.db, [...new Set(officerUnits)])) officers.set(r.unit_id, [...(officers.get(r.unit_id) ?? []), r.user_id])
  const focal = new Map<string, string[]>()
  for (const h of await listActiveRoleHolders(ctx.db, 'focal')) focal.set(h.unit_id, [...new Set([...(focal.get(h.unit_id) ?? []), h.user_id])])
  // the ward's board: the focal holders at the nearest unit above that has any (reports go "qua Ban Xây dựng Đảng")
  const boardAbove = (path: string): string[] => {
    const above = unitIdsOfPath(path).slice(0, -1).reverse()
    return focal.get(above.find((id) => focal.has(id)) ?? '') ?? []
  }
  const recipientsOf = (o: OwedReport, notice: Notice): string[] => {
    if (notice.kind !== 'escalation') return officers.get(o.unit.id) ?? []
    return [...new Set([...(o.unit.parentId ? officers.get(o.unit.parentId) ?? [] : []), ...boardAbove(o.unit.path)])]
  }
  const withRecipients = due.map((d) => ({ ...d, userIds: recipientsOf(d.o, d.notice) }))
  const emails = new Map((await listUsersForMail(ctx.db, [...new Set(withRecipients.flatMap((d) => d.userIds))])).map((u) => [u.id, u.email?.trim() || null]))

  const mail = !!ctx.config.smtpUrl
  const rows: Insertable<ReportNoticeTable>[] = []
  for (const { o, notice, userIds } of withRecipients) {
    const base = { period_id: o.periodRow.id, unit_id: o.unit.id, unit_path: o.unit.path, kind: notice.kind, day, created_at: ctx.now.toISOString() }
    if (userIds.length === 0) rows.push({ ...base, id: newId(), dedup_key: `${notice.key}:-:in_app`, recipient_user_id: null, channel: 'in_app', status: 'no_recipient', error: null })
    for (const userId of userIds) {
      rows.push({ ...base, id: newId(), dedup_key: `${notice.key}:${userId}:in_app`, recipient_user_id: userId, channel: 'in_app', status: 'sent', error: null })
      if (!mail) continue
      const hasEmail = !!emails.get(userId)
      rows.push({ ...base, id: newId(), dedup_key: `${notice.key}:${userId}:email`, recipient_user_id: userId, channel: 'email', status: hasEmail ? 'pending' : 'no_recipient', error: hasEmail ? null : 'NOTICE_NO_EMAIL' })
    }
  }
  const added = await insertNoticeRows(ctx.db, rows)
  const addedRows = rows.filter((r) => added.has(r.dedup_key))

  let inApp = 0
  for (const { o, notice, userIds } of withRecipients) {
    const fresh = userIds.filter((u) => added.has(`${notice.key}:${u}:in_app`))
    if (fresh.length === 0) continue
        inApp += await notify(ctx.db, ctx.now, [{
      userIds: fresh,
      kind: `report_${notice.kind}`,
      link: `/reports?period=${encodeURIComponent(o.period.key)}&unitId=${encodeURIComponent(o.unit.id)}`,
      dedupKey: `${NOTICE_NOTIFICATION_PREFIX}${notice.key}`,
      params: {
        unit: o.unit.name, period: periodPhrase(o.period, o.periodRow.title), due: dueText(o.pending.deadline), today: viDay(day),
        days: Math.abs(daysBetween(day, notice.overdueOn)),
      },
    }])
  }
  const result: ReportNoticesResult = {
    day, owed: owed.length, notices: due.length, inApp,
    mailQueued: addedRows.filter((r) => r.channel === 'email' && r.status === 'pending').length,
    noRecipient: addedRows.filter((r) => r.channel === 'in_app' && r.status === 'no_recipient').length,
    invalidSettings: invalid ? [NOTICE_SCHEDULE_SETTING] : [],
  }
  await audit(ctx.db, ctx, { action: 'job.report-notices', resourceType: 'job', details: result })
  return result
}
