/** Queries on in-app notifications. No rules: callers pass the user. */
import type { Insertable } from 'kysely'
import type { Db } from '../connect.ts'
import type { NotificationTable } from '../database.ts'

/** Adds notifications; one whose dedup_key exists already is skipped. Returns the ids actually added. */
export async function insertNotifications(db: Db, rows: Insertable<NotificationTable>[]): Promise<string[]> {
  if (rows.length === 0) return []
  const added = await db.insertInto('notification').values(rows).onConflict((oc) => oc.column('dedup_key').doNothing()).returning('id').execute()
  return added.map((r) => r.id)
}

/** A page of one user's notifications, newest first (unread only when asked). */
export function listNotificationsOfUser(db: Db, userId: string, opts: { unreadOnly: boolean; limit: number; offset: number }) {
  let q = db.selectFrom('notification').selectAll().where('user_id', '=', userId)
  if (opts.unreadOnly) q = q.where('read_at', 'is', null)
  return q.orderBy('created_at', 'desc').orderBy('id').limit(opts.limit).offset(opts.offset).execute()
}

/** How many notifications a user has, and how many of them are unread. */
export async function countNotificationsOfUser(db: Db, userId: string) {
  const r = await db.selectFrom('notification')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('id').filterWhere('read_at', 'is', null).as('unread')])
    .where('user_id', '=', userId).executeTakeFirstOrThrow()
  return { total: Number(r.n), unread: Number(r.unread) }
}

/** One notification of one user. */
export function findNotificationOfUser(db: Db, id: string, userId: string) {
  return db.selectFrom('notification').selectAll().where('id', '=', id).where('user_id', '=', userId).executeTakeFirst()
}

/** Marks a notification read (keeps the first reading time). */
export function markNotificationRead(db: Db, id: string, at: string) {
  return db.updateTable('notification').set({ read_at: at }).where('id', '=', id).where('read_at', 'is', null).execute()
}
