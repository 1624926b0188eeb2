/** Areas (địa bàn, tổ dân phố): list, create and edit, owned by a unit and scoped by it. */
import { getAreaById, insertArea, listAreasInScope, updateAreaRow, findAreasByCodes } from '../../db/repos/area.repo.ts'
import { findUnitInScope } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import type { AreaView, CreateAreaInput, UpdateAreaInput } from '../../shared/schemas.ts'
import { clean } from '../../text/fold.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'

function toView(a: { id: string; code: string; name: string; unit_id: string }): AreaView {
  return { id: a.id, code: a.code, name: a.name, unitId: a.unit_id }
}

async function checkAreaCodeFree(ctx: ServiceContext, code: string, exceptId?: string) {
  const [taken] = await findAreasByCodes(ctx.db, [code])
  if (taken && taken.id !== exceptId) throw new DomainError('AREA_CODE_TAKEN', { fields: [{ path: 'code', code: 'AREA_CODE_TAKEN' }] })
}

/** Areas owned by units the actor may see. */
export async function listAreas(ctx: ServiceContext) {
  const scope = await requireScope(ctx, 'read', 'area')
  const items = (await listAreasInScope(ctx.db, scope)).map(toView)
  return { items, total: items.length }
}

/** Creates an area owned by a unit the actor manages. */
export async function createArea(ctx: ServiceContext, input: CreateAreaInput) {
  const scope = await requireScope(ctx, 'create', 'area')
  const unit = await findUnitInScope(ctx.db, input.unitId, scope)
  if (!unit) throw new DomainError('UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'UNIT_NOT_FOUND' }] })
  await checkAreaCodeFree(ctx, input.code)
  const row = { id: newId(), code: input.code, name: clean(input.name), unit_id: unit.id, geojson: null, created_at: ctx.now.toISOString() }
  await ctx.db.transaction().execute(async (trx) => {
    await insertArea(trx, row)
    await audit(trx, ctx, { action: 'area.create', resourceType: 'area', resourceId: row.id, unitId: unit.id, unitPath: unit.path })
  })
  return toView(row)
}

/** Renames or re-codes an area. */
export async function updateArea(ctx: ServiceContext, input: UpdateAreaInput & { areaId: string }) {
  const scope = await requireScope(ctx, 'update', 'area')
  const area = await getAreaById(ctx.db, input.areaId)
  if (!area || !inScope(scope, area.unit_path)) throw new DomainError('AREA_NOT_FOUND')
  if (input.code) await checkAreaCodeFree(ctx, input.code, area.id)
  const next = { ...area, code: input.code ?? area.code, name: input.name ? clean(input.name) : area.name }
  await ctx.db.transaction().execute(async (trx) => {
    await updateAreaRow(trx, area.id, { code: next.code, name: next.name })
    await audit(trx, ctx, {
      action: 'area.update', resourceType: 'area', resourceId: area.id, unitId: area.unit_id, unitPath: area.unit_path,
      details: { before: { code: area.code, name: area.name }, after: { code: next.code, name: next.name } },
    })
  })
  return toView(next)
}
