import { test } from 'node:test'
import assert from 'node:assert/strict'
import { addDays, daysBetween } from '../../src/domain/trends.ts'
import { isPhrase, phraseSeries, textDoc } from '../../src/services/trends/term-phrases.ts'
import { termsOf } from '../../src/text/terms.ts'

/** The reference: termsOf per record, phrases only, records per day; kept when a day from `first` reaches `min`. */
function reference(docs: ReturnType<typeof textDoc>[], from: string, length: number, min: number, first: number) {
  const all = new Map<string, number[]>()
  for (const d of docs) {
    const i = daysBetween(from, d.day)
    for (const t of termsOf(d.text)) {
      if (!isPhrase(t)) continue
      if (!all.has(t)) all.set(t, Array.from({ length }, () => 0))
      all.get(t)![i]! += 1
    }
  }
  return new Map([...all].filter(([, c]) => c.some((n, i) => i >= first && n >= min)))
}

const sorted = (m: Map<string, number[]>) => [...m].sort((a, b) => (a[0] < b[0] ? -1 : 1))

test('phraseSeries counts what termsOf counts: phrases of two and three syllables, once per record and day', () => {
  const pieces = ['Trạm y tế thiếu thuốc', 'đường ngập nước', 'giải phóng mặt bằng', 'của các hộ dân', 'tổ 7', 'số 12 và 13', 'rất bức xúc', 'Uỷ ban nhân dân phường', 'hoà bình', 'hòa bình', 'chợ tạm', 'không có', 'và', 'ở']
  let seed = 7
  const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n)
  const docs = Array.from({ length: 400 }, (_, k) => {
    const words = Array.from({ length: 3 + rnd(12) }, () => pieces[rnd(pieces.length)]).join(rnd(3) === 0 ? ', ' : ' ')
    return textDoc({ heard_on: addDays('2026-01-01', rnd(20)), title: `Ý kiến ${k % 5}`, content: `${words}. Trạm y tế thiếu thuốc trạm y tế.` })
  })
  for (const [min, first] of [[1, 0], [5, 10], [30, 14]] as const) {
    const got = phraseSeries(docs, '2026-01-01', 20, min, first)
    assert.deepEqual(sorted(got), sorted(reference(docs, '2026-01-01', 20, min, first)))
    assert.ok(got.size > 0)
  }
  // a record using a phrase twice counts once
  const twice = phraseSeries([textDoc({ heard_on: '2026-01-01', title: 'Đường ngập', content: 'đường ngập, đường ngập nước' })], '2026-01-01', 1, 1, 0)
  assert.deepEqual(twice.get('duong ngap'), [1])
  assert.equal(twice.has('duong'), false)
})

test('textDoc takes the stored search_text as the words, the same as folding the text', () => {
  const r = { heard_on: '2026-01-01', title: 'Đường ngập', content: 'Dân tổ 7 bức xúc!' }
  assert.equal(textDoc({ ...r, search_text: 'duong ngap dan to 7 buc xuc' }).words, textDoc(r).words)
})
