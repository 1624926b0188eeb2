/**
 * The import's storage on PostgreSQL (issue #7, bulk ingest): the search index's pending list, widened for the
 * import's transaction, is merged before the commit (nothing left for searches to scan, the setting not kept by the
 * pooled connection), and new long values use lz4 (migration 0012). The records are found by search on both engines.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { sql } from 'kysely'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { multipartFile, signIn, startTestApp, type Client, type TestApp } from '../helpers/app.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const HEADER = 'external_id,received_on,channel,unit_code,area_code,topic,direction,intensity,breadth,groups,latent,title,content'

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: the import's search index and storage`, () => {
    let t: TestApp
    let bxdd: Client
    before(async () => {
      t = await startTestApp(dialect)
      bxdd = await signIn(t.app, 'bxdd')
    })
    after(() => t.close())

    it('leaves no pending search entries and stores long values compressed; the records are found', async () => {
      const long = (i: number) => `Ý kiến số ${i} về ngập úng khu dân cư, cống thoát nước bị tắc kéo dài. `.repeat(60)
      const lines = Array.from({ length: 150 }, (_, i) => `STO-${i},2026-11-07,unit_report,HB-CB-KDC02,,khac,unknown,,,,,Tiêu đề lưu trữ ${i},"${long(i)}"`)
      const m = multipartFile('storage.csv', `${HEADER}\n${lines.join('\n')}\n`)
      assert.equal(json(await bxdd.request('POST', '/api/opinions/import', m.payload, m.headers)).imported, 150)
      if (dialect.name === 'postgres') {
        const db = t.conn.db
        const pending = await sql<{ n: number }>`select gin_clean_pending_list('opinion_report_search_idx'::regclass)::int as n`.execute(db)
        assert.equal(pending.rows[0]!.n, 0, 'the import merged its pending list before committing')
        const limit = await sql<{ v: string }>`select current_setting('gin_pending_list_limit') as v`.execute(db)
        assert.equal(limit.rows[0]!.v, '4MB', 'the wider pending list lasted only for the import’s transaction')
        const lz4 = (await sql<{ ok: boolean }>`select 'lz4' = any(enumvals) as ok from pg_settings where name = 'default_toast_compression'`.execute(db)).rows[0]!.ok
        const kinds = await sql<{ c: string | null; n: number }>`select pg_column_compression(content) as c, count(*)::int as n from opinion_report
          where external_id like 'STO-%' group by 1`.execute(db)
        assert.deepEqual(kinds.rows, [{ c: lz4 ? 'lz4' : 'pglz', n: 150 }])
      }
      const found = json(await bxdd.get(`/api/opinions?q=${encodeURIComponent('tieu de luu tru')}&pageSize=1`))
      assert.equal(found.total, 150)
    })

    it('a database failure in a later part of a large import leaves nothing written, and the next import goes through', async () => {
      // the import queues each part's statements without waiting (issue #7): a failure must still roll back every
      // part, the roll-ups included, and no statement may run after the rollback
      const db = t.conn.db
      const counts = async () => {
        const q = async (text: string) => Number((await sql.raw<{ n: number | string }>(text).execute(db)).rows[0]!.n)
        return {
          records: await q("select count(*) as n from opinion_report where external_id like 'BOOM-%'"),
          streams: await q('select count(*) as n from opinion_stream'),
          daily: await q('select coalesce(sum(streams), 0) as n from opinion_rollup_daily'),
          scope: await q('select coalesce(sum(streams), 0) as n from opinion_rollup_scope'),
        }
      }
      if (dialect.name === 'postgres') {
        await sql`create function boom() returns trigger language plpgsql as $$ begin raise exception 'boom'; end $$`.execute(db)
        await sql`create trigger boom before insert on opinion_report for each row when (new.external_id = 'BOOM-2400') execute function boom()`.execute(db)
      } else {
        await sql`create trigger boom before insert on opinion_report when new.external_id = 'BOOM-2400' begin select raise(abort, 'boom'); end`.execute(db)
      }
      const before = await counts()
      const lines = Array.from({ length: 2_500 }, (_, i) => `BOOM-${i},2026-11-09,unit_report,HB-CB-KDC02,,moi-truong;khac,concern,,,,,Lỗi giữa chừng ${i},Nội dung ${i}.`)
      const m = multipartFile('boom.csv', `${HEADER}\n${lines.join('\n')}\n`)
      const failed = await bxdd.request('POST', '/api/opinions/import', m.payload, m.headers)
      assert.ok(failed.statusCode >= 500, `status ${failed.statusCode}`)
      assert.deepEqual(await counts(), before)
      if (dialect.name === 'postgres') await sql`drop function boom() cascade`.execute(db)
      else await sql`drop trigger boom`.execute(db)
      const again = multipartFile('boom.csv', `${HEADER}\n${lines.join('\n')}\n`)
      assert.equal(json(await bxdd.request('POST', '/api/opinions/import', again.payload, again.headers)).imported, 2_500)
      const after = await counts()
      assert.equal(after.records, 2_500)
      assert.equal(after.streams - before.streams, 2_500)
      // two topics and the '*' row per stream in the daily roll-up
      assert.equal(after.daily - before.daily, 3 * 2_500)
    })

    it('gathers planner statistics again after an import that grew the records by more than half (PostgreSQL)', { skip: dialect.name !== 'postgres' }, async () => {
      const db = t.conn.db
      await sql`analyze opinion_report`.execute(db)
      const analysedAt = async () => (await sql<{ at: Date | null }>`select last_analyze as at from pg_stat_user_tables where relname = 'opinion_report'`.execute(db)).rows[0]!.at
      const before = await analysedAt()
      const size = Number((await sql<{ n: string }>`select count(*) as n from opinion_report`.execute(db)).rows[0]!.n)
      const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => `STA-${from + i},2026-11-08,unit_report,HB-CB-KDC02,,khac,unknown,,,,,Thống kê ${from + i},Nội dung ngắn số ${from + i}.`)
      const post = async (name: string, lines: string[]) => {
        const m = multipartFile(name, `${HEADER}\n${lines.join('\n')}\n`)
        assert.equal(json(await bxdd.request('POST', '/api/opinions/import', m.payload, m.headers)).imported, lines.length)
      }
      // growth below the margin (1 000 rows + half the table): statistics left as they were
      await post('small.csv', rows(0, 20))
      assert.deepEqual(await analysedAt(), before)
      // growth beyond it: gathered again after the commit
      await post('large.csv', rows(20, 1_100 + Math.ceil(size / 2)))
      const afterImport = await analysedAt()
      assert.ok(afterImport && (!before || afterImport > before), `last_analyze ${String(before)} → ${String(afterImport)}`)
    })
  })
}
