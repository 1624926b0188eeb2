/**
 * Charts and numbers of the results pages (pure): percentages written the Vietnamese way ("42,1 %"), a question's
 * options as horizontal bars of the (weighted) share with the 95 % margin of error drawn as an error bar and written
 * as "± 4,3", and the plain reading of a chi-square test.
 */
import type { QuestionResult, ResultOption } from '../../../../../src/shared/survey.schema.ts'
import type { ChartOption } from '../../../components/EChart.tsx'

/** 42.06 → "42,1 %" (or "42,1" without the sign); Vietnamese decimal comma. */
export function fmtPct(value: number, digits = 1, sign = true): string {
  const text = value.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits })
  return sign ? `${text} %` : text
}

/** A number with the Vietnamese decimal comma ("3,42"). */
export function fmtNum(value: number, digits = 2): string {
  return value.toLocaleString('vi-VN', { maximumFractionDigits: digits })
}

/** The share shown for an option: weighted when the survey is weighted (equal to the plain share otherwise). */
export function shownPercent(o: ResultOption): number {
  return o.weightedPercent
}

/** The interval of an option's share, clipped to 0–100. */
export function interval(o: ResultOption): [number, number] {
  const p = shownPercent(o)
  return [Math.max(0, p - o.moe), Math.min(100, p + o.moe)]
}

const BAR = '#2563eb'

/**
 * Horizontal bars, one per option in the question's order (top to bottom), each labelled "42,1 % ± 4,3" and with its
 * error bar; `narrow` shortens the category labels.
 */
export function questionBarOption(options: ResultOption[], narrow: boolean): ChartOption {
  const labels = options.map((o) => o.label)
  const max = Math.min(100, Math.max(10, ...options.map((o) => interval(o)[1])) * 1.15)
  return {
    grid: { left: 8, right: 16, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item', confine: true,
      formatter: (p: { dataIndex: number }) => {
        const o = options[p.dataIndex]
        if (!o) return ''
        const [lo, hi] = interval(o)
        return `${o.label}<br/><b>${fmtPct(shownPercent(o))}</b> ± ${fmtPct(o.moe, 1, false)} (${fmtPct(lo)} – ${fmtPct(hi)})<br/>n = ${o.count}`
      },
    },
    xAxis: { type: 'value', min: 0, max: Math.ceil(max / 10) * 10, axisLabel: { formatter: '{value}%' } },
    yAxis: {
      type: 'category', data: labels, inverse: true,
      axisLabel: { width: narrow ? 110 : 220, overflow: 'truncate', fontSize: 12 },
    },
    series: [
      {
        type: 'bar', barMaxWidth: 22, itemStyle: { color: BAR, borderRadius: [0, 3, 3, 0] },
        data: options.map(shownPercent),
        label: {
          show: true, position: 'right', distance: 8, color: '#1f2937', fontSize: 12,
          formatter: (p: { dataIndex: number }) => {
            const o = options[p.dataIndex]
            return o ? `${fmtPct(shownPercent(o))} ±${fmtPct(o.moe, 1, false)}` : ''
          },
        },
      },
      {
        // the error bar of each option: a line from p − moe to p + moe with end caps
        type: 'custom', silent: true, z: 3,
        data: options.map((o, i) => [...interval(o), i]),
        renderItem: (_params: unknown, api: { value: (i: number) => number; coord: (v: number[]) => number[]; size: (v: number[]) => number[] }) => {
          const [lo, hi, i] = [api.value(0), api.value(1), api.value(2)]
          const a = api.coord([lo, i])
          const b = api.coord([hi, i])
          const cap = Math.max(4, api.size([0, 1])[1]! * 0.2)
          const style = { stroke: '#0f172a', lineWidth: 1.5 }
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: a[0], y1: a[1], x2: b[0], y2: b[1] }, style },
              { type: 'line', shape: { x1: a[0], y1: a[1]! - cap, x2: a[0], y2: a[1]! + cap }, style },
              { type: 'line', shape: { x1: b[0], y1: b[1]! - cap, x2: b[0], y2: b[1]! + cap }, style },
            ],
          }
        },
        encode: { x: [0, 1], y: 2 },
      },
    ],
  }
}

/** Height of a question's chart: room for every option. */
export function barChartHeight(options: number): number {
  return Math.max(120, 36 * options + 24)
}

/** Whether a question's result has options to chart. */
export function hasOptions(q: QuestionResult): boolean {
  return q.options.length > 0
}

/** The plain reading of a chi-square test: significant at 5 % or not, null when the test does not apply. */
export function chiSquareReading(pValue: number | null): 'significant' | 'notSignificant' | null {
  if (pValue === null || !Number.isFinite(pValue)) return null
  return pValue < 0.05 ? 'significant' : 'notSignificant'
}

/** A p-value as people read it: "< 0,001" below a thousandth, else three decimals. */
export function fmtP(p: number): string {
  return p < 0.001 ? '< 0,001' : p.toLocaleString('vi-VN', { minimumFractionDigits: 3, maximumFractionDigits: 3 })
}
