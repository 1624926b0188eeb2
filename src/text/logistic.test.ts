import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fitLogistic, logits, softmaxInPlace, type LogisticExample } from './logistic.ts'

// three classes: sparse feature 0 → class 0, feature 1 → class 1; the dense value decides class 2
const ex = (features: number[], dense: number, y: number): LogisticExample => {
  const target = new Float64Array(3)
  target[y] = 1
  return { features: Int32Array.from(features), dense: Float64Array.of(dense), target, weight: 1 }
}
const data = [ex([0], 0, 0), ex([0, 2], 0, 0), ex([1], 0, 1), ex([1, 2], 0, 1), ex([2], 1, 2), ex([], 1, 2)]
const shape = { classes: 3, sparse: 3, dense: 1 }
const predict = (m: ReturnType<typeof fitLogistic>, f: number[], d: number) => Array.from(softmaxInPlace(logits(m, f, [d])))

test('fits a separable case; probabilities sum to 1', () => {
  const m = fitLogistic(data, shape, { l2Sparse: 0.001, l2Dense: 0.001, iterations: 100 })
  for (const [f, d, y] of [[[0], 0, 0], [[1], 0, 1], [[2], 1, 2]] as const) {
    const p = predict(m, [...f], d)
    assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9)
    assert.equal(p.indexOf(Math.max(...p)), y)
  }
})

test('a stronger penalty gives flatter probabilities; fitting is deterministic', () => {
  const loose = fitLogistic(data, shape, { l2Sparse: 0.001, l2Dense: 0.001, iterations: 100 })
  const tight = fitLogistic(data, shape, { l2Sparse: 1, l2Dense: 1, iterations: 100 })
  assert.ok(Math.max(...predict(tight, [0], 0)) < Math.max(...predict(loose, [0], 0)))
  assert.deepEqual(fitLogistic(data, shape, { l2Sparse: 0.001, l2Dense: 0.001, iterations: 100 }).w, loose.w)
})

test('a warm start from the optimum stays there; no data gives zero weights', () => {
  const m = fitLogistic(data, shape, { l2Sparse: 0.01, l2Dense: 0.01, iterations: 200 })
  const again = fitLogistic(data, shape, { l2Sparse: 0.01, l2Dense: 0.01, iterations: 5, start: m.w })
  for (let i = 0; i < m.w.length; i++) assert.ok(Math.abs((again.w[i] as number) - (m.w[i] as number)) < 1e-3)
  assert.ok(fitLogistic([], shape, { l2Sparse: 1, l2Dense: 1, iterations: 10 }).w.every((x) => x === 0))
})
