/** CSV writing that spreadsheets open safely: UTF-8 (the caller adds a BOM), quoted, formula prefixes neutralised. */

/**
 * A cell that a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1…", "-2+3", "@SUM") gets a leading
 * apostrophe; "+84 912…" as a phone number becomes "'+84 912…", which spreadsheets show as typed.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
}

const NEEDS_QUOTES = /[",\r\n]/

/**
 * One CSV line (with CRLF) from cells; null and undefined become empty cells, formula prefixes are neutralised, a
 * cell is quoted when it holds a comma, a quote or a line break (a lone CR or LF too, so every reader sees one
 * cell). Written by hand: exports write it a million times, and csv-stringify once per line cost more CPU than
 * reading the rows (bench/README.md, "Export").
 */
export function csvLine(cells: readonly (string | number | null | undefined)[]): string {
  let line = ''
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i]
    if (i > 0) line += ','
    if (c == null) continue
    const s = neutraliseFormula(typeof c === 'string' ? c : String(c))
    line += NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s
  }
  return line + '\r\n'
}
