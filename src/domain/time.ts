/** Calendar helpers in the ward's time zone; the current time is always a parameter. */
export const LOCAL_TZ = 'Asia/Ho_Chi_Minh'

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: LOCAL_TZ, year: 'numeric', month: '2-digit', day: '2-digit' })

/** The local calendar day (YYYY-MM-DD) of an instant: 2026-11-25T18:00Z is already 2026-11-26 in Hà Nội. */
export function localDay(at: Date): string {
  return dayFormat.format(at)
}

/** The instant local midnight of a YYYY-MM-DD day begins (Việt Nam has no daylight saving: UTC+7). */
export function startOfLocalDay(day: string): Date {
  return new Date(`${day}T00:00:00+07:00`)
}

/** The day after a YYYY-MM-DD day. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + 1)
  return d.toISOString().slice(0, 10)
}

/** A real calendar date in YYYY-MM-DD form (rejects 2026-02-30). */
export function isValidDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false
  const d = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day
}

/** Is a unit active on `day`? It opens on active_from and closes on active_to (the closing day is not active). */
export function isActiveOn(unit: { active_from: string | null; active_to: string | null }, day: string): boolean {
  return (unit.active_from == null || unit.active_from <= day) && (unit.active_to == null || day < unit.active_to)
}
