/**
 * Document numbers (số văn bản) of the Party form, Hướng dẫn 36-HD/VPTW (2018): "Số 07-BC/ĐU".
 * - the sequence is per issuing body and document type (BC = báo cáo) and restarts at 01 in each term (nhiệm kỳ) of
 *   the Party committee; it is at least two digits, zero-padded ("07", "12", "123");
 * - after the dash the type abbreviation, after the slash the issuing body's abbreviation (ĐU = Đảng uỷ).
 * Pure: the next sequence comes from the stored counter (the service takes it inside the approval transaction).
 */
import { isValidDay } from '../time.ts'

/** The parts of a document number: 7, "BC", "ĐU". */
export type DocNumber = { seq: number; docType: string; issuer: string }

/** The default document type (báo cáo) and issuing body abbreviation (Đảng uỷ). */
export const DEFAULT_DOC_TYPE = 'BC'
export const DEFAULT_ISSUER_ABBR = 'ĐU'

/** The sequence as printed: at least two digits, zero-padded (7 → "07", 123 → "123"). */
export function formatSeq(seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError('INVALID_DOC_SEQ')
  return String(seq).padStart(2, '0')
}

/** "07-BC/ĐU" (without "Số"). */
export function formatDocNumber(n: DocNumber): string {
  return `${formatSeq(n.seq)}-${n.docType}/${n.issuer}`
}

/** "Số 07-BC/ĐU", as printed under the issuing body. */
export function docNumberLine(n: DocNumber): string {
  return `Số ${formatDocNumber(n)}`
}

const NUMBER_RE = /^(?:số\s*)?(\d{2,})-([\p{Lu}\p{Ll}&]+)\/([\p{Lu}\p{Ll}&]+)$/u

/**
 * Reads "Số 07-BC/ĐU" or "07-BC/ĐU" back (NFC first, so a decomposed "Đ" typed elsewhere reads the same); null when
 * it is not a document number. A single digit ("7-BC/ĐU") is refused: the printed form always has two.
 */
export function parseDocNumber(text: string): DocNumber | null {
  const m = NUMBER_RE.exec(text.normalize('NFC').trim().replace(/^Số/i, 'số'))
  if (!m) return null
  const digits = m[1]!
  // "007" is not a canonical number: three digits only from 100 on
  if (digits.length > 2 && digits.startsWith('0')) return null
  return { seq: Number(digits), docType: m[2]!, issuer: m[3]! }
}

/** The term starts as a sorted list of distinct valid days; throws RangeError('INVALID_TERM_START') on a bad one. */
export function normaliseTermStarts(starts: readonly string[]): string[] {
  for (const s of starts) if (!isValidDay(s)) throw new RangeError('INVALID_TERM_START')
  return [...new Set(starts)].sort()
}

/**
 * The term (its start day) a local day belongs to: the latest term start on or before the day; null when the day
 * lies before the first known term (no number can be given then).
 */
export function termOf(day: string, termStarts: readonly string[]): string | null {
  let found: string | null = null
  for (const s of normaliseTermStarts(termStarts)) if (s <= day) found = s
  return found
}

/** The sequence after the last one given in a term (none yet → 1). */
export function nextSeq(lastSeq: number | null | undefined): number {
  return (lastSeq ?? 0) + 1
}
