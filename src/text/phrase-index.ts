/** Longest-match lookup of multi-syllable phrases in a token sequence ("giai phong mat bang" in one step). */

export type PhraseMatch<T> = {
  /** index of the first token */
  start: number
  /** index after the last token */
  end: number
  value: T
}

export type PhraseIndex<T> = {
  /** phrases by first syllable, longest first */
  byFirst: Map<string, { tokens: readonly string[]; value: T }[]>
  maxLength: number
}

/** Builds an index from phrases given as folded syllable lists; a later duplicate replaces an earlier one. */
export function buildPhraseIndex<T>(entries: Iterable<readonly [readonly string[], T]>): PhraseIndex<T> {
  const byKey = new Map<string, { tokens: readonly string[]; value: T }>()
  for (const [tokens, value] of entries) if (tokens.length > 0) byKey.set(tokens.join(' '), { tokens, value })
  const byFirst = new Map<string, { tokens: readonly string[]; value: T }[]>()
  let maxLength = 0
  for (const e of byKey.values()) {
    const first = e.tokens[0] as string
    const list = byFirst.get(first) ?? []
    list.push(e)
    byFirst.set(first, list)
    maxLength = Math.max(maxLength, e.tokens.length)
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length)
  return { byFirst, maxLength }
}

/** The longest phrase starting at token `i`, if any. */
export function matchAt<T>(index: PhraseIndex<T>, tokens: readonly string[], i: number): PhraseMatch<T> | null {
  const list = index.byFirst.get(tokens[i] as string)
  if (!list) return null
  outer: for (const e of list) {
    const n = e.tokens.length
    if (i + n > tokens.length) continue
    for (let k = 1; k < n; k++) if (tokens[i + k] !== e.tokens[k]) continue outer
    return { start: i, end: i + n, value: e.value }
  }
  return null
}

/** Non-overlapping matches, scanning left to right and taking the longest phrase at each position. */
export function findPhrases<T>(index: PhraseIndex<T>, tokens: readonly string[]): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = []
  for (let i = 0; i < tokens.length; ) {
    const m = matchAt(index, tokens, i)
    if (m) {
      out.push(m)
      i = m.end
    } else i++
  }
  return out
}
