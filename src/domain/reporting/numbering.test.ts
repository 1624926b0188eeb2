import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { docNumberLine, formatDocNumber, formatSeq, nextSeq, normaliseTermStarts, parseDocNumber, termOf } from './numbering.ts'

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))

test('numbers print as in Hướng dẫn 36: two digits at least, type, issuing body', () => {
  assert.equal(docNumberLine({ seq: 7, docType: 'BC', issuer: 'ĐU' }), 'Số 07-BC/ĐU')
  assert.equal(formatDocNumber({ seq: 12, docType: 'BC', issuer: 'ĐU' }), '12-BC/ĐU')
  assert.equal(formatSeq(1), '01')
  assert.equal(formatSeq(123), '123')
  assert.throws(() => formatSeq(0), /INVALID_DOC_SEQ/)
  assert.throws(() => formatSeq(1.5), /INVALID_DOC_SEQ/)
})

test('numbers parse back, with or without "Số", composed or decomposed', () => {
  assert.deepEqual(parseDocNumber('Số 07-BC/ĐU'), { seq: 7, docType: 'BC', issuer: 'ĐU' })
  assert.deepEqual(parseDocNumber('07-BC/ĐU'), { seq: 7, docType: 'BC', issuer: 'ĐU' })
  assert.deepEqual(parseDocNumber('số 15-KH/ĐU'), { seq: 15, docType: 'KH', issuer: 'ĐU' })
  // the decomposed "Số" (o + combining circumflex + combining acute) reads the same
  assert.deepEqual(parseDocNumber('So\u0302\u0301 07-BC/ĐU'), { seq: 7, docType: 'BC', issuer: 'ĐU' })
  for (const bad of ['7-BC/ĐU', '007-BC/ĐU', 'Số -BC/ĐU', 'Số 07/ĐU', 'Số 07-BC', 'BC-07/ĐU', '']) assert.equal(parseDocNumber(bad), null, bad)
})

test('property: format then parse is the identity', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom('BC', 'KH', 'TB', 'CV'), fc.constantFrom('ĐU', 'CB', 'ĐB'), (seq, docType, issuer) => {
    assert.deepEqual(parseDocNumber(docNumberLine({ seq, docType, issuer })), { seq, docType, issuer })
  }))
})

test('property: printed numbers sort like their sequences within two digits, and are never shorter than two', () => {
  fc.assert(fc.property(fc.integer({ min: 1, max: 99 }), fc.integer({ min: 1, max: 99 }), (a, b) => {
    assert.ok(formatSeq(a).length === 2)
    assert.equal(formatSeq(a) < formatSeq(b), a < b)
  }))
})

test('the term of a day is the latest start on or before it', () => {
  const starts = ['2020-10-15', '2025-10-01']
  assert.equal(termOf('2025-10-01', starts), '2025-10-01')
  assert.equal(termOf('2025-09-30', starts), '2020-10-15')
  assert.equal(termOf('2026-11-20', starts), '2025-10-01')
  assert.equal(termOf('2019-01-01', starts), null)
  assert.deepEqual(normaliseTermStarts(['2025-10-01', '2020-10-15', '2025-10-01']), ['2020-10-15', '2025-10-01'])
  assert.throws(() => termOf('2026-01-01', ['2025-02-30']), /INVALID_TERM_START/)
})

test('property: every day on or after the first start has exactly one term, and it does not change between starts', () => {
  fc.assert(fc.property(fc.uniqueArray(day, { minLength: 1, maxLength: 5 }), day, (starts, d) => {
    const t = termOf(d, starts)
    const sorted = [...starts].sort()
    if (d < sorted[0]!) return assert.equal(t, null)
    assert.ok(t !== null && t <= d && starts.includes(t))
    // no other start lies strictly between the term start and the day
    assert.ok(!starts.some((s) => s > t && s <= d))
  }))
})

test('sequences: the first of a term is 1, then each follows the last', () => {
  assert.equal(nextSeq(null), 1)
  assert.equal(nextSeq(undefined), 1)
  assert.equal(nextSeq(6), 7)
  fc.assert(fc.property(fc.nat(10_000), (n) => nextSeq(n) === n + 1))
})
