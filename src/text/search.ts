/**
 * The search query parser: what a user types becomes folded terms, quoted phrases and a prefix for the word
 * still being typed. Every term is only [a-z0-9], so nothing typed can break FTS5 or tsquery syntax; the
 * builders below add the only operators.
 */
import { fold } from './fold.ts'
import { syllablesOfFolded } from './tokenize.ts'

export type SearchQuery = {
  /** single words that must all occur (folded, [a-z0-9]+) */
  terms: string[]
  /** quoted phrases, each a sequence of folded words that must occur in order */
  phrases: string[][]
  /** the last word typed, matched as a prefix ("duo" finds "đường"); null when the input ends in a space or a quote */
  prefix: string | null
}

/** Bounds that keep a query cheap whatever is pasted into the box. */
export const MAX_QUERY_TERMS = 16
export const MAX_PHRASE_WORDS = 8
/** A prefix shorter than this is searched as a whole word: "a*" would touch most of the index. */
export const MIN_PREFIX_LENGTH = 2

// straight and typographic double quotes; single quotes stay ordinary characters ("lá 'mía'")
const QUOTES = /["“”„‟«»]/

/** Parses user input: `giải phóng "mặt bằng" đườ` → terms [giai, phong], phrases [[mat, bang]], prefix "duo". */
export function parseSearchQuery(input: string): SearchQuery {
  const text = fold(input.slice(0, 1000))
  const endsOpen = input.length > 0 && !/[\s"“”„‟«»]$/.test(input.normalize('NFC').replace(/[\u200B-\u200D\u2060\uFEFF]/g, ''))
  const parts = text.split(QUOTES)
  const terms: string[] = []
  const phrases: string[][] = []
  let budget = MAX_QUERY_TERMS
  let prefix: string | null = null
  const seenTerms = new Set<string>()
  const seenPhrases = new Set<string>()
  parts.forEach((part, i) => {
    const words = syllablesOfFolded(part)
    const quoted = i % 2 === 1
    const last = i === parts.length - 1
    if (quoted && words.length > 1) {
      const p = words.slice(0, MAX_PHRASE_WORDS)
      const key = p.join(' ')
      if (budget > 0 && !seenPhrases.has(key)) {
        seenPhrases.add(key)
        phrases.push(p)
        budget--
      }
      return
    }
    // a quoted single word is an ordinary term; an unclosed quote's last word is still being typed
    const open = last && endsOpen && words.length > 0 && (!quoted || words.length === 1)
    const whole = open ? words.slice(0, -1) : words
    for (const w of whole) {
      if (budget > 0 && !seenTerms.has(w)) {
        seenTerms.add(w)
        terms.push(w)
        budget--
      }
    }
    if (open) {
      const w = words[words.length - 1] as string
      if (w.length >= MIN_PREFIX_LENGTH) prefix = w
      else if (budget > 0 && !seenTerms.has(w)) terms.push(w)
    }
  })
  return { terms, phrases, prefix }
}

/** Is the query empty (nothing to search)? */
export function isEmptyQuery(q: SearchQuery): boolean {
  return q.terms.length === 0 && q.phrases.length === 0 && q.prefix === null
}

const SAFE = /^[a-z0-9]+$/
function safe(words: readonly string[]): string[] {
  // the builders accept any SearchQuery object, not only the parser's: re-check rather than trust
  return words.filter((w) => SAFE.test(w))
}

/**
 * An FTS5 MATCH expression over the folded column: `"giai" "phong" "mat bang" "duo"*` (implicit AND).
 * Returns "" for an empty query: the caller must then not run a MATCH at all.
 */
export function toFts5Match(q: SearchQuery): string {
  const parts: string[] = []
  for (const t of safe(q.terms)) parts.push(`"${t}"`)
  for (const p of q.phrases) {
    const w = safe(p)
    if (w.length > 0) parts.push(`"${w.join(' ')}"`)
  }
  if (q.prefix !== null && SAFE.test(q.prefix)) parts.push(`"${q.prefix}"*`)
  return parts.join(' ')
}

/**
 * A PostgreSQL tsquery for `to_tsquery('simple', $1)`: `'giai' & 'phong' & ('mat' <-> 'bang') & 'duo':*`.
 * Returns "" for an empty query: the caller must then not search.
 */
export function toTsQuery(q: SearchQuery): string {
  const parts: string[] = []
  for (const t of safe(q.terms)) parts.push(`'${t}'`)
  for (const p of q.phrases) {
    const w = safe(p)
    if (w.length === 1) parts.push(`'${w[0]}'`)
    else if (w.length > 1) parts.push(`(${w.map((x) => `'${x}'`).join(' <-> ')})`)
  }
  if (q.prefix !== null && SAFE.test(q.prefix)) parts.push(`'${q.prefix}':*`)
  return parts.join(' & ')
}

/**
 * The text to store in the `search_text` column: folded syllables joined by single spaces. Only [a-z0-9 ]
 * remain, so FTS5's unicode61 and PostgreSQL's 'simple' parser split it into exactly the same words
 * ("3.5" would be one word to PostgreSQL but two to FTS5; stored as "3 5" both agree).
 */
export function toSearchText(text: string): string {
  return syllablesOfFolded(fold(text)).join(' ')
}

/** BM25's constants, as FTS5's bm25() uses them. */
const K1 = 1.2
const B = 0.75

// how often ` needle` (a word or a word's start) occurs in ` text ` (padded), each occurrence counted once
function occurrences(padded: string, needle: string): number {
  let n = 0
  for (let at = padded.indexOf(needle); at >= 0; at = padded.indexOf(needle, at + needle.length - 1)) n++
  return n
}

function wordCount(searchText: string): number {
  if (searchText.length === 0) return 0
  // indexOf finds the spaces several times faster than a loop over the characters
  let n = 1
  for (let at = searchText.indexOf(' '); at >= 0; at = searchText.indexOf(' ', at + 1)) n++
  return n
}

/**
 * Relevance of each of a set of matching records (their `search_text`) to the query, higher is better: BM25 over
 * the query's parts (each term, each phrase, the prefix), every part weighted the same, with the set's mean length
 * as the average length. Without weights the score only reads the record's own text (no count over the whole
 * index), so it costs the same at a thousand records or a million; a word used often in a short text ranks first.
 */
export function relevanceOf(searchTexts: readonly string[], q: SearchQuery): number[] {
  const needles = [
    ...safe(q.terms).map((t) => ` ${t} `),
    ...q.phrases.map((p) => safe(p)).filter((w) => w.length > 0).map((w) => ` ${w.join(' ')} `),
  ]
  const prefix = q.prefix !== null && SAFE.test(q.prefix) ? ` ${q.prefix}` : null
  const lengths = searchTexts.map(wordCount)
  const avg = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length) || 1
  return searchTexts.map((text, i) => {
    const padded = ` ${text} `
    const norm = K1 * (1 - B + (B * (lengths[i] as number)) / avg)
    let score = 0
    for (const needle of needles) {
      const tf = occurrences(padded, needle)
      score += (tf * (K1 + 1)) / (tf + norm)
    }
    if (prefix) {
      const tf = occurrences(padded, prefix)
      score += (tf * (K1 + 1)) / (tf + norm)
    }
    return score
  })
}
