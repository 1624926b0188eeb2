/**
 * Gathers what the ward report is drafted from, for a ward unit and a stored period: statistics (the same as a unit
 * report's, from the core), the period's streams with topics and groups, recurrence of topic × direction over the
 * three reporting months before, the accepted unit reports (for six-month and annual reports, also those of the
 * months), compliance (the core's board), issues, a forecast of the next reporting month per topic (Holt, as the
 * trends page, but over reporting months up to the period's end so an older period gets its own forecast), and for
 * six-month and annual reports the months rolled up.
 */
import { listIssuesDuring, listStreamsInWindow, listUnitReportsWithStatus, type WardWindow } from '../../../db/repos/ward-report.repo.ts'
import { sumStreamsByTopicDirection } from '../../../db/repos/report-stats.repo.ts'
import { sumScopeByDay } from '../../../db/repos/rollup.repo.ts'
import { findPeriodsByKeys } from '../../../db/repos/report-period.repo.ts'
import { monthsOf, nextPeriod, periodOf, periodsBetween, previousPeriod, type Period } from '../../../domain/reporting/periods.ts'
import { recurrenceOf, topicForecasts } from '../../../domain/reporting/ward-history.ts'
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
  const rows = await listStreamsInWindow(ctx.db, w)
  return rows.map((r) => ({
    id: r.id, unitId: r.unit_id, unitName: r.unit_name, channel: r.channel, direction: r.direction, intensity: r.intensity, breadth: r.breadth,
    latent: Number(r.latent) === 1, hotSpot: Number(r.hot_spot) === 1, summary: r.summary,
    topics: codes(r.topics), groups: codes(r.groups),
  }))
}

/** A comma-separated list of codes (null: none), sorted. */
const codes = (list: string | null): string[] => (list ? list.split(',').sort() : [])

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
 * The series come from the roll-up per scope unit (topics per day of the unit's subtree: a few thousand rows whatever
 * the records); the recurrence from the daily roll-up of the three months only (topic × direction is not a dimension
 * of the scope roll-up).
 */
async function monthlyHistory(ctx: ServiceContext, unit: WardUnit, period: Period): Promise<{ recurrence: Record<string, number>; forecast: ForecastFact[] }> {
  const last = periodOf('month', period.to)
  let first = last
  for (let i = 1; i < FORECAST_HISTORY_MONTHS; i++) first = previousPeriod(first)
  const prior: Period[] = []
  for (let m = periodOf('month', period.from), i = 0; i < 3; i++) prior.unshift((m = previousPeriod(m)))
  const [days, ...priorRows] = await Promise.all([
    sumScopeByDay(ctx.db, { units: [unit.id], unitPaths: [unit.path], from: first.from, to: period.to }, 'topic'),
    ...prior.map((m) => sumStreamsByTopicDirection(ctx.db, { unitPath: unit.path, from: m.from, to: m.to })),
  ])
  return {
    recurrence: recurrenceOf(priorRows.map((rows) => rows.map((r) => ({ topic: r.topic, direction: r.direction, streams: Number(r.n) })))),
    forecast: topicForecasts(days.map((r) => ({ day: r.day, topic: r.key, streams: Number(r.streams) })), periodsBetween('month', first.from, period.to)),
  }
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
