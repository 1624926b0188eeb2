/**
 * Deadlines (hạn nộp), lateness, reminders (nhắc hạn), overdue notices (quá hạn) and escalation (báo cáo lên cấp
 * trên). Pure: instants are Dates, days are local YYYY-MM-DD in Asia/Ho_Chi_Minh, "today" is a parameter.
 *
 * Rule: a report is due at 00:00 local time on the day `offsetDays` after the day that follows the period's last
 * day. For a month "2026-11" (… 2026-11-24) with offset 0 that is 2026-11-25T00:00+07:00: on time when submitted
 * strictly before it — "trước ngày 25 hằng tháng".
 *
 * Defaults, per level (`unit` = an affiliated cell, committee or organisation; `ward` = the board's consolidated report):
 * - unit, month: offset 0 → before 00:00 on the 25th (the plan).
 * - unit, half and year: offset 0 → before 00:00 on 25 June / 25 December, i.e. together with that month's report;
 *   the six-month and annual reports are built from whole reporting months (see periods.ts), so the last month's
 *   data is complete exactly then, and units keep one date to remember.
 * - ward, every kind: offset 5 → 00:00 on the 30th (30 June / 30 December): the board needs a few working days to
 *   consolidate the units' reports before sending to the Standing Committee (Ban Thường vụ).
 * - ad hoc: offset 0 → 00:00 on the day after the ad hoc period's last day (the board sets that last day).
 */
import { localDay, nextDay, startOfLocalDay } from '../time.ts'
import type { Period, PeriodKind } from './periods.ts'

/** Reporting levels that carry their own deadline rules. */
export const REPORT_LEVELS = ['unit', 'ward'] as const
/** A reporting level code. */
export type ReportLevel = (typeof REPORT_LEVELS)[number]

/** A deadline rule: due at local midnight `offsetDays` after the day following the period's last day (may be negative). */
export type DeadlineRule = { offsetDays: number }

/** Deadline rules for every level and period kind. */
export type DeadlineRules = Record<ReportLevel, Record<PeriodKind, DeadlineRule>>

/** The default deadline rules (see the file comment for why). */
export const DEFAULT_DEADLINE_RULES: DeadlineRules = {
  unit: { month: { offsetDays: 0 }, half: { offsetDays: 0 }, year: { offsetDays: 0 }, ad_hoc: { offsetDays: 0 } },
  ward: { month: { offsetDays: 5 }, half: { offsetDays: 5 }, year: { offsetDays: 5 }, ad_hoc: { offsetDays: 0 } },
}

const DAY_MS = 86_400_000

/** The day `n` days after a YYYY-MM-DD day (n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (YYYY-MM-DD): 2026-11-22 → 2026-11-25 is 3. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** The rule for a level and period kind from a rules table (defaults when not given). */
export function deadlineRuleFor(level: ReportLevel, kind: PeriodKind, rules: DeadlineRules = DEFAULT_DEADLINE_RULES): DeadlineRule {
  return rules[level][kind]
}

/** The deadline instant of a period under a rule: month "2026-11", offset 0 → 2026-11-24T17:00:00Z (00:00 on the 25th, Hà Nội). */
export function deadlineOf(period: Pick<Period, 'to'>, rule: DeadlineRule = { offsetDays: 0 }): Date {
  return startOfLocalDay(addDays(nextDay(period.to), rule.offsetDays))
}

/** An extension (gia hạn) the board granted: the new deadline instant. */
export type Extension = { until: Date }

/** The deadline that applies: the extension when it is later than the deadline, else the deadline. */
export function effectiveDeadline(deadline: Date, extension?: Extension | null): Date {
  return extension && extension.until.getTime() > deadline.getTime() ? extension.until : deadline
}

/** Was a submission late? On time means strictly before the (extended) deadline; at the deadline instant is late. */
export function isLate(submittedAt: Date, deadline: Date, extension?: Extension | null): boolean {
  return submittedAt.getTime() >= effectiveDeadline(deadline, extension).getTime()
}

/** The first local day on which a deadline has passed: 00:00 on the 25th → the 25th; 10:00 on the 28th → the 29th. */
export function overdueDay(deadline: Date): string {
  return nextDay(localDay(new Date(deadline.getTime() - 1)))
}

/** When notices go out: reminders N days before the overdue day, the overdue notice, escalation after some days. */
export type NoticeSchedule = {
  /** days before the deadline a reminder is due (nhắc trước hạn), e.g. [3, 1] */
  reminderDays: readonly number[]
  /** days after the overdue day that escalation to the parent unit's officer and the focal board is due */
  escalateAfterDays: number
}

/** Default schedule: reminders 3 and 1 days before the deadline; overdue notice on the first overdue day; escalation 2 days later. */
export const DEFAULT_NOTICE_SCHEDULE: NoticeSchedule = { reminderDays: [3, 1], escalateAfterDays: 2 }

/** Kinds of notice: reminder to the responsible officer, overdue notice to the same, escalation to the parent and the board. */
export const NOTICE_KINDS = ['reminder', 'overdue', 'escalation'] as const
/** A notice kind code. */
export type NoticeKind = (typeof NOTICE_KINDS)[number]

/** A unit's pending obligation: what notices are computed from. */
export type PendingReport = { unitId: string; periodKey: string; deadline: Date; extension?: Extension | null; submitted: boolean }

/** A notice due on a day; `key` is the same on every day the same notice is due, so the job sends each key once. */
export type Notice = {
  unitId: string
  periodKey: string
  kind: NoticeKind
  /** for a reminder, the scheduled days-before it stands for (3 or 1 by default) */
  daysBefore?: number
  /** the local day it was computed for */
  day: string
  /** the first overdue local day of the deadline that applies (extension included) */
  overdueOn: string
  key: string
}

/**
 * The notices due on the local `day` for one pending report (none once submitted):
 * - reminder: while the deadline is 1…max(reminderDays) days away, the one for the smallest scheduled N ≥ days left —
 *   so a run on 3 days before sends "3", a run on 1 day before sends "1", and a missed run is caught up the next day;
 * - overdue: from the first overdue day until escalation starts;
 * - escalation: from `escalateAfterDays` after the first overdue day on.
 * An extension moves all of them (and makes new keys), so the unit is reminded of its new date.
 */
export function noticesForDay(report: PendingReport, day: string, schedule: NoticeSchedule = DEFAULT_NOTICE_SCHEDULE): Notice[] {
  if (report.submitted) return []
  const deadline = effectiveDeadline(report.deadline, report.extension)
  const overdueOn = overdueDay(deadline)
  const left = daysBetween(day, overdueOn)
  const base = { unitId: report.unitId, periodKey: report.periodKey, day, overdueOn }
  const stem = `${report.unitId}:${report.periodKey}:${overdueOn}`
  if (left > 0) {
    const n = [...schedule.reminderDays].filter((d) => d > 0 && d >= left).sort((a, b) => a - b)[0]
    return n === undefined ? [] : [{ ...base, kind: 'reminder', daysBefore: n, key: `${stem}:reminder:${n}` }]
  }
  if (-left < schedule.escalateAfterDays) return [{ ...base, kind: 'overdue', key: `${stem}:overdue` }]
  return [{ ...base, kind: 'escalation', key: `${stem}:escalation` }]
}

/** The notices due at an instant (its local day) for these pending reports. */
export function noticesAt(reports: readonly PendingReport[], now: Date, schedule: NoticeSchedule = DEFAULT_NOTICE_SCHEDULE): Notice[] {
  const day = localDay(now)
  return reports.flatMap((r) => noticesForDay(r, day, schedule))
}
