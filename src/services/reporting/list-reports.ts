/** The report list: unit reports within the actor's `report` read scope and ward reports within `ward_report`, filtered and paged. */
import { countReportRows, listReportRows, type ReportFilter } from '../../db/repos/report.repo.ts'
import { findPeriodByKey } from '../../db/repos/report-period.repo.ts'
import { getUnitById } from '../../db/repos/unit.repo.ts'
import { scopeOf } from '../../domain/policy.ts'
import type { ReportListItem, ReportsQuery } from '../../shared/report.schema.ts'
import { deny, type ServiceContext } from '../context.ts'
import { ensurePeriods } from './periods.ts'
import { toReportListItem } from './report-views.ts'

export async function listReports(ctx: ServiceContext, q: ReportsQuery): Promise<{ items: ReportListItem[]; total: number }> {
  const unitScope = scopeOf(ctx.actor, 'read', 'report')
  const wardScope = scopeOf(ctx.actor, 'read', 'ward_report')
  if (unitScope.length === 0 && wardScope.length === 0) await deny(ctx, 'report.read')
  const filter: ReportFilter = { unitScope, wardScope, level: q.level, status: q.status }
  if (q.period) {
    await ensurePeriods(ctx)
    const period = await findPeriodByKey(ctx.db, q.period)
    if (!period) return { items: [], total: 0 }
    filter.periodId = period.id
  }
  if (q.unitId) {
    const unit = await getUnitById(ctx.db, q.unitId)
    if (!unit) return { items: [], total: 0 }
    filter.unitPath = unit.path
  }
  const [rows, total] = await Promise.all([listReportRows(ctx.db, filter, q.pageSize, (q.page - 1) * q.pageSize), countReportRows(ctx.db, filter)])
  return { items: rows.map(toReportListItem), total }
}
