import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { foldWithOffsets, highlight, matchSpans, renderSnippet } from './highlight.ts'
import { parseSearchQuery } from './search.ts'
import { fold } from './fold.ts'

test('matches on folded text, marks the original accented text', () => {
  const text = 'Người dân phản ánh Đường Lê Lợi ngập sâu sau mưa.'
  const [s] = highlight(text, parseSearchQuery('duong "le loi" '))
  assert.ok(s)
  assert.equal(renderSnippet(s), 'Người dân phản ánh [Đường] [Lê Lợi] ngập sâu sau mưa.')
})

test('NFD original: offsets point into the NFD string', () => {
  const text = 'Uỷ ban phường Hoà Bình'.normalize('NFD')
  const spans = matchSpans(text, parseSearchQuery('"hoa binh"'))
  assert.equal(spans.length, 1)
  const span = spans[0] as { start: number; end: number }
  assert.equal(text.slice(span.start, span.end).normalize('NFC'), 'Hoà Bình')
})

test('prefix matches the start of a word only', () => {
  const spans = matchSpans('giải phóng mặt bằng, phòng họp', parseSearchQuery('pho'))
  assert.equal(spans.length, 2)
})

test('long text gives cut snippets around matches', () => {
  const text = 'a '.repeat(200) + 'bức xúc về rác thải' + ' b'.repeat(200)
  const [s, ...rest] = highlight(text, parseSearchQuery('rac '), { context: 20 })
  assert.equal(rest.length, 0)
  assert.ok(s && s.cutBefore && s.cutAfter)
  assert.ok(renderSnippet(s).includes('[rác]'))
})

test('no match: one leading snippet without spans', () => {
  const r = highlight('Không có gì', parseSearchQuery('xyz '))
  assert.equal(r.length, 1)
  assert.deepEqual(r[0]?.matches, [])
})

test('folded letters map back inside the original', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const f = foldWithOffsets(s)
      if (f.starts.length !== f.folded.length) return false
      for (let i = 0; i < f.folded.length; i++) if ((f.starts[i] as number) >= (f.ends[i] as number) || (f.ends[i] as number) > s.length) return false
      // the letters and digits agree with fold()
      return (f.folded.match(/[a-z0-9]+/g) ?? []).join(' ') === (fold(s).match(/[a-z0-9]+/g) ?? []).join(' ')
    }),
  )
})

test('every marked span of a random Vietnamese text folds to a searched word', () => {
  const word = fc.constantFrom('Đường', 'đường', 'Hoà', 'hòa', 'Uỷ', 'ủy', 'dân', 'DÂN', 'rác')
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.constantFrom('duong', 'hoa', 'uy', 'dan'), fc.constantFrom<'NFC' | 'NFD'>('NFC', 'NFD'), (ws, term, form) => {
      const text = ws.join(' ').normalize(form)
      const spans = matchSpans(text, { terms: [term], phrases: [], prefix: null })
      return spans.length === ws.filter((w) => fold(w) === term).length && spans.every((s) => fold(text.slice(s.start, s.end)) === term)
    }),
  )
})
