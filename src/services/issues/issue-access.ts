/**
 * Who reaches which issue. An issue is read by readers of its unit's subtree and by readers of a unit it was referred
 * to; it is changed by those who may `update` (or `manage`) issues at its unit; a referral is answered by those who
 * may update issues at the target unit (its officer) or manage issues at the issue's unit (focal board, admin).
 */
import { findIssueVisible, type RecordVisibility } from '../../db/repos/issue.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope, scopeOf, splitScope } from '../../domain/policy.ts'
import type { Action } from '../../shared/enums.ts'
import { deny, requireScope, type ServiceContext } from '../context.ts'

export type IssueRow = NonNullable<Awaited<ReturnType<typeof findIssueVisible>>>

/**
 * The issue if the actor may `action` it. Refuses (403, audited) an actor who may do it nowhere; an issue outside
 * what they may read is "not found"; one they may read but not change (referred to their unit) is refused.
 */
export async function findIssueFor(ctx: ServiceContext, issueId: string, action: Action = 'read'): Promise<IssueRow> {
  const actionScope = await requireScope(ctx, action, 'issue')
  const readScope = action === 'read' ? actionScope : scopeOf(ctx.actor, 'read', 'issue')
  const issue = await findIssueVisible(ctx.db, issueId, readScope)
  if (!issue) throw new DomainError('ISSUE_NOT_FOUND')
  if (action !== 'read' && !inScope(actionScope, issue.unit_path))
    await deny(ctx, `issue.${action}`, { resourceType: 'issue', resourceId: issue.id, unitId: issue.unit_id, unitPath: issue.unit_path })
  return issue
}

/** May the actor record the answer of a referral (to a unit at `targetPath`, or to an outside agency when null)? */
export function canAnswer(ctx: ServiceContext, issueUnitPath: string, targetPath: string | null): boolean {
  if (inScope(scopeOf(ctx.actor, 'manage', 'issue'), issueUnitPath)) return true
  return targetPath !== null && inScope(scopeOf(ctx.actor, 'update', 'issue'), targetPath)
}

/** The opinion records the actor may read: linked streams of other records stay invisible, not even counted. */
export function recordVisibility(ctx: ServiceContext): RecordVisibility {
  const { full, own } = splitScope(ctx.actor, 'read', 'opinion')
  return { full, own, userId: ctx.actor.userId }
}

/** Is a record (its unit path and author) visible under `v`? The same rule as the repository's filter. */
export function isRecordVisible(v: RecordVisibility, record: { unit_path: string; entered_by: string | null }): boolean {
  return inScope(v.full, record.unit_path) || (v.userId !== null && record.entered_by === v.userId && inScope(v.own, record.unit_path))
}
