/** Queries on sessions, API tokens and sign-in attempts. */
import type { Insertable } from 'kysely'
import type { Db } from '../connect.ts'
import type { ApiTokenTable, SessionTable } from '../database.ts'

export function insertSession(db: Db, row: Insertable<SessionTable>) {
  return db.insertInto('session').values(row).execute()
}

/** The session with this token hash together with its user. */
export function findSessionByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('session')
    .innerJoin('app_user', 'app_user.id', 'session.user_id')
    .select(['session.id', 'session.user_id', 'session.last_seen_at', 'session.expires_at', 'app_user.username', 'app_user.active', 'app_user.must_change_password'])
    .where('session.token_hash', '=', tokenHash)
    .executeTakeFirst()
}

export function touchSession(db: Db, id: string, at: string) {
  return db.updateTable('session').set({ last_seen_at: at }).where('id', '=', id).execute()
}

export function deleteSession(db: Db, id: string) {
  return db.deleteFrom('session').where('id', '=', id).execute()
}

/** Deletes every session of a user except, optionally, one to keep. */
export function deleteSessionsOfUser(db: Db, userId: string, keepId?: string) {
  let q = db.deleteFrom('session').where('user_id', '=', userId)
  if (keepId) q = q.where('id', '!=', keepId)
  return q.execute()
}

export function insertLoginAttempt(db: Db, row: { username: string; at: string; success: number; ip: string | null }) {
  return db.insertInto('login_attempt').values(row).execute()
}

/** Failed sign-ins for a username since `since`. */
export async function countFailedLogins(db: Db, username: string, since: string) {
  const r = await db
    .selectFrom('login_attempt')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('username', '=', username)
    .where('success', '=', 0)
    .where('at', '>', since)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

/** The oldest failed sign-in since `since`, to tell the user when they may try again. */
export function firstFailedLoginSince(db: Db, username: string, since: string) {
  return db
    .selectFrom('login_attempt')
    .select('at')
    .where('username', '=', username)
    .where('success', '=', 0)
    .where('at', '>', since)
    .orderBy('at')
    .executeTakeFirst()
}

export function insertApiToken(db: Db, row: Insertable<ApiTokenTable>) {
  return db.insertInto('api_token').values(row).execute()
}

/** The token with this hash together with its user. */
export function findApiTokenByHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .select(['api_token.id', 'api_token.user_id', 'api_token.expires_at', 'api_token.revoked_at', 'api_token.last_used_at', 'app_user.username', 'app_user.active'])
    .where('api_token.token_hash', '=', tokenHash)
    .executeTakeFirst()
}

export function markApiTokenUsed(db: Db, id: string, at: string) {
  return db.updateTable('api_token').set({ last_used_at: at }).where('id', '=', id).execute()
}

export function revokeApiTokenRow(db: Db, id: string, at: string) {
  return db.updateTable('api_token').set({ revoked_at: at }).where('id', '=', id).execute()
}

export function getApiTokenById(db: Db, id: string) {
  return db.selectFrom('api_token').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Tokens of the given users, newest first. */
export function listApiTokensOfUsers(db: Db, userIds: string[]) {
  if (userIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('api_token')
    .innerJoin('app_user', 'app_user.id', 'api_token.user_id')
    .select([
      'api_token.id', 'api_token.user_id', 'app_user.username', 'api_token.name', 'api_token.created_at',
      'api_token.expires_at', 'api_token.revoked_at', 'api_token.last_used_at',
    ])
    .where('api_token.user_id', 'in', userIds)
    .orderBy('api_token.created_at', 'desc')
    .execute()
}
