/**
 * Highlighting: matches are found on folded text and shown on the ORIGINAL accented text, so a search for
 * "duong" marks "Đường" in "Đường Lê Lợi ngập" (offsets are mapped back from the folded form).
 */
import { MAX_TOKEN_LENGTH } from './tokenize.ts'
import type { SearchQuery } from './search.ts'

/** Folded text with, for each folded character, the span [start, end) of the original it came from. */
export type FoldedWithOffsets = { folded: string; starts: number[]; ends: number[] }

const MARK = /[\u0300-\u036f]/

// a character with its marks, folded; the pieces of a language are few, so each is folded once
const pieces = new Map<string, string>()
function foldPiece(piece: string): string {
  const c = piece.charCodeAt(0)
  if (piece.length === 1 && c < 0x80) return c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : piece
  let folded = pieces.get(piece)
  if (folded === undefined) {
    folded = piece.normalize('NFC').toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')
    // bounded: arbitrary text could otherwise fill it with every code point it uses
    if (pieces.size < 50_000) pieces.set(piece, folded)
  }
  return folded
}

/**
 * Folds character by character (a base character and its combining marks together) and keeps where each
 * folded character came from. Only letters and digits matter here, so the folded string is not space-collapsed.
 */
export function foldWithOffsets(original: string): FoldedWithOffsets {
  let folded = ''
  const starts: number[] = []
  const ends: number[] = []
  let i = 0
  while (i < original.length) {
    const start = i
    const cp = original.codePointAt(i) as number
    i += cp > 0xffff ? 2 : 1
    while (i < original.length && MARK.test(original[i] as string)) i++
    const piece = foldPiece(original.slice(start, i))
    for (const ch of piece) {
      folded += ch
      starts.push(start)
      ends.push(i)
      if (ch.length === 2) {
        // keep one entry per UTF-16 unit so folded indices line up
        starts.push(start)
        ends.push(i)
      }
    }
  }
  return { folded, starts, ends }
}

/** A matched span, as offsets into `text` of its snippet. */
export type Span = { start: number; end: number }

/** A piece of the original text around one or more matches. */
export type Snippet = {
  /** the original text of the snippet, accents as typed */
  text: string
  /** offset of the snippet in the original text */
  offset: number
  /** matched spans, relative to `text`, in order and not overlapping */
  matches: Span[]
  /** true when text was cut before / after the snippet */
  cutBefore: boolean
  cutAfter: boolean
}

export type HighlightOptions = {
  /** characters of context on each side of a match (default 60) */
  context?: number
  /** at most this many snippets (default 3) */
  maxSnippets?: number
}

type Tok = { text: string; start: number; end: number }

function tokensWithOffsets(f: FoldedWithOffsets): Tok[] {
  const out: Tok[] = []
  const re = /[a-z0-9]+/g
  for (let m = re.exec(f.folded); m; m = re.exec(f.folded)) {
    const a = m.index
    const b = a + m[0].length
    out.push({ text: m[0].slice(0, MAX_TOKEN_LENGTH), start: f.starts[a] as number, end: f.ends[b - 1] as number })
  }
  return out
}

/** Spans of the original text that match the query's terms, phrases and prefix. */
export function matchSpans(original: string, q: SearchQuery): Span[] {
  const toks = tokensWithOffsets(foldWithOffsets(original))
  const spans: Span[] = []
  const terms = new Set(q.terms)
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok
    if (terms.has(t.text) || (q.prefix !== null && t.text.startsWith(q.prefix))) spans.push({ start: t.start, end: t.end })
    for (const p of q.phrases) {
      if (p.length === 0 || i + p.length > toks.length) continue
      let ok = true
      for (let k = 0; k < p.length && ok; k++) ok = toks[i + k]?.text === p[k]
      if (ok) spans.push({ start: t.start, end: (toks[i + p.length - 1] as Tok).end })
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Span[] = []
  for (const s of spans) {
    const last = merged[merged.length - 1]
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else merged.push({ ...s })
  }
  return merged
}

// move a cut point to a white space so that words are not split, looking at most `reach` characters away
function toSpace(text: string, at: number, dir: -1 | 1, reach = 15): number {
  if (at <= 0) return 0
  if (at >= text.length) return text.length
  for (let k = 0; k < reach; k++) {
    const p = at + dir * k
    if (p <= 0 || p >= text.length) return Math.max(0, Math.min(text.length, p))
    if (/\s/.test(text[p] as string)) return dir < 0 ? p + 1 : p
  }
  return at
}

/** Snippets of the original text with matched spans; with no match, one leading snippet without spans. */
export function highlight(original: string, q: SearchQuery, options: HighlightOptions = {}): Snippet[] {
  const context = options.context ?? 60
  const max = options.maxSnippets ?? 3
  const spans = matchSpans(original, q)
  if (spans.length === 0) {
    const end = toSpace(original, Math.min(original.length, 2 * context), 1)
    return [{ text: original.slice(0, end), offset: 0, matches: [], cutBefore: false, cutAfter: end < original.length }]
  }
  const windows: { start: number; end: number; spans: Span[] }[] = []
  for (const s of spans) {
    const start = toSpace(original, s.start - context, -1)
    const end = toSpace(original, s.end + context, 1)
    const last = windows[windows.length - 1]
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end)
      last.spans.push(s)
    } else windows.push({ start: Math.min(start, s.start), end: Math.max(end, s.end), spans: [s] })
  }
  return windows.slice(0, max).map((w) => ({
    text: original.slice(w.start, w.end),
    offset: w.start,
    matches: w.spans.map((s) => ({ start: s.start - w.start, end: s.end - w.start })),
    cutBefore: w.start > 0,
    cutAfter: w.end < original.length,
  }))
}

/** Renders a snippet with markers around matches ("…đường [Lê Lợi] ngập…"); the caller escapes for HTML. */
export function renderSnippet(s: Snippet, open = '[', close = ']', ellipsis = '…'): string {
  let out = s.cutBefore ? ellipsis : ''
  let at = 0
  for (const m of s.matches) {
    out += s.text.slice(at, m.start) + open + s.text.slice(m.start, m.end) + close
    at = m.end
  }
  return out + s.text.slice(at) + (s.cutAfter ? ellipsis : '')
}
