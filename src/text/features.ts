/**
 * Features for the statistical models: folded syllable unigrams and bigrams, per clause, with negation
 * marked ("không đồng tình" → "khong", "!dong", "!tinh", "khong !dong", "!dong !tinh"). Stop words are kept out of
 * unigrams but kept inside bigrams, where they carry meaning ("tre em" vs "em"). Each feature counts once per text.
 */
import { markNegation } from './negation.ts'
import { isStopWord } from './stopwords.ts'

/** The distinct features of a text given as folded clauses. */
export function featuresOfClauses(textClauses: readonly (readonly string[])[]): string[] {
  const out = new Set<string>()
  for (const c of textClauses) {
    const marked = markNegation(c)
    let prev: string | null = null
    for (const t of marked) {
      if (!isStopWord(t)) out.add(t)
      if (prev !== null) out.add(prev + ' ' + t)
      prev = t
    }
  }
  return [...out]
}
