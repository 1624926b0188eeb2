/**
 * The ward report's look back over reporting months (pure; ward-inputs.ts reads the roll-ups): how many of the three
 * months before the period heard each topic × direction (recurrence, for ranking notable streams), and per topic the
 * monthly series of streams up to the period's last month with Holt's forecast of the next month.
 */
import { holtForecast } from '../forecast.ts'
import type { ForecastFact } from './ward-draft.ts'
import { periodOf, type Period } from './periods.ts'

/** Streams of a topic and direction (one month's roll-up rows; a key may repeat). */
export type TopicDirectionCount = { topic: string; direction: string; streams: number }
/** Streams of a topic on a local day (a key may repeat). */
export type TopicDayCount = { day: string; topic: string; streams: number }

/** "topic|direction" → in how many of the given months it had streams. */
export function recurrenceOf(months: readonly (readonly TopicDirectionCount[])[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const rows of months) {
    const sums = new Map<string, number>()
    for (const r of rows) sums.set(`${r.topic}|${r.direction}`, (sums.get(`${r.topic}|${r.direction}`) ?? 0) + r.streams)
    for (const [k, n] of sums) if (n > 0) out[k] = (out[k] ?? 0) + 1
  }
  return out
}

/**
 * Per topic with rows in the window, the streams of each of `months` (reporting months, oldest first; the rows lie
 * within them), from the topic's first month with any (months before the work began are not zeros), forecast one
 * month on; highest forecast first, ties by topic.
 */
export function topicForecasts(rows: readonly TopicDayCount[], months: readonly Pick<Period, 'key'>[]): ForecastFact[] {
  const byMonthTopic = new Map<string, number>()
  const monthOfDay = new Map<string, string>()
  for (const r of rows) {
    let m = monthOfDay.get(r.day)
    if (m === undefined) monthOfDay.set(r.day, (m = periodOf('month', r.day).key))
    byMonthTopic.set(`${m}|${r.topic}`, (byMonthTopic.get(`${m}|${r.topic}`) ?? 0) + r.streams)
  }
  const topics = [...new Set(rows.map((r) => r.topic))].sort()
  const forecast = topics.map((topic) => {
    let values = months.map((m) => byMonthTopic.get(`${m.key}|${topic}`) ?? 0)
    const start = values.findIndex((v) => v > 0)
    values = start < 0 ? [] : values.slice(start)
    const f = holtForecast(values, { horizon: 1 })
    return { topic, current: values.at(-1) ?? 0, point: f.point, lower: f.lower, upper: f.upper }
  })
  return forecast.sort((a, b) => b.point - a.point || a.topic.localeCompare(b.topic))
}
