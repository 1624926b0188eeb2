/** Streams over time per topic, direction or channel, by day, ISO week or month, from the roll-up per scope unit of the scope. */
import { sumScopeByDay } from '../../db/repos/rollup.repo.ts'
import { bucketsOf, denseSeries } from '../../domain/trends.ts'
import type { TrendVolume, TrendVolumeQuery } from '../../shared/trend.schema.ts'
import type { ServiceContext } from '../context.ts'
import { period, trendScope, windowOf } from './trend-scope.ts'

export async function trendVolume(ctx: ServiceContext, q: TrendVolumeQuery): Promise<TrendVolume> {
  const scope = await trendScope(ctx, q.unitId)
  const p = period(ctx, q.from, q.to, 90)
  const w = windowOf(scope, p)
  const [byKey, all] = await Promise.all([sumScopeByDay(ctx.db, w, q.groupBy), q.groupBy === 'topic' ? sumScopeByDay(ctx.db, w, 'direction') : null])
  const buckets = bucketsOf(p.from, p.to, q.interval)
  const rows = (list: typeof byKey) => list.map((r) => ({ day: r.day, key: r.key, n: Number(r.streams) }))
  const series = denseSeries(rows(byKey), buckets, q.interval)
  // each stream once: the sum over directions (or over the channels or directions asked for)
  const once = all ? denseSeries(rows(all), buckets, q.interval) : series
  const totals = buckets.map((_, i) => once.reduce((a, s) => a + (s.values[i] as number), 0))
  return { from: p.from, to: p.to, interval: q.interval, groupBy: q.groupBy, buckets, series, totals }
}
