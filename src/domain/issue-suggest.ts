/**
 * Which open issues a record being written resembles: a suggestion to link it, the person writing decides.
 * Each issue is compared through its title and description and through the titles and summaries of its linked
 * streams; its score is the best of these (`signatureSimilarity` of src/text/dedup.ts: folded content words and
 * their bigrams, synonyms merged, containment for a short text inside a long one). Issues on one of the record's
 * topics come first, then the rest, each by score.
 */
import { signature, signatureSimilarity } from '../text/dedup.ts'

/**
 * From this score an issue is suggested. Lower than the near-duplicate threshold (0.45) because an issue title is a
 * short summary, not a retelling: on the retold complaints of src/text/dedup.test.ts, the retelling scores 0.5–0.9
 * against a matching issue title and unrelated stories mostly under 0.25; a different story naming the same company
 * or school can reach 0.35–0.57 and is then suggested too (the person sees it and does not link it).
 */
export const SUGGEST_THRESHOLD = 0.3
/** At most this many suggestions. */
export const SUGGEST_LIMIT = 5

export type SuggestCandidate = { id: string; topic: string; texts: readonly string[] }
export type RankedSuggestion = { id: string; score: number; sameTopic: boolean }

/** The best-matching candidates at or above the threshold: same topic first, then by score (3 decimals). */
export function rankSuggestions(text: string, topics: readonly string[], candidates: readonly SuggestCandidate[], limit = SUGGEST_LIMIT): RankedSuggestion[] {
  const sig = signature(text)
  if (sig.words.length === 0) return []
  const out: RankedSuggestion[] = []
  for (const c of candidates) {
    let best = 0
    for (const t of c.texts) best = Math.max(best, signatureSimilarity(sig, signature(t)))
    if (best >= SUGGEST_THRESHOLD) out.push({ id: c.id, score: Math.round(best * 1000) / 1000, sameTopic: topics.includes(c.topic) })
  }
  return out.sort((a, b) => Number(b.sameTopic) - Number(a.sameTopic) || b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit)
}
