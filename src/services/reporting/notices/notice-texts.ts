/** The words a notice is written with: the period as said in a sentence and the deadline as a Vietnamese date. */
import vi from '../../../shared/i18n/vi.json' with { type: 'json' }
import type { Period } from '../../../domain/reporting/periods.ts'
import { localDay } from '../../../domain/time.ts'
import { viDay } from '../../notifications/notify.ts'

const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''))

/** "tháng 11/2026", "6 tháng đầu năm 2026", "năm 2026", "nhanh “Vụ cháy chợ”" (ad hoc: its title, else its days). */
export function periodPhrase(period: Period, title: string | null): string {
  const t = vi.reportNotices.periods
  if (period.kind === 'month') return fill(t.month, { month: period.key.slice(5, 7), year: period.key.slice(0, 4) })
  if (period.kind === 'half') return fill(period.key.endsWith('H1') ? t.half1 : t.half2, { year: period.key.slice(0, 4) })
  if (period.kind === 'year') return fill(t.year, { year: period.key })
  return fill(t.ad_hoc, { title: title ?? `${viDay(period.from)}–${viDay(period.to)}` })
}

/** A deadline as read after "trước": "ngày 25/11/2026" at local midnight, else "10:00 ngày 28/11/2026". */
export function dueText(deadline: Date): string {
  const day = localDay(deadline)
  // Việt Nam keeps UTC+7 all year: the local clock time is the UTC time seven hours on
  const time = new Date(deadline.getTime() + 7 * 3_600_000).toISOString().slice(11, 16)
  return time === '00:00' ? fill(vi.reportNotices.due.day, { day: viDay(day) }) : fill(vi.reportNotices.due.time, { time, day: viDay(day) })
}
