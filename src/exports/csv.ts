/** CSV writing that spreadsheets open safely: UTF-8 (the caller adds a BOM), quoted, formula prefixes neutralised. */
import { stringify } from 'csv-stringify/sync'

/**
 * A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1…", "-2+3", "@SUM") gets a leading
 * apostrophe; "+84 912…" as a phone number becomes "'+84 912…", which spreadsheets show as typed.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

/** One CSV line (with CRLF) from cells; null and undefined become empty cells. */
export function csvLine(cells: (string | number | null | undefined)[]): string {
  return stringify([cells.map((c) => (c == null ? '' : neutraliseFormula(String(c))))], { record_delimiter: '\r\n' })
}
