/**
 * Classification that learns: phrase rules (editable data) and naive Bayes models (trained from labelled
 * records) work together. Each gives a score per class; they are added in log space, so a rule phrase the
 * board adds takes effect at once, and the models cover wording the rules never listed.
 */
import { applyRules, compileRules, type CompiledRules, type RuleEvidence, type Rules } from './rules.ts'
import { DEFAULT_RULES } from './default-rules.ts'
import { compileJoint, featuresOfClauses, scoreClausesJoint, type JointModel } from './features.ts'
import { compileModel, createModel, deserializeModel, serializeModel, updateModel, type CompiledModel, type NbModel, type SerializedModel, type TrainingExample } from './model.ts'
import { clauses, clausesOfFolded } from './tokenize.ts'
import { fold } from './fold.ts'
import { fitStacker, stackerPredict, type Stacker } from './stacker.ts'
import { DIRECTIONS, TOPIC_CODES, type Direction, type Intensity, type TopicCode } from './taxonomy.ts'

/** A record to learn from: topics best first (the first is the primary topic) and a direction. */
export type LabelledText = { text: string; topics: readonly TopicCode[]; direction: Direction }

/** How models and rules are weighed; the defaults were chosen by cross-validation on the training part only. */
export type ClassifierParams = {
  /** temperature of the topic model's log scores per known feature */
  nbTemperature: number
  /** the same for the direction model */
  directionTemperature: number
  /** rule score of "unknown" when no stance cue is found */
  unknownPrior: number
  /** learn the weighing of direction evidence (a small logistic regression) instead of the fixed weights */
  learnDirectionWeights: boolean
  topicModelWeight: number
  topicRuleWeight: number
  directionModelWeight: number
  directionRuleWeight: number
  /** weight of a secondary topic when training */
  secondaryTopicWeight: number
}

export const DEFAULT_PARAMS: ClassifierParams = {
  nbTemperature: 0.5,
  directionTemperature: 0.2,
  unknownPrior: 1.5,
  learnDirectionWeights: true,
  topicModelWeight: 1,
  topicRuleWeight: 3,
  directionModelWeight: 1,
  directionRuleWeight: 1.5,
  secondaryTopicWeight: 0.5,
}

/** Rules, models and parameters together. */
export type Classifier = {
  rules: CompiledRules
  topicModel: NbModel
  directionModel: NbModel
  params: ClassifierParams
  /** learned weighing of the direction evidence; null: fixed weights (params) */
  directionStacker: Stacker | null
  compiled: { topic: CompiledModel; direction: CompiledModel; joint: JointModel }
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

function examples(records: Iterable<LabelledText>, params: ClassifierParams): { topic: TrainingExample[]; direction: TrainingExample[] } {
  const topic: TrainingExample[] = []
  const direction: TrainingExample[] = []
  for (const r of records) {
    const features = featuresOfClauses(clauses(r.text))
    topic.push({ features, labels: r.topics.map((t, i) => ({ label: t, weight: i === 0 ? 1 : params.secondaryTopicWeight })) })
    direction.push({ features, labels: [{ label: r.direction, weight: 1 }] })
  }
  return { topic, direction }
}

function assemble(rules: CompiledRules, topicModel: NbModel, directionModel: NbModel, params: ClassifierParams, directionStacker: Stacker | null = null): Classifier {
  const topic = compileModel(topicModel)
  const direction = compileModel(directionModel)
  return { rules, topicModel, directionModel, params, directionStacker, compiled: { topic, direction, joint: compileJoint([topic, direction]) } }
}

const STACK_FOLDS = 5

// the stacker must learn from model probabilities on texts the model did not see: each fold is scored by a
// model trained on the other folds (cross-fitting), then the stacker is fitted on all of them
function fitDirectionStacker(records: readonly LabelledText[], rules: CompiledRules, params: ClassifierParams): Stacker | null {
  if (records.length < 2 * STACK_FOLDS) return null
  const xs: number[][] = []
  const ys: number[] = []
  for (let f = 0; f < STACK_FOLDS; f++) {
    const train = records.filter((_, i) => i % STACK_FOLDS !== f)
    const test = records.filter((_, i) => i % STACK_FOLDS === f)
    const ex = examples(train, params)
    const c = assemble(rules, updateModel(createModel(TOPIC_CODES), ex.topic), updateModel(createModel(DIRECTIONS), ex.direction), params)
    for (const r of test) {
      xs.push(directionInputs(c, fold(r.text)))
      ys.push(DIRECTIONS.indexOf(r.direction))
    }
  }
  return fitStacker(xs, ys, DIRECTIONS.length)
}

/** Trains a classifier from labelled records and rules (the bundled rules by default). */
export function trainClassifier(records: Iterable<LabelledText>, rules: Rules = DEFAULT_RULES, params: ClassifierParams = DEFAULT_PARAMS): Classifier {
  const all = [...records]
  const ex = examples(all, params)
  const compiled = compileRules(rules)
  const stacker = params.learnDirectionWeights ? fitDirectionStacker(all, compiled, params) : null
  return assemble(compiled, updateModel(createModel(TOPIC_CODES), ex.topic), updateModel(createModel(DIRECTIONS), ex.direction), params, stacker)
}

/** Learns from new labelled records: returns a classifier whose models include them (the input is not changed). */
export function updateClassifier(c: Classifier, records: Iterable<LabelledText>): Classifier {
  const ex = examples(records, c.params)
  const copy = (m: NbModel) => deserializeModel(serializeModel(m))
  // the naive Bayes counts grow exactly; the direction stacker keeps its weights until the next full training
  return assemble(c.rules, updateModel(copy(c.topicModel), ex.topic), updateModel(copy(c.directionModel), ex.direction), c.params, c.directionStacker)
}

/** Replaces the rules (after the board edits them) and keeps the learned models. */
export function withRules(c: Classifier, rules: Rules): Classifier {
  return assemble(compileRules(rules), c.topicModel, c.directionModel, c.params, c.directionStacker)
}

/** Plain JSON form of a classifier (rules, models, parameters). */
export type SerializedClassifier = { version: 1; rules: Rules; topicModel: SerializedModel; directionModel: SerializedModel; params: ClassifierParams; directionStacker?: Stacker | null }

/** The classifier as plain JSON. */
export function serializeClassifier(c: Classifier): SerializedClassifier {
  return { version: 1, rules: c.rules.rules, topicModel: serializeModel(c.topicModel), directionModel: serializeModel(c.directionModel), params: c.params, directionStacker: c.directionStacker }
}

/** A classifier from its JSON form; throws on a malformed object. */
export function deserializeClassifier(json: SerializedClassifier): Classifier {
  if (json?.version !== 1) throw new Error('MODEL_INVALID')
  const s = json.directionStacker
  if (s && !(Array.isArray(s.weights) && s.weights.length === DIRECTIONS.length && s.weights.every((w) => Array.isArray(w) && w.every(Number.isFinite)))) throw new Error('MODEL_INVALID')
  return assemble(compileRules(json.rules), deserializeModel(json.topicModel), deserializeModel(json.directionModel), { ...DEFAULT_PARAMS, ...json.params }, s ?? null)
}

function softmax(z: Float64Array): Float64Array {
  let max = -Infinity
  for (const v of z) if (v > max) max = v
  const out = new Float64Array(z.length)
  let sum = 0
  for (let i = 0; i < z.length; i++) sum += out[i] = Math.exp((z[i] as number) - max)
  for (let i = 0; i < z.length; i++) out[i] = (out[i] as number) / sum
  return out
}

// model log scores → probabilities, tempered so that long texts do not give certainties
function tempered({ scores, known }: { scores: Float64Array; known: number }, temperature: number): Float64Array {
  const t = 1 + temperature * known
  for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) / t
  return softmax(scores)
}

function combine(p: Float64Array, rule: readonly number[], modelWeight: number, ruleWeight: number): Float64Array {
  const z = new Float64Array(p.length)
  for (let i = 0; i < p.length; i++) z[i] = modelWeight * Math.log((p[i] as number) + 1e-4) + ruleWeight * (rule[i] as number)
  return softmax(z)
}

function directionRuleScores(ev: RuleEvidence, unknownPrior: number): number[] {
  const { support, concern, oppose } = ev.directions
  const negative = concern + oppose
  // both stances present, more so when a contrast joins them ("đồng tình, nhưng còn băn khoăn")
  const both = support > 0 && negative > 0 ? Math.min(support, negative) : 0
  const mixed = ev.directions.mixed + (ev.contrast > 0 ? 1 + 1.5 * both : 0.5 * both)
  const unknown = support + negative === 0 ? unknownPrior : 0
  const byCode: Record<Direction, number> = { support, concern, oppose, mixed, unknown }
  return DIRECTIONS.map((d) => Math.sqrt(byCode[d]) * 1.5)
}

function intensityOf(ev: RuleEvidence, direction: Direction): Intensity {
  if (ev.intensity.pressing > 0) return 'pressing'
  if (ev.intensity.high > 0 || ev.amplified > 0) return 'high'
  if (ev.intensity.medium > 0 || direction === 'concern' || direction === 'oppose' || direction === 'mixed') return 'medium'
  return 'low'
}

/** Full scores for analysis and tuning: topic and direction probabilities in taxonomy order, and the rule evidence. */
export function scoreText(c: Classifier, text: string, options: { explain?: boolean } = {}): { topic: Float64Array; direction: Float64Array; evidence: RuleEvidence } {
  return scoreFolded(c, fold(text), options)
}

function scoreFolded(c: Classifier, folded: string, options: { explain?: boolean } = {}, cl: string[][] = clausesOfFolded(folded)): { topic: Float64Array; direction: Float64Array; evidence: RuleEvidence } {
  const ev = applyRules(c.rules, cl, options)
  const p = c.params
  const topicRule = TOPIC_CODES.map((t) => Math.sqrt(ev.topics[t]))
  const [ts, ds] = scoreClausesJoint(c.compiled.joint, cl) as [{ scores: Float64Array; known: number }, { scores: Float64Array; known: number }]
  const topic = combine(tempered(ts, p.nbTemperature), topicRule, p.topicModelWeight, p.topicRuleWeight)
  const nb = tempered(ds, p.directionTemperature)
  const ruleScores = directionRuleScores(ev, p.unknownPrior)
  const direction = c.directionStacker ? Float64Array.from(stackerPredict(c.directionStacker, stackInputs(nb, ruleScores, ev))) : combine(nb, ruleScores, p.directionModelWeight, p.directionRuleWeight)
  return { topic, direction, evidence: ev }
}

/** Classifies one text: topics best first, direction, intensity and the latent-opinion flag. */
export function classify(c: Classifier, text: string): Classification {
  return classifyFolded(c, fold(text))
}

/** Classifies text that is already folded (bulk ingest folds once for search and classification alike). */
export function classifyFolded(c: Classifier, folded: string): Classification {
  return fromScores(scoreFolded(c, folded))
}

/**
 * Everything bulk ingest needs from one text, tokenised once: the folded text, the `search_text` column value
 * (equal to toSearchText(text)) and the classification.
 */
export function analyze(c: Classifier, text: string): { folded: string; searchText: string; classification: Classification } {
  const folded = fold(text)
  const cl = clausesOfFolded(folded)
  return { folded, searchText: cl.map((x) => x.join(' ')).join(' '), classification: fromScores(scoreFolded(c, folded, {}, cl)) }
}

function fromScores(s: { topic: Float64Array; direction: Float64Array; evidence: RuleEvidence }): Classification {
  const order = TOPIC_CODES.map((code, i) => ({ code, score: s.topic[i] as number })).sort((a, b) => b.score - a.score)
  const best = order[0] as ScoredTopic
  const topics = [best, ...order.slice(1, 3).filter((t) => t.score >= 0.2 && t.score >= 0.4 * best.score)]
  let di = 0
  for (let i = 1; i < DIRECTIONS.length; i++) if ((s.direction[i] as number) > (s.direction[di] as number)) di = i
  const direction = DIRECTIONS[di] as Direction
  return {
    topics: topics.map((t) => ({ code: t.code, score: round(t.score) })),
    direction: { code: direction, score: round(s.direction[di] as number) },
    intensity: intensityOf(s.evidence, direction),
    latent: s.evidence.latent > 0,
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000
}

// what the direction stacker sees: model log-probabilities, rule scores and a few cue flags
function stackInputs(nb: Float64Array, ruleScores: readonly number[], ev: RuleEvidence): number[] {
  return [
    ...Array.from(nb, (p) => Math.log(p + 1e-4) / 4),
    ...ruleScores.map((s) => s / 3),
    ev.contrast > 0 ? 1 : 0,
    ev.amplified > 0 ? 1 : 0,
    ev.intensity.pressing > 0 ? 1 : 0,
    ev.intensity.high > 0 ? 1 : 0,
    ev.intensity.medium > 0 ? 1 : 0,
    ev.latent > 0 ? 1 : 0,
  ]
}

function directionInputs(c: Classifier, folded: string): number[] {
  const cl = clausesOfFolded(folded)
  const ev = applyRules(c.rules, cl)
  const [, ds] = scoreClausesJoint(c.compiled.joint, cl) as [unknown, { scores: Float64Array; known: number }]
  return stackInputs(tempered(ds, c.params.directionTemperature), directionRuleScores(ev, c.params.unknownPrior), ev)
}
