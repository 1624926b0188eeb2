/** Moves a unit (and its whole subtree) under another parent; the history keeps the old parent and path. */
import { moveRollupScope } from '../../db/repos/rollup.repo.ts'
import { findUnitInScope, insertUnitHistory, repathCopies, repathSubtree, UNIT_PATH_TABLES, updateUnitRow } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { isActiveOn, localDay } from '../../domain/time.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { childPath, depthOf } from './unit-rules.ts'
import { toUnitViews, unitSnapshot } from './unit-views.ts'

export async function moveUnit(ctx: ServiceContext, input: { unitId: string; parentId: string }) {
  const scope = await requireScope(ctx, 'update', 'unit')
  const unit = await findUnitInScope(ctx.db, input.unitId, scope)
  if (!unit) throw new DomainError('UNIT_NOT_FOUND')
  const parent = await findUnitInScope(ctx.db, input.parentId, scope)
  if (!parent) throw new DomainError('UNIT_PARENT_NOT_FOUND', { fields: [{ path: 'parentId', code: 'UNIT_PARENT_NOT_FOUND' }] })
  // a unit cannot go under itself or anything beneath it
  if (parent.path.startsWith(unit.path)) throw new DomainError('UNIT_MOVE_CYCLE', { fields: [{ path: 'parentId', code: 'UNIT_MOVE_CYCLE' }] })
  const today = localDay(ctx.now)
  if (!isActiveOn(parent, today)) throw new DomainError('UNIT_PARENT_INACTIVE', { fields: [{ path: 'parentId', code: 'UNIT_PARENT_INACTIVE' }] })
  if (unit.parent_id === parent.id) return (await toUnitViews(ctx.db, [unit], today))[0]!

  const newPath = childPath(parent.path, unit.id)
  const moved = { ...unit, parent_id: parent.id, path: newPath, depth: depthOf(newPath) }
  await ctx.db.transaction().execute(async (trx) => {
    await updateUnitRow(trx, unit.id, { parent_id: parent.id, updated_at: ctx.now.toISOString() })
    await repathSubtree(trx, unit.path, newPath, moved.depth - unit.depth)
    for (const table of UNIT_PATH_TABLES) await repathCopies(trx, table, unit.path, newPath)
    await moveRollupScope(trx, unit.path, newPath)
    await insertUnitHistory(trx, {
      id: newId(), unit_id: unit.id, at: ctx.now.toISOString(), change: 'move', actor_id: ctx.actor.userId,
      before_json: JSON.stringify(unitSnapshot(unit)), after_json: JSON.stringify(unitSnapshot(moved)),
    })
    await audit(trx, ctx, {
      action: 'unit.move', resourceType: 'unit', resourceId: unit.id, unitId: unit.id, unitPath: newPath,
      details: { fromParentId: unit.parent_id, toParentId: parent.id },
    })
  })
  return (await toUnitViews(ctx.db, [moved], today))[0]!
}
