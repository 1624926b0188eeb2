/**
 * A small multinomial logistic regression that learns how to weigh the evidence for the direction (the naive
 * Bayes probabilities and the rule cues) instead of adding them with fixed weights. It sees a handful of dense
 * numbers per text, so a few hundred labelled records fit it without over-fitting.
 */

/** Weights: one row per class, one column per input plus a bias (last). */
export type Stacker = { weights: number[][] }

function softmaxInPlace(z: number[]): number[] {
  const max = Math.max(...z)
  let sum = 0
  for (let i = 0; i < z.length; i++) sum += z[i] = Math.exp((z[i] as number) - max)
  for (let i = 0; i < z.length; i++) z[i] = (z[i] as number) / sum
  return z
}

/** Class probabilities for one input vector. */
export function stackerPredict(s: Stacker, x: readonly number[]): number[] {
  return softmaxInPlace(
    s.weights.map((w) => {
      let z = w[x.length] as number
      for (let j = 0; j < x.length; j++) z += (w[j] as number) * (x[j] as number)
      return z
    }),
  )
}

/** Fits by full-batch gradient descent with L2 regularisation (bias not penalised); deterministic. */
export function fitStacker(xs: readonly (readonly number[])[], ys: readonly number[], classes: number, options: { l2?: number; iterations?: number; rate?: number } = {}): Stacker {
  const l2 = options.l2 ?? 0.01
  const iterations = options.iterations ?? 400
  const rate = options.rate ?? 0.5
  const d = xs[0]?.length ?? 0
  const weights = Array.from({ length: classes }, () => new Array<number>(d + 1).fill(0))
  const n = xs.length
  if (n === 0) return { weights }
  for (let it = 0; it < iterations; it++) {
    const grad = Array.from({ length: classes }, () => new Array<number>(d + 1).fill(0))
    for (let i = 0; i < n; i++) {
      const x = xs[i] as readonly number[]
      const p = stackerPredict({ weights }, x)
      for (let c = 0; c < classes; c++) {
        const g = (p[c] as number) - (ys[i] === c ? 1 : 0)
        const row = grad[c] as number[]
        for (let j = 0; j < d; j++) row[j] = (row[j] as number) + g * (x[j] as number)
        row[d] = (row[d] as number) + g
      }
    }
    for (let c = 0; c < classes; c++) {
      const w = weights[c] as number[]
      const g = grad[c] as number[]
      for (let j = 0; j <= d; j++) w[j] = (w[j] as number) - rate * ((g[j] as number) / n + (j < d ? l2 * (w[j] as number) : 0))
    }
  }
  return { weights }
}
