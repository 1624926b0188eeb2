/** Turns unit rows into the API's UnitView, with areas and the responsible officer loaded in two queries. */
import type { Db } from '../../db/connect.ts'
import type { UnitRow } from '../../db/database.ts'
import { listAreasOfUnits, listResponsibleOfUnits } from '../../db/repos/unit.repo.ts'
import { isActiveOn } from '../../domain/time.ts'
import type { UnitView } from '../../shared/schemas.ts'
import type { UnitKind } from '../../shared/enums.ts'

export async function toUnitViews(db: Db, rows: UnitRow[], today: string): Promise<UnitView[]> {
  const ids = rows.map((r) => r.id)
  const [areas, responsible] = await Promise.all([listAreasOfUnits(db, ids), listResponsibleOfUnits(db, ids)])
  const areasBy = new Map<string, UnitView['areas']>()
  for (const a of areas) {
    const list = areasBy.get(a.unit_id) ?? []
    list.push({ id: a.id, code: a.code, name: a.name })
    areasBy.set(a.unit_id, list)
  }
  const respBy = new Map(responsible.map((r) => [r.unit_id, { userId: r.user_id, username: r.username, fullName: r.full_name }]))
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    name: r.name,
    kind: r.kind as UnitKind,
    parentId: r.parent_id,
    path: r.path,
    depth: r.depth,
    activeFrom: r.active_from,
    activeTo: r.active_to,
    active: isActiveOn(r, today),
    areas: areasBy.get(r.id) ?? [],
    responsible: respBy.get(r.id) ?? null,
  }))
}

/** The fields of a unit that its history records. */
export function unitSnapshot(r: Pick<UnitRow, 'code' | 'name' | 'kind' | 'parent_id' | 'path' | 'active_from' | 'active_to'>, areaCodes?: string[]) {
  return {
    code: r.code,
    name: r.name,
    kind: r.kind,
    parentId: r.parent_id,
    path: r.path,
    activeFrom: r.active_from,
    activeTo: r.active_to,
    ...(areaCodes ? { areas: areaCodes } : {}),
  }
}
