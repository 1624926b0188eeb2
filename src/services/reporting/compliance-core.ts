/**
 * How each unit of a subtree stands for reporting periods: on time, late, missing, extended, or not required.
 *
 * Who must report: `obligationReason` (src/domain/reporting/obligations.ts) for each unit, where "the ward root" is a
 * unit at which the focal board (Ban Xây dựng Đảng) sits — reports go "về Ban Thường vụ qua Ban Xây dựng Đảng":
 * - a unit below such a unit is in that ward (several wards under one city each count their own units);
 * - the unit where a board sits receives reports and owes none itself (it writes the ward report), and a unit of a tree
 *   that has boards but none above the unit (the city, another ward not yet set up) is outside every ward;
 * - in a tree with no focal board at all, every unit below the root counts (a fresh install before accounts exist).
 */
import type { Db } from '../../db/connect.ts'
import type { UnitRow } from '../../db/database.ts'
import { listFocalUnits } from '../../db/repos/report-compliance.repo.ts'
import { listExtensions } from '../../db/repos/report-extension.repo.ts'
import { listUnitReportsOfPeriods } from '../../db/repos/report.repo.ts'
import { listUnitsInScope } from '../../db/repos/unit.repo.ts'
import { unitIdsOfPath } from '../../domain/policy.ts'
import { effectiveDeadline } from '../../domain/reporting/deadlines.ts'
import { activeDaysIn, obligationReason, type ReportingUnit } from '../../domain/reporting/obligations.ts'
import type { Period } from '../../domain/reporting/periods.ts'
import type { UnitKind } from '../../shared/enums.ts'
import type { ComplianceStatus } from '../../shared/report.schema.ts'
import { periodDeadline, type ReportingSettings } from './reporting-settings.ts'

/** A period to judge and its stored id (null when it was never created: then nobody has reported in it). */
export type JudgedPeriod = { period: Period; periodId: string | null }

/** One unit's standing in one period. */
export type UnitStanding = { status: ComplianceStatus; submittedAt: string | null; reportId: string | null; deadline: Date; listed: boolean }

/** Where the focal boards sit: their unit ids, and the roots of the trees that have one. */
type Boards = { units: Set<string>; roots: Set<string> }

/** Is the unit owed a report for the period, with its ward found from where the focal boards sit. */
function required(unit: UnitRow, period: Period, boards: Boards, settings: ReportingSettings): boolean {
  if (boards.units.has(unit.id)) return false
  const above = unitIdsOfPath(unit.path).slice(0, -1)
  const inWard = above.some((id) => boards.units.has(id)) || (above.length > 0 && !boards.roots.has(above[0]!))
  const u: ReportingUnit = { id: unit.id, parentId: unit.parent_id, kind: unit.kind as UnitKind, activeFrom: unit.active_from, activeTo: unit.active_to }
  return obligationReason(u, period, inWard, settings.obligationRule) === 'required'
}

/**
 * The units under `paths` (already limited to the actor's scope) and their standing in each period. A unit is listed
 * for a period when it was active in it at all or has a report in it.
 */
export async function standings(db: Db, paths: string[], periods: JudgedPeriod[], settings: ReportingSettings): Promise<{ units: UnitRow[]; byUnit: Map<string, UnitStanding[]> }> {
  const periodIds = periods.flatMap((p) => (p.periodId ? [p.periodId] : []))
  const [units, focal, reports, extensions] = await Promise.all([
    listUnitsInScope(db, { scope: paths }),
    listFocalUnits(db),
    listUnitReportsOfPeriods(db, periodIds, paths),
    periodIds.length ? listExtensions(db, periodIds, paths) : Promise.resolve([]),
  ])
  const boards: Boards = { units: new Set(focal.map((f) => f.id)), roots: new Set(focal.map((f) => unitIdsOfPath(f.path)[0]!)) }
  const reportOf = new Map(reports.map((r) => [`${r.period_id}:${r.unit_id}`, r]))
  // oldest first: the last one written per (period, unit) is the one that applies
  const extensionOf = new Map(extensions.map((e) => [`${e.period_id}:${e.unit_id}`, e]))
  const byUnit = new Map<string, UnitStanding[]>()
  for (const unit of units) {
    byUnit.set(unit.id, periods.map(({ period, periodId }) => {
      const key = `${periodId}:${unit.id}`
      const report = periodId ? reportOf.get(key) : undefined
      const extension = periodId ? extensionOf.get(key) : undefined
      const deadline = effectiveDeadline(periodDeadline(settings, period, 'unit'), extension ? { until: new Date(extension.until_at) } : null)
      const listed = !!report || activeDaysIn({ activeFrom: unit.active_from, activeTo: unit.active_to }, period) > 0
      const base = { submittedAt: report?.submitted_at ?? null, reportId: report?.id ?? null, deadline, listed }
      if (!required(unit, period, boards, settings)) return { ...base, status: 'not_required' as const }
      if (report?.submitted_at) return { ...base, status: report.is_late === 1 ? ('late' as const) : ('on_time' as const) }
      return { ...base, status: extension ? ('extended' as const) : ('missing' as const) }
    }))
  }
  return { units, byUnit }
}
