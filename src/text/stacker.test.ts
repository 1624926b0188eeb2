import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fitStacker, stackerPredict } from './stacker.ts'

test('logistic regression separates a simple case and gives probabilities', () => {
  const xs = [[0, 1], [0.1, 0.9], [1, 0], [0.9, 0.2], [0.5, 0.5]]
  const ys = [0, 0, 1, 1, 2]
  const s = fitStacker(xs, ys, 3, { iterations: 2000, l2: 0.001 })
  const p = stackerPredict(s, [0, 1])
  assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9)
  assert.equal(p.indexOf(Math.max(...p)), 0)
  const q = stackerPredict(s, [1, 0])
  assert.equal(q.indexOf(Math.max(...q)), 1)
})

test('no data: zero weights, uniform probabilities', () => {
  const s = fitStacker([], [], 3)
  assert.deepEqual(stackerPredict(s, []), [1 / 3, 1 / 3, 1 / 3])
})
