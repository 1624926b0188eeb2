import { test } from 'node:test'
import assert from 'node:assert/strict'
import { normalizeClauses, normalizeTokens } from './normalize.ts'
import { clauses } from './tokenize.ts'

const norm = (text: string) => normalizeClauses(clauses(text)).map((c) => c.join(' '))

test('texting forms and abbreviations expand', () => {
  assert.deepEqual(norm('ko dc, k biet, mn oi'), ['khong duoc', 'khong biet', 'moi nguoi oi'])
  assert.deepEqual(norm('UBND phường, BHYT, cccd'), ['uy ban nhan dan phuong', 'bao hiem y te', 'can cuoc cong dan'])
  assert.deepEqual(norm('dzậy hả, nhiu wa'), ['vay ha', 'nhieu qua'])
})

test('"hổng"/"hông" negate before a verb; "hỏng" after a noun stays', () => {
  assert.deepEqual(norm('hổng biết, hông có ai'), ['khong biet', 'khong co ai'])
  assert.deepEqual(norm('đèn hỏng cả tuần'), ['den hong ca tuan'])
})

test('nothing to change: the same arrays come back', () => {
  const c = clauses('Người dân đồng tình với chủ trương')
  assert.equal(normalizeClauses(c), c)
  const t = ['nguoi', 'dan']
  assert.equal(normalizeTokens(t), t)
})
