/**
 * Next month's streams per topic with an uncertainty band (for section III of the monthly report): Holt's linear
 * smoothing (src/domain/forecast.ts) over the complete months before the current one — up to 24, from the first
 * month the scope has any streams —, for the current month (one step ahead) and the next (two steps ahead).
 */
import { sumScopeByMonthTopic } from '../../db/repos/rollup.repo.ts'
import { forecastNextMonth, holtForecast, type Forecast } from '../../domain/forecast.ts'
import { localDay } from '../../domain/time.ts'
import { addMonthsToMonth } from '../../domain/trends.ts'
import type { TrendForecast, TrendForecastBand, TrendForecastQuery } from '../../shared/trend.schema.ts'
import type { ServiceContext } from '../context.ts'
import { trendScope, windowOf } from './trend-scope.ts'

export const HISTORY_MONTHS = 24

const band = (f: Forecast): TrendForecastBand => ({ point: f.point, lower: f.lower, upper: f.upper, method: f.method, sigma: f.sigma })

export async function trendForecast(ctx: ServiceContext, q: TrendForecastQuery): Promise<TrendForecast> {
  const scope = await trendScope(ctx, q.unitId)
  const today = localDay(ctx.now)
  const currentMonth = today.slice(0, 7)
  const first = addMonthsToMonth(currentMonth, -HISTORY_MONTHS)
  const rows = await sumScopeByMonthTopic(ctx.db, windowOf(scope, { from: `${first}-01`, to: today }))
  const count = new Map(rows.map((r) => [`${r.month}|${r.topic}`, Number(r.streams)]))
  const topics = [...new Set(rows.map((r) => r.topic))].sort()
  let months = Array.from({ length: HISTORY_MONTHS }, (_, i) => addMonthsToMonth(first, i))
  // the series start with the first month that has anything: empty months before the work began are not zeros
  const start = months.findIndex((m) => topics.some((t) => (count.get(`${m}|${t}`) ?? 0) > 0))
  months = start < 0 ? [] : months.slice(start)
  const history = Object.fromEntries(topics.map((t) => [t, months.map((m) => count.get(`${m}|${t}`) ?? 0)])) as Record<string, number[]>
  const current = forecastNextMonth(history)
  const out = topics.map((topic) => ({
    topic,
    history: history[topic] as number[],
    monthToDate: count.get(`${currentMonth}|${topic}`) ?? 0,
    current: band(current[topic] as Forecast),
    next: band(holtForecast(history[topic] as number[], { horizon: 2 })),
  }))
  out.sort((a, b) => b.next.point - a.next.point || a.topic.localeCompare(b.topic))
  return { month: addMonthsToMonth(currentMonth, 1), currentMonth, months, topics: out }
}
