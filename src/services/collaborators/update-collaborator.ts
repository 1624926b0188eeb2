/**
 * Edits a collaborator: any field, including moving them to another unit in scope. Switching the allowance
 * kind clears the other kind's value unless the request sends it (then the terms check refuses the mix).
 */
import { getCollaboratorById, listAreasOfCollaborators, replaceCollaboratorAreas, replaceCollaboratorGroups, updateCollaboratorRow } from '../../db/repos/collaborator.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import type { UpdateCollaboratorInput } from '../../shared/collaborator.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, requireScope, type ServiceContext } from '../context.ts'
import { checkAreas, checkUnit, checkUser, collaboratorSearchText, requireTerms } from './collaborator-rules.ts'
import { toCollaboratorViews, type CollaboratorRow } from './collaborator-views.ts'

export async function updateCollaborator(ctx: ServiceContext, input: UpdateCollaboratorInput & { collaboratorId: string }) {
  const scope = await requireScope(ctx, 'update', 'collaborator')
  const current = await getCollaboratorById(ctx.db, input.collaboratorId)
  if (!current || !inScope(scope, current.unit_path)) throw new DomainError('COLLABORATOR_NOT_FOUND')
  const unit = input.unitId && input.unitId !== current.unit_id ? await checkUnit(ctx.db, input.unitId, scope) : { id: current.unit_id, path: current.unit_path }

  const kindChanged = input.allowanceKind !== undefined && input.allowanceKind !== current.allowance_kind
  const pick = <T>(given: T | undefined, old: T, clearedBy: boolean): T | null => (given !== undefined ? given : clearedBy ? null : old)
  const next: CollaboratorRow = {
    ...current,
    full_name: input.fullName !== undefined ? clean(input.fullName) : current.full_name,
    phone: input.phone !== undefined ? (input.phone ? clean(input.phone) : null) : current.phone,
    unit_id: unit.id,
    unit_path: unit.path,
    decision_no: input.decisionNo !== undefined ? (input.decisionNo ? clean(input.decisionNo) : null) : current.decision_no,
    decision_on: pick(input.decisionOn, current.decision_on, false),
    contract_from: pick(input.contractFrom, current.contract_from, false),
    contract_to: pick(input.contractTo, current.contract_to, false),
    allowance_kind: input.allowanceKind ?? current.allowance_kind,
    allowance_amount: pick(input.allowanceAmount, current.allowance_amount, kindChanged),
    allowance_coefficient: pick(input.allowanceCoefficient, current.allowance_coefficient, kindChanged),
    status: input.status ?? current.status,
    user_id: pick(input.userId, current.user_id, false),
    updated_at: ctx.now.toISOString(),
  }
  next.search_text = collaboratorSearchText(next)
  requireTerms({
    contractFrom: next.contract_from, contractTo: next.contract_to, allowanceKind: next.allowance_kind as 'fixed' | 'coefficient',
    allowanceAmount: next.allowance_amount, allowanceCoefficient: next.allowance_coefficient, status: next.status,
  })
  // a move to another unit keeps the areas only if the new unit may still cover them
  const keptAreas = input.areaIds === undefined && unit.id !== current.unit_id
    ? (await listAreasOfCollaborators(ctx.db, [current.id])).map((a) => a.id) : undefined
  if (keptAreas) await checkAreas(ctx.db, keptAreas, scope, unit.path)
  const areaIds = input.areaIds !== undefined ? await checkAreas(ctx.db, input.areaIds, scope, unit.path) : undefined
  if (next.user_id && next.user_id !== current.user_id) await checkUser(ctx.db, next.user_id, scope, current.id)

  const { id: _id, created_at: _c, ...patch } = next
  await ctx.db.transaction().execute(async (trx) => {
    await updateCollaboratorRow(trx, current.id, patch)
    if (areaIds) await replaceCollaboratorAreas(trx, current.id, areaIds)
    if (input.groups) await replaceCollaboratorGroups(trx, current.id, [...new Set(input.groups)])
    await audit(trx, ctx, {
      action: 'collaborator.update', resourceType: 'collaborator', resourceId: current.id, unitId: unit.id, unitPath: unit.path,
      details: { fields: Object.keys(input).filter((k) => k !== 'collaboratorId').sort() },
    })
  })
  return (await toCollaboratorViews(ctx.db, [next]))[0]!
}
