/**
 * Multinomial logistic regression over sparse binary features (words and word pairs) plus a few dense features
 * (rule cues), with separate L2 penalties: strong on the many sparse weights, light on the dense ones, so that
 * the cues — which carry over to wording never seen — keep their say. Fitted by L-BFGS on the full batch;
 * deterministic (no random start, no sampling).
 */

/** One training example: sparse feature ids (distinct), dense values, a target distribution over the classes. */
export type LogisticExample = {
  features: Int32Array
  dense: Float64Array
  /** target probabilities per class (sums to 1): one-hot, or soft for several labels */
  target: Float64Array
  /** weight of the example in the loss */
  weight: number
}

export type LogisticOptions = {
  /** L2 penalty on sparse weights (per example, as in mean loss + l2/2·‖w‖²) */
  l2Sparse: number
  /** L2 penalty on dense weights */
  l2Dense: number
  /** L-BFGS iterations */
  iterations: number
  /** weights to start from (warm start), same layout */
  start?: Float64Array
}

/**
 * Weights, feature-major: row r (r < sparse: a sparse feature; then the dense features; last the bias) holds the
 * K class weights at [r·K, (r+1)·K).
 */
export type LogisticWeights = { classes: number; sparse: number; dense: number; w: Float64Array }

/** The value a sparse feature takes in a text with n known features: 1/√n, so long texts do not shout. */
export function sparseScale(n: number): number {
  return n > 0 ? 1 / Math.sqrt(n) : 0
}

/** Class logits of one example (sparse ids, dense values). */
export function logits(m: LogisticWeights, features: ArrayLike<number>, dense: ArrayLike<number>, out = new Float64Array(m.classes)): Float64Array {
  const K = m.classes
  const w = m.w
  const bias = (m.sparse + m.dense) * K
  for (let k = 0; k < K; k++) out[k] = w[bias + k] as number
  const s = sparseScale(features.length)
  for (let j = 0; j < features.length; j++) {
    const r = (features[j] as number) * K
    for (let k = 0; k < K; k++) out[k] = (out[k] as number) + s * (w[r + k] as number)
  }
  addDense(m, dense, out)
  return out
}

/** Adds the dense part of the logits (used by the fast path, which sums the sparse rows itself). */
export function addDense(m: LogisticWeights, dense: ArrayLike<number>, out: Float64Array): Float64Array {
  const K = m.classes
  const w = m.w
  for (let d = 0; d < m.dense; d++) {
    const x = dense[d] as number
    if (x === 0) continue
    const r = (m.sparse + d) * K
    for (let k = 0; k < K; k++) out[k] = (out[k] as number) + x * (w[r + k] as number)
  }
  return out
}

/** Softmax in place; returns the array. */
export function softmaxInPlace(z: Float64Array): Float64Array {
  let max = -Infinity
  for (const v of z) if (v > max) max = v
  let sum = 0
  for (let i = 0; i < z.length; i++) sum += z[i] = Math.exp((z[i] as number) - max)
  for (let i = 0; i < z.length; i++) z[i] = (z[i] as number) / sum
  return z
}

// loss and gradient of the whole objective
function evaluate(m: LogisticWeights, examples: readonly LogisticExample[], o: LogisticOptions, grad: Float64Array): number {
  const K = m.classes
  const w = m.w
  grad.fill(0)
  let loss = 0
  let total = 0
  for (const e of examples) total += e.weight
  if (total <= 0) total = 1
  const z = new Float64Array(K)
  const bias = (m.sparse + m.dense) * K
  for (const e of examples) {
    logits(m, e.features, e.dense, z)
    let max = -Infinity
    for (let k = 0; k < K; k++) if ((z[k] as number) > max) max = z[k] as number
    let sum = 0
    for (let k = 0; k < K; k++) sum += Math.exp((z[k] as number) - max)
    const lse = max + Math.log(sum)
    const c = e.weight / total
    for (let k = 0; k < K; k++) {
      const t = e.target[k] as number
      if (t > 0) loss -= c * t * ((z[k] as number) - lse)
      z[k] = c * (Math.exp((z[k] as number) - lse) - t)
    }
    for (let k = 0; k < K; k++) grad[bias + k] = (grad[bias + k] as number) + (z[k] as number)
    const s = sparseScale(e.features.length)
    for (let j = 0; j < e.features.length; j++) {
      const r = (e.features[j] as number) * K
      for (let k = 0; k < K; k++) grad[r + k] = (grad[r + k] as number) + s * (z[k] as number)
    }
    for (let d = 0; d < m.dense; d++) {
      const x = e.dense[d] as number
      if (x === 0) continue
      const r = (m.sparse + d) * K
      for (let k = 0; k < K; k++) grad[r + k] = (grad[r + k] as number) + x * (z[k] as number)
    }
  }
  const sparseEnd = m.sparse * K
  for (let i = 0; i < bias; i++) {
    const l2 = i < sparseEnd ? o.l2Sparse : o.l2Dense
    const v = w[i] as number
    loss += 0.5 * l2 * v * v
    grad[i] = (grad[i] as number) + l2 * v
  }
  return loss
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0
  for (let i = 0; i < a.length; i++) s += (a[i] as number) * (b[i] as number)
  return s
}

/** Fits the weights by L-BFGS (history 6, backtracking line search); buffers are reused between iterations. */
export function fitLogistic(examples: readonly LogisticExample[], shape: { classes: number; sparse: number; dense: number }, o: LogisticOptions): LogisticWeights {
  const size = (shape.sparse + shape.dense + 1) * shape.classes
  const m: LogisticWeights = { ...shape, w: o.start && o.start.length === size ? Float64Array.from(o.start) : new Float64Array(size) }
  if (examples.length === 0) return m
  const HISTORY = 6
  // ring buffers of the last steps s = Δw and gradient changes y = Δg
  const S = Array.from({ length: HISTORY }, () => new Float64Array(size))
  const Y = Array.from({ length: HISTORY }, () => new Float64Array(size))
  const RHO = new Float64Array(HISTORY)
  const alpha = new Float64Array(HISTORY)
  let stored = 0
  let head = 0 // index of the next slot to write
  let g = new Float64Array(size)
  let gNew = new Float64Array(size)
  const old = new Float64Array(size)
  const dir = new Float64Array(size)
  let f = evaluate(m, examples, o, g)
  const slot = (k: number) => (head - 1 - k + 2 * HISTORY) % HISTORY // k = 0: the newest
  for (let it = 0; it < o.iterations; it++) {
    // two-loop recursion: dir = -H·g
    for (let i = 0; i < size; i++) dir[i] = -(g[i] as number)
    for (let k = 0; k < stored; k++) {
      const j = slot(k)
      const a = (RHO[j] as number) * dot(S[j] as Float64Array, dir)
      alpha[j] = a
      const y = Y[j] as Float64Array
      for (let i = 0; i < size; i++) dir[i] = (dir[i] as number) - a * (y[i] as number)
    }
    if (stored > 0) {
      const j = slot(0)
      const y = Y[j] as Float64Array
      const gamma = dot(S[j] as Float64Array, y) / dot(y, y)
      for (let i = 0; i < size; i++) dir[i] = (dir[i] as number) * gamma
    } else {
      const norm = Math.sqrt(dot(g, g))
      if (norm === 0) break
      for (let i = 0; i < size; i++) dir[i] = (dir[i] as number) / norm
    }
    for (let k = stored - 1; k >= 0; k--) {
      const j = slot(k)
      const b = (RHO[j] as number) * dot(Y[j] as Float64Array, dir)
      const s = S[j] as Float64Array
      const a = alpha[j] as number
      for (let i = 0; i < size; i++) dir[i] = (dir[i] as number) + (a - b) * (s[i] as number)
    }
    let slope = dot(g, dir)
    if (!(slope < 0)) {
      // not a descent direction: forget the history and follow the gradient
      stored = 0
      const norm = Math.sqrt(dot(g, g))
      if (norm === 0) break
      for (let i = 0; i < size; i++) dir[i] = -(g[i] as number) / norm
      slope = -norm
    }
    old.set(m.w)
    let step = 1
    let fNew = f
    let accepted = false
    for (let ls = 0; ls < 30; ls++) {
      for (let i = 0; i < size; i++) m.w[i] = (old[i] as number) + step * (dir[i] as number)
      fNew = evaluate(m, examples, o, gNew)
      if (fNew <= f + 1e-4 * step * slope) {
        accepted = true
        break
      }
      step *= 0.5
    }
    if (!accepted) {
      m.w.set(old)
      break
    }
    const s = S[head] as Float64Array
    const y = Y[head] as Float64Array
    for (let i = 0; i < size; i++) {
      s[i] = (m.w[i] as number) - (old[i] as number)
      y[i] = (gNew[i] as number) - (g[i] as number)
    }
    const sy = dot(s, y)
    if (sy > 1e-12) {
      RHO[head] = 1 / sy
      head = (head + 1) % HISTORY
      if (stored < HISTORY) stored++
    }
    const done = Math.abs(f - fNew) <= 1e-7 * Math.max(1, Math.abs(f))
    f = fNew
    const t = g
    g = gNew
    gNew = t
    if (done) break
  }
  return m
}
