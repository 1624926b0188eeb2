/**
 * Reporting periods (kỳ báo cáo). Days are YYYY-MM-DD local days in Asia/Ho_Chi_Minh; nothing here reads the clock.
 *
 * - month (tháng): period "2026-11" covers 2026-10-25 … 2026-11-24 — the 25th of the previous month to the 24th,
 *   because units report "trước ngày 25 hằng tháng".
 * - half (6 tháng, sơ kết): "2026-H1" is made of the monthly periods 2026-01 … 2026-06 (2025-12-25 … 2026-06-24),
 *   "2026-H2" of 2026-07 … 2026-12 (2026-06-25 … 2026-12-24). Choice: the half-year and the year are built from
 *   whole reporting months, not from calendar months, so that every six-month or annual figure rolls up exactly
 *   the monthly reports behind it and every local day belongs to exactly one period of each kind.
 * - year (năm, tổng kết): "2026" is made of 2026-01 … 2026-12 (2025-12-25 … 2026-12-24).
 * - ad hoc (báo cáo nhanh / đột xuất): any from…to range the board sets; key "A:2026-11-03..2026-11-10".
 */
import { isValidDay, nextDay } from '../time.ts'

/** Kinds of reporting period (loại kỳ báo cáo). */
export const PERIOD_KINDS = ['month', 'half', 'year', 'ad_hoc'] as const
/** A period kind code. */
export type PeriodKind = (typeof PERIOD_KINDS)[number]
/** The kinds that tile the calendar (every day is in exactly one period of the kind); ad hoc does not. */
export type CalendarPeriodKind = Exclude<PeriodKind, 'ad_hoc'>

/** Label data for i18n: `code` names the message ("period.month" → "Tháng {month} năm {year}"), `params` fill it. */
export type PeriodLabel = { code: `period.${PeriodKind}`; params: Record<string, number | string> }

/** A reporting period: its kind, stable key, first and last local day (both inclusive) and label data. */
export type Period = { kind: PeriodKind; key: string; from: string; to: string; label: PeriodLabel }

/** The day of the month a monthly reporting period starts on (the previous month's 25th). */
export const MONTH_START_DAY = 25

const pad2 = (n: number) => String(n).padStart(2, '0')
const pad4 = (n: number) => String(n).padStart(4, '0')

/** The previous day of a YYYY-MM-DD day. */
function prevDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

/** Year and month (1–12) that follow y-m by `n` months (n may be negative). */
function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const i = y * 12 + (m - 1) + n
  return { y: Math.floor(i / 12), m: (i % 12) + 1 }
}

/** The monthly period "YYYY-MM" for year y and month m (1–12). */
export function monthPeriod(y: number, m: number): Period {
  const prev = addMonths(y, m, -1)
  return {
    kind: 'month',
    key: `${pad4(y)}-${pad2(m)}`,
    from: `${pad4(prev.y)}-${pad2(prev.m)}-${MONTH_START_DAY}`,
    to: `${pad4(y)}-${pad2(m)}-${MONTH_START_DAY - 1}`,
    label: { code: 'period.month', params: { month: m, year: y } },
  }
}

/** The six-month period "YYYY-H1" (h = 1) or "YYYY-H2" (h = 2). */
export function halfPeriod(y: number, h: 1 | 2): Period {
  const first = monthPeriod(y, h === 1 ? 1 : 7)
  const last = monthPeriod(y, h === 1 ? 6 : 12)
  return { kind: 'half', key: `${pad4(y)}-H${h}`, from: first.from, to: last.to, label: { code: 'period.half', params: { half: h, year: y } } }
}

/** The annual period "YYYY". */
export function yearPeriod(y: number): Period {
  return { kind: 'year', key: pad4(y), from: monthPeriod(y, 1).from, to: monthPeriod(y, 12).to, label: { code: 'period.year', params: { year: y } } }
}

/** An ad hoc period (báo cáo nhanh) from…to inclusive; throws INVALID_PERIOD when the days are not real or reversed. */
export function adHocPeriod(from: string, to: string): Period {
  if (!isValidDay(from) || !isValidDay(to) || to < from) throw new RangeError('INVALID_PERIOD')
  return { kind: 'ad_hoc', key: `A:${from}..${to}`, from, to, label: { code: 'period.ad_hoc', params: { from, to } } }
}

/** The reporting month (year, month) a local day belongs to: 2026-10-25 … 2026-11-24 → 2026, 11. */
function reportingMonth(day: string): { y: number; m: number } {
  const y = Number(day.slice(0, 4))
  const m = Number(day.slice(5, 7))
  const d = Number(day.slice(8, 10))
  return d >= MONTH_START_DAY ? addMonths(y, m, 1) : { y, m }
}

/** The period of a calendar kind that contains the local `day`; throws RangeError('INVALID_DAY') on a bad day. */
export function periodOf(kind: CalendarPeriodKind, day: string): Period {
  if (!isValidDay(day)) throw new RangeError('INVALID_DAY')
  const { y, m } = reportingMonth(day)
  if (kind === 'month') return monthPeriod(y, m)
  if (kind === 'half') return halfPeriod(y, m <= 6 ? 1 : 2)
  return yearPeriod(y)
}

/** The period with this key ("2026-11", "2026-H1", "2026", "A:2026-11-03..2026-11-10"), or null when malformed. */
export function parsePeriodKey(key: string): Period | null {
  let r: RegExpExecArray | null
  if ((r = /^(\d{4})-(\d{2})$/.exec(key))) {
    const m = Number(r[2])
    return m >= 1 && m <= 12 ? monthPeriod(Number(r[1]), m) : null
  }
  if ((r = /^(\d{4})-H([12])$/.exec(key))) return halfPeriod(Number(r[1]), Number(r[2]) as 1 | 2)
  if ((r = /^(\d{4})$/.exec(key))) return yearPeriod(Number(r[1]))
  if ((r = /^A:(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(key))) {
    try {
      return adHocPeriod(r[1]!, r[2]!)
    } catch {
      return null
    }
  }
  return null
}

/** The period of the same calendar kind right after `p` (it starts the day after p ends). */
export function nextPeriod(p: Period): Period {
  if (p.kind === 'ad_hoc') throw new RangeError('AD_HOC_HAS_NO_NEXT')
  return periodOf(p.kind, nextDay(p.to))
}

/** The period of the same calendar kind right before `p` (it ends the day before p starts). */
export function previousPeriod(p: Period): Period {
  if (p.kind === 'ad_hoc') throw new RangeError('AD_HOC_HAS_NO_PREVIOUS')
  return periodOf(p.kind, prevDay(p.from))
}

/** The periods of `kind` touching fromDay … toDay (inclusive, in order, contiguous); empty when toDay < fromDay. */
export function periodsBetween(kind: CalendarPeriodKind, fromDay: string, toDay: string): Period[] {
  if (!isValidDay(fromDay) || !isValidDay(toDay)) throw new RangeError('INVALID_DAY')
  const out: Period[] = []
  if (toDay < fromDay) return out
  for (let p = periodOf(kind, fromDay); p.from <= toDay; p = nextPeriod(p)) out.push(p)
  return out
}

/** The monthly periods a period rolls up (a month is its own; an ad hoc period lists the months it touches). */
export function monthsOf(p: Period): Period[] {
  return p.kind === 'month' ? [p] : periodsBetween('month', p.from, p.to)
}

/** Does the period contain the local day? */
export function periodContains(p: Period, day: string): boolean {
  return p.from <= day && day <= p.to
}

/** The number of local days in a period (both ends included). */
export function periodLength(p: Pick<Period, 'from' | 'to'>): number {
  return Math.round((Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / 86_400_000) + 1
}
