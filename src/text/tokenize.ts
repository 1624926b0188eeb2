/**
 * Tokens for search and models. Vietnamese writes one syllable per space-separated unit, so the base token is
 * the folded syllable ("Đường" → "duong"); known multi-syllable words are joined with "_" on request
 * ("giải phóng mặt bằng" → "giai_phong_mat_bang").
 */
import { fold } from './fold.ts'
import { LEXICON } from './lexicon.ts'
import { buildPhraseIndex, findPhrases, type PhraseIndex } from './phrase-index.ts'
import { isStopWord } from './stopwords.ts'

const TOKEN = /[a-z0-9]+/g
// punctuation that ends a clause: negation and phrases do not reach across it
const CLAUSE_BREAK = /[.,;:!?…()[\]{}"“”«»\n\r\t|/\\]+|\s[-–—]+\s/
/** Longest token kept; longer runs (links, codes) are cut so that one record cannot blow up the vocabulary. */
export const MAX_TOKEN_LENGTH = 40

function cut(tokens: string[]): string[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string
    if (t.length > MAX_TOKEN_LENGTH) tokens[i] = t.slice(0, MAX_TOKEN_LENGTH)
  }
  return tokens
}

/** Folded syllables of already folded text (only [a-z0-9], never empty). */
export function syllablesOfFolded(folded: string): string[] {
  return cut(folded.match(TOKEN) ?? [])
}

/** Folded syllables of any text: "Giải phóng mặt bằng!" → ["giai", "phong", "mat", "bang"]. */
export function syllables(text: string): string[] {
  return syllablesOfFolded(fold(text))
}

/** Folded syllables grouped by clause (split at punctuation), empty clauses dropped. */
export function clauses(text: string): string[][] {
  return clausesOfFolded(fold(text))
}

/** Clauses of already folded text (saves folding twice when the caller has the folded form). */
export function clausesOfFolded(folded: string): string[][] {
  const out: string[][] = []
  for (const part of folded.split(CLAUSE_BREAK)) {
    const t = syllablesOfFolded(part)
    if (t.length > 0) out.push(t)
  }
  return out
}

const DEFAULT_INDEX: PhraseIndex<true> = buildPhraseIndex(LEXICON.map((w) => [w, true] as const))

/** Builds a word index from extra folded phrases (e.g. the rule phrases), on top of the bundled lexicon. */
export function buildWordIndex(extra: Iterable<readonly string[]> = []): PhraseIndex<true> {
  return buildPhraseIndex([...LEXICON.map((w) => [w, true] as const), ...[...extra].map((w) => [w, true] as const)])
}

/** Joins known multi-syllable words in a syllable list: ["o", "nhiem", "moi", "truong"] → ["o_nhiem_moi_truong"]. */
export function joinWords(tokens: readonly string[], index: PhraseIndex<true> = DEFAULT_INDEX): string[] {
  const out: string[] = []
  let i = 0
  for (const m of findPhrases(index, tokens)) {
    while (i < m.start) out.push(tokens[i++] as string)
    out.push(tokens.slice(m.start, m.end).join('_'))
    i = m.end
  }
  while (i < tokens.length) out.push(tokens[i++] as string)
  return out
}

/** Words of a text: folded syllables with known compounds joined, optionally without stop words. */
export function words(text: string, options: { dropStopWords?: boolean; index?: PhraseIndex<true> } = {}): string[] {
  const out: string[] = []
  for (const c of clauses(text)) {
    for (const w of joinWords(c, options.index)) if (!options.dropStopWords || !isStopWord(w)) out.push(w)
  }
  return out
}

/** Contiguous n-grams joined by a space: ngrams(["a","b","c"], 2) → ["a b", "b c"]. */
export function ngrams(tokens: readonly string[], n: number): string[] {
  if (n < 1) return []
  const out: string[] = []
  for (let i = 0; i + n <= tokens.length; i++) out.push(tokens.slice(i, i + n).join(' '))
  return out
}
