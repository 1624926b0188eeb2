/** Zod schemas and output types of the trends API (xu hướng): volume, heat grid, spike alerts, emerging terms, forecast. */
import { z } from 'zod'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'DATE_FORMAT')
const unitId = z.string().max(100).optional()

export const trendVolumeQuery = z.object({
  /** local days, inclusive; by default the 90 days up to today */
  from: isoDate.optional(),
  to: isoDate.optional(),
  /** a unit's subtree, inside what the actor may read */
  unitId,
  groupBy: z.enum(['topic', 'direction', 'channel']).default('topic'),
  interval: z.enum(['day', 'week', 'month']).default('day'),
})
export const trendHeatmapQuery = z.object({ from: isoDate.optional(), to: isoDate.optional(), unitId })
export const trendAlertsQuery = z.object({
  /** the last day looked at (default today) */
  day: isoDate.optional(),
  /** how many days up to `day` to look for spikes in, each against its own previous 14 days */
  days: z.coerce.number().int().min(1).max(92).default(1),
  unitId,
})
export const trendEmergingQuery = z.object({
  day: isoDate.optional(),
  /** the recent window (days up to `day`), compared with the 28 days before it */
  days: z.coerce.number().int().min(1).max(30).default(7),
  unitId,
})
export const trendForecastQuery = z.object({ unitId })

export type TrendVolumeQuery = z.infer<typeof trendVolumeQuery>
export type TrendHeatmapQuery = z.infer<typeof trendHeatmapQuery>
export type TrendAlertsQuery = z.infer<typeof trendAlertsQuery>
export type TrendEmergingQuery = z.infer<typeof trendEmergingQuery>
export type TrendForecastQuery = z.infer<typeof trendForecastQuery>

/** Streams over time: one dense row of values per topic, direction or channel, and the streams of each bucket (each once). */
export type TrendVolume = {
  from: string
  to: string
  interval: 'day' | 'week' | 'month'
  groupBy: 'topic' | 'direction' | 'channel'
  /** key: the day, the week's Monday or "YYYY-MM"; start and end cut to the period */
  buckets: { key: string; start: string; end: string }[]
  series: { key: string; total: number; values: number[] }[]
  /** streams per bucket, each stream once (a stream with two topics is in two topic rows) */
  totals: number[]
}

/** Areas × topics: streams of each topic in each area; an area of null is "no area named". */
export type TrendHeatmap = {
  from: string
  to: string
  areas: { id: string | null; code: string | null; name: string | null; total: number }[]
  topics: { topic: string; total: number }[]
  cells: { areaId: string | null; topic: string; streams: number }[]
}

/** A topic, area or term far above its own baseline on a day. */
export type TrendAlert = {
  kind: 'topic' | 'area' | 'term'
  /** topic code, area id or folded term */
  key: string
  /** area "code — name", or the term as most often written; null for topics (the UI names them) */
  label: string | null
  day: string
  /** streams that day (records that day, for terms) */
  count: number
  /** the 14 days before, oldest first */
  baseline: number[]
  median: number
  mean: number
  z: number
  pValue: number
  ratio: number
  /** the opinion list filtered to what is behind the alert ("/opinions?topic=dat-dai&from=…&to=…") */
  href: string
}

export type TrendAlerts = {
  day: string
  days: number
  rule: { baselineDays: number; minCount: number; minZ: number; maxP: number; minRatio: number }
  alerts: TrendAlert[]
  /** term alerts need the texts of the window; past a bound they are left out rather than guessed */
  termsChecked: boolean
}

export type TrendEmergingTerm = {
  term: string
  /** the term as most often written in the recent records ("giải phóng mặt bằng") */
  label: string
  /** records with the term, recent window and baseline window */
  current: number
  baseline: number
  score: number
  /** how many times its share of the records rose (exp of the smoothed log-ratio) */
  rise: number
  href: string
}

export type TrendEmerging = {
  day: string
  days: number
  current: { from: string; to: string; records: number }
  baseline: { from: string; to: string; records: number }
  terms: TrendEmergingTerm[]
  /** more records than the bound: a uniform sample of each window was read */
  sampled: boolean
}

export type TrendForecastBand = { point: number; lower: number; upper: number; method: string; sigma: number }

export type TrendForecast = {
  /** the month forecast (next calendar month) and the current one */
  month: string
  currentMonth: string
  /** complete months the forecast rests on, oldest first */
  months: string[]
  topics: {
    topic: string
    history: number[]
    /** the current month: streams so far, and the forecast for the whole month */
    monthToDate: number
    current: TrendForecastBand
    next: TrendForecastBand
  }[]
}
