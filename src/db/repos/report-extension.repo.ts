/** Queries on deadline extensions (report_extension). No rules, no authorisation: callers pass the scope paths. */
import { sql, type Insertable, type SqlBool } from 'kysely'
import type { Db } from '../connect.ts'
import type { ReportExtensionTable } from '../database.ts'
import { pathInScope } from './scope.ts'

export function insertExtension(db: Db, row: Insertable<ReportExtensionTable>) {
  return db.insertInto('report_extension').values(row).execute()
}

/** The latest extension of one unit for one period. */
export function latestExtension(db: Db, periodId: string, unitId: string) {
  return db
    .selectFrom('report_extension').selectAll()
    .where('period_id', '=', periodId).where('unit_id', '=', unitId)
    .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1).executeTakeFirst()
}

/** Every extension of these periods for units in the scope, oldest first (the last one per unit applies). */
export function listExtensions(db: Db, periodIds: string[] | null, scope: string[]) {
  let q = db
    .selectFrom('report_extension as e')
    .innerJoin('unit as u', 'u.id', 'e.unit_id')
    .innerJoin('report_period as p', 'p.id', 'e.period_id')
    .leftJoin('app_user as g', 'g.id', 'e.granted_by')
    .select(['e.id', 'e.period_id', 'e.unit_id', 'e.until_at', 'e.reason', 'e.created_at', 'p.key as period_key', 'u.code as unit_code', 'u.name as unit_name', 'g.full_name as granted_by_name'])
    .where(pathInScope('e.unit_path', scope))
  if (periodIds) q = periodIds.length === 0 ? q.where(sql<SqlBool>`1 = 0`) : q.where('e.period_id', 'in', periodIds)
  return q.orderBy('e.created_at').orderBy('e.id').execute()
}
