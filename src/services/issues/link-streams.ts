/** Links opinion streams (from records the actor may read) to an open issue; the status does not change. */
import { updateIssueRow } from '../../db/repos/issue.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { IssueView } from '../../shared/issue.schema.ts'
import { audit, type ServiceContext } from '../context.ts'
import { findIssueFor } from './issue-access.ts'
import { recordIssueEvent } from './issue-events.ts'
import { toIssueView } from './issue-views.ts'
import { checkLinkable, linkChecked } from './stream-links.ts'

export async function linkStreams(ctx: ServiceContext, input: { issueId: string; streamIds: string[] }): Promise<IssueView> {
  const issue = await findIssueFor(ctx, input.issueId, 'update')
  if (issue.status === 'closed') throw new DomainError('ISSUE_CLOSED')
  const streams = await checkLinkable(ctx, input.streamIds, issue.id)
  // streams already linked here are left as they are: linking twice is not an event
  if (streams.length === 0) return toIssueView(ctx, issue)
  await ctx.db.transaction().execute(async (trx) => {
    await linkChecked(trx, streams, issue.id)
    await updateIssueRow(trx, issue.id, { updated_at: ctx.now.toISOString() })
    await recordIssueEvent(trx, ctx, issue.id, 'streams_linked', { streams })
    await audit(trx, ctx, { action: 'issue.link', resourceType: 'issue', resourceId: issue.id, unitId: issue.unit_id, unitPath: issue.unit_path, details: { streams: streams.map((s) => s.id) } })
  })
  return toIssueView(ctx, await findIssueFor(ctx, issue.id, 'read'))
}
