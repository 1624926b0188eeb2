/** What every trend reads: the actor's trend scope, narrowed to a unit's subtree when one is asked for, and the days. */
import { getUnitById } from '../../db/repos/unit.repo.ts'
import type { RollupWindow } from '../../db/repos/rollup.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import { addDays, daysBetween } from '../../domain/trends.ts'
import { isValidDay, localDay } from '../../domain/time.ts'
import { requireScope, type ServiceContext } from '../context.ts'

/** The longest period a trend reads at once (about three years of days). */
export const MAX_PERIOD_DAYS = 1100

/**
 * The actor's scope for trends and the unit subtree asked for. A unit neither inside the scope nor around part
 * of it is "not found" (404), like any unit the actor may not see.
 */
export async function trendScope(ctx: ServiceContext, unitId: string | undefined): Promise<{ scope: string[]; unitPath?: string }> {
  const scope = await requireScope(ctx, 'read', 'trend')
  if (!unitId) return { scope }
  const unit = await getUnitById(ctx.db, unitId)
  if (!unit || !(inScope(scope, unit.path) || scope.some((p) => p.startsWith(unit.path)))) {
    throw new DomainError('UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'UNIT_NOT_FOUND' }] })
  }
  return { scope, unitPath: unit.path }
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

/** The roll-up window of a scope and period. */
export function windowOf(s: { scope: string[]; unitPath?: string }, p: { from: string; to: string }): RollupWindow {
  return { scope: s.scope, ...(s.unitPath ? { unitPath: s.unitPath } : {}), from: p.from, to: p.to }
}

/** A day given or today, checked. */
export function dayOrToday(ctx: ServiceContext, day: string | undefined, path = 'day'): string {
  const d = day ?? localDay(ctx.now)
  if (!isValidDay(d)) throw new DomainError('DATE_FORMAT', { fields: [{ path, code: 'DATE_FORMAT' }] })
  return d
}
