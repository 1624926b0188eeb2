/** Dates as the ward sees them: Asia/Ho_Chi_Minh, shown as dd/mm/yyyy. */
const TIME_ZONE = 'Asia/Ho_Chi_Minh'

/** Today in Vietnam as YYYY-MM-DD (the API's date format). */
export function todayIso(now: Date = new Date()): string {
  // en-CA formats as 2025-10-02
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}

/** "2025-10-02" → "02/10/2025"; empty for null. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso
}

/** An ISO timestamp shown in Vietnam time: "02/10/2025 14:05". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).formatToParts(d)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`
}
