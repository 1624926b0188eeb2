/**
 * A CSV line written by hand, for exports of a million rows: csvLine (csv.ts) runs csv-stringify once per line,
 * which cost more CPU than reading the rows. Same cells as csvLine: null and undefined empty, formula prefixes
 * neutralised (neutraliseFormula), a cell quoted when it holds a comma, a quote or a line break, CRLF at the end.
 * csvLine quotes a line break only as CRLF; here a lone CR or LF is quoted too, so that every reader sees one cell.
 */
import { neutraliseFormula } from './csv.ts'

const NEEDS_QUOTES = /[",\r\n]/

/** One CSV line (with CRLF) from cells. */
export function csvRow(cells: readonly (string | number | null | undefined)[]): string {
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
