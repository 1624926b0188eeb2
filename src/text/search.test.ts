import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { isEmptyQuery, parseSearchQuery, relevanceOf, toFts5Match, toSearchText, toTsQuery, MAX_QUERY_TERMS } from './search.ts'

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

test('relevance: a word used often in a short text first; whole words, phrases and word starts only; accents change nothing', () => {
  const texts = ['r1 rkw rkw rkw ngap', 'r2 rkw mot lan nhac trong mot doan rat dai ve rac thai duong sa hoc phi cho dien', 'r3 rkwx xrkw', 'r4 rkw']
  const [a, b, c, d] = relevanceOf(texts, parseSearchQuery('rkw '))
  assert.ok(a! > d! && d! > b! && b! > 0, `${a} ${d} ${b}`)
  assert.equal(c, 0, 'not a whole word')
  const [p1, p2, p3] = relevanceOf(texts.slice(0, 3), parseSearchQuery('rk'))
  assert.ok(p3! > 0 && p1! > p2!, 'a prefix counts word starts ("rkwx", not "xrkw")')
  const [q1, q2] = relevanceOf(['mat bang giai phong', 'giai phong mat bang'], parseSearchQuery('"giải phóng mặt bằng"'))
  assert.equal(q1, 0)
  assert.ok(q2! > 0)
  assert.deepEqual(relevanceOf(texts, parseSearchQuery('đường rkw ')), relevanceOf(texts, parseSearchQuery('duong rkw ')))
  assert.deepEqual(relevanceOf([], parseSearchQuery('rkw')), [])
})
