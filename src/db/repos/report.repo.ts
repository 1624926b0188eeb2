/** Queries on reports (report) and their versions (report_version). No rules, no authorisation: callers pass the scope paths. */
import { sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely'
import type { Db } from '../connect.ts'
import type { ReportTable, ReportVersionTable } from '../database.ts'
import { pathInScope } from './scope.ts'

/** Inserts a report unless (period, unit, level) already has one; true when this call inserted it. */
export async function insertReportIfAbsent(db: Db, row: Insertable<ReportTable>): Promise<boolean> {
  const r = await db.insertInto('report').values(row).onConflict((oc) => oc.columns(['period_id', 'unit_id', 'level']).doNothing()).executeTakeFirst()
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0
}

/** The report of a unit for a period at a level. */
export function findReportFor(db: Db, periodId: string, unitId: string, level: string) {
  return db.selectFrom('report').selectAll().where('period_id', '=', periodId).where('unit_id', '=', unitId).where('level', '=', level).executeTakeFirst()
}

/** One report by id. */
export function findReportById(db: Db, id: string) {
  return db.selectFrom('report').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Updates a report only if it is still at `version`; false when someone changed it in between. */
export async function updateReportAtVersion(db: Db, id: string, version: number, patch: Updateable<ReportTable>): Promise<boolean> {
  const r = await db.updateTable('report').set(patch).where('id', '=', id).where('version', '=', version).executeTakeFirst()
  return Number(r.numUpdatedRows) > 0
}

export function insertReportVersion(db: Db, row: Insertable<ReportVersionTable>) {
  return db.insertInto('report_version').values(row).execute()
}

/** The versions of a report, oldest first, with the actor's name. */
export function listReportVersions(db: Db, reportId: string) {
  return db
    .selectFrom('report_version as v').leftJoin('app_user as a', 'a.id', 'v.actor_id')
    .select(['v.version', 'v.action', 'v.status', 'v.comment', 'v.created_at', 'a.full_name as actor_name'])
    .where('v.report_id', '=', reportId).orderBy('v.version').execute()
}

/** One version of a report with its snapshot. */
export function findReportVersion(db: Db, reportId: string, version: number) {
  return db
    .selectFrom('report_version as v').leftJoin('app_user as a', 'a.id', 'v.actor_id')
    .select(['v.version', 'v.action', 'v.status', 'v.comment', 'v.created_at', 'v.snapshot_json', 'a.full_name as actor_name'])
    .where('v.report_id', '=', reportId).where('v.version', '=', version).executeTakeFirst()
}

/** Which reports a list may show: unit-level ones under `unitScope`, ward-level ones under `wardScope`. */
export type ReportFilter = {
  unitScope: string[]
  wardScope: string[]
  periodId?: string
  level?: string
  /** a unit's subtree */
  unitPath?: string
  status?: string
  /** only these periods */
  periodIds?: string[]
}

function where(f: ReportFilter): Expression<SqlBool>[] {
  const visible = sql<SqlBool>`((r.level = 'unit' and ${pathInScope('r.unit_path', f.unitScope)}) or (r.level = 'ward' and ${pathInScope('r.unit_path', f.wardScope)}))`
  return [
    visible,
    ...(f.periodId ? [sql<SqlBool>`r.period_id = ${f.periodId}`] : []),
    ...(f.periodIds ? [f.periodIds.length ? sql<SqlBool>`r.period_id in (${sql.join(f.periodIds)})` : sql<SqlBool>`1 = 0`] : []),
    ...(f.level ? [sql<SqlBool>`r.level = ${f.level}`] : []),
    ...(f.unitPath ? [pathInScope('r.unit_path', [f.unitPath])] : []),
    ...(f.status ? [sql<SqlBool>`r.status = ${f.status}`] : []),
  ]
}

function listQuery(db: Db, f: ReportFilter) {
  return db
    .selectFrom('report as r')
    .innerJoin('unit as u', 'u.id', 'r.unit_id')
    .innerJoin('report_period as p', 'p.id', 'r.period_id')
    .where((eb) => eb.and(where(f)))
}

/** A page of visible reports, newest period first, then by unit code. */
export function listReportRows(db: Db, f: ReportFilter, limit: number, offset: number) {
  return listQuery(db, f)
    .selectAll('r')
    .select(['u.code as unit_code', 'u.name as unit_name', 'p.key as period_key', 'p.kind as period_kind'])
    .orderBy('p.from_day', 'desc').orderBy('r.level', 'desc').orderBy('u.code').orderBy('r.id')
    .limit(limit).offset(offset).execute()
}

/** How many visible reports match. */
export async function countReportRows(db: Db, f: ReportFilter): Promise<number> {
  const r = await listQuery(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Unit-level reports of these periods in a subtree: what compliance counts. */
export function listUnitReportsOfPeriods(db: Db, periodIds: string[], scope: string[]) {
  if (periodIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('report')
    .select(['id', 'period_id', 'unit_id', 'status', 'submitted_at', 'is_late'])
    .where('level', '=', 'unit').where('period_id', 'in', periodIds).where(pathInScope('unit_path', scope))
    .execute()
}
