import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { canEdgeTerm, clauseIdsOfFolded, SYLLABLE_HASH_START, syllableHashStep, SyllableIds, termCounts, termsOf } from './terms.ts'
import { fold } from './fold.ts'
import { clausesOfFolded } from './tokenize.ts'
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

// text of the pieces clause splitting and syllables depend on: letters, digits, accents (NFC and NFD), punctuation
// that ends a clause, dashes with and without spaces around them, white space of several kinds, long runs, emoji
const PIECES = [
  'a', 'b', 'z', '0', '7', 'đ', 'Đ', 'ư', 'ờ', 'e\u0301', 'A', ' ', ' ', '  ', '\u00a0', '\t', '\n', '.', ',', ';', ':', '!', '?', '…', '(', ')',
  '[', ']', '{', '}', '"', '“', '”', '«', '»', '|', '/', '\\', '-', '–', '—', ' - ', ' – ', ' —— ', '-\u00a0', "'", '_', '+', '\u200b', '😀',
  'x'.repeat(45), 'ngập', 'Trạm y tế', 'hoà', 'hòa', 'uỷ', 'ß', 'Σ', '\u0000',
]
const pieceText = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''))

test('clauseIdsOfFolded gives the clauses of clausesOfFolded as syllable ids, a 0 after each clause', () => {
  const check = (text: string) => {
    const ids = new SyllableIds()
    const out = new Int32Array(text.length + 1)
    const n = clauseIdsOfFolded(text, ids, out)
    const want = new SyllableIds()
    assert.deepEqual([...out.subarray(0, n)], clausesOfFolded(text).flatMap((c) => [...c.map((w) => want.idOf(w)), 0]))
    assert.deepEqual(ids.words, want.words)
  }
  fc.assert(fc.property(pieceText, (s) => check(fold(s))), { numRuns: 2000 })
  // any string, folded or not
  fc.assert(fc.property(pieceText, check), { numRuns: 2000 })
  fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => check(fold(s))))
  check('a - b -- c-d a —  – b. ')
})

test('SyllableIds: the same id for the same syllable however it is asked, 0 from find for one never seen', () => {
  fc.assert(fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 300 }), fc.string({ maxLength: 6 }), (words, other) => {
    const ids = new SyllableIds()
    const first = new Map<string, number>()
    for (const w of words) {
      const id = ids.idOf(w)
      if (!first.has(w)) first.set(w, first.size + 1)
      assert.equal(id, first.get(w))
      const padded = `#${w}#`
      let h = SYLLABLE_HASH_START
      for (let i = 0; i < w.length; i++) h = syllableHashStep(h, w.charCodeAt(i))
      assert.equal(ids.idOfPiece(padded, 1, 1 + w.length, h), id)
      assert.equal(ids.find(w), id)
      assert.equal(ids.words[id - 1], w)
      assert.equal(ids.edge[id - 1], canEdgeTerm(w))
    }
    assert.equal(ids.find(other), first.get(other) ?? 0)
    assert.equal(ids.size, first.size)
  }))
})
