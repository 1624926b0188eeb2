import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { clauses, joinWords, ngrams, syllables, words, MAX_TOKEN_LENGTH } from './tokenize.ts'
import { markNegation } from './negation.ts'
import { isStopWord } from './stopwords.ts'

test('syllables are folded and split at anything but letters and digits', () => {
  assert.deepEqual(syllables('Giải phóng mặt bằng, đường Lê-Lợi 12/3!'), ['giai', 'phong', 'mat', 'bang', 'duong', 'le', 'loi', '12', '3'])
  assert.deepEqual(syllables('Hoà  bình'.normalize('NFD')), ['hoa', 'binh'])
  assert.deepEqual(syllables(''), [])
})

test('clauses split at punctuation', () => {
  assert.deepEqual(clauses('Không đồng tình, nhưng hiểu.'), [['khong', 'dong', 'tinh'], ['nhung', 'hieu']])
})

test('known compounds join, with and without accents', () => {
  assert.deepEqual(joinWords(syllables('công tác giải phóng mặt bằng')), ['cong', 'tac', 'giai_phong_mat_bang'])
  assert.deepEqual(words('o nhiem moi truong o ho'), ['o_nhiem_moi_truong', 'o', 'ho'])
  assert.deepEqual(words('Ô nhiễm môi trường ở hồ', { dropStopWords: true }), ['o_nhiem_moi_truong', 'ho'])
})

test('ngrams', () => {
  assert.deepEqual(ngrams(['a', 'b', 'c'], 2), ['a b', 'b c'])
  assert.deepEqual(ngrams(['a'], 2), [])
  assert.deepEqual(ngrams(['a', 'b'], 0), [])
})

test('stop words keep Đảng, môi trường and negators', () => {
  for (const w of ['dang', 'moi', 'khong', 'chua', 'nhung', 'rat']) assert.equal(isStopWord(w), false, w)
  assert.equal(isStopWord('cua'), true)
})

test('negation marks a short window inside the clause', () => {
  assert.deepEqual(markNegation(['khong', 'dong', 'tinh', 'voi', 'viec', 'nay']), ['khong', '!dong', '!tinh', '!voi', 'viec', 'nay'])
  assert.deepEqual(markNegation(['chua', 'hai', 'long', 'nhung', 'tin', 'tuong']), ['chua', '!hai', '!long', 'nhung', 'tin', 'tuong'])
  // "không khí" is air, "không chỉ" is "not only"
  assert.deepEqual(markNegation(['o', 'nhiem', 'khong', 'khi']), ['o', 'nhiem', 'khong', 'khi'])
  assert.deepEqual(markNegation(['khong', 'chi', 'tot']), ['khong', 'chi', 'tot'])
  assert.deepEqual(markNegation(['khong', 'phan', 'doi']), ['khong', '!phan', '!doi'])
})

test('tokenizer never emits empty or unsafe tokens', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (s) => {
      for (const t of syllables(s)) if (!/^[a-z0-9]+$/.test(t) || t.length > MAX_TOKEN_LENGTH) return false
      for (const w of words(s)) if (!/^[a-z0-9]+(_[a-z0-9]+)*$/.test(w)) return false
      return clauses(s).every((c) => c.length > 0)
    }),
  )
})

test('words, joined back, give the syllables', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('giải', 'phóng', 'mặt', 'bằng', 'ô', 'nhiễm', 'môi', 'trường', 'dân', 'xa'), { maxLength: 20 }), (ws) => {
      const text = ws.join(' ')
      return words(text).join('_').replace(/_/g, ' ') === syllables(text).join(' ')
    }),
  )
})
