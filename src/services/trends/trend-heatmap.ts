/** Areas × topics over a period: streams of each topic in each area of the scope, from the roll-up per scope unit. */
import { findAreasByIds } from '../../db/repos/area.repo.ts'
import { sumScopeByAreaTopic } from '../../db/repos/rollup.repo.ts'
import type { TrendHeatmap, TrendHeatmapQuery } from '../../shared/trend.schema.ts'
import type { ServiceContext } from '../context.ts'
import { period, trendScope, windowOf } from './trend-scope.ts'

/** Area codes in Vietnamese order, numbers by value (tổ 2 before tổ 10); one collator, not one per comparison (60 areas took 60 ms sorted with `localeCompare(…, 'vi', …)`). */
const byCode = new Intl.Collator('vi', { numeric: true })

export async function trendHeatmap(ctx: ServiceContext, q: TrendHeatmapQuery): Promise<TrendHeatmap> {
  const scope = await trendScope(ctx, q.unitId)
  const p = period(ctx, q.from, q.to, 90)
  const rows = await sumScopeByAreaTopic(ctx.db, windowOf(scope, p))
  const cells = rows.map((r) => ({ areaId: r.area_id || null, topic: r.topic, streams: Number(r.streams) })).filter((c) => c.streams > 0)
  const sum = (key: (c: (typeof cells)[number]) => string) => {
    const m = new Map<string, number>()
    for (const c of cells) m.set(key(c), (m.get(key(c)) ?? 0) + c.streams)
    return m
  }
  const byArea = sum((c) => c.areaId ?? '')
  const byTopic = sum((c) => c.topic)
  const known = new Map((await findAreasByIds(ctx.db, [...byArea.keys()].filter(Boolean))).map((a) => [a.id, a]))
  const areas = [...byArea]
    .map(([id, total]) => ({ id: id || null, code: known.get(id)?.code ?? null, name: known.get(id)?.name ?? null, total }))
    // areas by code (tổ 1, 2, 3 …), "no area named" last
    .sort((a, b) => (a.code === null ? 1 : 0) - (b.code === null ? 1 : 0) || byCode.compare(a.code ?? '', b.code ?? ''))
  const topics = [...byTopic].map(([topic, total]) => ({ topic, total })).sort((a, b) => b.total - a.total || a.topic.localeCompare(b.topic))
  return { from: p.from, to: p.to, areas, topics, cells }
}
