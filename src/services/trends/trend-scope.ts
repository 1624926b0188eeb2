/** What every trend reads: the actor's trend scope, narrowed to a unit's subtree when one is asked for, and the days. */
import { getUnitById, listUnitsInScope } from '../../db/repos/unit.repo.ts'
import type { RollupWindow, ScopeWindow } from '../../db/repos/rollup.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { EVERYWHERE, inScope, outermost, unitIdsOfPath } from '../../domain/policy.ts'
import { addDays, daysBetween } from '../../domain/trends.ts'
import { isValidDay, localDay } from '../../domain/time.ts'
import { requireScope, type ServiceContext } from '../context.ts'

/** The longest period a trend reads at once (about three years of days). */
export const MAX_PERIOD_DAYS = 1100

/** Where a trend reads: the scope paths, the unit subtree asked for, and the scope units whose subtrees are summed (ids and paths). */
export type TrendScope = { scope: string[]; unitPath?: string; units: string[]; unitPaths: string[] }

/**
 * The actor's scope for trends and the unit subtree asked for. A unit neither inside the scope nor around part
 * of it is "not found" (404), like any unit the actor may not see.
 */
export async function trendScope(ctx: ServiceContext, unitId: string | undefined): Promise<TrendScope> {
  const scope = await requireScope(ctx, 'read', 'trend')
  if (!unitId) return { scope, ...(await scopeUnits(ctx, outermost(scope))) }
  const unit = await getUnitById(ctx.db, unitId)
  if (!unit || !(inScope(scope, unit.path) || scope.some((p) => p.startsWith(unit.path)))) {
    throw new DomainError('UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'UNIT_NOT_FOUND' }] })
  }
  // the unit itself when it lies in the scope; else the parts of the scope inside its subtree
  const paths = inScope(scope, unit.path) ? [unit.path] : outermost(scope.filter((p) => p.startsWith(unit.path)))
  return { scope, unitPath: unit.path, ...(await scopeUnits(ctx, paths)) }
}

/** The units (ids and paths) of non-overlapping scope paths ("/…/id/" is unit id); everywhere ("/") is every root unit. */
async function scopeUnits(ctx: ServiceContext, paths: string[]): Promise<{ units: string[]; unitPaths: string[] }> {
  if (paths.includes(EVERYWHERE)) paths = (await listUnitsInScope(ctx.db, { scope: [EVERYWHERE] })).filter((u) => u.parent_id === null).map((u) => u.path)
  return { units: paths.map((p) => unitIdsOfPath(p).at(-1)!), unitPaths: paths }
}

/** A checked period: both real days, from ≤ to, at most MAX_PERIOD_DAYS; by default the `defaultDays` up to today. */
export function period(ctx: ServiceContext, from: string | undefined, to: string | undefined, defaultDays: number): { from: string; to: string } {
  const end = to ?? localDay(ctx.now)
  if (!isValidDay(end)) throw new DomainError('DATE_FORMAT', { fields: [{ path: 'to', code: 'DATE_FORMAT' }] })
  const start = from ?? addDays(end, -(defaultDays - 1))
  for (const [path, day] of [['from', start], ['to', end]] as const) {
    if (!isValidDay(day)) throw new DomainError('DATE_FORMAT', { fields: [{ path, code: 'DATE_FORMAT' }] })
  }
  if (start > end || daysBetween(start, end) >= MAX_PERIOD_DAYS) throw new DomainError('TREND_PERIOD_INVALID', { fields: [{ path: 'from', code: 'TREND_PERIOD_INVALID' }] })
  return { from: start, to: end }
}

/** The window of a scope and period: scope units for the roll-up, scope paths and unit subtree for the records. */
export function windowOf(s: TrendScope, p: { from: string; to: string }): ScopeWindow & RollupWindow {
  return { units: s.units, unitPaths: s.unitPaths, scope: s.scope, ...(s.unitPath ? { unitPath: s.unitPath } : {}), from: p.from, to: p.to }
}

/** A day given or today, checked. */
export function dayOrToday(ctx: ServiceContext, day: string | undefined, path = 'day'): string {
  const d = day ?? localDay(ctx.now)
  if (!isValidDay(d)) throw new DomainError('DATE_FORMAT', { fields: [{ path, code: 'DATE_FORMAT' }] })
  return d
}
