/** Opens an issue at a unit the actor may create issues in, optionally with opinion streams linked at once. */
import { insertIssue } from '../../db/repos/issue.repo.ts'
import { getUnitById } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import { isActiveOn, localDay } from '../../domain/time.ts'
import type { CreateIssueInput } from '../../shared/issue.schema.ts'
import type { IssueView } from '../../shared/issue.schema.ts'
import { clean } from '../../text/fold.ts'
import { toSearchText } from '../../text/search.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { recordIssueEvent } from './issue-events.ts'
import { getIssue } from './get-issue.ts'
import { checkLinkable, linkChecked } from './stream-links.ts'

export async function createIssue(ctx: ServiceContext, input: CreateIssueInput): Promise<IssueView> {
  const scope = await requireScope(ctx, 'create', 'issue')
  const unit = await getUnitById(ctx.db, input.unitId)
  if (!unit || !inScope(scope, unit.path)) throw new DomainError('ISSUE_UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'ISSUE_UNIT_NOT_FOUND' }] })
  if (!isActiveOn(unit, localDay(ctx.now)) && unit.active_to != null)
    throw new DomainError('ISSUE_UNIT_INACTIVE', { fields: [{ path: 'unitId', code: 'ISSUE_UNIT_INACTIVE' }] })
  const streams = await checkLinkable(ctx, input.streamIds, null)

  const id = newId()
  const title = clean(input.title)
  const description = clean(input.description)
  const at = ctx.now.toISOString()
  await ctx.db.transaction().execute(async (trx) => {
    await insertIssue(trx, {
      id, unit_id: unit.id, unit_path: unit.path, title, description, topic: input.topic, status: 'new', hot_spot: input.hotSpot ? 1 : 0,
      search_text: searchTextOf(title, description), answer_text: null, answer_public: 0, answered_at: null, closed_at: null,
      created_by: ctx.actor.userId, created_at: at, updated_at: at,
    })
    await linkChecked(trx, streams, id)
    await recordIssueEvent(trx, ctx, id, 'created', { title, topic: input.topic, unit: { id: unit.id, code: unit.code, name: unit.name }, hotSpot: input.hotSpot, streams })
    await audit(trx, ctx, { action: 'issue.create', resourceType: 'issue', resourceId: id, unitId: unit.id, unitPath: unit.path, details: { title, streams: streams.length } })
  })
  return getIssue(ctx, { issueId: id })
}

/** What the list's `q` matches: the folded words of the title and description ("Nguyễn Trãi" → "nguyen trai"). */
export function searchTextOf(title: string, description: string): string {
  return toSearchText(`${title}\n${description}`)
}
