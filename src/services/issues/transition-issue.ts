/**
 * Moves an issue by hand: to `watching` (follow it, or reopen a closed one, with a reason) or to `closed` (with a
 * reason when it was never answered). `referred` and `answered` come only from a referral and its answer.
 */
import { updateIssueRow } from '../../db/repos/issue.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { applyAct, manualAct } from '../../domain/issue-status.ts'
import type { IssueStatus } from '../../shared/enums.ts'
import type { IssueView, TransitionIssueInput } from '../../shared/issue.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, type ServiceContext } from '../context.ts'
import { findIssueFor } from './issue-access.ts'
import { recordIssueEvent } from './issue-events.ts'
import { toIssueView } from './issue-views.ts'

export async function transitionIssue(ctx: ServiceContext, input: TransitionIssueInput & { issueId: string }): Promise<IssueView> {
  const issue = await findIssueFor(ctx, input.issueId, 'update')
  const from = issue.status as IssueStatus
  const move = manualAct(from, input.to)
  if (!move.ok) throw new DomainError(move.code, { fields: [{ path: 'to', code: move.code }] })
  const reason = input.reason ? clean(input.reason) : null
  const outcome = applyAct(from, move.act, { reason })
  if (!outcome.ok) throw new DomainError(outcome.code, { fields: [{ path: outcome.code === 'ISSUE_REASON_REQUIRED' ? 'reason' : 'to', code: outcome.code }] })

  const at = ctx.now.toISOString()
  await ctx.db.transaction().execute(async (trx) => {
    await updateIssueRow(trx, issue.id, { status: outcome.to, closed_at: outcome.to === 'closed' ? at : null, updated_at: at })
    await recordIssueEvent(trx, ctx, issue.id, 'status_changed', { act: move.act, from, to: outcome.to, reason })
    await audit(trx, ctx, {
      action: 'issue.transition', resourceType: 'issue', resourceId: issue.id, unitId: issue.unit_id, unitPath: issue.unit_path,
      details: { act: move.act, from, to: outcome.to },
    })
  })
  return toIssueView(ctx, await findIssueFor(ctx, issue.id, 'read'))
}
