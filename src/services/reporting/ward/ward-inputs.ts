/**
 * Gathers what the ward report is drafted from, for a ward unit and a stored period: statistics (the same as a unit
 * report's, from the core), the period's streams with topics and groups, recurrence of topic × direction over the
 * three reporting months before, the accepted unit reports (for six-month and annual reports, also those of the
 * months), compliance (the core's board), issues, a forecast of the next reporting month per topic (Holt, as the
 * trends page, but over reporting months up to the period's end so an older period gets its own forecast), and for
 * six-month and annual reports the months rolled up.
 */
import { listIssuesDuring, listStreamGroupsInWindow, listStreamsInWindow, listStreamTopicsInWindow, listUnitReportsWithStatus, sumStreamsByDayTopicDirection, type WardWindow } from '../../../db/repos/ward-report.repo.ts'
import { findPeriodsByKeys } from '../../../db/repos/report-period.repo.ts'
import { holtForecast } from '../../../domain/forecast.ts'
import { monthsOf, nextPeriod, periodOf, periodsBetween, previousPeriod, type Period } from '../../../domain/reporting/periods.ts'
import type { ComplianceFact, ForecastFact, IssueFact, MonthFact, StreamFact, UnitReportFact, WardDraftInput } from '../../../domain/reporting/ward-draft.ts'
import { nextDay, startOfLocalDay } from '../../../domain/time.ts'
import type { ServiceContext } from '../../context.ts'
import { getCompliance } from '../compliance.ts'
import { computeReportStats } from '../report-stats.ts'
import type { PeriodRow } from '../periods.ts'

type WardUnit = { id: string; path: string; name: string }

/** How many reporting months of history the forecast reads (ending with the period's last month). */
export const FORECAST_HISTORY_MONTHS = 12

/** Everything `buildWardDraft` needs. */
export async function gatherWardInputs(ctx: ServiceContext, unit: WardUnit, periodRow: PeriodRow, period: Period, placeName: string): Promise<WardDraftInput> {
  const w: WardWindow = { unitPath: unit.path, from: period.from, to: period.to }
  const [stats, streams, unitReports, compliance, issues, history] = await Promise.all([
    computeReportStats(ctx.db, unit, period),
    streamFacts(ctx, w),
    acceptedUnitReports(ctx, unit, periodRow, period),
    complianceOf(ctx, period.key, unit.id),
    issueFacts(ctx, w),
    monthlyHistory(ctx, unit, period),
  ])
  const lastMonth = period.kind === 'ad_hoc' ? periodOf('month', period.to) : monthsOf(period).at(-1)!
  return {
    period: { kind: period.kind, key: period.key, from: period.from, to: period.to },
    unitId: unit.id,
    placeName,
    stats,
    streams,
    recurrence: history.recurrence,
    unitReports,
    compliance,
    issues,
    forecast: history.forecast,
    months: period.kind === 'half' || period.kind === 'year' ? await monthFacts(ctx, unit, period) : [],
    nextPeriod: nextPeriod(lastMonth),
  }
}

async function streamFacts(ctx: ServiceContext, w: WardWindow): Promise<StreamFact[]> {
  const [rows, topics, groups] = await Promise.all([listStreamsInWindow(ctx.db, w), listStreamTopicsInWindow(ctx.db, w), listStreamGroupsInWindow(ctx.db, w)])
  const topicsOf = new Map<string, string[]>()
  for (const t of topics) topicsOf.set(t.stream_id, [...(topicsOf.get(t.stream_id) ?? []), t.topic])
  const groupsOf = new Map<string, string[]>()
  for (const g of groups) groupsOf.set(g.stream_id, [...(groupsOf.get(g.stream_id) ?? []), g.grp])
  return rows.map((r) => ({
    id: r.id, unitId: r.unit_id, unitName: r.unit_name, channel: r.channel, direction: r.direction, intensity: r.intensity, breadth: r.breadth,
    latent: Number(r.latent) === 1, hotSpot: Number(r.hot_spot) === 1, summary: r.summary,
    topics: (topicsOf.get(r.id) ?? []).sort(), groups: (groupsOf.get(r.id) ?? []).sort(),
  }))
}

/** Accepted unit reports of the period (and, for six-month and annual reports, of its months): one per unit, the period's own first, else the latest month's. */
async function acceptedUnitReports(ctx: ServiceContext, unit: WardUnit, periodRow: PeriodRow, period: Period): Promise<UnitReportFact[]> {
  const months = period.kind === 'half' || period.kind === 'year' ? await findPeriodsByKeys(ctx.db, monthsOf(period).map((m) => m.key)) : []
  const rank = new Map<string, number>([[periodRow.id, Number.MAX_SAFE_INTEGER], ...months.map((m) => [m.id, Date.parse(m.from_day)] as [string, number])])
  const rows = await listUnitReportsWithStatus(ctx.db, [...rank.keys()], unit.path, 'accepted')
  const best = new Map<string, (typeof rows)[number]>()
  for (const r of rows) {
    const cur = best.get(r.unit_id)
    if (!cur || rank.get(r.period_id)! > rank.get(cur.period_id)!) best.set(r.unit_id, r)
  }
  return [...best.values()]
    .sort((a, b) => a.unit_code.localeCompare(b.unit_code))
    .map((r) => ({ unitId: r.unit_id, unitName: r.unit_name, isLate: r.is_late === 1, sections: (JSON.parse(r.sections_json) as { code: string; body: string }[]).map((s) => ({ code: s.code, body: s.body ?? '' })) }))
}

async function complianceOf(ctx: ServiceContext, key: string, unitId: string): Promise<ComplianceFact> {
  const c = await getCompliance(ctx, { period: key, unitId })
  return { expected: c.expected, submitted: c.submitted, onTime: c.onTime, late: c.late, missing: c.missing, extended: c.extended, units: c.units.map((u) => ({ name: u.name, status: u.status })) }
}

async function issueFacts(ctx: ServiceContext, w: WardWindow): Promise<IssueFact[]> {
  const rows = await listIssuesDuring(ctx.db, w, startOfLocalDay(w.from).toISOString(), startOfLocalDay(nextDay(w.to)).toISOString())
  return rows.map((r) => ({ id: r.id, title: r.title, topic: r.topic, status: r.status, hotSpot: r.hot_spot === 1, unitName: r.unit_name }))
}

/**
 * Reporting months up to the period's last one: which topic × direction appeared in each of the three months before
 * the period (recurrence), and per topic the series of the last FORECAST_HISTORY_MONTHS months, forecast one month on.
 */
async function monthlyHistory(ctx: ServiceContext, unit: WardUnit, period: Period): Promise<{ recurrence: Record<string, number>; forecast: ForecastFact[] }> {
  const last = periodOf('month', period.to)
  let first = last
  for (let i = 1; i < FORECAST_HISTORY_MONTHS; i++) first = previousPeriod(first)
  const firstOfPeriod = periodOf('month', period.from)
  let before3 = firstOfPeriod
  for (let i = 0; i < 3; i++) before3 = previousPeriod(before3)
  const from = before3.from < first.from ? before3.from : first.from
  const rows = await sumStreamsByDayTopicDirection(ctx.db, { unitPath: unit.path, from, to: period.to })
  const months = periodsBetween('month', from, period.to).map((m) => m.key)
  const byMonthTopic = new Map<string, number>()
  const seen = new Map<string, Set<string>>()
  for (const r of rows) {
    const m = periodOf('month', r.day).key
    const n = Number(r.n)
    byMonthTopic.set(`${m}|${r.topic}`, (byMonthTopic.get(`${m}|${r.topic}`) ?? 0) + n)
    if (n > 0) seen.set(m, (seen.get(m) ?? new Set()).add(`${r.topic}|${r.direction}`))
  }
  const recurrence: Record<string, number> = {}
  const prior = months.filter((m) => m < firstOfPeriod.key).slice(-3)
  for (const m of prior) for (const k of seen.get(m) ?? []) recurrence[k] = (recurrence[k] ?? 0) + 1

  const series = months.filter((m) => m >= first.key)
  const topics = [...new Set(rows.filter((r) => r.day >= first.from).map((r) => r.topic))].sort()
  const forecast = topics.map((topic) => {
    let values = series.map((m) => byMonthTopic.get(`${m}|${topic}`) ?? 0)
    // a series starts with its first month that has anything: months before the work began are not zeros
    const start = values.findIndex((v) => v > 0)
    values = start < 0 ? [] : values.slice(start)
    const f = holtForecast(values, { horizon: 1 })
    return { topic, current: values.at(-1) ?? 0, point: f.point, lower: f.lower, upper: f.upper }
  })
  forecast.sort((a, b) => b.point - a.point || a.topic.localeCompare(b.topic))
  return { recurrence, forecast }
}

/** The months of a six-month or annual period: records, streams and compliance of each. */
async function monthFacts(ctx: ServiceContext, unit: WardUnit, period: Period): Promise<MonthFact[]> {
  const out: MonthFact[] = []
  for (const m of monthsOf(period)) {
    if (startOfLocalDay(m.from).getTime() > ctx.now.getTime()) break
    const [stats, c] = await Promise.all([computeReportStats(ctx.db, unit, m), complianceOf(ctx, m.key, unit.id)])
    out.push({ key: m.key, records: stats.total, streams: stats.streams, expected: c.expected, onTime: c.onTime, late: c.late, missing: c.missing })
  }
  return out
}
