import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { detectHourlySpike, detectSpike, detectSpikes, emergingTerms, mayBeSpike, median, poissonUpperTail } from './spikes.ts'

const close = (a: number, b: number, eps = 1e-6) => assert.ok(Math.abs(a - b) < eps, `${a} ≠ ${b}`)
const baseline = [2, 3, 1, 2, 4, 2, 3, 2, 1, 3, 2, 2, 3, 2]

test('median and Poisson tail by hand', () => {
  assert.equal(median([3, 1, 2]), 2)
  assert.equal(median([4, 1, 2, 3]), 2.5)
  close(poissonUpperTail(3, 1), 1 - 2.5 / Math.E)
  close(poissonUpperTail(0, 3), 1)
  close(poissonUpperTail(5, 0.5), 1 - Math.exp(-0.5) * (1 + 0.5 + 0.125 + 0.125 / 6 + 0.0625 / 24))
  // large counts neither overflow nor underflow
  const p = poissonUpperTail(1200, 1000)
  assert.ok(p > 0 && p < 1e-8)
  close(poissonUpperTail(1000, 1000) + (1 - poissonUpperTail(1000, 1000)), 1)
})

test('a day far above a 14-day baseline is a spike (values by hand)', () => {
  const r = detectSpike(baseline, 15)
  assert.equal(r.spike, true)
  close(r.median, 2)
  close(r.mad, 0.5)
  close(r.z, 13 / Math.sqrt(32 / 14))
})

test('small counts do not alert; a modest rise is not a spike', () => {
  assert.equal(detectSpike(baseline, 4).reason, 'below_min_count')
  assert.equal(detectSpike(baseline, 6).reason, 'not_above_baseline')
  assert.equal(detectSpike([0, 0, 0], 3).spike, false)
  assert.equal(detectSpike(Array(14).fill(0), 5).spike, true)
})

test('a busy key needs a larger jump than a quiet one', () => {
  const busy = [95, 105, 100, 98, 102, 99, 101, 97, 103, 100, 96, 104, 100, 100]
  assert.equal(detectSpike(busy, 115).spike, false)
  assert.equal(detectSpike(busy, 250).spike, true)
})

test('hourly: compares with the same hour on earlier days', () => {
  // busy at 20:00 every day, quiet otherwise
  const history = Array.from({ length: 24 * 8 }, (_, i) => (i % 24 === 20 ? 40 : 1))
  // the hour after the history is hour 0 → baseline of quiet hours
  assert.equal(detectHourlySpike(history, 12).spike, true)
  const upTo20 = history.slice(0, 24 * 7 + 20)
  assert.equal(detectHourlySpike(upTo20, 42).spike, false)
})

test('many keys: spikes first', () => {
  const r = detectSpikes([
    { key: 'moi-truong', baseline, last: 3 },
    { key: 'dat-dai', baseline, last: 20 },
  ])
  assert.deepEqual(r.map((x) => [x.key, x.spike]), [['dat-dai', true], ['moi-truong', false]])
})

test('never a spike below the minimum count; never a spike when not above the median', () => {
  fc.assert(
    fc.property(fc.array(fc.nat(1000), { maxLength: 20 }), fc.nat(2000), (b, last) => {
      const r = detectSpike(b, last)
      if (last < 5 && r.spike) return false
      if (last <= r.median && r.spike) return false
      return r.pValue >= 0 && r.pValue <= 1
    }),
  )
})

test('emerging terms by smoothed log-ratio (by hand)', () => {
  const r = emergingTerms(new Map([['a', 10], ['b', 2], ['c', 5]]), new Map([['a', 10], ['b', 10]]))
  assert.deepEqual(r.map((t) => t.term), ['c', 'a'])
  close(r[0]?.score ?? 0, Math.log(6.9))
  close(r[1]?.score ?? 0, Math.log(23 / 20))
})

test('mayBeSpike is necessary: when it says no, detectSpike says no (and it says yes to every spike)', () => {
  const opts = fc.record({ minCount: fc.integer({ min: 0, max: 8 }), minRatio: fc.double({ min: 0.5, max: 4, noNaN: true }), minZ: fc.double({ min: 0, max: 4, noNaN: true }), maxP: fc.double({ min: 1e-6, max: 1, noNaN: true }) }, { requiredKeys: [] })
  fc.assert(fc.property(fc.array(fc.nat(40), { minLength: 1, maxLength: 20 }), fc.nat(120), opts, (base, last, o) => {
    const sum = base.reduce((a, b) => a + b, 0)
    if (detectSpike(base, last, o).spike) assert.ok(mayBeSpike(sum, base.length, last, o))
  }), { numRuns: 5000 })
  // at the edge: the ratio exactly at its minimum still may be a spike; just below it may not
  assert.equal(mayBeSpike(14, 14, 5), true)
  assert.equal(mayBeSpike(35, 14, 5), true)
  assert.equal(mayBeSpike(36, 14, 5), false)
  assert.equal(mayBeSpike(0, 14, 4), false)
})
