/** Closes a unit from a date (default today) or reopens it; a unit with active children cannot close. */
import { countActiveChildren, findUnitInScope, getUnitById, insertUnitHistory, updateUnitRow } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { isActiveOn, localDay } from '../../domain/time.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { toUnitViews, unitSnapshot } from './unit-views.ts'

type SetUnitActiveInput = {
  unitId: string
  active: boolean
  /** closing day (YYYY-MM-DD, the first day it is no longer active); default today */
  activeTo?: string
}

export async function setUnitActive(ctx: ServiceContext, input: SetUnitActiveInput) {
  const scope = await requireScope(ctx, 'update', 'unit')
  const unit = await findUnitInScope(ctx.db, input.unitId, scope)
  if (!unit) throw new DomainError('UNIT_NOT_FOUND')
  const today = localDay(ctx.now)
  let next
  if (input.active) {
    if (unit.active_to == null) throw new DomainError('UNIT_ALREADY_ACTIVE')
    const parent = unit.parent_id ? await getUnitById(ctx.db, unit.parent_id) : undefined
    if (parent && !isActiveOn(parent, today) && parent.active_to != null) throw new DomainError('UNIT_PARENT_INACTIVE')
    next = { ...unit, active_to: null }
  } else {
    const activeTo = input.activeTo ?? today
    if (unit.active_to != null && unit.active_to <= today) throw new DomainError('UNIT_ALREADY_INACTIVE')
    if (unit.active_from && activeTo < unit.active_from)
      throw new DomainError('UNIT_DATES_ORDER', { fields: [{ path: 'activeTo', code: 'UNIT_DATES_ORDER' }] })
    if ((await countActiveChildren(ctx.db, unit.id, activeTo)) > 0) throw new DomainError('UNIT_HAS_ACTIVE_CHILDREN')
    next = { ...unit, active_to: activeTo }
  }
  const change = input.active ? 'reactivate' : 'deactivate'
  await ctx.db.transaction().execute(async (trx) => {
    await updateUnitRow(trx, unit.id, { active_to: next.active_to, updated_at: ctx.now.toISOString() })
    await insertUnitHistory(trx, {
      id: newId(), unit_id: unit.id, at: ctx.now.toISOString(), change, actor_id: ctx.actor.userId,
      before_json: JSON.stringify(unitSnapshot(unit)), after_json: JSON.stringify(unitSnapshot(next)),
    })
    await audit(trx, ctx, { action: `unit.${change}`, resourceType: 'unit', resourceId: unit.id, unitId: unit.id, unitPath: unit.path })
  })
  return (await toUnitViews(ctx.db, [next], today))[0]!
}
