/**
 * A multinomial naive Bayes model over binary features (each feature once per text), trained from labelled
 * records and retrainable incrementally: training only adds counts, so `updateModel` with new labels gives
 * the same model as training on everything at once. Serialises to plain JSON. The shipped classifier uses the
 * logistic models (logistic.ts); this one stays as the baseline of the first version and for `CompiledModel`,
 * the layout both kinds of model share in the fast scorer (features.ts).
 */

/** A trainable, serialisable model over a fixed set of labels. */
export type NbModel = {
  version: 1
  labels: string[]
  /** Laplace smoothing */
  alpha: number
  /** weighted number of training texts per label */
  docCounts: number[]
  /** per label, the weighted sum of all feature counts */
  totals: number[]
  /** per feature, the weighted count per label */
  counts: Map<string, number[]>
}

/** One training example: features and weighted labels (a record's primary topic 1, a secondary topic 0.5). */
export type TrainingExample = { features: readonly string[]; labels: readonly { label: string; weight: number }[] }

/** An empty model over `labels`. */
export function createModel(labels: readonly string[], alpha = 0.5): NbModel {
  return { version: 1, labels: [...labels], alpha, docCounts: labels.map(() => 0), totals: labels.map(() => 0), counts: new Map() }
}

/** Adds examples to the model in place (incremental training) and returns it; unknown labels are ignored. */
export function updateModel(model: NbModel, examples: Iterable<TrainingExample>): NbModel {
  const at = new Map(model.labels.map((l, i) => [l, i]))
  for (const ex of examples) {
    for (const { label, weight } of ex.labels) {
      const i = at.get(label)
      if (i === undefined || !(weight > 0)) continue
      model.docCounts[i] = (model.docCounts[i] as number) + weight
      for (const f of ex.features) {
        let row = model.counts.get(f)
        if (!row) {
          row = model.labels.map(() => 0)
          model.counts.set(f, row)
        }
        row[i] = (row[i] as number) + weight
        model.totals[i] = (model.totals[i] as number) + weight
      }
    }
  }
  return model
}

/** Trains a new model from examples. */
export function trainModel(labels: readonly string[], examples: Iterable<TrainingExample>, alpha = 0.5): NbModel {
  return updateModel(createModel(labels, alpha), examples)
}

/** Plain JSON form of a model. */
export type SerializedModel = { version: 1; labels: string[]; alpha: number; docCounts: number[]; totals: number[]; counts: [string, number[]][] }

/** The model as plain JSON. */
export function serializeModel(model: NbModel): SerializedModel {
  return { version: 1, labels: model.labels, alpha: model.alpha, docCounts: model.docCounts, totals: model.totals, counts: [...model.counts] }
}

/** A model from its JSON form; throws on a malformed object. */
export function deserializeModel(json: unknown): NbModel {
  const o = json as Partial<SerializedModel> | null
  const n = Array.isArray(o?.labels) ? o.labels.length : -1
  const okRow = (r: unknown) => Array.isArray(r) && r.length === n && r.every((x) => typeof x === 'number' && Number.isFinite(x) && x >= 0)
  if (!o || o.version !== 1 || n < 1 || !o.labels?.every((l) => typeof l === 'string') || typeof o.alpha !== 'number' || !(o.alpha > 0) || !okRow(o.docCounts) || !okRow(o.totals) || !Array.isArray(o.counts)) {
    throw new Error('MODEL_INVALID')
  }
  const counts = new Map<string, number[]>()
  for (const e of o.counts) {
    if (!Array.isArray(e) || typeof e[0] !== 'string' || !okRow(e[1])) throw new Error('MODEL_INVALID')
    counts.set(e[0], [...e[1]])
  }
  return { version: 1, labels: [...(o.labels as string[])], alpha: o.alpha, docCounts: [...(o.docCounts as number[])], totals: [...(o.totals as number[])], counts }
}

/**
 * A model prepared for fast prediction: log-likelihoods precomputed per feature, and also by number for
 * features of one word or two words ("a b"): `ids` numbers the words, `uni[id]` is a word's row, `next[id]`
 * maps the id of the following word to the index of the pair's row in `pairRows`. Small integers keep the
 * lookups fast (no strings built per text); `stamps` mark rows already counted for the current text.
 */
export type CompiledModel = {
  labels: string[]
  prior: Float64Array
  loglik: Map<string, Float64Array>
  ids: Map<string, number>
  uni: (Float64Array | undefined)[]
  next: (Map<number, number> | undefined)[]
  pairRows: Float64Array[]
  /** per word id then per pair row: the text counter when last counted (see features.ts) */
  stamps: { words: Int32Array; pairs: Int32Array; counter: number }
}

/** Precomputes log-probabilities; compile again after `updateModel`. */
export function compileModel(model: NbModel): CompiledModel {
  const k = model.labels.length
  const vocab = Math.max(1, model.counts.size)
  const docs = model.docCounts.reduce((a, b) => a + b, 0)
  const prior = new Float64Array(k)
  for (let i = 0; i < k; i++) prior[i] = Math.log(((model.docCounts[i] as number) + 1) / (docs + k))
  const loglik = new Map<string, Float64Array>()
  for (const [f, row] of model.counts) {
    const v = new Float64Array(k)
    for (let i = 0; i < k; i++) v[i] = Math.log(((row[i] as number) + model.alpha) / ((model.totals[i] as number) + model.alpha * vocab))
    loglik.set(f, v)
  }
  const ids = new Map<string, number>()
  const id = (w: string) => {
    let i = ids.get(w)
    if (i === undefined) ids.set(w, (i = ids.size))
    return i
  }
  const uni: (Float64Array | undefined)[] = []
  const next: (Map<number, number> | undefined)[] = []
  const pairRows: Float64Array[] = []
  for (const [f, v] of loglik) {
    const parts = f.split(' ')
    if (parts.length === 1) uni[id(f)] = v
    else if (parts.length === 2) {
      const a = id(parts[0] as string)
      const b = id(parts[1] as string)
      const map = (next[a] ??= new Map())
      map.set(b, pairRows.length)
      pairRows.push(v)
    }
  }
  const stamps = { words: new Int32Array(ids.size), pairs: new Int32Array(pairRows.length), counter: 0 }
  return { labels: model.labels, prior, loglik, ids, uni, next, pairRows, stamps }
}

/** Log joint scores per label (prior plus the evidence of features in the vocabulary; others are skipped) and how many were known. */
export function scoreFeatures(m: CompiledModel, features: readonly string[]): { scores: Float64Array; known: number } {
  const scores = Float64Array.from(m.prior)
  let known = 0
  for (const f of features) {
    const v = m.loglik.get(f)
    if (!v) continue
    known++
    for (let i = 0; i < scores.length; i++) scores[i] = (scores[i] as number) + (v[i] as number)
  }
  return { scores, known }
}
