/** Topics to watch (nội dung cần nắm bắt): set by the focal board, seen first by collaborators through /mine. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import type { WatchTopicView } from '../../src/shared/collaborator.schema.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const titles = (r: LightMyRequestResponse) => (json(r).items as WatchTopicView[]).map((w) => w.title)

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: topics to watch`, () => {
    let t: TestApp
    let focal: Client
    let admin: Client
    let ctv: Client
    let hb: string
    const add = async (who: Client, body: Record<string, unknown>): Promise<WatchTopicView> => {
      const res = await who.post('/api/watch-topics', body)
      assert.equal(res.statusCode, 201, res.body)
      return json(res)
    }

    before(async () => {
      t = await startTestApp(dialect) // the clock reads 2026-11-20
      focal = await signIn(t.app, 'bxdd')
      admin = await signIn(t.app, 'admin')
      ctv = await signIn(t.app, 'ctv')
      hb = await unitId(t.conn, 'HB')
    })
    after(() => t.close())

    it('the ward sets this month\'s topics; a collaborator of a residential cell sees the city\'s and the ward\'s, outer first, in order', async () => {
      const first = await add(focal, { unitId: hb, title: 'Dư luận về sáp nhập tổ dân phố', description: 'Nắm ý kiến về tên gọi mới, địa điểm sinh hoạt.', topics: ['chinh-quyen', 'dat-dai'] })
      assert.deepEqual([first.month, first.position, first.topics, first.unit.code], ['2026-11', 0, ['chinh-quyen', 'dat-dai'], 'HB'])
      await add(focal, { unitId: hb, title: 'Giá điện tăng', topics: ['doi-song'] })
      await add(focal, { unitId: hb, title: 'Đầu tiên theo thứ tự', position: 0 })
      await add(focal, { unitId: hb, month: '2026-12', title: 'Tháng sau: an toàn cháy nổ dịp Tết' })
      await add(focal, { unitId: await unitId(t.conn, 'HB-CB-KDC02'), title: 'Riêng khu dân cư số 2' })
      await add(admin, { unitId: await unitId(t.conn, 'HP'), title: 'Chủ trương của Thành uỷ' })

      const mine = await ctv.get('/api/watch-topics/mine')
      assert.equal(mine.statusCode, 200, mine.body)
      assert.equal(json(mine).month, '2026-11')
      assert.deepEqual(titles(mine), ['Chủ trương của Thành uỷ', 'Dư luận về sáp nhập tổ dân phố', 'Đầu tiên theo thứ tự', 'Giá điện tăng'])
      assert.equal(json(mine).total, 4)
      // the cell's own list (its subtree) holds none of them, and a collaborator sets none
      assert.deepEqual(json(await ctv.get('/api/watch-topics')), { month: '2026-11', items: [], total: 0 })
      const refused = await ctv.post('/api/watch-topics', { unitId: hb, title: 'Không được' })
      assert.equal(refused.statusCode, 403)
      // the delegates' group hangs under the ward too
      assert.equal(json(await (await signIn(t.app, 'daibieu')).get('/api/watch-topics/mine')).total, 4)
    })

    it('the focal board lists its subtree\'s topics by month; the city\'s are not in its list', async () => {
      const nov = await focal.get('/api/watch-topics?month=2026-11')
      assert.deepEqual(titles(nov).sort(), ['Dư luận về sáp nhập tổ dân phố', 'Giá điện tăng', 'Riêng khu dân cư số 2', 'Đầu tiên theo thứ tự'].sort())
      assert.deepEqual(titles(await focal.get('/api/watch-topics?month=2026-12')), ['Tháng sau: an toàn cháy nổ dịp Tết'])
      // default: the current local month
      assert.equal(json(await focal.get('/api/watch-topics')).total, 4)
      assert.deepEqual(titles(await focal.get(`/api/watch-topics?unitId=${await unitId(t.conn, 'HB-CB-KDC02')}`)), ['Riêng khu dân cư số 2'])
      assert.equal(json(await admin.get('/api/watch-topics')).total, 5)
    })

    it('at local midnight of 1 December the phone shows December\'s topics', async () => {
      const saved = t.clock.now
      try {
        t.clock.now = new Date('2026-11-30T17:30:00Z') // 00:30 on 01/12 in Hà Nội
        const ctvDec = await signIn(t.app, 'ctv')
        const mine = json(await ctvDec.get('/api/watch-topics/mine'))
        assert.equal(mine.month, '2026-12')
        assert.deepEqual(mine.items.map((w: WatchTopicView) => w.title), ['Tháng sau: an toàn cháy nổ dịp Tết'])
      } finally {
        t.clock.now = saved
      }
    })

    it('edits and removals: audited; out of scope is 404; bad input names the field', async () => {
      const w = await add(focal, { unitId: hb, title: 'Sẽ sửa' })
      const edited = await focal.patch(`/api/watch-topics/${w.id}`, { title: 'Đã sửa', topics: ['y-te'], position: 9, description: 'Thêm mô tả' })
      assert.equal(edited.statusCode, 200, edited.body)
      assert.deepEqual([json(edited).title, json(edited).topics, json(edited).position, json(edited).description], ['Đã sửa', ['y-te'], 9, 'Thêm mô tả'])
      assert.ok(titles(await ctv.get('/api/watch-topics/mine')).includes('Đã sửa'))
      const del = await focal.del(`/api/watch-topics/${w.id}`)
      assert.equal(del.statusCode, 204)
      assert.ok(!titles(await ctv.get('/api/watch-topics/mine')).includes('Đã sửa'))
      assert.equal((await focal.del(`/api/watch-topics/${w.id}`)).statusCode, 404)
      const actions = json(await admin.get(`/api/audit?resourceType=watch_topic&pageSize=100`)).items
        .filter((e: { resourceId: string }) => e.resourceId === w.id).map((e: { action: string }) => e.action)
      assert.deepEqual(actions, ['watch_topic.delete', 'watch_topic.update', 'watch_topic.create'])

      const city = json(await admin.get('/api/watch-topics')).items.find((x: WatchTopicView) => x.unit.code === 'HP')
      for (const res of [await focal.patch(`/api/watch-topics/${city.id}`, { title: 'Không được' }), await focal.del(`/api/watch-topics/${city.id}`)]) {
        assert.equal(res.statusCode, 404)
        assert.equal(json(res).error.code, 'WATCH_TOPIC_NOT_FOUND')
      }
      const bad = await focal.post('/api/watch-topics', { unitId: hb, title: '', topics: ['khong-co'], month: '2026-13' })
      assert.equal(bad.statusCode, 400)
      assert.deepEqual(json(bad).error.details.fields.map((f: { path: string }) => f.path).sort(), ['month', 'title', 'topics.0'])
      const outside = await focal.post('/api/watch-topics', { unitId: await unitId(t.conn, 'HP'), title: 'Ngoài phạm vi' })
      assert.deepEqual([outside.statusCode, json(outside).error.code], [404, 'UNIT_NOT_FOUND'])
    })
  })
}
