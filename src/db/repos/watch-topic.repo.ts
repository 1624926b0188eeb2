/** Queries on the monthly topics to watch (nội dung cần nắm bắt). No rules. */
import type { Insertable, Updateable } from 'kysely'
import type { Db } from '../connect.ts'
import type { WatchTopicTable } from '../database.ts'
import { escapeLike } from '../dialect.ts'
import { pathInScope } from './scope.ts'

/** Topics of a month set by units in the scope (optionally under one unit path), outer units first. */
export function listWatchTopicsInScope(db: Db, opts: { scope: string[]; month: string; underPath?: string }) {
  let q = db.selectFrom('watch_topic').selectAll().where('month', '=', opts.month).where(pathInScope('unit_path', opts.scope))
  if (opts.underPath) q = q.where('unit_path', 'like', escapeLike(opts.underPath) + '%')
  return q.orderBy('unit_path').orderBy('position').orderBy('created_at').execute()
}

/** Topics of a month set by exactly these units (given by path): a unit's own and its ancestors'. */
export function listWatchTopicsAtPaths(db: Db, paths: string[], month: string) {
  if (paths.length === 0) return Promise.resolve([])
  return db.selectFrom('watch_topic').selectAll().where('month', '=', month).where('unit_path', 'in', paths)
    .orderBy('unit_path').orderBy('position').orderBy('created_at').execute()
}

/** One topic by id, whatever the scope. */
export function getWatchTopicById(db: Db, id: string) {
  return db.selectFrom('watch_topic').selectAll().where('id', '=', id).executeTakeFirst()
}

/** The highest position used by a unit in a month, or -1. */
export async function maxWatchTopicPosition(db: Db, unitId: string, month: string) {
  const r = await db.selectFrom('watch_topic').select((eb) => eb.fn.max('position').as('p')).where('unit_id', '=', unitId).where('month', '=', month).executeTakeFirst()
  return r?.p == null ? -1 : Number(r.p)
}

export function insertWatchTopic(db: Db, row: Insertable<WatchTopicTable>) {
  return db.insertInto('watch_topic').values(row).execute()
}

export function updateWatchTopicRow(db: Db, id: string, patch: Updateable<WatchTopicTable>) {
  return db.updateTable('watch_topic').set(patch).where('id', '=', id).execute()
}

export function deleteWatchTopic(db: Db, id: string) {
  return db.deleteFrom('watch_topic').where('id', '=', id).execute()
}
