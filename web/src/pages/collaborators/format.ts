/** Money and months as the ward writes them. */

/** 1 234 567 đồng → "1.234.567 đ". */
export function formatDong(amount: number | null | undefined): string {
  if (amount === null || amount === undefined) return '—'
  return `${new Intl.NumberFormat('vi-VN').format(amount)} đ`
}

/** "2026-11" → "11/2026". */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month)
  return m ? `${m[2]}/${m[1]}` : month
}

/** The current month in Vietnam, YYYY-MM. */
export function currentMonth(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' }).format(now).slice(0, 7)
}
