/**
 * Calendar arithmetic and shaping for trends (pure): days and months as text, buckets of a period by day, ISO
 * week (Monday first) or month, and dense series from sparse daily sums.
 */
const DAY_MS = 86_400_000

/** `day` shifted by `n` days (n may be negative): addDays('2026-03-01', -1) = '2026-02-28'. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10)
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS)
}

/** The Monday of the ISO week a day falls in. */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7
  return addDays(day, -weekday)
}

/** "YYYY-MM" shifted by `n` months. */
export function addMonthsToMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const total = y * 12 + (m - 1) + n
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`
}

/** The last day of a "YYYY-MM" month. */
export function lastDayOfMonth(month: string): string {
  return addDays(`${addMonthsToMonth(month, 1)}-01`, -1)
}

export type Interval = 'day' | 'week' | 'month'

/** One bucket of a period: its key (the day, the week's Monday or "YYYY-MM") and the days it covers inside the period. */
export type Bucket = { key: string; start: string; end: string }

/** The key of the bucket a day falls in. */
export function bucketKey(day: string, interval: Interval): string {
  return interval === 'day' ? day : interval === 'week' ? mondayOf(day) : day.slice(0, 7)
}

/** The buckets covering from…to (inclusive), the first and last cut to the period. */
export function bucketsOf(from: string, to: string, interval: Interval): Bucket[] {
  const out: Bucket[] = []
  let day = from
  while (day <= to) {
    const key = bucketKey(day, interval)
    const next = interval === 'day' ? addDays(day, 1) : interval === 'week' ? addDays(mondayOf(day), 7) : `${addMonthsToMonth(key, 1)}-01`
    const end = addDays(next, -1)
    out.push({ key, start: day, end: end < to ? end : to })
    day = next
  }
  return out
}

/** Sparse sums (day, key, n) as one dense row of values per key over the buckets, keys with the largest total first. */
export function denseSeries(rows: readonly { day: string; key: string; n: number }[], buckets: readonly Bucket[], interval: Interval) {
  const index = new Map(buckets.map((b, i) => [b.key, i]))
  const byKey = new Map<string, number[]>()
  for (const r of rows) {
    const i = index.get(bucketKey(r.day, interval))
    if (i === undefined) continue
    let values = byKey.get(r.key)
    if (!values) byKey.set(r.key, (values = buckets.map(() => 0)))
    values[i] = (values[i] as number) + r.n
  }
  return [...byKey]
    .map(([key, values]) => ({ key, total: values.reduce((a, b) => a + b, 0), values }))
    .sort((a, b) => b.total - a.total || a.key.localeCompare(b.key))
}
