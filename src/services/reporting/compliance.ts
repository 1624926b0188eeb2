/**
 * The compliance board (tình hình nộp báo cáo): for a period and a unit subtree within the actor's scope, how many
 * units had to report, how many did on time or late, how many are missing or extended; the 12-month grid of the
 * same. Units outside the actor's scope are neither listed nor counted. The ward report's services use `getCompliance`.
 */
import { findPeriodsByKeys } from '../../db/repos/report-period.repo.ts'
import { findUnitInScope } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { monthPeriod, parsePeriodKey, periodOf } from '../../domain/reporting/periods.ts'
import { localDay } from '../../domain/time.ts'
import type { ComplianceGrid, ComplianceView } from '../../shared/report.schema.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { standings, type JudgedPeriod } from './compliance-core.ts'
import { ensurePeriods, periodOfRow } from './periods.ts'
import { reportingSettings } from './reporting-settings.ts'

/** The subtree paths to judge: the unit's (in scope, else not found), or the actor's whole scope. */
async function subtreePaths(ctx: ServiceContext, scope: string[], unitId: string | undefined): Promise<string[]> {
  if (!unitId) return scope
  const unit = await findUnitInScope(ctx.db, unitId, scope)
  if (!unit) throw new DomainError('REPORT_UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'REPORT_UNIT_NOT_FOUND' }] })
  return [unit.path]
}

const rate = (n: number, d: number) => (d === 0 ? 0 : Math.round((n / d) * 1000) / 1000)

/** GET /api/reporting/compliance?period=KEY[&unitId=]. */
export async function getCompliance(ctx: ServiceContext, input: { period: string; unitId?: string }): Promise<ComplianceView> {
  const scope = await requireScope(ctx, 'read', 'report')
  await ensurePeriods(ctx)
  const [row] = await findPeriodsByKeys(ctx.db, [input.period])
  const period = row ? periodOfRow(row) : parsePeriodKey(input.period)
  if (!period) throw new DomainError('REPORT_PERIOD_NOT_FOUND', { fields: [{ path: 'period', code: 'REPORT_PERIOD_NOT_FOUND' }] })
  const paths = await subtreePaths(ctx, scope, input.unitId)
  const settings = await reportingSettings(ctx.db)
  const { units, byUnit } = await standings(ctx.db, paths, [{ period, periodId: row?.id ?? null }], settings)
  const listed = units.flatMap((u) => {
    const s = byUnit.get(u.id)![0]!
    return s.listed ? [{ id: u.id, code: u.code, name: u.name, status: s.status, submittedAt: s.submittedAt, reportId: s.reportId, deadline: s.deadline.toISOString() }] : []
  }).sort((a, b) => a.code.localeCompare(b.code))
  const count = (status: string) => listed.filter((u) => u.status === status).length
  const onTime = count('on_time')
  const late = count('late')
  const missing = count('missing')
  const extended = count('extended')
  const expected = onTime + late + missing + extended
  return {
    expected, submitted: onTime + late, onTime, late, missing, extended,
    rates: { submitted: rate(onTime + late, expected), onTime: rate(onTime, expected) },
    units: listed,
  }
}

/** The months "YYYY-MM" ending with `to` (default: the current reporting month), oldest first. */
export function monthKeys(to: string | undefined, months: number, now: Date): string[] {
  const last = to ? monthPeriod(Number(to.slice(0, 4)), Number(to.slice(5, 7))) : periodOf('month', localDay(now))
  const y = Number(last.key.slice(0, 4))
  const m = Number(last.key.slice(5, 7))
  return Array.from({ length: months }, (_, i) => {
    const idx = y * 12 + (m - 1) - (months - 1 - i)
    return monthPeriod(Math.floor(idx / 12), (idx % 12) + 1).key
  })
}

/** GET /api/reporting/compliance/grid?to=YYYY-MM&months=12[&unitId=]: units × months, each cell a status. */
export async function getComplianceGrid(ctx: ServiceContext, input: { to?: string; months: number; unitId?: string }): Promise<ComplianceGrid> {
  const scope = await requireScope(ctx, 'read', 'report')
  await ensurePeriods(ctx)
  const keys = monthKeys(input.to, input.months, ctx.now)
  const rows = new Map((await findPeriodsByKeys(ctx.db, keys)).map((r) => [r.key, r]))
  const periods: JudgedPeriod[] = keys.map((k) => ({ period: parsePeriodKey(k)!, periodId: rows.get(k)?.id ?? null }))
  const paths = await subtreePaths(ctx, scope, input.unitId)
  const { units, byUnit } = await standings(ctx.db, paths, periods, await reportingSettings(ctx.db))
  return {
    months: keys,
    units: units
      .filter((u) => byUnit.get(u.id)!.some((s) => s.listed))
      .map((u) => ({ id: u.id, code: u.code, name: u.name, statuses: byUnit.get(u.id)!.map((s) => s.status) }))
      .sort((a, b) => a.code.localeCompare(b.code)),
  }
}
