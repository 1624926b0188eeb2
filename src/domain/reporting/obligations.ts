/**
 * Which units must report in a period (đơn vị phải báo cáo). Pure: the unit tree comes in as a flat list.
 *
 * Rule (configurable): a unit must report for a period when
 * 1. its kind reports (default: chi_bo, dang_bo, mttq, doan_the, hdnd), and it sits strictly below the ward's
 *    root unit (the ward's own Đảng bộ receives the reports; the city above it is out of scope), and
 * 2. it is active on the period's last day (so a unit closed during the period — e.g. on the 3rd — owes nothing:
 *    at the deadline there is no cell and no officer left to report, and its records have moved to the unit that
 *    took it over), and
 * 3. it has been active for at least `minActiveDays` days of the period (default 10), so a unit opened on the 20th
 *    of a period ending on the 24th is not marked "missing" for a month it barely existed in; its first report is
 *    the next period's. Ten days is about a third of a month: enough activity to have something to report.
 * Active days follow `isActiveOn` in ../time.ts: active_from is the first active day, active_to the closing day
 * (not active on it).
 */
import type { UnitKind } from '../../shared/enums.ts'
import { isActiveOn } from '../time.ts'
import { periodLength, type Period } from './periods.ts'

/** A unit as obligations need it (active dates are local YYYY-MM-DD days or null for open-ended). */
export type ReportingUnit = { id: string; parentId: string | null; kind: UnitKind; activeFrom: string | null; activeTo: string | null }

/** The obligation rule: which unit kinds report, and how many active days of a period make a report due. */
export type ObligationRule = { kinds: readonly UnitKind[]; minActiveDays: number; requireActiveOnLastDay: boolean }

/** Default rule: chi_bo, dang_bo (below the ward), mttq, doan_the, hdnd; active on the last day and ≥ 10 days. */
export const DEFAULT_OBLIGATION_RULE: ObligationRule = {
  kinds: ['chi_bo', 'dang_bo', 'mttq', 'doan_the', 'hdnd'],
  minActiveDays: 10,
  requireActiveOnLastDay: true,
}

/** Why a unit does or does not owe a report, as codes. */
export const OBLIGATION_REASONS = ['required', 'kind_not_reporting', 'outside_ward', 'not_active_on_last_day', 'too_few_active_days'] as const
/** An obligation reason code. */
export type ObligationReason = (typeof OBLIGATION_REASONS)[number]

const DAY_MS = 86_400_000
const dayNum = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS)

/** How many days of the period the unit is active (its active range intersected with the period). */
export function activeDaysIn(unit: Pick<ReportingUnit, 'activeFrom' | 'activeTo'>, period: Pick<Period, 'from' | 'to'>): number {
  const start = Math.max(dayNum(period.from), unit.activeFrom == null ? -Infinity : dayNum(unit.activeFrom))
  const endExclusive = Math.min(dayNum(period.to) + 1, unit.activeTo == null ? Infinity : dayNum(unit.activeTo))
  return Math.max(0, endExclusive - start)
}

/** The ids of `rootId`'s strict descendants in a flat unit list (cycles are ignored). */
export function descendantsOf(units: readonly ReportingUnit[], rootId: string): Set<string> {
  const children = new Map<string, string[]>()
  for (const u of units) if (u.parentId != null) children.set(u.parentId, [...(children.get(u.parentId) ?? []), u.id])
  const out = new Set<string>()
  const stack = [...(children.get(rootId) ?? [])]
  while (stack.length) {
    const id = stack.pop()!
    if (out.has(id) || id === rootId) continue
    out.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return out
}

/** Why one unit does or does not owe a report for the period (`inWard`: is it strictly below the ward root). */
export function obligationReason(unit: ReportingUnit, period: Pick<Period, 'from' | 'to'>, inWard: boolean, rule: ObligationRule = DEFAULT_OBLIGATION_RULE): ObligationReason {
  if (!rule.kinds.includes(unit.kind)) return 'kind_not_reporting'
  if (!inWard) return 'outside_ward'
  if (rule.requireActiveOnLastDay && !isActiveOn({ active_from: unit.activeFrom, active_to: unit.activeTo }, period.to)) return 'not_active_on_last_day'
  const needed = Math.min(rule.minActiveDays, periodLength(period))
  if (activeDaysIn(unit, period) < Math.max(1, needed)) return 'too_few_active_days'
  return 'required'
}

/** Every unit of the list with its obligation reason for the period, in list order. */
export function obligationsFor(units: readonly ReportingUnit[], rootId: string, period: Pick<Period, 'from' | 'to'>, rule: ObligationRule = DEFAULT_OBLIGATION_RULE): { unitId: string; reason: ObligationReason }[] {
  const below = descendantsOf(units, rootId)
  return units.map((u) => ({ unitId: u.id, reason: obligationReason(u, period, below.has(u.id), rule) }))
}

/** The ids of the units that must report for the period under the rule, in list order. */
export function unitsRequiredToReport(units: readonly ReportingUnit[], rootId: string, period: Pick<Period, 'from' | 'to'>, rule: ObligationRule = DEFAULT_OBLIGATION_RULE): string[] {
  return obligationsFor(units, rootId, period, rule).filter((o) => o.reason === 'required').map((o) => o.unitId)
}

