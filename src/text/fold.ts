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

/** The reference definition of fold, applied to the whole string (used for characters outside the fast table). */
function foldSlow(text: string): string {
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

// Fast path: a table built by applying the reference steps to each single character of the ranges Vietnamese
// text uses (Latin, Latin Extended, combining marks, Latin Extended Additional, general punctuation). Per
// character the steps give the same result as on the whole string there (no context-dependent lower case in
// these ranges; NFD of NFC equals NFD, and marks are dropped anyway). Any other character takes the slow path.
const RANGES: [number, number][] = [
  [0x0000, 0x024f],
  [0x0300, 0x036f],
  [0x1e00, 0x1eff],
  [0x2000, 0x206f],
  [0xfeff, 0xfeff],
]
const TABLE = new Map<number, string>()
for (const [from, to] of RANGES) {
  for (let c = from; c <= to; c++) {
    const piece = String.fromCharCode(c)
      .normalize('NFC')
      .replace(INVISIBLE, '')
      .replace(CONTROL, ' ')
      .toLowerCase()
      .normalize('NFD')
      .replace(MARKS, '')
      .replace(/đ/g, 'd')
      .replace(/\s+/g, ' ')
    TABLE.set(c, piece)
  }
}
const ASCII: string[] = Array.from({ length: 128 }, (_, c) => TABLE.get(c) as string)

/** Folds text: NFC, lower case, tone and vowel marks removed, đ → d, invisible characters dropped, spaces collapsed. */
export function fold(text: string): string {
  let out = ''
  let pendingSpace = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const piece = c < 128 ? (ASCII[c] as string) : TABLE.get(c)
    if (piece === undefined) return foldSlow(text)
    if (piece === ' ') {
      pendingSpace = out.length > 0
      continue
    }
    if (piece === '') continue
    if (pendingSpace) {
      out += ' '
      pendingSpace = false
    }
    out += piece
  }
  return out
}

/** NFC and trimmed, for storing user text as typed ("Hoà" typed as NFD is stored as NFC). */
export function clean(text: string): string {
  return text.normalize('NFC').replace(INVISIBLE, '').trim()
}

/** @internal the reference definition, exported for the equivalence test */
export const foldReference = foldSlow
