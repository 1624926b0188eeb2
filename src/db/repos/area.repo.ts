/** Queries on areas (địa bàn, tổ dân phố). */
import type { Insertable, Updateable } from 'kysely'
import type { Db } from '../connect.ts'
import type { AreaTable } from '../database.ts'
import { pathInScope } from './scope.ts'

/** Areas owned by a unit in the scope or covered by one ("Tổ dân phố số 1" for the cell that covers it), by code. */
export function listAreasInScope(db: Db, scope: string[]) {
  return db
    .selectFrom('area')
    .innerJoin('unit', 'unit.id', 'area.unit_id')
    .selectAll('area')
    .where((eb) =>
      eb.or([
        pathInScope('unit.path', scope),
        eb.exists(
          eb.selectFrom('unit_area as ua').innerJoin('unit as cu', 'cu.id', 'ua.unit_id').select('ua.area_id')
            .whereRef('ua.area_id', '=', 'area.id').where(pathInScope('cu.path', scope)),
        ),
      ]),
    )
    .orderBy('area.code')
    .execute()
}

/** One area with its owning unit's path, whatever the scope. */
export function getAreaById(db: Db, id: string) {
  return db
    .selectFrom('area')
    .innerJoin('unit', 'unit.id', 'area.unit_id')
    .selectAll('area')
    .select('unit.path as unit_path')
    .where('area.id', '=', id)
    .executeTakeFirst()
}

/** Areas by code with their owning unit's path. */
export function findAreasByCodes(db: Db, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([])
  return db
    .selectFrom('area')
    .innerJoin('unit', 'unit.id', 'area.unit_id')
    .selectAll('area')
    .select('unit.path as unit_path')
    .where('area.code', 'in', codes)
    .execute()
}

/** Areas by id with their owning unit's path. */
export function findAreasByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('area')
    .innerJoin('unit', 'unit.id', 'area.unit_id')
    .selectAll('area')
    .select('unit.path as unit_path')
    .where('area.id', 'in', ids)
    .execute()
}

export function insertArea(db: Db, row: Insertable<AreaTable>) {
  return db.insertInto('area').values(row).execute()
}

export function updateAreaRow(db: Db, id: string, patch: Updateable<AreaTable>) {
  return db.updateTable('area').set(patch).where('id', '=', id).execute()
}
