/** ECharts options of the trends page, built from the API's answers (pure: labels come in as functions). */
import type { TrendForecast, TrendHeatmap, TrendVolume } from '../../../../src/shared/trend.schema.ts'
import type { ChartOption } from '../../components/EChart.tsx'

/** One colour per topic, the same in every chart. */
export const TOPIC_COLORS: Record<string, string> = {
  'kt-xh': '#2563eb', 'qp-an': '#475569', ttatxh: '#dc2626', 'doi-song': '#f59e0b', 'giao-duc': '#7c3aed', 'y-te': '#059669',
  'van-hoa': '#db2777', 'moi-truong': '#16a34a', 'dat-dai': '#b45309', 'xd-dang': '#be123c', 'chinh-quyen': '#0891b2',
  'mttq-doan-the': '#9333ea', 'ton-giao-dan-toc': '#854d0e', 'doi-ngoai': '#0d9488', khac: '#94a3b8',
}
/** Directions from favourable to unfavourable, with colours that say so. */
export const DIRECTION_ORDER = ['support', 'mixed', 'concern', 'oppose', 'unknown'] as const
export const DIRECTION_COLORS: Record<string, string> = { support: '#16a34a', mixed: '#8b5cf6', concern: '#f59e0b', oppose: '#dc2626', unknown: '#94a3b8' }

/** "Đời sống, việc làm, thu nhập" → "Đời sống": the part before the first comma, for axes and legends. */
export function shortLabel(label: string): string {
  return label.split(',')[0]!.trim()
}

/** A bucket key as shown: "02/11" for a day or a week's Monday, "11/2026" for a month. */
export function bucketLabel(key: string, interval: TrendVolume['interval']): string {
  if (interval === 'month') return `${key.slice(5, 7)}/${key.slice(0, 4)}`
  return `${key.slice(8, 10)}/${key.slice(5, 7)}`
}

const tooltipBox = { confine: true }

/** Stacked bars of streams per topic over time, with the line of all streams (each once). */
export function volumeOption(v: TrendVolume, topic: (code: string) => string, totalLabel: string, narrow: boolean): ChartOption {
  const x = v.buckets.map((b) => bucketLabel(b.key, v.interval))
  return {
    color: v.series.map((s) => TOPIC_COLORS[s.key] ?? '#64748b'),
    tooltip: { trigger: 'axis', ...tooltipBox },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: narrow ? 64 : 48, containLabel: true },
    xAxis: { type: 'category', data: x, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      ...v.series.map((s) => ({ name: shortLabel(topic(s.key)), type: 'bar', stack: 'topics', data: s.values, emphasis: { focus: 'series' }, barMaxWidth: 28 })),
      { name: totalLabel, type: 'line', data: v.totals, symbol: 'none', lineStyle: { width: 2, color: '#0f172a' }, itemStyle: { color: '#0f172a' }, z: 5 },
    ],
  }
}

/** Shares of each direction per bucket (stacked to 100 %), the counts in the tooltip. */
export function directionOption(v: TrendVolume, direction: (code: string) => string, narrow: boolean): ChartOption {
  const x = v.buckets.map((b) => bucketLabel(b.key, v.interval))
  const byKey = new Map(v.series.map((s) => [s.key, s.values]))
  const keys = DIRECTION_ORDER.filter((d) => byKey.has(d))
  const totals = v.buckets.map((_, i) => keys.reduce((a, k) => a + (byKey.get(k)![i] ?? 0), 0))
  return {
    color: keys.map((k) => DIRECTION_COLORS[k] ?? '#94a3b8'),
    tooltip: {
      trigger: 'axis', ...tooltipBox,
      valueFormatter: (value: unknown) => `${Math.round(Number(value))}%`,
    },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 8, top: 16, bottom: narrow ? 56 : 48, containLabel: true },
    xAxis: { type: 'category', data: x, axisLabel: { hideOverlap: true } },
    yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
    series: keys.map((k) => ({
      name: `${direction(k)}`, type: 'bar', stack: 'share', barMaxWidth: 28,
      data: byKey.get(k)!.map((n, i) => (totals[i] ? (100 * n) / totals[i]! : 0)),
    })),
  }
}

/** Areas (rows) × topics (columns), darker for more streams. */
export function heatOption(h: TrendHeatmap, topic: (code: string) => string, area: (a: TrendHeatmap['areas'][number]) => string, narrow: boolean): ChartOption {
  const topics = h.topics.map((t) => t.topic)
  const areaIds = h.areas.map((a) => a.id ?? '')
  const max = Math.max(1, ...h.cells.map((c) => c.streams))
  return {
    tooltip: {
      position: 'top', ...tooltipBox,
      formatter: (p: { data: [number, number, number] }) => `${area(h.areas[p.data[1]]!)}<br/>${topic(topics[p.data[0]]!)}: <b>${p.data[2]}</b>`,
    },
    grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: topics.map((t) => shortLabel(topic(t))), splitArea: { show: true }, axisLabel: { rotate: narrow ? 60 : 35, interval: 0, fontSize: 11 } },
    yAxis: { type: 'category', data: h.areas.map(area), inverse: true, splitArea: { show: true }, axisLabel: { fontSize: 11 } },
    visualMap: { min: 0, max, calculable: true, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: narrow ? 120 : 200, inRange: { color: ['#eff6ff', '#93c5fd', '#1d4ed8', '#172554'] } },
    series: [{
      type: 'heatmap',
      data: h.cells.map((c) => [topics.indexOf(c.topic), areaIds.indexOf(c.areaId ?? ''), c.streams]),
      label: { show: !narrow, fontSize: 10 },
      emphasis: { itemStyle: { borderColor: '#0f172a', borderWidth: 1 } },
    }],
  }
}

/** Next month per topic: the band from lower to upper, the forecast as a mark, this month so far as a dot. */
export function forecastOption(f: TrendForecast, topic: (code: string) => string, labels: { point: string; band: string; monthToDate: string }, narrow: boolean): ChartOption {
  const rows = f.topics.slice(0, 12)
  const round = (n: number) => Math.round(n * 10) / 10
  return {
    tooltip: {
      trigger: 'axis', axisPointer: { type: 'shadow' }, ...tooltipBox,
      formatter: (params: { dataIndex: number }[]) => {
        const r = rows[params[0]!.dataIndex]!
        return `<b>${topic(r.topic)}</b><br/>${labels.point}: <b>${round(r.next.point)}</b><br/>${labels.band}: ${round(r.next.lower)} – ${round(r.next.upper)}<br/>${labels.monthToDate}: ${r.monthToDate}`
      },
    },
    legend: { bottom: 0, data: [labels.point, labels.band, labels.monthToDate] },
    grid: { left: 8, right: 16, top: 8, bottom: narrow ? 64 : 40, containLabel: true },
    yAxis: { type: 'category', data: rows.map((r) => shortLabel(topic(r.topic))), inverse: true },
    xAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: 'base', type: 'bar', stack: 'band', data: rows.map((r) => r.next.lower), itemStyle: { color: 'transparent' }, silent: true, tooltip: { show: false }, barWidth: 14 },
      { name: labels.band, type: 'bar', stack: 'band', data: rows.map((r) => r.next.upper - r.next.lower), itemStyle: { color: '#bfdbfe', borderRadius: 4 }, barWidth: 14 },
      { name: labels.point, type: 'scatter', data: rows.map((r) => r.next.point), symbol: 'rect', symbolSize: [4, 20], itemStyle: { color: '#1d4ed8' }, z: 5 },
      { name: labels.monthToDate, type: 'scatter', data: rows.map((r) => r.monthToDate), symbolSize: 8, itemStyle: { color: '#f59e0b' }, z: 6 },
    ],
  }
}
