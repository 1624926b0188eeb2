/**
 * The import writes the PostgreSQL search vector itself (migration 0007, `searchVectorText`): it must be exactly the
 * vector `caunoi_words_tsvector(search_text)` makes, for any text, and stay right when a later import or edit
 * changes the record. On SQLite the same import must find the same records.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { sql } from 'kysely'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { multipartFile, signIn, startTestApp, type Client, type TestApp } from '../helpers/app.ts'
import { searchVectorText } from '../../src/db/repos/opinion-bulk.repo.ts'
import { toSearchText } from '../../src/text/search.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const HEADER = 'external_id,received_on,channel,unit_code,area_code,topic,direction,intensity,breadth,groups,latent,title,content'
const csvCell = (s: string) => `"${s.replaceAll('"', '""')}"`

/** Text with what trips parsers: digits with "e" (3e10x), accents, repeated words, runs of spaces, punctuation. */
const wordArb = fc.oneof(
  fc.constantFrom('3e10x', '1e5', '007', 'Đường', 'đà nẵng', 'giải phóng', 'a', 'x', 'e', '0e0a', 'ngõ 34', "o'neil", '  ', '-', '\u00a0', 'Ω'),
  fc.string({ maxLength: 8 }),
  fc.stringMatching(/^[a-z0-9]{1,12}$/),
)
const textArb = fc.array(wordArb, { maxLength: 40 }).map((ws) => ws.join(' '))

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: the import's search vector`, () => {
    let t: TestApp
    let bxdd: Client
    const upload = (name: string, content: string) => {
      const m = multipartFile(name, content)
      return bxdd.request('POST', '/api/opinions/import', m.payload, m.headers)
    }

    before(async () => {
      t = await startTestApp(dialect)
      bxdd = await signIn(t.app, 'bxdd')
    })
    after(() => t.close())

    if (dialect.name === 'postgres') {
      it('is the vector caunoi_words_tsvector makes, for any text (folded or not) and for long texts with repeated words', async () => {
        const same = async (texts: string[]) => {
          const r = await sql<{ n: number }>`select count(*)::int as n from unnest(${texts}::text[], ${texts.map(searchVectorText)}::text[]) as u(s, v)
            where v::tsvector is distinct from caunoi_words_tsvector(s)`.execute(t.conn.db)
          return r.rows[0]!.n
        }
        await fc.assert(fc.asyncProperty(fc.array(textArb, { minLength: 1, maxLength: 20 }), async (texts) => {
          assert.equal(await same([...texts, ...texts.map(toSearchText)]), 0)
        }), { numRuns: 60 })
        const many = Array.from({ length: 17_000 }, (_, i) => `w${i % 300}`).join(' ')
        assert.equal(await same(['', ' ', 'a  b ', `${'a '.repeat(300)}b`, many, `${'x'.repeat(300)} y`, '3e10x 1e5 0e0a']), 0)
      })
    }

    it('imports records whose vectors match their text, and keeps them right when a re-import changes the text', async () => {
      const texts = fc.sample(textArb, { numRuns: 120, seed: 7 }).map((s, i) => `Ý kiến ${i} ${s}`)
      const line = (i: number, content: string) => `VEC-${i},2026-11-07,unit_report,HB-CB-KDC02,,khac,unknown,,,,,${csvCell(`Tiêu đề ${i} 3e10x`)},${csvCell(content)}`
      assert.equal(json(await upload('vec.csv', `${HEADER}\n${texts.map((s, i) => line(i, s)).join('\n')}\n`)).imported, texts.length)
      // the first ten rows changed: updated in place
      const changed = texts.map((s, i) => (i < 10 ? `${s} đổi mới lần hai` : s))
      assert.deepEqual(json(await upload('vec2.csv', `${HEADER}\n${changed.map((s, i) => line(i, s)).join('\n')}\n`)), { imported: 10, unchanged: texts.length - 10, rejected: [] })
      if (dialect.name === 'postgres') {
        const bad = await sql<{ n: number }>`select count(*)::int as n from opinion_report where search_tsv is distinct from caunoi_words_tsvector(search_text)`.execute(t.conn.db)
        assert.equal(bad.rows[0]!.n, 0)
      }
      const found = json(await bxdd.get(`/api/opinions?q=${encodeURIComponent('doi moi lan hai')}&pageSize=50`))
      assert.deepEqual(found.items.map((o: { externalId: string }) => o.externalId).sort(), Array.from({ length: 10 }, (_, i) => `VEC-${i}`).sort())
      const sci = json(await bxdd.get(`/api/opinions?q=${encodeURIComponent('3e10x')}&pageSize=1`))
      assert.equal(sci.total, texts.length)
    })
  })
}
