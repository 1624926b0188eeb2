/**
 * Edits an issue's title, description, topic and hot-spot flag; publishing its answer to the people (answerPublic)
 * is for those who manage issues (Ban Xây dựng Đảng, admin). A closed issue may still be edited (a typo, withdrawing
 * a publication). An edit that changes nothing leaves no trace.
 */
import { updateIssueRow } from '../../db/repos/issue.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import type { IssueView, UpdateIssueInput } from '../../shared/issue.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, deny, requireScope, type ServiceContext } from '../context.ts'
import { searchTextOf } from './create-issue.ts'
import { findIssueFor } from './issue-access.ts'
import { recordIssueEvent } from './issue-events.ts'
import { toIssueView } from './issue-views.ts'

export async function updateIssue(ctx: ServiceContext, input: UpdateIssueInput & { issueId: string }): Promise<IssueView> {
  // refused before the issue is looked up: whoever may not publish anywhere gets 403 whatever the id
  const manage = input.answerPublic === undefined ? null : await requireScope(ctx, 'manage', 'issue')
  const issue = await findIssueFor(ctx, input.issueId, 'update')
  if (manage) {
    if (!inScope(manage, issue.unit_path)) await deny(ctx, 'issue.manage', { resourceType: 'issue', resourceId: issue.id, unitId: issue.unit_id, unitPath: issue.unit_path })
    if (input.answerPublic && issue.answer_text === null) throw new DomainError('ISSUE_NO_ANSWER', { fields: [{ path: 'answerPublic', code: 'ISSUE_NO_ANSWER' }] })
  }
  const next = {
    title: input.title === undefined ? issue.title : clean(input.title),
    description: input.description === undefined ? issue.description : clean(input.description),
    topic: input.topic ?? issue.topic,
    hot_spot: input.hotSpot === undefined ? issue.hot_spot : input.hotSpot ? 1 : 0,
    answer_public: input.answerPublic === undefined ? issue.answer_public : input.answerPublic ? 1 : 0,
  }
  const changes: Record<string, { from: unknown; to: unknown }> = {}
  for (const k of Object.keys(next) as (keyof typeof next)[]) if (next[k] !== issue[k]) changes[k] = { from: issue[k], to: next[k] }
  if (Object.keys(changes).length === 0) return toIssueView(ctx, issue)
  // a long description is not copied into the timeline twice: that it changed is enough
  if (changes.description) changes.description = { from: null, to: null }

  await ctx.db.transaction().execute(async (trx) => {
    await updateIssueRow(trx, issue.id, { ...next, search_text: searchTextOf(next.title, next.description), updated_at: ctx.now.toISOString() })
    await recordIssueEvent(trx, ctx, issue.id, 'updated', { changes })
    await audit(trx, ctx, { action: 'issue.update', resourceType: 'issue', resourceId: issue.id, unitId: issue.unit_id, unitPath: issue.unit_path, details: { fields: Object.keys(changes) } })
  })
  return toIssueView(ctx, await findIssueFor(ctx, issue.id, 'read'))
}
