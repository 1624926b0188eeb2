import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { bulkCreatedAt, slotOf, SLOTS } from './rollup.repo.ts'

describe('roll-up slots', () => {
  it('an import stamps its records at most SLOTS − 1 ms before now, in slot 0', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
      const now = new Date(ms)
      const at = bulkCreatedAt(now)
      const back = now.getTime() - Date.parse(at)
      assert.equal(slotOf(at), 0)
      assert.ok(back >= 0 && back < SLOTS, `${back} ms`)
      assert.equal(bulkCreatedAt(new Date(at)), at)
    }))
  })

  it('a single write keeps its own milliseconds and slot', () => {
    assert.equal(slotOf('2026-11-20T03:00:00.013Z'), 5)
    assert.equal(bulkCreatedAt(new Date('2026-11-20T03:00:00.013Z')), '2026-11-20T03:00:00.008Z')
  })
})
