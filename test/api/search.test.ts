/**
 * Full-text search of opinion records through the API, on each engine (FTS5 on SQLite, tsvector on PostgreSQL):
 * phrases, the last word as a prefix, ranking, scope and filters, and fuzzing with fast-check — whatever is typed
 * the answer is a 200 whose hits are exactly what a plain reading of the folded words says they should be (the
 * same oracle on both engines, so both give the same hits), and accents never change them.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { buildOpinion } from '../helpers/opinion-factory.ts'
import type { OpinionListItem } from '../../src/shared/opinion.schema.ts'
import { fold } from '../../src/text/fold.ts'
import { parseSearchQuery, toSearchText, type SearchQuery } from '../../src/text/search.ts'
import { listOpinions } from '../../src/services/opinions/list-opinions.ts'
import { opinionQuery } from '../../src/shared/opinion.schema.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)

// words of the fixture; every record also carries "qzx" so that queries can be kept to these records
const VOCAB = [
  'giải', 'phóng', 'mặt', 'bằng', 'đường', 'Lê', 'Lợi', 'ngập', 'nước', 'rác', 'thải', 'tiền', 'đền', 'bù', 'thấp', 'bà', 'con', 'bức', 'xúc',
  'học', 'phí', 'trường', 'chợ', 'điện', 'giá', 'đất', 'dân', 'tổ', '5', '55', 'không', 'đồng', 'tình', 'dự', 'án', 'Uỷ', 'Ủy', 'ban', '3e10x', 'x', '3e10',
]

/** mulberry32: the same corpus on every run and engine */
function seeded(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let x = Math.imul(a ^ (a >>> 15), 1 | a)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

/** A seeded corpus: short texts of the vocabulary, some typed without accents, some in NFD. */
function corpus(n: number) {
  const rnd = seeded(20261120)
  const pick = () => VOCAB[Math.floor(rnd() * VOCAB.length)]!
  const out: { title: string; content: string; heardOn: string; unit: 'kdc01' | 'kdc02' | 'hb'; topic: 'dat-dai' | 'moi-truong' }[] = []
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 4 + Math.floor(rnd() * 10) }, pick)
    // a third contain the whole phrase, so that phrase queries have hits and misses
    if (i % 3 === 0) words.splice(Math.floor(rnd() * words.length), 0, 'giải phóng mặt bằng')
    let content = words.join(' ') + '.'
    if (i % 5 === 1) content = fold(content)
    if (i % 7 === 2) content = content.normalize('NFD')
    out.push({
      title: `S${String(i).padStart(3, '0')} qzx`, content, heardOn: `2026-${String(1 + (i % 10)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`,
      unit: i % 4 === 0 ? 'kdc02' : i % 4 === 1 ? 'hb' : 'kdc01', topic: i % 2 ? 'dat-dai' : 'moi-truong',
    })
  }
  return out
}

/** What should match, read straight from the folded words: whole words, phrases in order, the prefix at a word's start. */
function oracle(searchText: string, q: SearchQuery): boolean {
  const padded = ` ${searchText} `
  return q.terms.every((t) => padded.includes(` ${t} `)) && q.phrases.every((p) => padded.includes(` ${p.join(' ')} `)) && (q.prefix === null || padded.includes(` ${q.prefix}`))
}

const FIXTURE = corpus(90)

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: full-text search of opinion records`, () => {
    let t: TestApp
    let bxdd: Client, phutrach: Client
    const units: Record<string, string> = {}
    const searchTextOf = new Map<string, string>()

    const list = async (c: Client, query: string): Promise<{ items: OpinionListItem[]; total: number }> => {
      const res = await c.get(`/api/opinions?pageSize=200&${query}`)
      assert.equal(res.statusCode, 200, `${query}: ${res.body}`)
      return json(res)
    }
    const titles = async (c: Client, q: string, extra = '') => (await list(c, `q=${encodeURIComponent(`qzx ${q}`)}${extra}`)).items.map((i) => i.title).sort()

    before(async () => {
      t = await startTestApp(dialect)
      bxdd = await signIn(t.app, 'bxdd')
      phutrach = await signIn(t.app, 'phutrach')
      for (const [k, code] of [['kdc01', 'HB-CB-KDC01'], ['kdc02', 'HB-CB-KDC02'], ['hb', 'HB']] as const) units[k] = await unitId(t.conn, code)
      for (const r of FIXTURE) {
        await buildOpinion(t.ctx(), { unitId: units[r.unit]!, title: r.title, content: r.content, heardOn: r.heardOn, topics: [r.topic] })
        searchTextOf.set(r.title, toSearchText(`${r.title}\n${r.content}`))
      }
    })
    after(() => t.close())

    const expected = (q: string, keep: (r: (typeof FIXTURE)[number]) => boolean = () => true) => {
      const parsed = parseSearchQuery(`qzx ${q}`)
      return FIXTURE.filter((r) => keep(r) && oracle(searchTextOf.get(r.title)!, parsed)).map((r) => r.title).sort()
    }

    it('a quoted phrase matches the words in order; the same words apart do not', async () => {
      const phrase = await titles(bxdd, '"giải phóng mặt bằng"')
      assert.ok(phrase.length >= 30, `${phrase.length} records with the phrase`)
      assert.deepEqual(phrase, expected('"giải phóng mặt bằng"'))
      const words = await titles(bxdd, 'giải phóng mặt bằng ')
      assert.ok(words.length >= phrase.length)
      assert.deepEqual(await titles(bxdd, '"bằng mặt"'), expected('"bằng mặt"'))
      assert.deepEqual(await titles(bxdd, '"giải phóng mặt bằng"'), await titles(bxdd, '"giai phong mat bang"'))
    })

    it('the last word typed is a prefix ("đườ", "gi"); a finished word is whole ("5 " does not find "55")', async () => {
      const prefix = await titles(bxdd, 'đườ')
      assert.ok(prefix.length > 0)
      assert.deepEqual(prefix, expected('đườ'))
      assert.deepEqual(prefix, await titles(bxdd, 'duong '))
      assert.deepEqual(await titles(bxdd, '5 '), expected('5 '))
      // one character typed last is a whole word: "5" would otherwise touch every number
      assert.deepEqual(await titles(bxdd, '5'), expected('5 '))
      assert.notDeepEqual(expected('5 '), expected('55 '))
      const gi = await titles(bxdd, 'gi')
      assert.deepEqual(gi, expected('gi'))
      assert.ok(gi.length > (await titles(bxdd, 'giải ')).length, '"gi" finds "giải" and "giá"')
      assert.deepEqual(await titles(bxdd, '"mặt bằ'), expected('"mặt bằ'))
    })

    it('scientific-looking words ("3e10x") are one word on both engines, as the text stored them', async () => {
      assert.deepEqual(await titles(bxdd, '3e10x '), expected('3e10x '))
      assert.deepEqual(await titles(bxdd, 'x '), expected('x '))
      assert.deepEqual(await titles(bxdd, '3e10 '), expected('3e10 '))
      assert.deepEqual(await titles(bxdd, '3e1'), expected('3e1'))
    })

    it('ranks by relevance (the word often in a short text first), ties by the day heard, newest first', async () => {
      await buildOpinion(t.ctx(), { unitId: units.hb!, title: 'R1 rkw', content: 'rkw rkw rkw rkw ngập', heardOn: '2026-03-01' })
      await buildOpinion(t.ctx(), { unitId: units.hb!, title: 'R2 rkw', content: 'Một lần nhắc rkw trong một đoạn rất dài về rác thải, đường sá, học phí, chợ, điện, nước và nhiều chuyện khác nữa', heardOn: '2026-10-01' })
      await buildOpinion(t.ctx(), { unitId: units.hb!, title: 'R3 tie', content: 'tiew giống hệt', heardOn: '2026-02-01' })
      await buildOpinion(t.ctx(), { unitId: units.hb!, title: 'R4 tie', content: 'tiew giống hệt', heardOn: '2026-09-01' })
      assert.deepEqual((await list(bxdd, 'q=rkw')).items.map((i) => i.title), ['R1 rkw', 'R2 rkw'])
      assert.deepEqual((await list(bxdd, 'q=tiew')).items.map((i) => i.title), ['R4 tie', 'R3 tie'])
    })

    it('keeps the scope and every filter; total counts what the pages hold', async () => {
      // phutrach sees HB-CB-KDC01 only
      assert.deepEqual(await titles(phutrach, 'giải phóng '), expected('giải phóng ', (r) => r.unit === 'kdc01'))
      assert.deepEqual(await titles(bxdd, 'ngập ', `&unitId=${units.kdc02}&topic=dat-dai`), expected('ngập ', (r) => r.unit === 'kdc02' && r.topic === 'dat-dai'))
      assert.deepEqual(await titles(bxdd, 'dân ', '&from=2026-03-01&to=2026-06-30'), expected('dân ', (r) => r.heardOn >= '2026-03-01' && r.heardOn <= '2026-06-30'))
      const all = await list(bxdd, `q=${encodeURIComponent('qzx đất')}`)
      assert.equal(all.total, all.items.length)
      const seen: string[] = []
      for (let page = 1; page <= Math.ceil(all.total / 7); page++) {
        const p = json(await bxdd.get(`/api/opinions?q=${encodeURIComponent('qzx đất')}&pageSize=7&page=${page}`))
        assert.equal(p.total, all.total)
        seen.push(...p.items.map((i: OpinionListItem) => i.title))
      }
      assert.deepEqual(seen, all.items.map((i) => i.title), 'the pages follow the ranked order without gaps or repeats')
    })

    it('ranks only the most recently entered matches; beyond them total is the bound and totalCapped says "more"', async () => {
      const query = (q: string) => opinionQuery.parse({ q, pageSize: '200' })
      const all = await listOpinions(t.ctx(), query('qzx đất '))
      const m = all.total
      assert.ok(m > 6, `${m} matches`)
      assert.equal(all.totalCapped, false)
      assert.equal(all.items.length, m)
      // the fixture's records were entered in the order of their titles (S000, S001, …)
      const newest = all.items.map((i) => i.title).sort().reverse()
      for (const cap of [5, m - 1]) {
        const capped = await listOpinions(t.ctx(), query('qzx đất '), { searchCandidates: cap })
        assert.equal(capped.total, cap)
        assert.equal(capped.totalCapped, true)
        assert.deepEqual(capped.items.map((i) => i.title).sort().reverse(), newest.slice(0, cap), 'the newest matches, ranked')
        const plain = await listOpinions(t.ctx(), query('qzx dat '), { searchCandidates: cap })
        assert.deepEqual(plain.items.map((i) => i.id), capped.items.map((i) => i.id), 'the same with and without accents')
        const page2 = await listOpinions(t.ctx(), opinionQuery.parse({ q: 'qzx đất ', pageSize: '3', page: '2' }), { searchCandidates: cap })
        assert.deepEqual(page2.items.map((i) => i.id), capped.items.slice(3, 6).map((i) => i.id), 'pages follow the ranked bounded set')
      }
      // with a topic filter: the bound counts the matches that pass it (the newest ones with the topic), not the matches read
      const topical = (cap?: number) => listOpinions(t.ctx(), opinionQuery.parse({ q: 'qzx đất ', pageSize: '200', topic: 'dat-dai' }), cap ? { searchCandidates: cap } : {})
      const withTopic = (await topical()).items.map((i) => i.title).sort().reverse()
      assert.deepEqual(withTopic, expected('đất ', (r) => r.topic === 'dat-dai').sort().reverse())
      const cappedTopic = await topical(3)
      assert.deepEqual([cappedTopic.total, cappedTopic.totalCapped], [3, true])
      assert.deepEqual(cappedTopic.items.map((i) => i.title).sort().reverse(), withTopic.slice(0, 3), 'the newest matches with the topic')
      const exact = await listOpinions(t.ctx(), query('qzx đất '), { searchCandidates: m })
      assert.deepEqual([exact.total, exact.totalCapped], [m, false])
      assert.deepEqual(exact.items.map((i) => i.id), all.items.map((i) => i.id))
      const res = await list(bxdd, `q=${encodeURIComponent('qzx đất')}`)
      assert.equal((res as { totalCapped?: boolean }).totalCapped, false, 'the API says whether total is exact')
    })

    it('highlights point into the text as typed (accents kept)', async () => {
      const hit = (await list(bxdd, `q=${encodeURIComponent('qzx "giai phong mat bang"')}`)).items.find((i) => !i.content.includes('giai'))!
      const snippet = hit.highlight!.content[0]!
      assert.deepEqual(snippet.matches.map((m) => snippet.text.slice(m.start, m.end).normalize('NFC')), ['giải phóng mặt bằng'])
    })

    it('fuzz: whatever is typed, the answer is a 200 with exactly the hits the folded words call for', async () => {
      const word = fc.constantFrom(...VOCAB, ...VOCAB.map(fold), 'đườ', 'gi', 'a', '"', '“', '*', ':', '&', '|', '!', '(', ')', '<->', 'NEAR', 'AND', 'OR', 'NOT', "'", '\\', '%', '_', '^', '-', '+', '{', '}', ':*', 'e5')
      const typed = fc.oneof(
        fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' ')),
        fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join('')),
        fc.string({ maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 30 }),
      )
      await fc.assert(
        fc.asyncProperty(typed, fc.boolean(), async (q, space) => {
          const text = `qzx ${q}${space ? ' ' : ''}`.slice(0, 200)
          const res = await bxdd.get(`/api/opinions?pageSize=200&q=${encodeURIComponent(text)}`)
          assert.equal(res.statusCode, 200, `${JSON.stringify(text)}: ${res.body}`)
          const body = json(res) as { items: OpinionListItem[]; total: number }
          const parsed = parseSearchQuery(text)
          const want = FIXTURE.filter((r) => oracle(searchTextOf.get(r.title)!, parsed)).map((r) => r.title).sort()
          assert.deepEqual(body.items.map((i) => i.title).filter((x) => x.endsWith(' qzx')).sort(), want, JSON.stringify(text))
          assert.equal(body.total, body.items.length)
        }),
        { numRuns: 250, seed: 5 },
      )
    })

    it('fuzz: the same words with or without accents (or in NFD) find the same records, in the same order', async () => {
      const phrase = fc.array(fc.constantFrom(...VOCAB.filter((w) => fold(w) !== w)), { minLength: 1, maxLength: 4 })
      await fc.assert(
        fc.asyncProperty(phrase, fc.boolean(), fc.boolean(), async (ws, quoted, open) => {
          const q = (s: string) => `qzx ${quoted ? `"${s}"` : s}${open ? '' : ' '}`
          const accented = await list(bxdd, `q=${encodeURIComponent(q(ws.join(' ')))}`)
          const plain = await list(bxdd, `q=${encodeURIComponent(q(fold(ws.join(' '))))}`)
          const nfd = await list(bxdd, `q=${encodeURIComponent(q(ws.join(' ').normalize('NFD')))}`)
          assert.deepEqual(plain.items.map((i) => i.id), accented.items.map((i) => i.id))
          assert.deepEqual(nfd.items.map((i) => i.id), accented.items.map((i) => i.id))
          assert.equal(plain.total, accented.total)
        }),
        { numRuns: 60, seed: 7 },
      )
      assert.deepEqual(await titles(bxdd, 'giai phong mat bang'), await titles(bxdd, 'giải phóng mặt bằng'))
    })
  })
}
