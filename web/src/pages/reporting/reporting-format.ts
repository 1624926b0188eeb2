/**
 * Pure helpers of the reporting pages: period names, days left before a deadline, the opinion-list address behind a
 * figure (the contract's trace filters), status colours and the compliance chart. Labels come in as functions.
 */
import { parsePeriodKey, periodOf } from '../../../../src/domain/reporting/periods.ts'
import { daysBetween } from '../../../../src/domain/reporting/deadlines.ts'
import { localDay } from '../../../../src/domain/time.ts'
import type { ComplianceGrid, ComplianceStatus, ReportStats } from '../../api/reporting.ts'
import type { ChartOption } from '../../components/EChart.tsx'

/** A message key with its parameters, for the caller to translate. */
export type Label = { key: string; params?: Record<string, string | number> }

/** How a period is named: "Tháng 11/2026", "6 tháng đầu năm 2026", "Năm 2026", or an ad hoc period's own title. */
export function periodName(key: string, title?: string | null): Label {
  const p = parsePeriodKey(key)
  if (title) return { key: 'ui.reporting.periodTitle', params: { title } }
  if (!p) return { key: 'ui.reporting.periodTitle', params: { title: key } }
  if (p.kind === 'month') return { key: 'ui.reporting.periodMonth', params: { month: Number(key.slice(5, 7)), year: key.slice(0, 4) } }
  if (p.kind === 'half') return { key: key.endsWith('H1') ? 'ui.reporting.periodH1' : 'ui.reporting.periodH2', params: { year: key.slice(0, 4) } }
  if (p.kind === 'year') return { key: 'ui.reporting.periodYear', params: { year: key } }
  return { key: 'ui.reporting.periodAdHoc', params: { from: fmtDay(p.from), to: fmtDay(p.to) } }
}

function fmtDay(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`
}

/** The key of the monthly period a local day belongs to ("2026-11-26" → "2026-12": periods run from the 25th). */
export function monthKeyOf(day: string): string {
  return periodOf('month', day).key
}

/** The last local day a report may be submitted on time: the day before the deadline instant (00:00 of the next day). */
export function lastDayOf(deadline: string): string {
  return localDay(new Date(Date.parse(deadline) - 1))
}

/** Where a report stands against its deadline: days left (0 = today is the last day) or days overdue. */
export type DeadlineState = { kind: 'left'; days: number; lastDay: string } | { kind: 'overdue'; days: number; lastDay: string }

/** The deadline state of an unsubmitted report at `now`. */
export function deadlineState(deadline: string, now: Date): DeadlineState {
  const lastDay = lastDayOf(deadline)
  const days = daysBetween(localDay(now), lastDay)
  return days >= 0 ? { kind: 'left', days, lastDay } : { kind: 'overdue', days: -days, lastDay }
}

/** The opinion list filtered to the records behind a figure: /opinions?from=&to=&unitId=&topic=&direction=&channel=. */
export function traceUrl(stats: Pick<ReportStats, 'from' | 'to' | 'unitId'>, extra: { topic?: string; direction?: string; channel?: string } = {}): string {
  const q = new URLSearchParams({ from: stats.from, to: stats.to, unitId: stats.unitId })
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v)
  return `/opinions?${q.toString()}`
}

/** The topic × direction table: one row per topic (in order of first appearance, largest first), one column per direction. */
export function topicDirectionTable(stats: Pick<ReportStats, 'byTopicDirection'>, directions: readonly string[]) {
  const rows = new Map<string, Record<string, number>>()
  for (const { topic, direction, count } of stats.byTopicDirection) {
    const row = rows.get(topic) ?? {}
    row[direction] = (row[direction] ?? 0) + count
    rows.set(topic, row)
  }
  const used = directions.filter((d) => stats.byTopicDirection.some((c) => c.direction === d && c.count > 0))
  const extra = [...new Set(stats.byTopicDirection.map((c) => c.direction))].filter((d) => !directions.includes(d))
  const columns = [...used, ...extra]
  const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0)
  const body = [...rows.entries()].map(([topic, counts]) => ({ topic, counts, total: total(counts) })).sort((a, b) => b.total - a.total)
  const columnTotals = Object.fromEntries(columns.map((d) => [d, body.reduce((a, r) => a + (r.counts[d] ?? 0), 0)]))
  return { columns, rows: body, columnTotals, total: body.reduce((a, r) => a + r.total, 0) }
}

/** Colours of the compliance statuses (tag colour names and chart colours). */
export const STATUS_TAG: Record<string, string> = {
  on_time: 'green', late: 'orange', missing: 'red', extended: 'blue', not_required: 'default',
  draft: 'default', submitted: 'blue', returned: 'red', accepted: 'green', approved: 'green',
}
export const STATUS_COLORS: Record<ComplianceStatus, string> = {
  on_time: '#16a34a', late: '#f59e0b', missing: '#dc2626', extended: '#2563eb', not_required: '#e2e8f0',
}
/** Counted statuses in the order the chart stacks them. */
export const COUNTED: readonly ComplianceStatus[] = ['on_time', 'late', 'extended', 'missing']

/** "2026-11" → "11/2026". */
export function monthShort(key: string): string {
  return /^\d{4}-\d{2}$/.test(key) ? `${key.slice(5, 7)}/${key.slice(0, 4)}` : key
}

/** Stacked bars per month of the grid: how many units were on time, late, extended, missing. */
export function complianceChartOption(grid: ComplianceGrid, status: (code: ComplianceStatus) => string, narrow: boolean): ChartOption {
  const counts = (s: ComplianceStatus) => grid.months.map((_, i) => grid.units.filter((u) => u.statuses[i] === s).length)
  return {
    color: COUNTED.map((s) => STATUS_COLORS[s]),
    tooltip: { trigger: 'axis', confine: true },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: 8, right: 8, top: 16, bottom: narrow ? 56 : 40, containLabel: true },
    xAxis: { type: 'category', data: grid.months.map(monthShort), axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: COUNTED.map((s) => ({ name: status(s), type: 'bar', stack: 'units', data: counts(s), barMaxWidth: 32 })),
  }
}

/** A rate 0–1 as "88%". */
export function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`
}
