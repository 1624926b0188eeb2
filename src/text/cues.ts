/**
 * Dense features for the direction model, read off the rule evidence with clause-level reasoning: how much
 * support, concern and opposition the cues carry in the whole text, in its last segment (after "nhưng",
 * "tuy nhiên", or after a clause opened by "mặc dù", "lúc đầu", "cứ tưởng") and before it; negated cues; both
 * stances present; a majority and a minority named; a question; numbers (facts); length. The logistic model
 * learns their weights, and because they are about cue words rather than topic words they carry over to texts
 * on matters the labelled set never mentions.
 */
import { TOPIC_CODES } from './taxonomy.ts'
import type { RuleEvidence } from './rules.ts'

/** Names of the direction cue features, in order (for explanations and the docs). */
export const DIRECTION_FEATURES = [
  'support', 'concern', 'oppose',
  'support-last', 'concern-last', 'oppose-last',
  'support-before', 'concern-before', 'oppose-before',
  'negated-support', 'negated-negative', 'mixed-cue',
  'contrast', 'concession', 'both-stances', 'turns', 'group-split',
  'question', 'exclamation', 'no-cue', 'numbers', 'length',
  'pressing', 'high', 'medium', 'amplified', 'latent',
  'turns-favourable', 'turns-unfavourable', 'question-form', 'report-form', 'settled-favourable', 'settled-unfavourable',
  'favourable-reserved',
] as const

const N = DIRECTION_FEATURES.length

/** The direction cue features of one text: its rule evidence, its folded text and its number of syllables. */
export function directionFeatures(ev: RuleEvidence, folded: string, syllableCount: number): Float64Array {
  const x = new Float64Array(N)
  const all = [0, 0, 0]
  const last = [0, 0, 0]
  const before = [0, 0, 0]
  let negSupport = 0
  let negNegative = 0
  let mixed = 0
  // favourable / unfavourable weight before and in the last segment
  let favBefore = 0
  let unfavBefore = 0
  let favLast = 0
  let unfavLast = 0
  const { kind, weight, segment } = ev.cues
  // after a marker of a stance given up ("lúc đầu …, nay …", "cứ tưởng …, hóa ra …") the earlier segments count
  // for a quarter in the totals and not at all for "both stances": the writer has moved on from them
  const settled = ev.markers.earlier > 0
  let favNow = 0
  let unfavNow = 0
  for (let i = 0; i < kind.length; i++) {
    const k = kind[i] as number
    const inLast = ev.segments > 0 && segment[i] === ev.segments
    const isBefore = ev.segments > 0 && !inLast
    const w0 = weight[i] as number
    const w = settled && isBefore ? w0 / 4 : w0
    if (k <= 2) {
      all[k] = (all[k] as number) + w
      if (inLast) last[k] = (last[k] as number) + w0
      if (isBefore) before[k] = (before[k] as number) + w0
    } else if (k === 3) negSupport += w
    else if (k === 4) negNegative += w
    else mixed += w
    const fav = k === 0 || k === 4
    const unfav = k === 1 || k === 2 || k === 3
    if (!(settled && isBefore)) {
      if (fav) favNow += w0
      if (unfav) unfavNow += w0
    }
    if (inLast) {
      if (fav) favLast += w0
      if (unfav) unfavLast += w0
    } else if (isBefore) {
      if (fav) favBefore += w0
      if (unfav) unfavBefore += w0
    }
  }
  const r = (v: number) => Math.sqrt(v) / 2
  for (let k = 0; k < 3; k++) {
    x[k] = r(all[k] as number)
    x[3 + k] = r(last[k] as number)
    x[6 + k] = r(before[k] as number)
  }
  x[9] = r(negSupport)
  x[10] = r(negNegative)
  x[11] = r(mixed)
  x[12] = ev.markers.contrast > 0 ? 1 : 0
  x[13] = ev.markers.concession > 0 ? 1 : 0
  const fav = (all[0] as number) + negNegative
  const unfav = (all[1] as number) + (all[2] as number) + negSupport
  x[14] = favNow > 0 && unfavNow > 0 ? 1 : 0
  x[15] = Math.min(ev.contrast, 2) / 2
  x[16] = ev.groupSplit ? 1 : 0
  x[19] = fav + unfav + mixed === 0 ? 1 : 0
  // one scan of the text: "?" (63), "!" (33) and runs of digits (numbers, counted up to 6)
  let numbers = 0
  let inNumber = false
  let question = 0
  let exclamation = 0
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i)
    const digit = c >= 48 && c <= 57
    if (digit && !inNumber) numbers++
    inNumber = digit
    if (c === 63) question = 1
    else if (c === 33) exclamation = 1
  }
  x[17] = question
  x[18] = exclamation
  x[20] = Math.min(numbers, 6) / 6
  x[21] = Math.log1p(syllableCount) / 5
  x[22] = ev.intensity.pressing > 0 ? 1 : 0
  x[23] = ev.intensity.high > 0 ? 1 : 0
  x[24] = ev.intensity.medium > 0 ? 1 : 0
  x[25] = ev.amplified > 0 ? 1 : 0
  x[26] = ev.latent > 0 ? 1 : 0
  // the last segment turns the text: unfavourable before, only favourable after ("lúc đầu lo, nay yên tâm"), or the reverse
  x[27] = unfavBefore > 0 && favLast > 0 && unfavLast === 0 ? 1 : 0
  x[28] = favBefore > 0 && unfavLast > 0 && favLast === 0 ? 1 : 0
  x[29] = Math.min(ev.questions, 2) / 2
  x[30] = Math.min(ev.reports, 3) / 3
  // the same turns after a marker of a stance given up ("lúc đầu lo, nay yên tâm", "cứ tưởng nhanh, hóa ra chờ mãi")
  x[31] = ev.markers.earlier > 0 ? (x[27] as number) : 0
  x[32] = ev.markers.earlier > 0 ? (x[28] as number) : 0
  // favourable, then a contrast or concession with only a reservation ("phấn khởi…, tuy mức tăng còn ít"): mixed
  x[33] = favBefore > 0 && ev.segments > 0 && favLast === 0 && unfavLast === 0 && ev.markers.earlier === 0 ? (ev.reserved === ev.segments ? 1 : 0.5) : 0
  return x
}

/** Number of dense topic features: per topic, its rule score in the whole text and in the first clause naming a topic. */
export const TOPIC_FEATURES = 2 * TOPIC_CODES.length

/** Dense topic features (square roots, halved), in taxonomy order: whole text, then first topical clause. */
export function topicFeatures(ev: RuleEvidence): Float64Array {
  const n = TOPIC_CODES.length
  const x = new Float64Array(2 * n)
  for (let i = 0; i < n; i++) {
    const code = TOPIC_CODES[i] as (typeof TOPIC_CODES)[number]
    x[i] = Math.sqrt(ev.topics[code]) / 2
    x[n + i] = Math.sqrt(ev.firstTopics[code]) / 2
  }
  return x
}
