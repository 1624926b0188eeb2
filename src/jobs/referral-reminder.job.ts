/**
 * The daily referral reminders: for each pending referral whose due day is 3 days away or less, due today or past,
 * notify whoever must answer (the target unit's responsible officer, or the focal board of the issue's ward for an
 * outside agency or a unit without one) and note it on the issue's timeline. One run per local day; a second run,
 * even forced, adds nothing because each notification has a dedup key.
 */
import { listPendingReferralsDueBy, setReferralsReminded } from '../db/repos/issue.repo.ts'
import { reminderHorizon, remindersForDay } from '../domain/referral-reminders.ts'
import { localDay } from '../domain/time.ts'
import { audit, type ServiceContext } from '../services/context.ts'
import { recordIssueEvent } from '../services/issues/issue-events.ts'
import { referralAnswerers } from '../services/issues/referral-parties.ts'
import { notify, viDay } from '../services/notifications/notify.ts'
import { runOnce, type JobOutcome } from './run-once.ts'

export const REFERRAL_REMINDERS = 'referral-reminders'

export type ReferralReminderResult = { day: string; reminders: number; notifications: number }

/** Runs the reminders of the local `day` (default: today in Hà Nội). */
export async function runReferralReminders(ctx: ServiceContext, opts: { day?: string; force?: boolean } = {}): Promise<JobOutcome<ReferralReminderResult>> {
  const day = opts.day ?? localDay(ctx.now)
  return runOnce(ctx, { name: REFERRAL_REMINDERS, runKey: `${REFERRAL_REMINDERS}:${day}`, force: opts.force }, async (trx) => {
    const referrals = await listPendingReferralsDueBy(trx, reminderHorizon(day))
    const byId = new Map(referrals.map((r) => [r.id, r]))
    const reminders = remindersForDay(referrals.map((r) => ({ id: r.id, dueOn: r.due_on })), day)
    let notifications = 0
    const reminded: string[] = []
    for (const rem of reminders) {
      const r = byId.get(rem.referralId)!
      const userIds = await referralAnswerers(trx, r, r.issue_unit_path)
      const added = await notify(trx, ctx.now, [{
        userIds, kind: `referral_${rem.kind}`, link: `/issues/${r.issue_id}`, dedupKey: `referral:${rem.key}`,
        params: { issue: r.issue_title, target: r.to_unit_name ?? r.to_agency ?? '', due: viDay(r.due_on), days: Math.abs(rem.daysLeft) },
      }])
      if (added === 0) continue
      notifications += added
      reminded.push(r.id)
      await recordIssueEvent(trx, ctx, r.issue_id, 'reminded', { referralId: r.id, reminder: rem.kind, dueOn: r.due_on, day, recipients: added })
    }
    await setReferralsReminded(trx, reminded, day)
    await audit(trx, ctx, { action: 'job.referral-reminders', resourceType: 'job', details: { day, reminders: reminders.length, notifications } })
    return { day, reminders: reminders.length, notifications }
  })
}
