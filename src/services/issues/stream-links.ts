/** Checks shared by creating an issue with streams and linking streams to it. */
import { findStreamsWithRecord, linkFreeStreams } from '../../db/repos/issue.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { ServiceContext } from '../context.ts'
import { isRecordVisible, recordVisibility } from './issue-access.ts'

export type LinkableStream = { id: string; recordId: string }

/**
 * The streams to link to `issueId` (null for an issue being created), without those already linked to it.
 * Every id must name a stream whose record the actor may read, not linked to another issue; otherwise nothing is
 * linked and each bad id is named (`streamIds.2`).
 */
export async function checkLinkable(ctx: ServiceContext, streamIds: string[], issueId: string | null): Promise<LinkableStream[]> {
  const rows = new Map((await findStreamsWithRecord(ctx.db, [...new Set(streamIds)])).map((r) => [r.id, r]))
  const visibility = recordVisibility(ctx)
  const fields: { path: string; code: string }[] = []
  const out: LinkableStream[] = []
  streamIds.forEach((id, i) => {
    const s = rows.get(id)
    if (!s || !isRecordVisible(visibility, s)) fields.push({ path: `streamIds.${i}`, code: 'ISSUE_STREAM_NOT_FOUND' })
    else if (s.issue_id !== null && s.issue_id !== issueId) fields.push({ path: `streamIds.${i}`, code: 'ISSUE_STREAM_LINKED_ELSEWHERE' })
    else if (s.issue_id === null && !out.some((o) => o.id === id)) out.push({ id, recordId: s.report_id })
  })
  if (fields.length > 0) throw new DomainError('ISSUE_STREAMS_INVALID', { fields })
  return out
}

/** Links the checked streams inside the write's transaction; one taken by another issue meanwhile undoes it all. */
export async function linkChecked(trx: ServiceContext['db'], streams: LinkableStream[], issueId: string) {
  const linked = await linkFreeStreams(trx, streams.map((s) => s.id), issueId)
  if (linked !== streams.length) throw new DomainError('ISSUE_STREAMS_INVALID', { fields: [{ path: 'streamIds', code: 'ISSUE_STREAM_LINKED_ELSEWHERE' }] })
}
