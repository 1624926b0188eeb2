/** Unlinks one stream from an open issue; the stream's record must be one the actor may read. */
import { findStreamsWithRecord, unlinkStreamFrom, updateIssueRow } from '../../db/repos/issue.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { IssueView } from '../../shared/issue.schema.ts'
import { audit, type ServiceContext } from '../context.ts'
import { findIssueFor, isRecordVisible, recordVisibility } from './issue-access.ts'
import { recordIssueEvent } from './issue-events.ts'
import { toIssueView } from './issue-views.ts'

export async function unlinkStream(ctx: ServiceContext, input: { issueId: string; streamId: string }): Promise<IssueView> {
  const issue = await findIssueFor(ctx, input.issueId, 'update')
  if (issue.status === 'closed') throw new DomainError('ISSUE_CLOSED')
  const [stream] = await findStreamsWithRecord(ctx.db, [input.streamId])
  if (!stream || stream.issue_id !== issue.id || !isRecordVisible(recordVisibility(ctx), stream)) throw new DomainError('ISSUE_STREAM_NOT_FOUND')
  await ctx.db.transaction().execute(async (trx) => {
    await unlinkStreamFrom(trx, stream.id, issue.id)
    await updateIssueRow(trx, issue.id, { updated_at: ctx.now.toISOString() })
    await recordIssueEvent(trx, ctx, issue.id, 'streams_unlinked', { streams: [{ id: stream.id, recordId: stream.report_id }] })
    await audit(trx, ctx, { action: 'issue.unlink', resourceType: 'issue', resourceId: issue.id, unitId: issue.unit_id, unitPath: issue.unit_path, details: { streams: [stream.id] } })
  })
  return toIssueView(ctx, await findIssueFor(ctx, issue.id, 'read'))
}
