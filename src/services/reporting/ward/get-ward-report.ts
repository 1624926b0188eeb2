/**
 * The ward report of a period (GET /api/reports/ward?period=KEY[&unitId=]): for the ward unit given, or by default the
 * actor's own outermost unit where they may read ward reports. Someone who may read no ward report is refused (403);
 * a unit outside their reach or a period without a ward report is not found (404).
 */
import { findReportFor as findReportRow } from '../../../db/repos/report.repo.ts'
import { findUnitInScope } from '../../../db/repos/unit.repo.ts'
import { DomainError } from '../../../domain/errors.ts'
import { unitIdsOfPath } from '../../../domain/policy.ts'
import type { Lang } from '../../../shared/i18n/index.ts'
import type { ReportDetail } from '../../../shared/report.schema.ts'
import type { WardReportQuery } from '../../../shared/ward-report.schema.ts'
import { requireScope, type ServiceContext } from '../../context.ts'
import { resolvePeriod } from '../periods.ts'
import { toReportDetail } from '../report-views.ts'

export async function getWardReport(ctx: ServiceContext, q: WardReportQuery, lang: Lang = 'vi'): Promise<ReportDetail> {
  const scope = await requireScope(ctx, 'read', 'ward_report')
  const unitId = q.unitId ?? (scope[0] === undefined ? undefined : unitIdsOfPath(scope[0]).at(-1))
  const unit = unitId ? await findUnitInScope(ctx.db, unitId, scope) : undefined
  if (!unit) throw new DomainError('REPORT_UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'REPORT_UNIT_NOT_FOUND' }] })
  const period = await resolvePeriod(ctx, q.period)
  const row = await findReportRow(ctx.db, period.id, unit.id, 'ward')
  if (!row) throw new DomainError('REPORT_NOT_FOUND')
  return toReportDetail(ctx, row, lang)
}
