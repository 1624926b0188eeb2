/**
 * Refers an issue (chuyển xử lý) to a unit or an outside agency with a due day; the issue becomes `referred` and
 * whoever must answer is told at once. The unit may be any the actor can see, or any open unit of the issue's ward
 * (under the nearest Ban Xây dựng Đảng above the issue's unit): a cell refers to the ward's People's Committee or
 * police without seeing them otherwise.
 */
import { insertReferral, updateIssueRow } from '../../db/repos/issue.repo.ts'
import { getUnitById } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { applyAct } from '../../domain/issue-status.ts'
import { inScope, scopeOf } from '../../domain/policy.ts'
import { isActiveOn, isValidDay, localDay } from '../../domain/time.ts'
import type { IssueStatus } from '../../shared/enums.ts'
import type { CreateReferralInput, IssueView } from '../../shared/issue.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, newId, type ServiceContext } from '../context.ts'
import { notify, viDay } from '../notifications/notify.ts'
import { findIssueFor } from './issue-access.ts'
import { recordIssueEvent } from './issue-events.ts'
import { toIssueView } from './issue-views.ts'
import { focalBoardOf, referralAnswerers } from './referral-parties.ts'

const fieldError = (code: string, path: string) => new DomainError(code, { fields: [{ path, code }] })

export async function referIssue(ctx: ServiceContext, input: CreateReferralInput & { issueId: string }): Promise<IssueView> {
  const issue = await findIssueFor(ctx, input.issueId, 'update')
  if (issue.status === 'closed') throw new DomainError('ISSUE_CLOSED')
  const today = localDay(ctx.now)
  if (!input.toUnitId && !input.toAgency) throw fieldError('REFERRAL_TARGET_REQUIRED', 'toUnitId')
  if (input.toUnitId && input.toAgency) throw fieldError('REFERRAL_TARGET_BOTH', 'toAgency')
  if (!isValidDay(input.dueOn)) throw fieldError('DATE_FORMAT', 'dueOn')
  if (input.dueOn < today) throw fieldError('REFERRAL_DUE_PAST', 'dueOn')

  let target: { id: string; name: string } | null = null
  if (input.toUnitId) {
    const unit = await getUnitById(ctx.db, input.toUnitId)
    const ward = (await focalBoardOf(ctx.db, issue.unit_path)).path
    const reachable = !!unit && (inScope(scopeOf(ctx.actor, 'read', 'unit'), unit.path) || (ward !== null && unit.path.startsWith(ward)))
    if (!unit || !reachable) throw fieldError('REFERRAL_UNIT_NOT_FOUND', 'toUnitId')
    if (!isActiveOn(unit, today)) throw fieldError('REFERRAL_UNIT_INACTIVE', 'toUnitId')
    target = { id: unit.id, name: unit.name }
  }
  const from = issue.status as IssueStatus
  const outcome = applyAct(from, 'refer')
  if (!outcome.ok) throw new DomainError(outcome.code)

  const id = newId()
  const at = ctx.now.toISOString()
  const toAgency = input.toAgency ? clean(input.toAgency) : null
  const note = input.note ? clean(input.note) : null
  const answerers = await referralAnswerers(ctx.db, { to_unit_id: target?.id ?? null }, issue.unit_path)
  await ctx.db.transaction().execute(async (trx) => {
    await insertReferral(trx, {
      id, issue_id: issue.id, to_unit_id: target?.id ?? null, to_agency: toAgency, due_on: input.dueOn, note, status: 'pending',
      created_by: ctx.actor.userId, created_at: at, answered_at: null, last_reminded_on: null, answer_text: null, answer_public: 0, answered_by: null,
    })
    await updateIssueRow(trx, issue.id, { status: outcome.to, updated_at: at })
    await recordIssueEvent(trx, ctx, issue.id, 'referred', { referralId: id, toUnit: target, toAgency, dueOn: input.dueOn, note, from, to: outcome.to })
    await notify(trx, ctx.now, [{
      userIds: answerers, kind: 'referral_new', link: `/issues/${issue.id}`, dedupKey: `referral:${id}:new`,
      params: { issue: issue.title, target: target?.name ?? toAgency ?? '', due: viDay(input.dueOn) },
    }])
    await audit(trx, ctx, {
      action: 'issue.refer', resourceType: 'issue', resourceId: issue.id, unitId: issue.unit_id, unitPath: issue.unit_path,
      details: { referralId: id, toUnitId: target?.id ?? null, toAgency, dueOn: input.dueOn },
    })
  })
  return toIssueView(ctx, await findIssueFor(ctx, issue.id, 'read'))
}
