/** Queries on collaborators (cộng tác viên DLXH), their areas and groups, and their monthly records. No rules. */
import { sql, type Insertable, type SqlBool, type Updateable } from 'kysely'
import type { Db } from '../connect.ts'
import type { CollaboratorTable } from '../database.ts'
import { escapeLike } from '../dialect.ts'
import { fold } from '../../text/fold.ts'
import { pathInScope } from './scope.ts'

export type CollaboratorFilter = {
  scope: string[]
  /** only this unit path's subtree */
  underPath?: string
  status?: string
  /** matched against the folded search text, literally */
  q?: string
}

function filtered(db: Db, f: CollaboratorFilter) {
  let q = db.selectFrom('collaborator').where(pathInScope('collaborator.unit_path', f.scope))
  if (f.underPath) q = q.where('collaborator.unit_path', 'like', escapeLike(f.underPath) + '%')
  if (f.status) q = q.where('collaborator.status', '=', f.status)
  if (f.q) q = q.where(sql<SqlBool>`collaborator.search_text like ${'%' + escapeLike(fold(f.q)) + '%'} escape '\\'`)
  return q
}

/** A page of collaborators in the scope, by name. */
export function listCollaborators(db: Db, f: CollaboratorFilter & { limit: number; offset: number }) {
  return filtered(db, f).selectAll().orderBy('collaborator.search_text').orderBy('collaborator.id').limit(f.limit).offset(f.offset).execute()
}

/** How many collaborators the same filter matches. */
export async function countCollaborators(db: Db, f: CollaboratorFilter) {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Every collaborator in the scope, by unit and name (the monthly activity sheet). */
export function listAllCollaboratorsInScope(db: Db, scope: string[]) {
  return db.selectFrom('collaborator').selectAll().where(pathInScope('unit_path', scope)).orderBy('unit_path').orderBy('search_text').execute()
}

/** One collaborator by id, whatever the scope. */
export function getCollaboratorById(db: Db, id: string) {
  return db.selectFrom('collaborator').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The collaborator linked to an account, if any. */
export function findCollaboratorByUser(db: Db, userId: string) {
  return db.selectFrom('collaborator').select(['id', 'unit_path']).where('user_id', '=', userId).executeTakeFirst()
}

export function insertCollaborator(db: Db, row: Insertable<CollaboratorTable>) {
  return db.insertInto('collaborator').values(row).execute()
}

export function updateCollaboratorRow(db: Db, id: string, patch: Updateable<CollaboratorTable>) {
  return db.updateTable('collaborator').set(patch).where('id', '=', id).execute()
}

/** Replaces the areas a collaborator covers. */
export async function replaceCollaboratorAreas(db: Db, id: string, areaIds: string[]) {
  await db.deleteFrom('collaborator_area').where('collaborator_id', '=', id).execute()
  if (areaIds.length > 0) await db.insertInto('collaborator_area').values(areaIds.map((area_id) => ({ collaborator_id: id, area_id }))).execute()
}

/** Replaces the social groups a collaborator follows. */
export async function replaceCollaboratorGroups(db: Db, id: string, groups: string[]) {
  await db.deleteFrom('collaborator_group').where('collaborator_id', '=', id).execute()
  if (groups.length > 0) await db.insertInto('collaborator_group').values(groups.map((grp) => ({ collaborator_id: id, grp }))).execute()
}

/** Areas of the given collaborators, by code. */
export function listAreasOfCollaborators(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db
    .selectFrom('collaborator_area')
    .innerJoin('area', 'area.id', 'collaborator_area.area_id')
    .select(['collaborator_area.collaborator_id', 'area.id', 'area.code', 'area.name'])
    .where('collaborator_area.collaborator_id', 'in', ids)
    .orderBy('area.code')
    .execute()
}

/** Social groups of the given collaborators. */
export function listGroupsOfCollaborators(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('collaborator_group').select(['collaborator_id', 'grp']).where('collaborator_id', 'in', ids).orderBy('grp').execute()
}

/** Code and name of the given units. */
export function listUnitLabels(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('unit').select(['id', 'code', 'name']).where('id', 'in', [...new Set(ids)]).execute()
}

/** Username and name of the given accounts. */
export function listUserLabels(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('app_user').select(['id', 'username', 'full_name']).where('id', 'in', [...new Set(ids)]).execute()
}

/**
 * Records heard between two days (inclusive) in the scope and entered by the account of a collaborator of
 * the scope, with their number of streams: what the monthly activity counts.
 */
export function listCollaboratorRecords(db: Db, opts: { scope: string[]; from: string; to: string }) {
  return db
    .selectFrom('opinion_report as r')
    .select(['r.entered_by', 'r.heard_on', 'r.created_at'])
    .select((eb) => eb.selectFrom('opinion_stream as s').select(eb.fn.countAll<number>().as('n')).whereRef('s.report_id', '=', 'r.id').as('streams'))
    .where('r.heard_on', '>=', opts.from)
    .where('r.heard_on', '<=', opts.to)
    .where(pathInScope('r.unit_path', opts.scope))
    .where('r.entered_by', 'in', (eb) =>
      eb.selectFrom('collaborator as c').select('c.user_id').where('c.user_id', 'is not', null).where(pathInScope('c.unit_path', opts.scope)))
    .execute()
}
