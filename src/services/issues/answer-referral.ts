/**
 * Records the answer to a referral: by the officer of the target unit (whoever may update issues there), or by the
 * focal board or an admin over the issue (for an outside agency, or on a unit's behalf). The answer is kept on the
 * referral and becomes the issue's answer; the issue is `answered` once no other referral is pending. The focal
 * board of the ward and whoever made the referral are told.
 */
import { answerPendingReferral, countPendingReferrals, findIssueVisible, getReferralWithTarget, updateIssueRow } from '../../db/repos/issue.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { applyAct } from '../../domain/issue-status.ts'
import type { IssueStatus } from '../../shared/enums.ts'
import type { AnswerReferralInput, IssueView } from '../../shared/issue.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, deny, requireScope, type ServiceContext } from '../context.ts'
import { notify } from '../notifications/notify.ts'
import { canAnswer, findIssueFor } from './issue-access.ts'
import { recordIssueEvent } from './issue-events.ts'
import { toIssueView } from './issue-views.ts'
import { focalBoardOf } from './referral-parties.ts'

/** How much of an answer a notification repeats. */
const EXCERPT = 200

export async function answerReferral(ctx: ServiceContext, input: AnswerReferralInput & { referralId: string }): Promise<IssueView> {
  const scope = await requireScope(ctx, 'read', 'issue')
  const referral = await getReferralWithTarget(ctx.db, input.referralId)
  const issue = referral ? await findIssueVisible(ctx.db, referral.issue_id, scope) : undefined
  if (!referral || !issue) throw new DomainError('REFERRAL_NOT_FOUND')
  if (!canAnswer(ctx, issue.unit_path, referral.to_unit_path))
    await deny(ctx, 'referral.answer', { resourceType: 'referral', resourceId: referral.id, unitId: issue.unit_id, unitPath: issue.unit_path })
  if (referral.status !== 'pending') throw new DomainError('REFERRAL_ALREADY_ANSWERED')
  const from = issue.status as IssueStatus

  const at = ctx.now.toISOString()
  const answerText = clean(input.answerText)
  const publishable = input.publishable ? 1 : 0
  const toldOf = [...(await focalBoardOf(ctx.db, issue.unit_path)).userIds, ...(referral.created_by ? [referral.created_by] : [])]
    .filter((id) => id !== ctx.actor.userId)
  await ctx.db.transaction().execute(async (trx) => {
    // the issue row first: an answer to its other referral, given at the same moment, waits here and then counts
    // what this one left pending; and a referral answered twice at once is answered once
    await updateIssueRow(trx, issue.id, { updated_at: at })
    const answered = await answerPendingReferral(trx, referral.id, { status: 'answered', answered_at: at, answer_text: answerText, answer_public: publishable, answered_by: ctx.actor.userId })
    if (answered === 0) throw new DomainError('REFERRAL_ALREADY_ANSWERED')
    const outcome = applyAct(from, 'answer', { pendingAfter: await countPendingReferrals(trx, issue.id) })
    if (!outcome.ok) throw new DomainError(outcome.code)
    await updateIssueRow(trx, issue.id, { status: outcome.to, answer_text: answerText, answer_public: publishable, answered_at: at })
    await recordIssueEvent(trx, ctx, issue.id, 'answered', { referralId: referral.id, answerText, publishable: publishable === 1, from, to: outcome.to })
    await notify(trx, ctx.now, [{
      userIds: toldOf, kind: 'referral_answered', link: `/issues/${issue.id}`, dedupKey: `referral:${referral.id}:answered`,
      params: { issue: issue.title, target: referral.to_unit_name ?? referral.to_agency ?? '', answer: answerText.length > EXCERPT ? `${answerText.slice(0, EXCERPT)}…` : answerText },
    }])
    await audit(trx, ctx, {
      action: 'referral.answer', resourceType: 'referral', resourceId: referral.id, unitId: issue.unit_id, unitPath: issue.unit_path,
      details: { issueId: issue.id, publishable: publishable === 1, status: outcome.to },
    })
  })
  return toIssueView(ctx, await findIssueFor(ctx, issue.id, 'read'))
}
