/** The timeline of an issue: one event per thing that happened to it, written in the same transaction as the change. */
import { insertIssueEvent } from '../../db/repos/issue.repo.ts'
import type { ServiceContext } from '../context.ts'

/** Kinds of timeline event; their labels are in the i18n files under "issueEvents". */
export const ISSUE_EVENT_KINDS = ['created', 'updated', 'streams_linked', 'streams_unlinked', 'status_changed', 'referred', 'answered', 'reminded'] as const
export type IssueEventKind = (typeof ISSUE_EVENT_KINDS)[number]

/** Appends an event to the issue's timeline, by the acting user (none for the system). */
export function recordIssueEvent(db: ServiceContext['db'], ctx: ServiceContext, issueId: string, kind: IssueEventKind, details: Record<string, unknown>) {
  return insertIssueEvent(db, { issue_id: issueId, at: ctx.now.toISOString(), actor_id: ctx.actor.userId, kind, details_json: JSON.stringify(details) })
}
