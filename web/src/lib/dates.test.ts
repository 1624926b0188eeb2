import { test } from 'node:test'
import assert from 'node:assert/strict'
import { formatDate, formatDateTime, todayIso } from './dates.ts'

test('todayIso uses Vietnam time, not UTC', () => {
  // 20:00 UTC on 1 Oct is 03:00 on 2 Oct in Hà Nội
  assert.equal(todayIso(new Date('2025-10-01T20:00:00Z')), '2025-10-02')
})

test('formatDate and formatDateTime', () => {
  assert.equal(formatDate('2025-10-02'), '02/10/2025')
  assert.equal(formatDate(null), '')
  assert.equal(formatDateTime('2025-10-01T20:05:00Z'), '02/10/2025 03:05')
})
