import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { termCounts, termsOf } from './terms.ts'
import { emergingTerms } from '../domain/spikes.ts'

test('terms: n-grams inside clauses, not edged by stop words or numbers', () => {
  const t = termsOf('Giá bồi thường của dự án, 12 hộ')
  assert.ok(t.has('gia boi thuong'))
  assert.ok(t.has('du an'))
  assert.ok(!t.has('cua du an'))
  assert.ok(!t.has('12'))
  assert.ok(!t.has('an 12'))
})

test('document frequency, then emerging terms', () => {
  const before = ['rác thải ở chợ', 'học phí tăng', 'rác thải bốc mùi']
  const now = ['sạt lở bờ sông', 'sạt lở kè', 'nguy cơ sạt lở', 'rác thải ở chợ']
  const top = emergingTerms(termCounts(now), termCounts(before))
  // "sạt lở" and its syllables rose together, ahead of everything else
  assert.deepEqual(top.slice(0, 3).map((t) => t.term).sort(), ['lo', 'sat', 'sat lo'])
  assert.ok(!top.some((t) => t.term === 'rac thai'))
})

test('terms are never empty and only folded words', () => {
  fc.assert(fc.property(fc.string({ maxLength: 100 }), (s) => [...termsOf(s)].every((t) => /^[a-z0-9]+( [a-z0-9]+){0,2}$/.test(t))))
})
