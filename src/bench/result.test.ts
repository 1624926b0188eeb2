import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { formatTable, resultOf } from './result.ts'

describe('bench results', () => {
  const row = { database: 'postgres' as const, step: 'search' as const, metric: 'p97_5_ms', unit: 'ms', target: '≤ 50 ms' }

  it('takes the median of the rounds and the ratio to the baseline', () => {
    const r = resultOf(row, [30, 10, 20], [200, 100, 400], false, (v) => v <= 50)
    assert.equal(r.value, 20)
    assert.equal(r.baseline, 200)
    assert.equal(r.ratio, 10)
    assert.equal(r.met, true)
    assert.equal(r.noisy, true)
  })

  it('leaves out baseline rounds that answered nothing, and says so, instead of a latency of 0', () => {
    const some = resultOf(row, [300, 200, 250], [NaN, 4000, NaN], false, (v) => v <= 50)
    assert.equal(some.baseline, 4000)
    assert.equal(some.ratio, 16)
    assert.match(some.note ?? '', /no request within 2 of its 3 rounds/)
    const none = resultOf(row, [300, 200, 250], [NaN, NaN, NaN], false, (v) => v <= 50)
    assert.equal(none.baseline, null)
    assert.equal(none.ratio, null)
    assert.equal(none.noisy, false)
    assert.match(formatTable([none]), /—/)
  })

  it('gives no ratio against a baseline rate of 0', () => {
    const r = resultOf({ ...row, metric: 'req_per_s', unit: 'req/s' }, [18, 20, 19], [0, 0, 0], true, (v) => v >= 100)
    assert.equal(r.ratio, null)
    assert.equal(r.met, false)
  })
})
