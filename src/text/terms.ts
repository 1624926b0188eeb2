/**
 * Terms for trends and emerging-term ranking: folded n-grams of 1–3 syllables inside a clause that neither start
 * nor end with a stop word and are not bare numbers ("giai phong mat" and "mat bang" are both counted; the
 * ranking in src/domain/spikes.ts takes them from there). Counted once per text (document frequency).
 */
import { isStopWord } from './stopwords.ts'
import { clauses } from './tokenize.ts'

const NUMBER = /^[0-9]+$/

/** The distinct terms of one text. */
export function termsOf(text: string, maxN = 3): Set<string> {
  const out = new Set<string>()
  for (const c of clauses(text)) {
    for (let i = 0; i < c.length; i++) {
      const first = c[i] as string
      if (isStopWord(first) || NUMBER.test(first)) continue
      for (let n = 1; n <= maxN && i + n <= c.length; n++) {
        const last = c[i + n - 1] as string
        if (isStopWord(last) || NUMBER.test(last)) continue
        out.add(c.slice(i, i + n).join(' '))
      }
    }
  }
  return out
}

/** Document frequency of terms over texts. */
export function termCounts(texts: Iterable<string>, maxN = 3): Map<string, number> {
  const counts = new Map<string, number>()
  for (const t of texts) for (const term of termsOf(t, maxN)) counts.set(term, (counts.get(term) ?? 0) + 1)
  return counts
}
