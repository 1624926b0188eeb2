/** The pure pieces of term alerts: PhraseFinder against `holds`, PairIndex against a Map, phraseSeries' order. */
import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { addDays, daysBetween } from '../../src/domain/trends.ts'
import { holds, isPhrase, PairIndex, PhraseFinder, phraseSeries, textDoc, type TextDoc } from '../../src/services/trends/term-phrases.ts'
import { termsOf } from '../../src/text/terms.ts'

const WORDS = ['tram', 'y', 'te', 'thieu', 'thuoc', 'duong', 'ngap', 'a', 'aa', 'b']
// words as stored (syllables between single spaces) and odd ones: empty, double spaces, a space at an end
const plain = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 25 }).map((w) => w.join(' '))
const odd = fc.constantFrom('', ' ', 'tram  y te', ' tram y', 'y te ', 'tram\ty te', 'thuoc')
const doc = fc.oneof({ weight: 5, arbitrary: plain }, { weight: 1, arbitrary: odd }).map((words): TextDoc => ({ day: '2026-01-01', text: words, words: ` ${words} ` }))
const phrase = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...WORDS, 'zzz'), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'y  te', ' tram', 'te ', 'tram y te thieu thuoc duong') },
)

test('PhraseFinder.holding finds exactly the documents holds() finds, ascending; its parts likewise', () => {
  fc.assert(fc.property(fc.array(doc, { maxLength: 40 }), fc.array(phrase, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 20 }), (docs, phrases, picks) => {
    const finder = new PhraseFinder(docs)
    const part = docs.length ? [...new Set(picks.map((p) => p % docs.length))] : []
    const sub = finder.only(part)
    for (const p of phrases) {
      assert.deepEqual(finder.holding(p), docs.flatMap((d, i) => (holds(d, p) ? [i] : [])), p)
      assert.deepEqual(sub.holding(p), part.flatMap((k, i) => (holds(docs[k]!, p) ? [i] : [])), p)
    }
  }), { numRuns: 500 })
})

test('PairIndex numbers pairs in the order first added, finds them, forgets them on clear', () => {
  const pair = fc.tuple(fc.integer({ min: 1, max: 2 ** 30 - 1 }), fc.integer({ min: 0, max: 2 ** 15 - 1 }))
  fc.assert(fc.property(fc.array(fc.oneof(pair, fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 3 }))), { maxLength: 3000 }), (pairs) => {
    const index = new PairIndex()
    const ref = new Map<string, number>()
    for (const [a, b] of pairs) {
      const k = `${a},${b}`
      if (!ref.has(k)) ref.set(k, ref.size)
      assert.equal(index.add(a, b), ref.get(k))
    }
    assert.equal(index.size, ref.size)
    for (const [k, n] of ref) {
      const [a, b] = k.split(',').map(Number) as [number, number]
      assert.equal(index.find(a, b), n)
      assert.equal(index.a[n], a)
      assert.equal(index.b[n], b)
    }
    assert.equal(index.find(2 ** 30, 1), -1)
    index.clear()
    assert.equal(index.size, 0)
    if (pairs.length) assert.equal(index.find(pairs[0]![0], pairs[0]![1]), -1)
  }), { numRuns: 60 })
})

test('phraseSeries: the terms in the order they first reach the minimum, day by day, records in their order', () => {
  const pieces = ['Trạm y tế thiếu thuốc', 'đường ngập nước', 'giải phóng mặt bằng', 'của các hộ dân', 'tổ 7', 'rất bức xúc', 'hoà bình', 'chợ tạm', 'và', ', ', '. ']
  fc.assert(fc.property(fc.array(fc.tuple(fc.nat(9), fc.array(fc.constantFrom(...pieces), { maxLength: 12 })), { maxLength: 120 }), fc.integer({ min: 1, max: 4 }), fc.nat(9), (recs, min, first) => {
    const from = '2026-01-01'
    const docs = recs.map(([day, p]) => textDoc({ heard_on: addDays(from, day), title: 'Ý kiến', content: p.join(' ') }))
    // the reference: termsOf per record, in the order of the records of each day
    const counts = new Map<string, number[]>()
    const order: string[][] = Array.from({ length: 10 }, () => [])
    for (let i = 0; i < 10; i++) {
      for (const d of docs.filter((x) => daysBetween(from, x.day) === i)) {
        for (const t of termsOf(d.text)) {
          if (!isPhrase(t)) continue
          if (!counts.has(t)) counts.set(t, Array.from({ length: 10 }, () => 0))
          if (counts.get(t)![i] === 0) order[i]!.push(t)
          counts.get(t)![i]! += 1
        }
      }
    }
    const kept: string[] = []
    for (let i = first; i < 10; i++) for (const t of order[i]!) if (counts.get(t)![i]! >= min && !kept.includes(t)) kept.push(t)
    assert.deepEqual([...phraseSeries(docs, from, 10, min, first)], kept.map((t) => [t, counts.get(t)]))
  }), { numRuns: 200 })
})
