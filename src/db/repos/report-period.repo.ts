/** Queries on reporting periods (report_period). No rules, no authorisation. */
import type { Insertable } from 'kysely'
import type { Db } from '../connect.ts'
import type { ReportPeriodTable } from '../database.ts'

/** Inserts periods whose key is new; an existing key is left as it is (safe when two requests race). */
export async function insertPeriodsIfAbsent(db: Db, rows: Insertable<ReportPeriodTable>[]): Promise<void> {
  if (rows.length === 0) return
  await db.insertInto('report_period').values(rows).onConflict((oc) => oc.column('key').doNothing()).execute()
}

/** The period with this key. */
export function findPeriodByKey(db: Db, key: string) {
  return db.selectFrom('report_period').selectAll().where('key', '=', key).executeTakeFirst()
}

/** Periods with these keys. */
export function findPeriodsByKeys(db: Db, keys: string[]) {
  if (keys.length === 0) return Promise.resolve([])
  return db.selectFrom('report_period').selectAll().where('key', 'in', keys).execute()
}

/** Periods by id. */
export function findPeriodsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([])
  return db.selectFrom('report_period').selectAll().where('id', 'in', ids).execute()
}

/** The latest monthly period (by first day). */
export function latestMonthPeriod(db: Db) {
  return db.selectFrom('report_period').select(['key', 'from_day']).where('kind', '=', 'month').orderBy('from_day', 'desc').limit(1).executeTakeFirst()
}

/** Periods of a kind (or all) whose key or first day starts with a year, newest first; `untilDay` caps the first day. */
export function listPeriodRows(db: Db, f: { kind?: string; year?: string; untilDay?: string }) {
  let q = db.selectFrom('report_period').selectAll()
  if (f.kind) q = q.where('kind', '=', f.kind)
  if (f.year) {
    const year = f.year
    q = q.where((eb) => eb.or([eb.and([eb('kind', '<>', 'ad_hoc'), eb('key', 'like', `${year}%`)]), eb.and([eb('kind', '=', 'ad_hoc'), eb('from_day', 'like', `${year}%`)])]))
  }
  if (f.untilDay) q = q.where('from_day', '<=', f.untilDay)
  return q.orderBy('from_day', 'desc').orderBy('kind').execute()
}
