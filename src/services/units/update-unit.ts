/** Renames or re-codes a unit, changes its kind, opening date or areas; the history keeps what it was. */
import { findUnitInScope, insertUnitHistory, listAreasOfUnits, replaceUnitAreas, updateUnitRow } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { localDay } from '../../domain/time.ts'
import type { UpdateUnitInput } from '../../shared/schemas.ts'
import { clean } from '../../text/fold.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { checkAreas, checkCodeFree } from './unit-rules.ts'
import { toUnitViews, unitSnapshot } from './unit-views.ts'

export async function updateUnit(ctx: ServiceContext, input: UpdateUnitInput & { unitId: string }) {
  const scope = await requireScope(ctx, 'update', 'unit')
  const unit = await findUnitInScope(ctx.db, input.unitId, scope)
  if (!unit) throw new DomainError('UNIT_NOT_FOUND')
  if (input.code !== undefined) await checkCodeFree(ctx.db, input.code, unit.id)
  if (input.activeFrom && unit.active_to && input.activeFrom > unit.active_to)
    throw new DomainError('UNIT_DATES_ORDER', { fields: [{ path: 'activeFrom', code: 'UNIT_DATES_ORDER' }] })

  const beforeAreas = (await listAreasOfUnits(ctx.db, [unit.id])).map((a) => a.code).sort()
  const afterAreas = input.areaIds ? await checkAreas(ctx.db, input.areaIds, scope) : beforeAreas
  const next = {
    ...unit,
    code: input.code ?? unit.code,
    name: input.name !== undefined ? clean(input.name) : unit.name,
    kind: input.kind ?? unit.kind,
    active_from: input.activeFrom !== undefined ? input.activeFrom : unit.active_from,
  }
  const before = unitSnapshot(unit, beforeAreas)
  const after = unitSnapshot(next, afterAreas)
  const today = localDay(ctx.now)
  if (JSON.stringify(before) === JSON.stringify(after)) return (await toUnitViews(ctx.db, [unit], today))[0]!

  const change = before.name !== after.name && before.code === after.code ? 'rename' : 'update'
  await ctx.db.transaction().execute(async (trx) => {
    await updateUnitRow(trx, unit.id, {
      code: next.code, name: next.name, kind: next.kind, active_from: next.active_from, updated_at: ctx.now.toISOString(),
    })
    if (input.areaIds) await replaceUnitAreas(trx, unit.id, [...new Set(input.areaIds)])
    await insertUnitHistory(trx, {
      id: newId(), unit_id: unit.id, at: ctx.now.toISOString(), change, actor_id: ctx.actor.userId,
      before_json: JSON.stringify(before), after_json: JSON.stringify(after),
    })
    await audit(trx, ctx, { action: `unit.${change}`, resourceType: 'unit', resourceId: unit.id, unitId: unit.id, unitPath: unit.path })
  })
  return (await toUnitViews(ctx.db, [next], today))[0]!
}
