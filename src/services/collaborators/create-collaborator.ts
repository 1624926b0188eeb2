/** Adds a collaborator to the roster of a unit the actor manages. */
import { insertCollaborator, replaceCollaboratorAreas, replaceCollaboratorGroups } from '../../db/repos/collaborator.repo.ts'
import type { CreateCollaboratorInput } from '../../shared/collaborator.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { checkAreas, checkUnit, checkUser, collaboratorSearchText, requireTerms } from './collaborator-rules.ts'
import { toCollaboratorViews, type CollaboratorRow } from './collaborator-views.ts'

export async function createCollaborator(ctx: ServiceContext, input: CreateCollaboratorInput) {
  const scope = await requireScope(ctx, 'create', 'collaborator')
  const unit = await checkUnit(ctx.db, input.unitId, scope)
  const terms = {
    contractFrom: input.contractFrom ?? null, contractTo: input.contractTo ?? null, allowanceKind: input.allowanceKind,
    allowanceAmount: input.allowanceAmount ?? null, allowanceCoefficient: input.allowanceCoefficient ?? null, status: input.status,
  }
  requireTerms(terms)
  const areaIds = await checkAreas(ctx.db, input.areaIds, scope, unit.path)
  if (input.userId) await checkUser(ctx.db, input.userId, scope)

  const at = ctx.now.toISOString()
  const base = { full_name: clean(input.fullName), phone: input.phone ? clean(input.phone) : null, decision_no: input.decisionNo ? clean(input.decisionNo) : null }
  const row: CollaboratorRow = {
    id: newId(), user_id: input.userId ?? null, ...base, unit_id: unit.id, unit_path: unit.path,
    decision_on: input.decisionOn ?? null, contract_from: terms.contractFrom, contract_to: terms.contractTo,
    allowance_kind: terms.allowanceKind, allowance_amount: terms.allowanceAmount, allowance_coefficient: terms.allowanceCoefficient,
    status: input.status, search_text: collaboratorSearchText(base), created_at: at, updated_at: at,
  }
  await ctx.db.transaction().execute(async (trx) => {
    await insertCollaborator(trx, row)
    await replaceCollaboratorAreas(trx, row.id, areaIds)
    await replaceCollaboratorGroups(trx, row.id, [...new Set(input.groups)])
    await audit(trx, ctx, { action: 'collaborator.create', resourceType: 'collaborator', resourceId: row.id, unitId: unit.id, unitPath: unit.path })
  })
  return (await toCollaboratorViews(ctx.db, [row]))[0]!
}
