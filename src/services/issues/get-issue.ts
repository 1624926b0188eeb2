/** One issue with its linked streams (only records the reader may read), referrals and timeline. */
import type { IssueView } from '../../shared/issue.schema.ts'
import type { ServiceContext } from '../context.ts'
import { findIssueFor } from './issue-access.ts'
import { toIssueView } from './issue-views.ts'

export async function getIssue(ctx: ServiceContext, input: { issueId: string }): Promise<IssueView> {
  return toIssueView(ctx, await findIssueFor(ctx, input.issueId, 'read'))
}
