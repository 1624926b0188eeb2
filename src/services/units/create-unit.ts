/** Creates a unit under a parent the actor manages. Only the system (CLI) creates root units. */
import { getUnitById, insertUnit, insertUnitHistory, replaceUnitAreas } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import { isActiveOn, localDay } from '../../domain/time.ts'
import type { CreateUnitInput } from '../../shared/schemas.ts'
import { clean } from '../../text/fold.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { checkAreas, checkCodeFree, childPath, depthOf } from './unit-rules.ts'
import { toUnitViews, unitSnapshot } from './unit-views.ts'

export async function createUnit(ctx: ServiceContext, input: CreateUnitInput) {
  const scope = await requireScope(ctx, 'create', 'unit')
  const today = localDay(ctx.now)
  let parentPath: string | null = null
  if (input.parentId) {
    const parent = await getUnitById(ctx.db, input.parentId)
    if (!parent || !inScope(scope, parent.path))
      throw new DomainError('UNIT_PARENT_NOT_FOUND', { fields: [{ path: 'parentId', code: 'UNIT_PARENT_NOT_FOUND' }] })
    if (!isActiveOn(parent, today) && parent.active_to != null)
      throw new DomainError('UNIT_PARENT_INACTIVE', { fields: [{ path: 'parentId', code: 'UNIT_PARENT_INACTIVE' }] })
    parentPath = parent.path
  } else if (ctx.actor.kind !== 'system') {
    throw new DomainError('UNIT_PARENT_REQUIRED', { fields: [{ path: 'parentId', code: 'UNIT_PARENT_REQUIRED' }] })
  }
  await checkCodeFree(ctx.db, input.code)
  const areaCodes = await checkAreas(ctx.db, input.areaIds ?? [], scope)

  const id = newId()
  const path = childPath(parentPath, id)
  const row = {
    id,
    code: input.code,
    name: clean(input.name),
    kind: input.kind,
    parent_id: input.parentId,
    path,
    depth: depthOf(path),
    active_from: input.activeFrom ?? today,
    active_to: null,
    created_at: ctx.now.toISOString(),
    updated_at: ctx.now.toISOString(),
  }
  await ctx.db.transaction().execute(async (trx) => {
    await insertUnit(trx, row)
    await replaceUnitAreas(trx, id, [...new Set(input.areaIds ?? [])])
    await insertUnitHistory(trx, {
      id: newId(), unit_id: id, at: row.created_at, change: 'create', actor_id: ctx.actor.userId,
      before_json: null, after_json: JSON.stringify(unitSnapshot(row, areaCodes)),
    })
    await audit(trx, ctx, { action: 'unit.create', resourceType: 'unit', resourceId: id, unitId: id, unitPath: row.path, details: { code: row.code } })
  })
  const [view] = await toUnitViews(ctx.db, [row], today)
  return view!
}
