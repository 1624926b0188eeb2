/**
 * The texts term alerts read (trend.repo.ts): counting a window's records up to a bound gives min(bound, all), for
 * a unit's subtree, a scope of one subtree and the whole tree; the alerts leave terms out past MAX_TEXTS either way.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { DIALECTS } from '../helpers/db.ts'
import { startTestApp, unitId, type TestApp } from '../helpers/app.ts'
import { createOpinion } from '../../src/services/opinions/create-opinion.ts'
import { countOpinionTexts, listOpinionTexts } from '../../src/db/repos/trend.repo.ts'

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: trend texts`, () => {
    let t: TestApp
    const paths: Record<string, string> = {}

    before(async () => {
      t = await startTestApp(dialect)
      const units: Record<string, string> = {}
      for (const code of ['HB', 'HB-CB-KDC01', 'HB-CB-KDC02']) {
        units[code] = await unitId(t.conn, code)
        paths[code] = (await t.conn.db.selectFrom('unit').select('path').where('code', '=', code).executeTakeFirstOrThrow()).path
      }
      const days = ['2026-11-01', '2026-11-02', '2026-11-02', '2026-11-05', '2026-11-09', '2026-10-31', '2026-11-03']
      for (const [i, heardOn] of days.entries()) {
        await createOpinion(t.ctx(), {
          channel: 'collaborator', unitId: units[i % 3 === 0 ? 'HB-CB-KDC02' : 'HB-CB-KDC01']!, areaId: null, heardOn, title: `Ý kiến ${i}`, content: 'Đường ngập nước',
          streams: [{ topics: ['dat-dai'], direction: 'concern', summary: '', intensity: 'medium', breadth: 'few', groups: [], latent: false, hotSpot: false }],
        })
      }
    })
    after(async () => t.close())

    it('counts up to a bound: min(bound, every record of the window)', async () => {
      const root = paths.HB!.split('/').slice(0, 2).join('/') + '/'
      const windows = [
        { scope: ['/'], from: '2026-11-01', to: '2026-11-05' },
        { scope: ['/'], unitPath: paths.HB!, from: '2026-10-01', to: '2026-11-30' },
        { scope: [paths['HB-CB-KDC01']!], from: '2026-11-01', to: '2026-11-30' },
        { scope: [root], unitPath: paths['HB-CB-KDC02']!, from: '2026-11-02', to: '2026-11-09' },
        { scope: ['/'], unitPath: paths.HB!, from: '2026-12-01', to: '2026-12-31' },
      ]
      const totals: number[] = []
      for (const w of windows) {
        const all = await countOpinionTexts(t.conn.db, w)
        totals.push(all)
        assert.equal(all, (await listOpinionTexts(t.conn.db, w, 100)).length)
        for (let k = 0; k <= all + 2; k++) assert.equal(await countOpinionTexts(t.conn.db, w, k), Math.min(k, all), `${JSON.stringify(w)} up to ${k}`)
      }
      assert.deepEqual(totals, [5, 7, 3, 2, 0])
    })
  })
}
