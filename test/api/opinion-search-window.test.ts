/**
 * The search's candidates on PostgreSQL are looked for among the newest records first (issue #7: a phrase's words
 * are not independent, so the planner's estimate sent common phrases through the GIN index and every match's row).
 * Whatever the window, the candidates are the newest `limit` matches of all — the same as without a window — with
 * filters and scope too. On SQLite the window does not apply (FTS5 walks its own index newest first); the same
 * checks run there.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { listSearchCandidates, type OpinionFilter } from '../../src/db/repos/opinion.repo.ts'
import { parseSearchQuery } from '../../src/text/search.ts'
import { DIALECTS } from '../helpers/db.ts'
import { startTestApp, type TestApp } from '../helpers/app.ts'
import { sql } from 'kysely'

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: search candidates, newest records first`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(dialect, { demoOpinions: true })
    })
    after(() => t.close())

    it('gives the newest `limit` matches whatever the window, with and without filters', async () => {
      const db = t.conn.db
      // the planner's count of records, which decides whether a window is used at all (WINDOWS_BEFORE_USE)
      if (dialect.name === 'postgres') await sql`analyze opinion_report`.execute(db)
      const total = Number((await sql<{ n: number | string }>`select count(*) as n from opinion_report`.execute(db)).rows[0]!.n)
      assert.ok(total > 200, `the demo holds ${total} records`)
      const [ward] = (await sql<{ path: string }>`select path from unit where parent_id is not null order by path limit 1`.execute(db)).rows
      const everywhere: OpinionFilter = { visibility: { full: ['/'], own: [], userId: null } }
      const filters: [string, OpinionFilter][] = [
        ['all', everywhere],
        ['a subtree', { ...everywhere, unitPath: ward!.path }],
        ['a topic', { ...everywhere, stream: { topics: ['moi-truong'] } }],
        ['a period', { ...everywhere, from: '2026-06-01', to: '2026-09-30' }],
      ]
      let windowed = 0
      for (const text of ['phuong', 'nuoc', 'dan', 'dat dai', 'den chieu sang', 'ng']) {
        const search = parseSearchQuery(text)
        for (const [name, f] of filters) {
          for (const limit of [1, 5, 21]) {
            const all = await listSearchCandidates(db, { ...f, search }, limit, 0)
            for (const window of [1, 10, 60, 400, total + 10]) {
              // windows of 400 and more are too long for this table: the query over all records answers
              const got = await listSearchCandidates(db, { ...f, search }, limit, window)
              assert.deepEqual(got.map((c) => c.id), all.map((c) => c.id), `${text} / ${name} / limit ${limit} / window ${window}`)
              if (got.length === limit && window < total) windowed++
            }
          }
        }
      }
      // the cases above include both outcomes: windows holding enough matches, and windows that did not
      assert.ok(windowed > 0)
    })
  })
}
