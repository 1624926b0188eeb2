/** Queries on accounts and their role assignments. No rules, no authorisation. */
import { sql, type ExpressionBuilder, type SqlBool } from 'kysely'
import type { Db } from '../connect.ts'
import type { Insertable, Updateable } from 'kysely'
import type { AppUserTable, Database, RoleAssignmentTable } from '../database.ts'
import { pathInScope } from './scope.ts'
import { escapeLike } from '../dialect.ts'
import { fold } from '../../text/fold.ts'

export function getUserById(db: Db, id: string) {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst()
}

export function getUserByUsername(db: Db, username: string) {
  return db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst()
}

export function findUsersByUsernames(db: Db, usernames: string[]) {
  if (usernames.length === 0) return Promise.resolve([])
  return db.selectFrom('app_user').selectAll().where('username', 'in', usernames).execute()
}

export function insertUser(db: Db, row: Insertable<AppUserTable>) {
  return db.insertInto('app_user').values(row).execute()
}

export function updateUserRow(db: Db, id: string, patch: Updateable<AppUserTable>) {
  return db.updateTable('app_user').set(patch).where('id', '=', id).execute()
}

/**
 * A user is visible in a scope when their home unit or one of their roles lies in it.
 * Accounts with neither (made by the CLI before any unit existed) are visible only to root scope.
 */
function visibleIn(scope: string[], rootVisible: boolean) {
  return (eb: ExpressionBuilder<Database, 'app_user'>) =>
    eb.or([
      eb.exists(
        eb
          .selectFrom('role_assignment as ra')
          .innerJoin('unit as u', 'u.id', 'ra.unit_id')
          .select(sql`1`.as('one'))
          .whereRef('ra.user_id', '=', 'app_user.id')
          .where(pathInScope('u.path', scope)),
      ),
      eb.exists(
        eb.selectFrom('unit as h').select(sql`1`.as('one')).whereRef('h.id', '=', 'app_user.home_unit_id').where(pathInScope('h.path', scope)),
      ),
      ...(rootVisible
        ? [
            eb.and([
              eb('app_user.home_unit_id', 'is', null),
              eb.not(eb.exists(eb.selectFrom('role_assignment as rb').select(sql`1`.as('one')).whereRef('rb.user_id', '=', 'app_user.id'))),
            ]),
          ]
        : []),
    ])
}

/** Folded username, full name or e-mail contains the folded `text`, taken literally ("nguyen van" finds "Nguyễn Văn"). */
function matchesText(text: string) {
  return sql<SqlBool>`search_text like ${'%' + escapeLike(fold(text)) + '%'} escape '\\'`
}

/** One user by id, only if visible in the scope. */
export function findUserInScope(db: Db, id: string, scope: string[], rootVisible: boolean) {
  return db.selectFrom('app_user').selectAll().where('id', '=', id).where(visibleIn(scope, rootVisible)).executeTakeFirst()
}

/** A page of users visible in the scope, optionally matching `q`. */
export function listUsersInScope(db: Db, opts: { scope: string[]; rootVisible: boolean; limit: number; offset: number; q?: string }) {
  let q = db.selectFrom('app_user').selectAll().where(visibleIn(opts.scope, opts.rootVisible))
  if (opts.q) {
    q = q.where(matchesText(opts.q))
  }
  return q.orderBy('username').limit(opts.limit).offset(opts.offset).execute()
}

/** How many users are visible in the scope (same filter as the list). */
export async function countUsersInScope(db: Db, opts: { scope: string[]; rootVisible: boolean; q?: string }) {
  let q = db.selectFrom('app_user').select((eb) => eb.fn.countAll<number>().as('n')).where(visibleIn(opts.scope, opts.rootVisible))
  if (opts.q) {
    q = q.where(matchesText(opts.q))
  }
  return Number((await q.executeTakeFirstOrThrow()).n)
}

/** Role assignments of the given users, with the unit's code, name and path. */
export function listRolesOfUsers(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('role_assignment')
    .innerJoin('unit', 'unit.id', 'role_assignment.unit_id')
    .select([
      'role_assignment.id',
      'role_assignment.user_id',
      'role_assignment.role',
      'role_assignment.unit_id',
      'role_assignment.is_responsible',
      'unit.code as unit_code',
      'unit.name as unit_name',
      'unit.path as unit_path',
    ])
    .where('role_assignment.user_id', 'in', userIds)
    .orderBy('unit.path')
    .execute()
}

export function deleteRolesOfUser(db: Db, userId: string) {
  return db.deleteFrom('role_assignment').where('user_id', '=', userId).execute()
}

export function insertRoles(db: Db, rows: Insertable<RoleAssignmentTable>[]) {
  if (rows.length === 0) return Promise.resolve()
  return db.insertInto('role_assignment').values(rows).execute()
}

/** The responsible officer assignment of a unit, if any. */
export function findResponsibleOfUnit(db: Db, unitId: string) {
  return db.selectFrom('role_assignment').selectAll().where('unit_id', '=', unitId).where('is_responsible', '=', 1).executeTakeFirst()
}

/** A disabled account stops being anyone's responsible officer. */
export function clearResponsibleOfUser(db: Db, userId: string) {
  return db.updateTable('role_assignment').set({ is_responsible: 0 }).where('user_id', '=', userId).execute()
}
