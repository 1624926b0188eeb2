/** Evaluation helpers: a seeded stratified split and per-class precision, recall and F1. */

/** A small seeded PRNG (mulberry32), so that splits are the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Splits items into train and test, taking `testFraction` of each stratum (rounded, at least one when a stratum has two or more). */
export function stratifiedSplit<T>(items: readonly T[], stratum: (item: T) => string, testFraction: number, seed: number): { train: T[]; test: T[] } {
  const random = seededRandom(seed)
  const groups = new Map<string, T[]>()
  for (const it of items) {
    const k = stratum(it)
    const g = groups.get(k) ?? []
    g.push(it)
    groups.set(k, g)
  }
  const train: T[] = []
  const test: T[] = []
  for (const key of [...groups.keys()].sort()) {
    const g = (groups.get(key) as T[]).slice()
    for (let i = g.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[g[i], g[j]] = [g[j] as T, g[i] as T]
    }
    const n = g.length < 2 ? 0 : Math.max(1, Math.round(g.length * testFraction))
    test.push(...g.slice(0, n))
    train.push(...g.slice(n))
  }
  return { train, test }
}

export type ClassMetrics = { label: string; precision: number; recall: number; f1: number; support: number }
export type Metrics = { accuracy: number; macroF1: number; perClass: ClassMetrics[]; n: number }

/** Accuracy, per-class precision/recall/F1 and macro-F1 (over classes with support or predictions). */
export function metrics(pairs: readonly { truth: string; predicted: string }[], labels: readonly string[]): Metrics {
  const perClass: ClassMetrics[] = labels.map((label) => {
    let tp = 0
    let fp = 0
    let fn = 0
    for (const p of pairs) {
      if (p.predicted === label && p.truth === label) tp++
      else if (p.predicted === label) fp++
      else if (p.truth === label) fn++
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp)
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn)
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
    return { label, precision, recall, f1, support: tp + fn }
  })
  const active = perClass.filter((c) => c.support > 0 || c.precision > 0 || pairs.some((p) => p.predicted === c.label))
  const correct = pairs.filter((p) => p.truth === p.predicted).length
  return {
    accuracy: pairs.length === 0 ? 0 : correct / pairs.length,
    macroF1: active.length === 0 ? 0 : active.reduce((a, c) => a + c.f1, 0) / active.length,
    perClass,
    n: pairs.length,
  }
}

/**
 * Assigns items to k folds, stratified: items are grouped by stratum, shuffled with the seed inside each
 * group, and dealt round-robin (continuing across groups), so every fold gets its share of every stratum.
 * Returns the fold number of each item, in input order.
 */
export function stratifiedFolds<T>(items: readonly T[], stratum: (item: T) => string, k: number, seed: number): number[] {
  const random = seededRandom(seed)
  const groups = new Map<string, number[]>()
  items.forEach((it, i) => {
    const key = stratum(it)
    const g = groups.get(key) ?? []
    g.push(i)
    groups.set(key, g)
  })
  const fold = new Array<number>(items.length).fill(0)
  let next = 0
  for (const key of [...groups.keys()].sort()) {
    const g = (groups.get(key) as number[]).slice()
    for (let i = g.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[g[i], g[j]] = [g[j] as number, g[i] as number]
    }
    for (const i of g) fold[i] = next++ % k
  }
  return fold
}

export type CalibrationBin = { from: number; to: number; n: number; meanScore: number; accuracy: number }

/**
 * Reliability of scores: predictions grouped by score into bins of width 1/bins (empty bins left out), with the
 * mean score and the share correct in each; ECE = Σ (n_b / n)·|accuracy_b − meanScore_b|.
 */
export function calibration(predictions: readonly { score: number; correct: boolean }[], bins = 5): { ece: number; bins: CalibrationBin[] } {
  const out: CalibrationBin[] = []
  let ece = 0
  for (let b = 0; b < bins; b++) {
    const from = b / bins
    const to = (b + 1) / bins
    const inBin = predictions.filter((p) => (p.score >= from && p.score < to) || (b === bins - 1 && p.score === 1))
    if (inBin.length === 0) continue
    const meanScore = inBin.reduce((a, p) => a + p.score, 0) / inBin.length
    const accuracy = inBin.filter((p) => p.correct).length / inBin.length
    ece += (inBin.length / predictions.length) * Math.abs(accuracy - meanScore)
    out.push({ from, to, n: inBin.length, meanScore, accuracy })
  }
  return { ece, bins: out }
}
