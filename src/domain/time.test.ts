import { test } from 'node:test'
import assert from 'node:assert/strict'
import { isActiveOn, isValidDay, localDay, nextDay, startOfLocalDay } from './time.ts'

test('local day follows Asia/Ho_Chi_Minh whatever TZ the process runs in', () => {
  assert.equal(localDay(new Date('2026-11-25T16:59:59Z')), '2026-11-25')
  assert.equal(localDay(new Date('2026-11-25T17:00:00Z')), '2026-11-26')
  assert.equal(startOfLocalDay('2026-11-26').toISOString(), '2026-11-25T17:00:00.000Z')
})

test('calendar helpers', () => {
  assert.equal(nextDay('2026-12-31'), '2027-01-01')
  assert.equal(isValidDay('2026-02-30'), false)
  assert.equal(isValidDay('2028-02-29'), true)
})

test('a unit closed on the 3rd is not active on the 3rd; one opened on the 20th is active on the 20th', () => {
  assert.equal(isActiveOn({ active_from: null, active_to: '2026-11-03' }, '2026-11-02'), true)
  assert.equal(isActiveOn({ active_from: null, active_to: '2026-11-03' }, '2026-11-03'), false)
  assert.equal(isActiveOn({ active_from: '2026-11-20', active_to: null }, '2026-11-19'), false)
  assert.equal(isActiveOn({ active_from: '2026-11-20', active_to: null }, '2026-11-20'), true)
})
