import { test } from 'node:test'
import assert from 'node:assert/strict'
import { currentMonth, formatDong, formatMonth } from './format.ts'

test('money, months', () => {
  assert.equal(formatDong(2340000).replace(/\s/g, ' '), '2.340.000 đ')
  assert.equal(formatDong(null), '—')
  assert.equal(formatMonth('2026-11'), '11/2026')
  // 17:30 UTC on 31 Oct is already 1 Nov in Hà Nội
  assert.equal(currentMonth(new Date('2026-10-31T17:30:00Z')), '2026-11')
})
