/**
 * Classification that learns: phrase rules (editable data) find cue words, and two regularised logistic
 * regressions — one for the topic, one for the direction — weigh them together with the words and word pairs
 * of the text. Texting forms are expanded first ("ko dc" → "không được"); everything works on folded text,
 * so missing accents make no difference.
 */
import { applyRules, compileRules, type CompiledRules, type RuleEvidence, type Rules } from './rules.ts'
import { DEFAULT_RULES } from './default-rules.ts'
import { compileJoint, featuresOfClauses, scoreClausesJoint, type JointModel } from './features.ts'
import type { CompiledModel } from './model.ts'
import { addDense, fitLogistic, softmaxInPlace, sparseScale, type LogisticExample, type LogisticWeights } from './logistic.ts'
import { directionFeatures, topicFeatures, DIRECTION_FEATURES, TOPIC_FEATURES } from './cues.ts'
import { normalizeClauses } from './normalize.ts'
import { clausesOfFolded } from './tokenize.ts'
import { fold } from './fold.ts'
import { DIRECTIONS, TOPIC_CODES, isDirection, isTopicCode, type Direction, type Intensity, type TopicCode } from './taxonomy.ts'

/** A record to learn from: topics best first (the first is the primary topic) and a direction. */
export type LabelledText = { text: string; topics: readonly TopicCode[]; direction: Direction }

/** How the models are fitted; the defaults were chosen by cross-validation (docs/text-engine.md). */
export type ClassifierParams = {
  /** a word or word pair becomes a feature when it occurs in at least this many training texts */
  minCount: number
  /** L2 penalties of the topic model: on word features, on the rule features */
  topicL2Sparse: number
  topicL2Dense: number
  /** the same for the direction model */
  directionL2Sparse: number
  directionL2Dense: number
  /** L-BFGS iterations */
  iterations: number
  /** target weight of each secondary topic (the primary has 1; the targets are normalised) */
  secondaryTopicWeight: number
  /** logits are divided by these before the softmax (calibration; 1 = as fitted) */
  topicTemperature: number
  directionTemperature: number
}

export const DEFAULT_PARAMS: ClassifierParams = {
  minCount: 2,
  topicL2Sparse: 0.00003,
  topicL2Dense: 0.0005,
  directionL2Sparse: 0.00003,
  directionL2Dense: 0.0005,
  iterations: 80,
  secondaryTopicWeight: 0.15,
  topicTemperature: 0.85,
  directionTemperature: 1,
}

/** Rules, the two fitted models and what they were fitted on. */
export type Classifier = {
  rules: CompiledRules
  params: ClassifierParams
  /** the features (words "dan", pairs "khong !dong"), numbered by position */
  vocabulary: string[]
  topic: LogisticWeights
  direction: LogisticWeights
  /** the records the models were fitted on (updateClassifier refits on these plus the new ones) */
  records: LabelledText[]
  compiled: { joint: JointModel }
}

export type ScoredTopic = { code: TopicCode; score: number }

/** The result for one text. Scores are probabilities in [0, 1]; topic scores sum to at most 1. */
export type Classification = {
  /** best first; the first is always present; others only when close to it (at most 3) */
  topics: ScoredTopic[]
  direction: { code: Direction; score: number }
  intensity: Intensity
  /** cues of opinion not yet voiced openly (dư luận tiềm ẩn): "xì xào", "âm ỉ", "chưa ai dám nói" */
  latent: boolean
}

/** What classification reads from a text: its clauses (normalised), rule evidence and dense features. */
type Reading = { clauses: (readonly string[])[]; evidence: RuleEvidence; topicDense: Float64Array; directionDense: Float64Array }

function read(rules: CompiledRules, folded: string, raw: string[][] = clausesOfFolded(folded), explain = false): Reading {
  const cl = normalizeClauses(raw)
  const evidence = applyRules(rules, cl, { explain })
  let n = 0
  for (const c of cl) n += c.length
  return { clauses: cl, evidence, topicDense: topicFeatures(evidence), directionDense: directionFeatures(evidence, folded, n) }
}

function topicTarget(topics: readonly TopicCode[], secondary: number): Float64Array {
  const t = new Float64Array(TOPIC_CODES.length)
  topics.forEach((code, i) => {
    const k = TOPIC_CODES.indexOf(code)
    if (k >= 0) t[k] = Math.max(t[k] as number, i === 0 ? 1 : secondary)
  })
  let sum = 0
  for (const v of t) sum += v
  if (sum > 0) for (let k = 0; k < t.length; k++) t[k] = (t[k] as number) / sum
  return t
}

function fit(records: readonly LabelledText[], rules: CompiledRules, params: ClassifierParams, warm?: Classifier): Classifier {
  const readings = records.map((r) => {
    const folded = fold(r.text)
    const reading = read(rules, folded)
    return { reading, features: featuresOfClauses(reading.clauses) }
  })
  // vocabulary: features in at least minCount texts, in order of first appearance (deterministic)
  const df = new Map<string, number>()
  for (const { features } of readings) for (const f of features) df.set(f, (df.get(f) ?? 0) + 1)
  const vocabulary: string[] = []
  const index = new Map<string, number>()
  for (const { features } of readings) {
    for (const f of features) {
      if (index.has(f) || (df.get(f) as number) < params.minCount) continue
      index.set(f, vocabulary.length)
      vocabulary.push(f)
    }
  }
  const ids = readings.map(({ features }) => Int32Array.from(features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0)))
  const topicExamples: LogisticExample[] = records.map((r, i) => ({ features: ids[i] as Int32Array, dense: (readings[i] as (typeof readings)[number]).reading.topicDense, target: topicTarget(r.topics, params.secondaryTopicWeight), weight: 1 }))
  const directionExamples: LogisticExample[] = records.map((r, i) => {
    const target = new Float64Array(DIRECTIONS.length)
    target[DIRECTIONS.indexOf(r.direction)] = 1
    return { features: ids[i] as Int32Array, dense: (readings[i] as (typeof readings)[number]).reading.directionDense, target, weight: 1 }
  })
  // a warm start carries the weights of features that are still in the vocabulary
  const startOf = (old: LogisticWeights | undefined, classes: number, dense: number): Float64Array | undefined => {
    if (!warm || !old) return undefined
    const w = new Float64Array((vocabulary.length + dense + 1) * classes)
    warm.vocabulary.forEach((f, j) => {
      const i = index.get(f)
      if (i !== undefined) w.set(old.w.subarray(j * classes, (j + 1) * classes), i * classes)
    })
    w.set(old.w.subarray(old.sparse * classes), vocabulary.length * classes)
    return w
  }
  const topic = fitLogistic(topicExamples, { classes: TOPIC_CODES.length, sparse: vocabulary.length, dense: TOPIC_FEATURES }, { l2Sparse: params.topicL2Sparse, l2Dense: params.topicL2Dense, iterations: params.iterations, start: startOf(warm?.topic, TOPIC_CODES.length, TOPIC_FEATURES) })
  const direction = fitLogistic(directionExamples, { classes: DIRECTIONS.length, sparse: vocabulary.length, dense: DIRECTION_FEATURES.length }, { l2Sparse: params.directionL2Sparse, l2Dense: params.directionL2Dense, iterations: params.iterations, start: startOf(warm?.direction, DIRECTIONS.length, DIRECTION_FEATURES.length) })
  return assemble(rules, params, vocabulary, topic, direction, [...records])
}

// the sparse rows of a fitted model in the layout of the fast scorer (features.ts)
function compiledOf(labels: readonly string[], vocabulary: readonly string[], m: LogisticWeights): CompiledModel {
  const K = m.classes
  const ids = new Map<string, number>()
  const id = (w: string) => {
    let i = ids.get(w)
    if (i === undefined) ids.set(w, (i = ids.size))
    return i
  }
  const uni: (Float64Array | undefined)[] = []
  const next: (Map<number, number> | undefined)[] = []
  const pairRows: Float64Array[] = []
  const loglik = new Map<string, Float64Array>()
  vocabulary.forEach((f, j) => {
    const row = m.w.subarray(j * K, (j + 1) * K)
    loglik.set(f, row)
    const space = f.indexOf(' ')
    if (space < 0) uni[id(f)] = row
    else {
      const a = id(f.slice(0, space))
      const b = id(f.slice(space + 1))
      ;(next[a] ??= new Map()).set(b, pairRows.length)
      pairRows.push(row)
    }
  })
  const prior = Float64Array.from(m.w.subarray((m.sparse + m.dense) * K))
  return { labels: [...labels], prior, loglik, ids, uni, next, pairRows, stamps: { words: new Int32Array(ids.size), pairs: new Int32Array(pairRows.length), counter: 0 } }
}

function assemble(rules: CompiledRules, params: ClassifierParams, vocabulary: string[], topic: LogisticWeights, direction: LogisticWeights, records: LabelledText[]): Classifier {
  const joint = compileJoint([compiledOf(TOPIC_CODES, vocabulary, topic), compiledOf(DIRECTIONS, vocabulary, direction)])
  return { rules, params, vocabulary, topic, direction, records, compiled: { joint } }
}

/** Trains a classifier from labelled records and rules (the bundled rules by default). */
export function trainClassifier(records: Iterable<LabelledText>, rules: Rules = DEFAULT_RULES, params: ClassifierParams = DEFAULT_PARAMS): Classifier {
  return fit([...records], compileRules(rules), params)
}

/**
 * Learns from new labelled records: refits both models on the records the classifier has seen plus the new ones,
 * starting from its current weights (so it converges quickly). The input classifier is not changed.
 */
export function updateClassifier(c: Classifier, records: Iterable<LabelledText>): Classifier {
  return fit([...c.records, ...records], c.rules, c.params, c)
}

/**
 * Replaces the rules (after the board edits them) and keeps the fitted models: the new phrases count at once
 * through the weights the models learned for rule evidence. A later `trainClassifier` with the edited rules
 * refits the weights to them.
 */
export function withRules(c: Classifier, rules: Rules): Classifier {
  return assemble(compileRules(rules), c.params, c.vocabulary, c.topic, c.direction, c.records)
}

/** Plain JSON form of a classifier: rules, parameters, vocabulary, weights and the records fitted on. */
export type SerializedClassifier = {
  version: 2
  rules: Rules
  params: ClassifierParams
  vocabulary: string[]
  topic: { dense: number; weights: number[] }
  direction: { dense: number; weights: number[] }
  records: LabelledText[]
}

/** The classifier as plain JSON. */
export function serializeClassifier(c: Classifier): SerializedClassifier {
  return {
    version: 2,
    rules: c.rules.rules,
    params: c.params,
    vocabulary: c.vocabulary,
    topic: { dense: c.topic.dense, weights: Array.from(c.topic.w) },
    direction: { dense: c.direction.dense, weights: Array.from(c.direction.w) },
    records: c.records,
  }
}

/** A classifier from its JSON form; throws MODEL_INVALID on a malformed object. */
export function deserializeClassifier(json: SerializedClassifier): Classifier {
  const o = json as Partial<SerializedClassifier> | null
  const bad = () => new Error('MODEL_INVALID')
  if (!o || o.version !== 2 || !Array.isArray(o.vocabulary) || !o.vocabulary.every((f) => typeof f === 'string') || !Array.isArray(o.records)) throw bad()
  const V = o.vocabulary.length
  const weights = (m: unknown, classes: number, dense: number): LogisticWeights => {
    const x = m as { dense?: unknown; weights?: unknown } | null
    if (!x || x.dense !== dense || !Array.isArray(x.weights) || x.weights.length !== (V + dense + 1) * classes || !x.weights.every((v) => typeof v === 'number' && Number.isFinite(v))) throw bad()
    return { classes, sparse: V, dense, w: Float64Array.from(x.weights as number[]) }
  }
  const topic = weights(o.topic, TOPIC_CODES.length, TOPIC_FEATURES)
  const direction = weights(o.direction, DIRECTIONS.length, DIRECTION_FEATURES.length)
  const records = o.records.map((r) => {
    if (!r || typeof r.text !== 'string' || !Array.isArray(r.topics) || !r.topics.every((t) => typeof t === 'string' && isTopicCode(t)) || typeof r.direction !== 'string' || !isDirection(r.direction)) throw bad()
    return { text: r.text, topics: [...r.topics], direction: r.direction }
  })
  return assemble(compileRules(o.rules as Rules), { ...DEFAULT_PARAMS, ...o.params }, [...o.vocabulary], topic, direction, records)
}

function intensityOf(ev: RuleEvidence, direction: Direction): Intensity {
  if (ev.intensity.pressing > 0) return 'pressing'
  if (ev.intensity.high > 0 || ev.amplified > 0) return 'high'
  if (ev.intensity.medium > 0 || direction === 'concern' || direction === 'oppose' || direction === 'mixed') return 'medium'
  return 'low'
}

// logits = bias + scale·(sum of the text's sparse rows) + dense part, then softmax with a temperature
function probabilities(m: LogisticWeights, scored: { scores: Float64Array; known: number }, dense: Float64Array, temperature: number): Float64Array {
  const K = m.classes
  const bias = (m.sparse + m.dense) * K
  const s = sparseScale(scored.known)
  const z = new Float64Array(K)
  for (let k = 0; k < K; k++) {
    const b = m.w[bias + k] as number
    z[k] = b + s * ((scored.scores[k] as number) - b)
  }
  addDense(m, dense, z)
  if (temperature !== 1) for (let k = 0; k < K; k++) z[k] = (z[k] as number) / temperature
  return softmaxInPlace(z)
}

/** Full scores for analysis and tuning: topic and direction probabilities in taxonomy order, and the rule evidence. */
export function scoreText(c: Classifier, text: string, options: { explain?: boolean } = {}): { topic: Float64Array; direction: Float64Array; evidence: RuleEvidence } {
  const folded = fold(text)
  return scoreReading(c, read(c.rules, folded, clausesOfFolded(folded), options.explain === true))
}

function scoreReading(c: Classifier, r: Reading): { topic: Float64Array; direction: Float64Array; evidence: RuleEvidence } {
  const [ts, ds] = scoreClausesJoint(c.compiled.joint, r.clauses) as [{ scores: Float64Array; known: number }, { scores: Float64Array; known: number }]
  return {
    topic: probabilities(c.topic, ts, r.topicDense, c.params.topicTemperature),
    direction: probabilities(c.direction, ds, r.directionDense, c.params.directionTemperature),
    evidence: r.evidence,
  }
}

/** Classifies one text: topics best first, direction, intensity and the latent-opinion flag. */
export function classify(c: Classifier, text: string): Classification {
  return classifyFolded(c, fold(text))
}

/** Classifies text that is already folded (bulk ingest folds once for search and classification alike). */
export function classifyFolded(c: Classifier, folded: string): Classification {
  return fromScores(scoreReading(c, read(c.rules, folded)))
}

/**
 * Everything bulk ingest needs from one text, tokenised once: the folded text, the `search_text` column value
 * (equal to toSearchText(text)) and the classification.
 */
export function analyze(c: Classifier, text: string): { folded: string; searchText: string; classification: Classification } {
  const folded = fold(text)
  const cl = clausesOfFolded(folded)
  return { folded, searchText: cl.map((x) => x.join(' ')).join(' '), classification: fromScores(scoreReading(c, read(c.rules, folded, cl))) }
}

function fromScores(s: { topic: Float64Array; direction: Float64Array; evidence: RuleEvidence }): Classification {
  // the three best topics, best first (ties: taxonomy order), without sorting all fifteen
  let b0 = -1
  let b1 = -1
  let b2 = -1
  const p = s.topic
  for (let i = 0; i < p.length; i++) {
    const v = p[i] as number
    if (b0 < 0 || v > (p[b0] as number)) {
      b2 = b1
      b1 = b0
      b0 = i
    } else if (b1 < 0 || v > (p[b1] as number)) {
      b2 = b1
      b1 = i
    } else if (b2 < 0 || v > (p[b2] as number)) b2 = i
  }
  const best = p[b0] as number
  const topics: ScoredTopic[] = [{ code: TOPIC_CODES[b0] as TopicCode, score: round(best) }]
  for (const i of [b1, b2]) {
    const v = p[i] as number
    if (i >= 0 && v >= 0.2 && v >= 0.4 * best) topics.push({ code: TOPIC_CODES[i] as TopicCode, score: round(v) })
  }
  let di = 0
  for (let i = 1; i < DIRECTIONS.length; i++) if ((s.direction[i] as number) > (s.direction[di] as number)) di = i
  const direction = DIRECTIONS[di] as Direction
  return {
    topics,
    direction: { code: direction, score: round(s.direction[di] as number) },
    intensity: intensityOf(s.evidence, direction),
    latent: s.evidence.latent > 0,
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}
