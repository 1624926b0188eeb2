/**
 * Vietnamese folding for search and matching: "Uỷ ban Nhân dân" → "uy ban nhan dan", "Đà Nẵng" → "da nang".
 * Input may arrive as NFC or NFD; old and new tone placement ("hoà"/"hòa", "uỷ"/"ủy") fold alike.
 */

// zero-width spaces and joiners, BOM, soft hyphen: invisible characters that break matching
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g
// C0/C1 control characters other than white space
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g
const MARKS = /[\u0300-\u036f]/g

/** Folds text: NFC, lower case, tone and vowel marks removed, đ → d, invisible characters dropped, spaces collapsed. */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .toLowerCase()
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/\s+/g, ' ')
    .trim()
}

/** NFC and trimmed, for storing user text as typed ("Hoà" typed as NFD is stored as NFC). */
export function clean(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').trim()
}
