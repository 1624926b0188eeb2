/**
 * Which reminders a pending referral (chuyển xử lý) calls for on a given local day:
 * - `due_soon` once when the due day is 1–3 days away: normally 3 days before, or the first day a run sees it when
 *   the referral was made with less time (or a run was missed);
 * - `due_today` on the due day;
 * - `overdue` every day after it, until the referral is answered.
 * Days are YYYY-MM-DD in Asia/Ho_Chi_Minh; the current time is a parameter.
 */
import { localDay } from './time.ts'

export const REMINDER_KINDS = ['due_soon', 'due_today', 'overdue'] as const
export type ReminderKind = (typeof REMINDER_KINDS)[number]

/** How many days ahead a due day counts as approaching. */
export const DUE_SOON_DAYS = 3

export type PendingReferral = { id: string; dueOn: string }
export type Reminder = {
  referralId: string
  kind: ReminderKind
  /** the local day the reminder is for */
  day: string
  dueOn: string
  /** days from `day` to the due day: 3…1 soon, 0 today, negative overdue */
  daysLeft: number
  /** same key, same reminder: what makes a second run on the same day (or a soon reminder on the next day) add nothing */
  key: string
}

const DAY_MS = 86_400_000

/** Whole days from `from` to `to` (both YYYY-MM-DD): 2026-11-20 → 2026-11-23 is 3. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS)
}

/** The day `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
}

/** The last due day a run on `day` needs to look at: later referrals need no reminder yet. */
export function reminderHorizon(day: string): string {
  return addDays(day, DUE_SOON_DAYS)
}

/** The reminders due on the local `day` for these pending referrals. */
export function remindersForDay(referrals: readonly PendingReferral[], day: string): Reminder[] {
  const out: Reminder[] = []
  for (const r of referrals) {
    const daysLeft = daysBetween(day, r.dueOn)
    if (daysLeft > DUE_SOON_DAYS) continue
    const kind: ReminderKind = daysLeft > 0 ? 'due_soon' : daysLeft === 0 ? 'due_today' : 'overdue'
    // soon and today happen once per due day; overdue once per day
    const key = `${r.id}:${kind}:${kind === 'overdue' ? day : r.dueOn}`
    out.push({ referralId: r.id, kind, day, dueOn: r.dueOn, daysLeft, key })
  }
  return out
}

/** The reminders due at the instant `now`, on its local day in Hà Nội whatever the server's time zone. */
export function remindersAt(referrals: readonly PendingReferral[], now: Date): Reminder[] {
  return remindersForDay(referrals, localDay(now))
}
