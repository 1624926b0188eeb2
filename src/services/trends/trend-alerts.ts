/**
 * Spike alerts: a topic, an area or a term whose count on a day is far above its own previous 14 days, by the rule
 * of src/domain/spikes.ts (at least 5, robust z ≥ 3, Poisson tail ≤ 0.001, at least twice the baseline). Topics and
 * areas count streams, from the roll-up per scope unit; terms count records, from the texts of the window (at most
 * MAX_TEXTS, else term alerts are left out). Each alert links to the opinion list filtered to what is behind it.
 */
import { findAreasByIds } from '../../db/repos/area.repo.ts'
import { sumScopeByDay } from '../../db/repos/rollup.repo.ts'
import { countOpinionTexts, listOpinionTexts } from '../../db/repos/trend.repo.ts'
import { detectSpike, mayBeSpike, SPIKE_DEFAULTS } from '../../domain/spikes.ts'
import { addDays, daysBetween } from '../../domain/trends.ts'
import type { TrendAlert, TrendAlerts, TrendAlertsQuery } from '../../shared/trend.schema.ts'
import type { ServiceContext } from '../context.ts'
import { groupTerms, PhraseFinder, phraseSeries, textDoc, type TextDoc } from './term-phrases.ts'
import { MAX_TEXTS, termHref } from './trend-emerging.ts'
import { dayOrToday, trendScope, windowOf } from './trend-scope.ts'

export const BASELINE_DAYS = 14
/** Term alerts per day at most (the strongest). */
const MAX_TERM_ALERTS = 5

type Series = Map<string, number[]>

/** Spikes of each key on each of the last `days` days of the series (each series is BASELINE_DAYS + days long). */
function spikesOf(series: Series, first: string, days: number) {
  const out: { key: string; day: string; baseline: number[]; result: ReturnType<typeof detectSpike> }[] = []
  for (const [key, counts] of series) {
    // the sum of the BASELINE_DAYS before day i, kept as i moves: most days of most keys are far from a spike
    let sum = 0
    for (let i = 0; i < BASELINE_DAYS; i++) sum += counts[i] as number
    for (let i = BASELINE_DAYS; i < BASELINE_DAYS + days; sum += (counts[i] as number) - (counts[i - BASELINE_DAYS] as number), i++) {
      const last = counts[i] as number
      if (!mayBeSpike(sum, BASELINE_DAYS, last)) continue
      const baseline = counts.slice(i - BASELINE_DAYS, i)
      const result = detectSpike(baseline, last)
      if (result.spike) out.push({ key, day: addDays(first, i - BASELINE_DAYS), baseline, result })
    }
  }
  return out
}

function toSeries(rows: { day: string; key: string; n: number }[], from: string, length: number): Series {
  const s: Series = new Map()
  for (const r of rows) {
    if (!r.key) continue
    let counts = s.get(r.key)
    if (!counts) s.set(r.key, (counts = Array.from({ length }, () => 0)))
    const i = daysBetween(from, r.day)
    if (i >= 0 && i < length) counts[i] = (counts[i] as number) + r.n
  }
  return s
}

type Spike = ReturnType<typeof spikesOf>[number]

/**
 * Term spikes of records' texts over BASELINE_DAYS + `days` days from `from`: the terms that reach the spike rule on
 * one of the last `days` days, grouped per day (pieces of one phrase, at most MAX_TERM_ALERTS groups a day), each
 * group as its phrase's own spike when the phrase alone is one (labelled as written), else its best piece's.
 */
export function termSpikes(docs: readonly TextDoc[], from: string, days: number): { spike: Spike; label: string }[] {
  const length = BASELINE_DAYS + days
  const first = addDays(from, BASELINE_DAYS)
  const out: { spike: Spike; label: string }[] = []
  // only the terms that reach the minimum on a day of the window can spike
  const perTerm: Series = phraseSeries(docs, from, length, SPIKE_DEFAULTS.minCount, BASELINE_DAYS)
  const byDay = new Map<string, Spike[]>()
  for (const s of spikesOf(perTerm, first, days)) byDay.set(s.day, [...(byDay.get(s.day) ?? []), s])
  let words: PhraseFinder | undefined
  for (const [d, list] of byDay) {
    const finder = (words ??= new PhraseFinder(docs))
    const ranked = list.sort((x, y) => y.result.z - x.result.z || y.key.length - x.key.length || x.key.localeCompare(y.key))
    const spikeOf = new Map(ranked.map((s) => [s.key, s]))
    const today = docs.flatMap((x, k) => (x.day === d ? [k] : []))
    for (const g of groupTerms(ranked.map((s) => s.key), today.map((k) => docs[k] as TextDoc), MAX_TERM_ALERTS, undefined, finder.only(today))) {
      const counts = Array.from({ length }, () => 0)
      for (const k of finder.holding(g.phrase)) counts[daysBetween(from, (docs[k] as TextDoc).day)]! += 1
      const i = daysBetween(from, d)
      const own = detectSpike(counts.slice(i - BASELINE_DAYS, i), counts[i] as number)
      const s = own.spike ? { key: g.phrase, day: d, baseline: counts.slice(i - BASELINE_DAYS, i), result: own } : (spikeOf.get(g.members[0] as string) as Spike)
      out.push({ spike: s, label: own.spike ? g.label : s.key })
    }
  }
  return out
}

export async function trendAlerts(ctx: ServiceContext, q: TrendAlertsQuery): Promise<TrendAlerts> {
  const scope = await trendScope(ctx, q.unitId)
  const day = dayOrToday(ctx, q.day)
  const first = addDays(day, -(q.days - 1))
  const from = addDays(first, -BASELINE_DAYS)
  const length = BASELINE_DAYS + q.days
  const w = windowOf(scope, { from, to: day })
  const sums = (rows: { day: string; key: string; streams: number }[]) => rows.map((r) => ({ day: r.day, key: r.key, n: Number(r.streams) }))
  const [byTopic, byArea, records] = await Promise.all([sumScopeByDay(ctx.db, w, 'topic'), sumScopeByDay(ctx.db, w, 'area_id'), countOpinionTexts(ctx.db, w, MAX_TEXTS + 1)])
  const link = (extra: Record<string, string>, d: string) =>
    `/opinions?${new URLSearchParams({ ...extra, from: d, to: d, ...(q.unitId ? { unitId: q.unitId } : {}) }).toString()}`
  const alert = (kind: TrendAlert['kind'], s: ReturnType<typeof spikesOf>[number], label: string | null, href: string): TrendAlert => ({
    kind, key: s.key, label, day: s.day, count: s.result.last, baseline: s.baseline, median: s.result.median, mean: s.result.mean,
    z: s.result.z, pValue: s.result.pValue, ratio: s.result.ratio, href,
  })

  const alerts: TrendAlert[] = spikesOf(toSeries(sums(byTopic), from, length), first, q.days).map((s) => alert('topic', s, null, link({ topic: s.key }, s.day)))
  const areaSpikes = spikesOf(toSeries(sums(byArea), from, length), first, q.days)
  const areas = new Map((await findAreasByIds(ctx.db, [...new Set(areaSpikes.map((s) => s.key))])).map((a) => [a.id, a]))
  for (const s of areaSpikes) {
    const a = areas.get(s.key)
    alerts.push(alert('area', s, a ? `${a.code} — ${a.name}` : null, link({ areaId: s.key }, s.day)))
  }

  // terms: records per day that use them; pieces of one phrase grouped, the phrase checked on its own (records: up to MAX_TEXTS + 1)
  const termsChecked = records <= MAX_TEXTS
  if (termsChecked && records > 0) {
    const docs = (await listOpinionTexts(ctx.db, w, MAX_TEXTS)).map(textDoc)
    for (const { spike: s, label } of termSpikes(docs, from, q.days)) alerts.push(alert('term', s, label, termHref(s.key, s.day, s.day, q)))
  }
  alerts.sort((a, b) => b.day.localeCompare(a.day) || b.z - a.z || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key))
  return { day, days: q.days, rule: { baselineDays: BASELINE_DAYS, ...SPIKE_DEFAULTS }, alerts, termsChecked }
}
