import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { isEmptyQuery, parseSearchQuery, toFts5Match, toSearchText, toTsQuery, MAX_QUERY_TERMS } from './search.ts'

test('terms, quoted phrases and the prefix of the last word', () => {
  assert.deepEqual(parseSearchQuery('Giải phóng "mặt bằng" đườ'), { terms: ['giai', 'phong'], phrases: [['mat', 'bang']], prefix: 'duo' })
  assert.deepEqual(parseSearchQuery('"giải phóng mặt bằng"'), { terms: [], phrases: [['giai', 'phong', 'mat', 'bang']], prefix: null })
  assert.deepEqual(parseSearchQuery('ngập úng '), { terms: ['ngap', 'ung'], phrases: [], prefix: null })
  assert.deepEqual(parseSearchQuery('“Hoà Bình” rác'), { terms: [], phrases: [['hoa', 'binh']], prefix: 'rac' })
})

test('a one-letter last word is a term, not a prefix; duplicates are dropped', () => {
  assert.deepEqual(parseSearchQuery('rác rác a'), { terms: ['rac', 'a'], phrases: [], prefix: null })
})

test('operators typed by the user are plain text', () => {
  const q = parseSearchQuery(`đất" OR 1=1; -- NEAR(a b) * ' : & | ! <-> )(`)
  assert.equal(toFts5Match(q).includes('OR'), false)
  assert.ok(isEmptyQuery(parseSearchQuery('  "" *** ')))
})

test('builders', () => {
  const q = parseSearchQuery('Giải phóng "mặt bằng" đườ')
  assert.equal(toFts5Match(q), '"giai" "phong" "mat bang" "duo"*')
  assert.equal(toTsQuery(q), `'giai' & 'phong' & ('mat' <-> 'bang') & 'duo':*`)
  assert.equal(toFts5Match(parseSearchQuery('')), '')
  assert.equal(toTsQuery(parseSearchQuery('!!!')), '')
})

test('builders re-check hand-made queries', () => {
  const q = { terms: ['ok', `x" OR "y`], phrases: [['a', "b'c"]], prefix: "p':*" }
  assert.equal(toFts5Match(q), '"ok" "a"')
  assert.equal(toTsQuery(q), `'ok' & 'a'`)
})

test('search text is folded syllables joined by spaces', () => {
  assert.equal(toSearchText('Đường  Lê-Lợi, số 3.5!'), 'duong le loi so 3 5')
})

const FTS5 = /^(?:"[a-z0-9]+(?: [a-z0-9]+)*"\*?(?: |$))*$/
const TSQ_TERM = `'[a-z0-9]+'`
const TSQ = new RegExp(`^(?:(?:${TSQ_TERM}(?::\\*)?|\\(${TSQ_TERM}(?: <-> ${TSQ_TERM})+\\))(?: & |$))*$`)

test('fuzz: whatever is typed, outputs contain only safe words and our operators', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('"', '“', ' ', 'đường', 'OR', '*', "'", ':', '&', '(', 'a', 'NEAR', '-', '\\'), { maxLength: 30 }).map((a) => a.join(''))), (s) => {
      const q = parseSearchQuery(s)
      const all = [...q.terms, ...q.phrases.flat(), ...(q.prefix ? [q.prefix] : [])]
      if (!all.every((w) => /^[a-z0-9]+$/.test(w))) return false
      if (q.terms.length + q.phrases.length > MAX_QUERY_TERMS) return false
      return FTS5.test(toFts5Match(q)) && TSQ.test(toTsQuery(q))
    }),
    { numRuns: 2000 },
  )
})
