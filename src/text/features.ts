/**
 * Features for the statistical models: folded syllable unigrams and bigrams, per clause, with negation
 * marked ("không đồng tình" → "khong", "!dong", "!tinh", "khong !dong", "!dong !tinh"). Stop words are kept out of
 * unigrams but kept inside bigrams, where they carry meaning ("tre em" vs "em"). Each feature counts once per text.
 */
import { markNegation, isNegatorAt, NEGATION_WINDOW, NEGATORS, SCOPE_BREAK } from './negation.ts'
import type { CompiledModel } from './model.ts'
import { isStopWord } from './stopwords.ts'

// contrast words are read structurally (rules.ts: segments, cues.ts); as single-word features they would only
// learn "a contrast means mixed", which is wrong when the contrast settles an earlier worry
const STRUCTURAL = new Set(['nhung', 'tuy', 'nhien', 'song', 'thi'])

/** The distinct features of a text given as folded clauses. */
export function featuresOfClauses(textClauses: readonly (readonly string[])[]): string[] {
  const out = new Set<string>()
  for (const c of textClauses) {
    const marked = markNegation(c)
    let prev: string | null = null
    for (const t of marked) {
      if (!isStopWord(t) && !STRUCTURAL.has(t)) out.add(t)
      if (prev !== null) out.add(prev + ' ' + t)
      prev = t
    }
  }
  return [...out]
}

/**
 * The same as scoreFeatures(m, featuresOfClauses(clauses)), without building feature strings: words are looked
 * up once by id and pairs through the small-integer tables of the compiled model (the hot path of bulk
 * classification). Not re-entrant per model, which JavaScript's single thread guarantees.
 */
export function scoreClauses(m: CompiledModel, textClauses: readonly (readonly string[])[]): { scores: Float64Array; known: number } {
  const scores = Float64Array.from(m.prior)
  const k = scores.length
  const st = m.stamps
  // a new stamp per text; on wrap-around the marks are cleared
  if (++st.counter >= 0x7fffffff) {
    st.counter = 1
    st.words.fill(0)
    st.pairs.fill(0)
  }
  const stamp = st.counter
  let known = 0
  for (const c of textClauses) {
    let left = 0
    let prev = -1
    for (let i = 0; i < c.length; i++) {
      const t = c[i] as string
      let marked = t
      if (left > 0) {
        if (SCOPE_BREAK.has(t) && !(t === 'con' && left === NEGATION_WINDOW)) left = 0
        else {
          marked = '!' + t
          left--
        }
      }
      if (marked === t && isNegatorAt(c, i)) left = NEGATION_WINDOW
      const id = m.ids.get(marked)
      if (id === undefined) {
        prev = -1
        continue
      }
      if (st.words[id] !== stamp) {
        st.words[id] = stamp
        const v = m.uni[id]
        if (v && !isStopWord(marked)) {
          known++
          for (let j = 0; j < k; j++) scores[j] = (scores[j] as number) + (v[j] as number)
        }
      }
      if (prev >= 0) {
        const row = m.next[prev]?.get(id)
        if (row !== undefined && st.pairs[row] !== stamp) {
          st.pairs[row] = stamp
          const v = m.pairRows[row] as Float64Array
          known++
          for (let j = 0; j < k; j++) scores[j] = (scores[j] as number) + (v[j] as number)
        }
      }
      prev = id
    }
  }
  return { scores, known }
}

/** Several compiled models over the same kind of features, scored in one pass (topics and direction together). */
export type JointModel = {
  widths: number[]
  ids: Map<string, number>
  /** the id of "!" + word, by the bare word (saves building the marked string for each negated token) */
  negIds: Map<string, number>
  /** per id: 1 when the word is a negator (every negator has an id, so one lookup per token serves both) */
  negator: Uint8Array
  /** per word id: the rows of all models side by side, and which models know the word (bit mask) */
  uni: (Float64Array | undefined)[]
  uniMask: number[]
  next: (Map<number, number> | undefined)[]
  pairRows: Float64Array[]
  pairMasks: number[]
  priors: Float64Array[]
  stamps: { words: Int32Array; pairs: Int32Array; counter: number }
}

/** Joins compiled models for one-pass scoring (at most 30 models). */
export function compileJoint(models: readonly CompiledModel[]): JointModel {
  const widths = models.map((m) => m.labels.length)
  const total = widths.reduce((a, b) => a + b, 0)
  const offsets = widths.map((_, i) => widths.slice(0, i).reduce((a, b) => a + b, 0))
  const ids = new Map<string, number>()
  const uni: (Float64Array | undefined)[] = []
  const uniMask: number[] = []
  const next: (Map<number, number> | undefined)[] = []
  const pairRows: Float64Array[] = []
  const pairMasks: number[] = []
  const id = (w: string) => {
    let i = ids.get(w)
    if (i === undefined) ids.set(w, (i = ids.size))
    return i
  }
  models.forEach((m, mi) => {
    const words = [...m.ids.keys()]
    m.uni.forEach((row, wid) => {
      if (!row) return
      const j = id(words[wid] as string)
      const r = (uni[j] ??= new Float64Array(total))
      r.set(row, offsets[mi])
      uniMask[j] = (uniMask[j] ?? 0) | (1 << mi)
    })
    m.next.forEach((map, a) => {
      if (!map) return
      for (const [b, rowIndex] of map) {
        const ja = id(words[a] as string)
        const jb = id(words[b] as string)
        const n = (next[ja] ??= new Map())
        let pr = n.get(jb)
        if (pr === undefined) {
          pr = pairRows.length
          n.set(jb, pr)
          pairRows.push(new Float64Array(total))
          pairMasks.push(0)
        }
        ;(pairRows[pr] as Float64Array).set(m.pairRows[rowIndex] as Float64Array, offsets[mi])
        pairMasks[pr] = (pairMasks[pr] as number) | (1 << mi)
      }
    })
  })
  const negIds = new Map<string, number>()
  for (const [w, i] of ids) if (w.startsWith('!')) negIds.set(w.slice(1), i)
  for (const n of NEGATORS) id(n)
  const negator = new Uint8Array(ids.size)
  for (const n of NEGATORS) negator[ids.get(n) as number] = 1
  return { widths, ids, negIds, negator, uni, uniMask, next, pairRows, pairMasks, priors: models.map((m) => m.prior), stamps: { words: new Int32Array(ids.size), pairs: new Int32Array(pairRows.length), counter: 0 } }
}

/** Scores of each joined model, exactly as scoreClauses would give them one by one. */
export function scoreClausesJoint(j: JointModel, textClauses: readonly (readonly string[])[]): { scores: Float64Array; known: number }[] {
  const widths = j.widths
  const models = widths.length
  let total = 0
  for (const w of widths) total += w
  const sum = new Float64Array(total)
  const known = new Array<number>(models).fill(0)
  const st = j.stamps
  if (++st.counter >= 0x7fffffff) {
    st.counter = 1
    st.words.fill(0)
    st.pairs.fill(0)
  }
  const stamp = st.counter
  const { ids, negIds, negator, uni, uniMask, next, pairRows, pairMasks } = j
  for (const c of textClauses) {
    let left = 0
    let prev = -1
    for (let i = 0; i < c.length; i++) {
      const t = c[i] as string
      let id: number | undefined
      // a stop word never has a row of its own (featuresOfClauses leaves them out), but takes part in pairs
      let negated = false
      if (left > 0) {
        if (SCOPE_BREAK.has(t) && !(t === 'con' && left === NEGATION_WINDOW)) left = 0
        else {
          negated = true
          left--
        }
      }
      if (negated) id = negIds.get(t)
      else {
        id = ids.get(t)
        if (id !== undefined && negator[id] === 1 && isNegatorAt(c, i)) left = NEGATION_WINDOW
      }
      if (id === undefined) {
        prev = -1
        continue
      }
      if (st.words[id] !== stamp) {
        st.words[id] = stamp
        const v = uni[id]
        if (v && (negated || !isStopWord(t))) {
          const mask = uniMask[id] as number
          for (let mi = 0; mi < models; mi++) if (mask & (1 << mi)) known[mi] = (known[mi] as number) + 1
          for (let x = 0; x < total; x++) sum[x] = (sum[x] as number) + (v[x] as number)
        }
      }
      if (prev >= 0) {
        const row = next[prev]?.get(id)
        if (row !== undefined && st.pairs[row] !== stamp) {
          st.pairs[row] = stamp
          const mask = pairMasks[row] as number
          for (let mi = 0; mi < models; mi++) if (mask & (1 << mi)) known[mi] = (known[mi] as number) + 1
          const v = pairRows[row] as Float64Array
          for (let x = 0; x < total; x++) sum[x] = (sum[x] as number) + (v[x] as number)
        }
      }
      prev = id
    }
  }
  let offset = 0
  return widths.map((w, mi) => {
    const scores = Float64Array.from(j.priors[mi] as Float64Array)
    for (let x = 0; x < w; x++) scores[x] = (scores[x] as number) + (sum[offset + x] as number)
    offset += w
    return { scores, known: known[mi] as number }
  })
}
