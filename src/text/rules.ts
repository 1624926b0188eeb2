/**
 * Phrase rules: data that the focal board can edit (a later UI reads and writes it as JSON). Phrases per topic
 * with weights, cues for direction, intensity and latent opinion. Compiled once into a longest-match index over
 * folded syllables, so accents, case and NFD/NFC make no difference.
 */
import { z } from 'zod'
import { NEGATORS, isNegatorAt } from './negation.ts'
import { buildPhraseIndex, findPhrases, type PhraseIndex } from './phrase-index.ts'
import { syllables } from './tokenize.ts'
import { TOPIC_CODES, type TopicCode } from './taxonomy.ts'

const phrase = z.object({ phrase: z.string().min(1).max(200), weight: z.number().min(0).max(10) })
const phrases = z.array(phrase).max(5000)

/** Schema of the rules object (JSON-serialisable); `parseRules` validates input from a file or the UI. */
export const RULES_SCHEMA = z.object({
  version: z.literal(1),
  topics: z.object(Object.fromEntries(TOPIC_CODES.map((c) => [c, phrases])) as Record<TopicCode, typeof phrases>),
  directions: z.object({ support: phrases, concern: phrases, oppose: phrases, mixed: phrases }),
  intensity: z.object({ pressing: phrases, high: phrases, medium: phrases }),
  latent: phrases,
  amplifiers: z.array(z.string().min(1).max(100)).max(500),
  neutral: z.array(z.string().min(1).max(200)).max(5000),
})

/** The editable rules. */
export type Rules = z.infer<typeof RULES_SCHEMA>
export type WeightedPhrase = z.infer<typeof phrase>
export type DirectionCue = keyof Rules['directions']
export type IntensityCue = keyof Rules['intensity']

/** Validates rules read from JSON; on failure, the issues name the path of each bad field. */
export function parseRules(value: unknown): { ok: true; rules: Rules } | { ok: false; issues: { path: string; message: string }[] } {
  const r = RULES_SCHEMA.safeParse(value)
  if (r.success) return { ok: true, rules: r.data }
  return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }
}

type Hit =
  | { kind: 'topic'; code: TopicCode; weight: number }
  | { kind: 'direction'; code: DirectionCue; weight: number }
  | { kind: 'intensity'; code: IntensityCue; weight: number }
  | { kind: 'latent'; weight: number }
  | { kind: 'amplifier' }

/** Rules compiled for matching: one longest-match index per kind of cue, so that a topic phrase never hides a
 * direction cue ("vẫn băn khoăn" folds to "van ban khoan", where "văn bản" would otherwise take "van ban"). */
export type CompiledRules = { rules: Rules; indexes: PhraseIndex<Hit[]>[] }

/** Compiles rules into longest-match indexes over folded syllables. */
export function compileRules(rules: Rules): CompiledRules {
  const build = (entries: [string, Hit | null][]) => {
    const byKey = new Map<string, { tokens: string[]; hits: Hit[] }>()
    for (const [text, hit] of entries) {
      const tokens = syllables(text)
      if (tokens.length === 0) continue
      const key = tokens.join(' ')
      const e = byKey.get(key) ?? { tokens, hits: [] }
      if (hit) e.hits.push(hit)
      byKey.set(key, e)
    }
    return buildPhraseIndex([...byKey.values()].map((e) => [e.tokens, e.hits] as const))
  }
  const neutral = rules.neutral.map((n): [string, Hit | null] => [n, null])
  const topic: [string, Hit | null][] = TOPIC_CODES.flatMap((code) => rules.topics[code].map((p): [string, Hit] => [p.phrase, { kind: 'topic', code, weight: p.weight }]))
  const direction: [string, Hit | null][] = (['support', 'concern', 'oppose', 'mixed'] as const).flatMap((code) =>
    rules.directions[code].map((p): [string, Hit] => [p.phrase, { kind: 'direction', code, weight: p.weight }]),
  )
  const intensity: [string, Hit | null][] = (['pressing', 'high', 'medium'] as const).flatMap((code) =>
    rules.intensity[code].map((p): [string, Hit] => [p.phrase, { kind: 'intensity', code, weight: p.weight }]),
  )
  const latent: [string, Hit | null][] = rules.latent.map((p) => [p.phrase, { kind: 'latent', weight: p.weight }])
  const amplifier: [string, Hit | null][] = rules.amplifiers.map((a) => [a, { kind: 'amplifier' }])
  return { rules, indexes: [build([...topic, ...neutral]), build([...direction, ...neutral]), build(intensity), build(latent), build(amplifier)] }
}

/** What the rules found in a text. */
export type RuleEvidence = {
  topics: Record<TopicCode, number>
  directions: Record<DirectionCue, number>
  intensity: Record<IntensityCue, number>
  latent: number
  /** a contrast ("…, nhưng …", "tuy nhiên") stands between a favourable and an unfavourable cue */
  contrast: number
  /** an amplifier ("rất", "quá", "vô cùng") stands before a negative cue */
  amplified: number
  /** the phrases matched, folded, for explanations */
  matched: string[]
}

// words that turn a text from one stance to another ("đồng tình, nhưng còn băn khoăn"); "nhung" is also
// "những", so a contrast only counts when the stances before and after it differ
const CONTRAST = new Set(['nhung', 'tuy', 'song', 'mac du', 'du', 'con'])
const LOOKBACK = 3

function negatedAt(tokens: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - LOOKBACK; k--) {
    const t = tokens[k] as string
    if (t === 'nhung' || t === 'ma' || t === 'va') return false
    if (NEGATORS.has(t) && isNegatorAt(tokens, k)) return true
  }
  return false
}

/** Applies compiled rules to the folded clauses of a text (see `clauses` in tokenize.ts). */
export function applyRules(compiled: CompiledRules, textClauses: readonly (readonly string[])[]): RuleEvidence {
  const topics = Object.fromEntries(TOPIC_CODES.map((c) => [c, 0])) as Record<TopicCode, number>
  const ev: RuleEvidence = { topics, directions: { support: 0, concern: 0, oppose: 0, mixed: 0 }, intensity: { pressing: 0, high: 0, medium: 0 }, latent: 0, contrast: 0, amplified: 0, matched: [] }
  // the stance of each cue in reading order (+1 favourable, -1 unfavourable, 0 a contrast word)
  const stances: number[] = []
  textClauses.forEach((tokens) => {
    const contrastAt = new Set<number>()
    tokens.forEach((t, i) => {
      if (CONTRAST.has(t)) contrastAt.add(i)
    })
    const matches = compiled.indexes.flatMap((index) => findPhrases(index, tokens)).sort((a, b) => a.start - b.start)
    const amplifierEnds = new Set<number>()
    for (const m of matches) if (m.value.some((h) => h.kind === 'amplifier')) amplifierEnds.add(m.end)
    // amplifiers stand before ("rất bức xúc") or after ("bức xúc lắm") the cue
    const trailing = new Set<number>()
    for (const m of matches) if (m.value.some((h) => h.kind === 'amplifier')) trailing.add(m.start)
    for (const m of matches) {
      if (m.value.length > 0) for (let i = m.start; i < m.end; i++) contrastAt.delete(i)
    }
    let next = 0
    const sortedContrasts = [...contrastAt].sort((a, b) => a - b)
    for (const m of matches) {
      while (next < sortedContrasts.length && (sortedContrasts[next] as number) < m.start) {
        stances.push(0)
        next++
      }
      if (m.value.length === 0) continue
      const negated = negatedAt(tokens, m.start)
      const amp = amplifierEnds.has(m.start) || amplifierEnds.has(m.start - 1) || trailing.has(m.end)
      let used = false
      for (const h of m.value) {
        switch (h.kind) {
          case 'topic':
            topics[h.code] += h.weight
            used = true
            break
          case 'direction': {
            const w = h.weight * (amp ? 1.5 : 1)
            if (h.code === 'mixed') {
              if (!negated) ev.directions.mixed += w
            } else if (!negated) {
              ev.directions[h.code] += w
              stances.push(h.code === 'support' ? 1 : -1)
            } else if (h.code === 'support') {
              // "không đồng tình", "chưa hài lòng" oppose; "không phản đối", "không lo lắng" lean to support
              ev.directions.oppose += 0.8 * w
              stances.push(-1)
            } else {
              ev.directions.support += 0.5 * w
              stances.push(1)
            }
            if (amp && !negated && h.code !== 'support') ev.amplified += 1
            used = true
            break
          }
          case 'intensity':
            if (!negated) ev.intensity[h.code] += h.weight
            used = true
            break
          case 'latent':
            ev.latent += h.weight
            used = true
            break
          case 'amplifier':
            break
        }
      }
      if (used) ev.matched.push(tokens.slice(m.start, m.end).join(' '))
    }
    while (next++ < sortedContrasts.length) stances.push(0)
  })
  ev.contrast = countTurns(stances)
  return ev
}

/** How many contrasts stand between cues of opposite stance: [+1, 0, -1] → 1, [+1, 0, +1] → 0. */
export function countTurns(stances: readonly number[]): number {
  let turns = 0
  let last = 0
  let pending = false
  for (const s of stances) {
    if (s === 0) pending = last !== 0
    else {
      if (pending && s !== last) turns++
      last = s
      pending = false
    }
  }
  return turns
}
