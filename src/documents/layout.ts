/**
 * The texts and measures of the Party document form (Hướng dẫn 36-HD/VPTW, DESIGN §3) shared by the DOCX and PDF
 * renderers: the date line, the number, page geometry. Pure: no I/O.
 */
import type { PartyDocument } from './model.ts'

/** A4 in points (1/72 inch) and in twentieths of a point (Word's twips). */
export const A4_PT = { width: 595.28, height: 841.89 }
export const A4_TWIPS = { width: 11906, height: 16838 }

/** Length of the rule under "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold, about 73 mm wide in Times New Roman). */
export const RULE_MM = 74

/** Millimetres → points. */
export function mmToPt(mm: number): number {
  return (mm * 72) / 25.4
}

/** Millimetres → twips (1/1440 inch). */
export function mmToTwips(mm: number): number {
  return Math.round((mm * 1440) / 25.4)
}

/** Text in Unicode NFC: Word and PDF readers compare and search composed text ("ệ" as one code point). */
export function nfc(s: string): string {
  return s.normalize('NFC')
}

/** "Hồng Bàng" + "2025-10-02" → "Hồng Bàng, ngày 02 tháng 10 năm 2025" (day and month below 10 written with a 0). */
export function placeAndDate(place: string, day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  if (!m) return nfc(`${place}, ngày     tháng     năm     `)
  return nfc(`${place}, ngày ${m[3]} tháng ${m[2]} năm ${m[1]}`)
}

/** The number line: "Số 07-BC/ĐU", or for a draft without a number the placeholder ("Số     -BC/ĐU"). */
export function numberLine(doc: PartyDocument): string {
  return nfc(doc.number ?? doc.numberPlaceholder ?? 'Số      -BC/ĐU')
}

/** Texts of the signature block, top to bottom (the signer's name comes after the space for the signature). */
export function signatureLines(doc: PartyDocument): { onBehalfOf: string; title: string; name: string } {
  return {
    onBehalfOf: nfc(doc.signature.onBehalfOf).toLocaleUpperCase('vi'),
    title: nfc(doc.signature.title).toLocaleUpperCase('vi'),
    name: nfc(doc.signature.name),
  }
}

/** Column alignment of a table: as given, else the first column left and the others right (numbers). */
export function columnAlign(align: ('left' | 'right' | 'center')[] | undefined, col: number): 'left' | 'right' | 'center' {
  return align?.[col] ?? (col === 0 ? 'left' : 'right')
}
