/**
 * Phrase rules: data that the focal board can edit (a later UI reads and writes it as JSON). Phrases per topic
 * with weights, cues for direction, intensity and latent opinion. Compiled once into a longest-match index over
 * folded syllables, so accents, case and NFD/NFC make no difference.
 */
import { z } from 'zod'
import { NEGATORS, isNegatorAt } from './negation.ts'
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

// kinds of cue, each matched longest-first on its own, so that a topic phrase never hides a direction cue
// ("vẫn băn khoăn" folds to "van ban khoan", where "văn bản" would otherwise take "van ban")
const GROUPS = 5 // topic, direction, intensity, latent, amplifier
type Entry = { tokens: string[]; group: number; hits: Hit[] }

type Slot = { single: Entry[]; bySecond: Map<string, Entry[]> }
/** Rules compiled for matching: entries by first syllable, then one-syllable ones and longer ones by second syllable (longest first). */
export type CompiledRules = { rules: Rules; byFirst: Map<string, Slot> }

/** Compiles rules into a longest-match index over folded syllables. */
export function compileRules(rules: Rules): CompiledRules {
  const byKey = new Map<string, Entry>()
  const add = (text: string, group: number, hit: Hit | null) => {
    const tokens = syllables(text)
    if (tokens.length === 0) return
    const key = `${group}|${tokens.join(' ')}`
    const e = byKey.get(key) ?? { tokens, group, hits: [] }
    if (hit) e.hits.push(hit)
    byKey.set(key, e)
  }
  for (const code of TOPIC_CODES) for (const p of rules.topics[code]) add(p.phrase, 0, { kind: 'topic', code, weight: p.weight })
  for (const code of ['support', 'concern', 'oppose', 'mixed'] as const) for (const p of rules.directions[code]) add(p.phrase, 1, { kind: 'direction', code, weight: p.weight })
  for (const code of ['pressing', 'high', 'medium'] as const) for (const p of rules.intensity[code]) add(p.phrase, 2, { kind: 'intensity', code, weight: p.weight })
  for (const p of rules.latent) add(p.phrase, 3, { kind: 'latent', weight: p.weight })
  for (const a of rules.amplifiers) add(a, 4, { kind: 'amplifier' })
  for (const n of rules.neutral) {
    add(n, 0, null)
    add(n, 1, null)
  }
  const byFirst = new Map<string, Slot>()
  for (const e of byKey.values()) {
    const first = e.tokens[0] as string
    const slot: Slot = byFirst.get(first) ?? { single: [], bySecond: new Map() }
    byFirst.set(first, slot)
    if (e.tokens.length === 1) slot.single.push(e)
    else {
      const second = e.tokens[1] as string
      slot.bySecond.set(second, [...(slot.bySecond.get(second) ?? []), e])
    }
  }
  for (const slot of byFirst.values()) for (const list of slot.bySecond.values()) list.sort((x, y) => y.tokens.length - x.tokens.length)
  return { rules, byFirst }
}

type Match = { start: number; end: number; hits: Hit[] }

// one pass: at each position, the longest phrase of each kind that starts there and does not overlap the
// previous match of the same kind
function matchClause(compiled: CompiledRules, tokens: readonly string[]): Match[] {
  const out: Match[] = []
  const free = new Array<number>(GROUPS).fill(0)
  const take = (list: Entry[] | undefined, i: number) => {
    if (!list) return
    outer: for (const e of list) {
      if ((free[e.group] as number) > i) continue
      const n = e.tokens.length
      if (i + n > tokens.length) continue
      for (let k = 2; k < n; k++) if (tokens[i + k] !== e.tokens[k]) continue outer
      free[e.group] = i + n
      out.push({ start: i, end: i + n, hits: e.hits })
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    const slot = compiled.byFirst.get(tokens[i] as string)
    if (!slot) continue
    if (i + 1 < tokens.length && slot.bySecond.size > 0) take(slot.bySecond.get(tokens[i + 1] as string), i)
    take(slot.single, i)
  }
  return out
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
  /** the phrases matched, folded, for explanations (filled only when asked: building them costs time) */
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
export function applyRules(compiled: CompiledRules, textClauses: readonly (readonly string[])[], options: { explain?: boolean } = {}): RuleEvidence {
  const topics = Object.fromEntries(TOPIC_CODES.map((c) => [c, 0])) as Record<TopicCode, number>
  const ev: RuleEvidence = { topics, directions: { support: 0, concern: 0, oppose: 0, mixed: 0 }, intensity: { pressing: 0, high: 0, medium: 0 }, latent: 0, contrast: 0, amplified: 0, matched: [] }
  // the stance of each cue in reading order (+1 favourable, -1 unfavourable, 0 a contrast word)
  const stances: number[] = []
  textClauses.forEach((tokens) => {
    const matches = matchClause(compiled, tokens)
    // amplifiers stand before ("rất bức xúc") or after ("bức xúc lắm") the cue
    const amplifierStarts: number[] = []
    const amplifierEnds: number[] = []
    for (const m of matches) {
      if (m.hits.length === 1 && (m.hits[0] as Hit).kind === 'amplifier') {
        amplifierStarts.push(m.start)
        amplifierEnds.push(m.end)
      }
    }
    // contrast words, in order, unless part of a matched phrase
    const sortedContrasts: number[] = []
    for (let i = 0; i < tokens.length; i++) {
      if (CONTRAST.has(tokens[i] as string) && !matches.some((m) => m.hits.length > 0 && m.start <= i && i < m.end)) sortedContrasts.push(i)
    }
    let next = 0
    for (const m of matches) {
      while (next < sortedContrasts.length && (sortedContrasts[next] as number) < m.start) {
        stances.push(0)
        next++
      }
      if (m.hits.length === 0) continue
      const negated = negatedAt(tokens, m.start)
      const amp = amplifierEnds.includes(m.start) || amplifierEnds.includes(m.start - 1) || amplifierStarts.includes(m.end)
      let used = false
      for (const h of m.hits) {
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
      if (used && options.explain) ev.matched.push(tokens.slice(m.start, m.end).join(' '))
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
