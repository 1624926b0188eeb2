/** Queries on units, their areas and their history. No rules, no authorisation: callers pass the scope. */
import { sql } from 'kysely'
import type { Db } from '../connect.ts'
import type { NewUnit, UnitUpdate } from '../database.ts'
import { pathInScope } from './scope.ts'

/** One unit by id, whatever the scope (for internal checks such as a move target). */
export function getUnitById(db: Db, id: string) {
  return db.selectFrom('unit').selectAll().where('id', '=', id).executeTakeFirst()
}

/** One unit by id, only if it lies in the scope. */
export function findUnitInScope(db: Db, id: string, scope: string[]) {
  return db.selectFrom('unit').selectAll().where('id', '=', id).where(pathInScope('path', scope)).executeTakeFirst()
}

/** Units by code (exact), whatever the scope. */
export function findUnitsByCodes(db: Db, codes: string[]) {
  if (codes.length === 0) return Promise.resolve([])
  return db.selectFrom('unit').selectAll().where('code', 'in', codes).execute()
}

/** Units in scope ordered by path, optionally only those active on `activeOn` (YYYY-MM-DD). */
export function listUnitsInScope(db: Db, opts: { scope: string[]; activeOn?: string }) {
  let q = db.selectFrom('unit').selectAll().where(pathInScope('path', opts.scope))
  if (opts.activeOn) {
    const day = opts.activeOn
    q = q
      .where((eb) => eb.or([eb('active_from', 'is', null), eb('active_from', '<=', day)]))
      .where((eb) => eb.or([eb('active_to', 'is', null), eb('active_to', '>', day)]))
  }
  return q.orderBy('path').execute()
}

export function insertUnit(db: Db, row: NewUnit) {
  return db.insertInto('unit').values(row).execute()
}

export function updateUnitRow(db: Db, id: string, patch: UnitUpdate) {
  return db.updateTable('unit').set(patch).where('id', '=', id).execute()
}

/** Rewrites the paths of a whole subtree after a move: "/old/x/…" becomes "/new/x/…", depth shifted. */
export function repathSubtree(db: Db, oldPath: string, newPath: string, depthDelta: number) {
  return db
    .updateTable('unit')
    .set({
      path: sql<string>`${newPath} || substr(path, ${oldPath.length + 1})`,
      depth: sql<number>`depth + ${depthDelta}`,
    })
    .where('path', 'like', oldPath + '%')
    .execute()
}

/** Tables that keep a copy of their unit's path for scoped reads without a join. */
export const UNIT_PATH_TABLES = ['opinion_report', 'issue', 'collaborator', 'voter_meeting', 'watch_topic', 'opinion_rollup_daily', 'survey', 'survey_question', 'report', 'report_extension', 'report_notice'] as const

/** Rewrites the copied unit paths in one table after a move ("/old/x/…" → "/new/x/…"). */
export function repathCopies(db: Db, table: (typeof UNIT_PATH_TABLES)[number], oldPath: string, newPath: string) {
  return db
    .updateTable(table)
    .set({ unit_path: sql<string>`${newPath} || substr(unit_path, ${oldPath.length + 1})` })
    .where('unit_path', 'like', oldPath + '%')
    .execute()
}

/** How many children of a unit are active on `day`. */
export async function countActiveChildren(db: Db, unitId: string, day: string) {
  const r = await db
    .selectFrom('unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', unitId)
    .where((eb) => eb.or([eb('active_to', 'is', null), eb('active_to', '>', day)]))
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Area links of the given units. */
export function listAreasOfUnits(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('unit_area')
    .innerJoin('area', 'area.id', 'unit_area.area_id')
    .select(['unit_area.unit_id', 'area.id', 'area.code', 'area.name'])
    .where('unit_area.unit_id', 'in', unitIds)
    .orderBy('area.code')
    .execute()
}

/** Replaces the set of areas a unit covers. */
export async function replaceUnitAreas(db: Db, unitId: string, areaIds: string[]) {
  await db.deleteFrom('unit_area').where('unit_id', '=', unitId).execute()
  if (areaIds.length > 0)
    await db.insertInto('unit_area').values(areaIds.map((areaId) => ({ unit_id: unitId, area_id: areaId }))).execute()
}

/** The responsible officers (người phụ trách DLXH) of the given units. */
export function listResponsibleOfUnits(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('role_assignment')
    .innerJoin('app_user', 'app_user.id', 'role_assignment.user_id')
    .select(['role_assignment.unit_id', 'app_user.id as user_id', 'app_user.username', 'app_user.full_name'])
    .where('role_assignment.unit_id', 'in', unitIds)
    .where('role_assignment.is_responsible', '=', 1)
    .execute()
}

export function insertUnitHistory(
  db: Db,
  row: { id: string; unit_id: string; at: string; change: string; actor_id: string | null; before_json: string | null; after_json: string | null },
) {
  return db.insertInto('unit_history').values(row).execute()
}

/** A unit's history, newest first, with the actor's username. */
export function listUnitHistory(db: Db, unitId: string) {
  return db
    .selectFrom('unit_history')
    .leftJoin('app_user', 'app_user.id', 'unit_history.actor_id')
    .select(['unit_history.id', 'unit_history.at', 'unit_history.change', 'unit_history.before_json', 'unit_history.after_json', 'app_user.username'])
    .where('unit_history.unit_id', '=', unitId)
    .orderBy('unit_history.at', 'desc')
    .execute()
}
