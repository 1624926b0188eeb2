/** Units and areas through the API: create, rename, move with the subtree, close and reopen, search, officers. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { DEMO_UNITS } from '../../src/services/system/demo-ward.ts'
import { fold } from '../../src/text/fold.ts'

type Unit = { id: string; code: string; name: string; parentId: string | null; path: string; depth: number; active: boolean; activeFrom: string | null; activeTo: string | null; responsible: unknown; areas: { code: string }[] }
const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const MINUTE = 60_000

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: units`, () => {
    let t: TestApp
    let focal: Client
    let hb: Unit
    const later = () => {
      // a little later, so the history orders the changes (well inside the session's idle time)
      t.clock.now = new Date(t.clock.now.getTime() + 2 * MINUTE)
    }
    const create = async (code: string, parentId: string, extra: Record<string, unknown> = {}): Promise<Unit> => {
      const res = await focal.post('/api/units', { code, name: `Đơn vị ${code}`, kind: 'chi_bo', parentId, activeFrom: '2026-01-01', ...extra })
      assert.equal(res.statusCode, 201, res.body)
      return json(res)
    }
    const get = async (id: string): Promise<Unit> => json(await focal.get(`/api/units/${id}`))
    const history = async (id: string) => json(await focal.get(`/api/units/${id}/history`)).items as { change: string; before: any; after: any; actorUsername: string }[]
    const codes = async (url: string) => (json(await focal.get(url)).items as Unit[]).map((u) => u.code)

    before(async () => {
      t = await startTestApp(dialect)
      focal = await signIn(t.app, 'bxdd')
      hb = await get(await unitId(t.conn, 'HB'))
    })
    after(() => t.close())

    it('creates a unit under a parent: path, depth, today as opening day, history and no officer', async () => {
      const res = await focal.post('/api/units', { code: 'HB-CB-KDC11', name: 'Chi bộ khu dân cư số 11', kind: 'chi_bo', parentId: hb.id })
      assert.equal(res.statusCode, 201)
      const u: Unit = json(res)
      assert.equal(u.path, `${hb.path}${u.id}/`)
      assert.equal(u.depth, hb.depth + 1)
      assert.equal(u.parentId, hb.id)
      assert.equal(u.activeFrom, '2026-11-20')
      assert.equal(u.active, true)
      assert.equal(u.responsible, null)
      assert.deepEqual(await get(u.id), u)
      const h = await history(u.id)
      assert.deepEqual(h.map((e) => [e.change, e.actorUsername]), [['create', 'bxdd']])
      assert.equal(h[0]!.after.name, 'Chi bộ khu dân cư số 11')
    })

    it('a duplicate code is 409 UNIT_CODE_TAKEN, on create and on edit', async () => {
      const dup = await focal.post('/api/units', { code: 'HB-CB-KDC01', name: 'Trùng mã', kind: 'chi_bo', parentId: hb.id })
      assert.equal(dup.statusCode, 409)
      assert.equal(json(dup).error.code, 'UNIT_CODE_TAKEN')
      assert.deepEqual(json(dup).error.details.fields.map((f: { path: string }) => f.path), ['code'])
      const u = await create('HB-DUP', hb.id)
      const edit = await focal.patch(`/api/units/${u.id}`, { code: 'HB-CB-KDC02' })
      assert.equal(edit.statusCode, 409)
      assert.equal(json(edit).error.code, 'UNIT_CODE_TAKEN')
      assert.equal((await get(u.id)).code, 'HB-DUP')
    })

    it('a rename is recorded as "rename" with the old and new name', async () => {
      const u = await create('HB-CB-DOI', hb.id)
      later()
      const res = await focal.patch(`/api/units/${u.id}`, { name: 'Chi bộ Khu phố Mới' })
      assert.equal(res.statusCode, 200)
      assert.equal(json(res).name, 'Chi bộ Khu phố Mới')
      const [last] = await history(u.id)
      assert.equal(last!.change, 'rename')
      assert.equal(last!.before.name, 'Đơn vị HB-CB-DOI')
      assert.equal(last!.after.name, 'Chi bộ Khu phố Mới')
      later()
      await focal.patch(`/api/units/${u.id}`, { code: 'HB-CB-MOI' })
      assert.equal((await history(u.id))[0]!.change, 'update')
      // an edit that changes nothing leaves no history
      later()
      await focal.patch(`/api/units/${u.id}`, { name: 'Chi bộ Khu phố Mới' })
      assert.equal((await history(u.id)).length, 3)
    })

    it('a move carries the whole subtree; the history keeps the old parent; a move under itself or a descendant is refused', async () => {
      const a = await create('MV-A', hb.id)
      const b = await create('MV-B', a.id)
      const c = await create('MV-C', b.id)
      const duub = await get(await unitId(t.conn, 'HB-DUUB'))
      later()
      const res = await focal.post(`/api/units/${a.id}/move`, { parentId: duub.id })
      assert.equal(res.statusCode, 200, res.body)
      const [a2, b2, c2] = [await get(a.id), await get(b.id), await get(c.id)]
      assert.equal(a2.parentId, duub.id)
      assert.equal(a2.path, `${duub.path}${a.id}/`)
      assert.equal(b2.path, `${a2.path}${b.id}/`)
      assert.equal(c2.path, `${b2.path}${c.id}/`)
      assert.deepEqual([a2.depth, b2.depth, c2.depth], [duub.depth + 1, duub.depth + 2, duub.depth + 3])
      const [move] = await history(a.id)
      assert.equal(move!.change, 'move')
      assert.equal(move!.before.parentId, hb.id)
      assert.equal(move!.before.path, a.path)
      assert.equal(move!.after.parentId, duub.id)

      for (const target of [c.id, b.id, a.id]) {
        const cycle = await focal.post(`/api/units/${a.id}/move`, { parentId: target })
        assert.equal(cycle.statusCode, 400)
        assert.equal(json(cycle).error.code, 'UNIT_MOVE_CYCLE')
      }
      assert.equal((await get(c.id)).path, c2.path)
      // only the actor's subtree is a possible parent: HP lies outside the focal's scope
      const outside = await focal.post(`/api/units/${a.id}/move`, { parentId: await unitId(t.conn, 'HP') })
      assert.equal(outside.statusCode, 404)
      assert.equal(json(outside).error.code, 'UNIT_PARENT_NOT_FOUND')
    })

    it('closing: refused while children are active; a closed leaf leaves the default list; reopening brings it back', async () => {
      const parent = await create('DA-CHA', hb.id)
      const leaf = await create('DA-CON', parent.id)
      const refused = await focal.post(`/api/units/${parent.id}/deactivate`, {})
      assert.equal(refused.statusCode, 400)
      assert.equal(json(refused).error.code, 'UNIT_HAS_ACTIVE_CHILDREN')

      const closed = await focal.post(`/api/units/${leaf.id}/deactivate`, {})
      assert.equal(closed.statusCode, 200)
      assert.equal(json(closed).active, false)
      assert.equal(json(closed).activeTo, '2026-11-20')
      assert.ok(!(await codes('/api/units')).includes('DA-CON'))
      assert.ok((await codes('/api/units?includeInactive=1')).includes('DA-CON'))
      assert.equal(json(await focal.post(`/api/units/${leaf.id}/deactivate`, {})).error.code, 'UNIT_ALREADY_INACTIVE')

      const reopened = await focal.post(`/api/units/${leaf.id}/reactivate`, {})
      assert.equal(reopened.statusCode, 200)
      assert.equal(json(reopened).active, true)
      assert.ok((await codes('/api/units')).includes('DA-CON'))
      assert.deepEqual((await history(leaf.id)).map((h) => h.change).sort(), ['create', 'deactivate', 'reactivate'])
      assert.equal(json(await focal.post(`/api/units/${leaf.id}/reactivate`, {})).error.code, 'UNIT_ALREADY_ACTIVE')
    })

    it('a closing date in the future keeps the unit listed until that day', async () => {
      const u = await create('DA-SAU', hb.id)
      assert.equal((await focal.post(`/api/units/${u.id}/deactivate`, { activeTo: '2026-12-01' })).statusCode, 200)
      assert.ok((await codes('/api/units')).includes('DA-SAU'))
      const today = t.clock.now
      t.clock.now = new Date('2026-11-30T17:00:00Z') // 00:00 on 1/12 in Hà Nội
      const lateClient = await signIn(t.app, 'bxdd')
      assert.ok(!(json(await lateClient.get('/api/units')).items as Unit[]).some((u) => u.code === 'DA-SAU'))
      t.clock.now = today
    })

    it('a unit under a closed parent cannot be reopened (no active unit under a closed one)', async () => {
      const parent = await create('DO-CHA', hb.id)
      const leaf = await create('DO-CON', parent.id)
      assert.equal((await focal.post(`/api/units/${leaf.id}/deactivate`, {})).statusCode, 200)
      assert.equal((await focal.post(`/api/units/${parent.id}/deactivate`, {})).statusCode, 200)
      const res = await focal.post(`/api/units/${leaf.id}/reactivate`, {})
      assert.equal(res.statusCode, 400, `reopening a child of a closed unit: ${res.body}`)
      assert.equal(json(res).error.code, 'UNIT_PARENT_INACTIVE')
      // moving or creating under the closed parent is refused the same way
      assert.equal(json(await focal.post('/api/units', { code: 'DO-MOI', name: 'Mới', kind: 'chi_bo', parentId: parent.id })).error.code, 'UNIT_PARENT_INACTIVE')
    })

    it('search ignores accents and case, for NFC and NFD input and both tone placements', async () => {
      const expected = DEMO_UNITS.filter((u) => fold(`${u.code} ${u.name}`).includes('hoa binh')).map((u) => u.code).sort()
      assert.ok(expected.length >= 4)
      for (const q of ['hoa binh', 'Hoà Bình', 'Hoà Bình'.normalize('NFD'), 'HÒA BÌNH', 'hòa  bình']) {
        const found = await codes(`/api/units?q=${encodeURIComponent(q)}`)
        assert.deepEqual(found.sort(), expected, q)
      }
      assert.deepEqual(await codes(`/api/units?q=${encodeURIComponent('kdc01')}`), ['HB-CB-KDC01'])
    })

    it('shows the responsible officer, or null', async () => {
      const units = json(await focal.get('/api/units')).items as Unit[]
      const kdc01 = units.find((u) => u.code === 'HB-CB-KDC01')!
      assert.deepEqual(kdc01.responsible, { userId: (kdc01.responsible as { userId: string }).userId, username: 'phutrach', fullName: 'Lê Văn Minh' })
      assert.deepEqual(kdc01.areas.map((a) => a.code), ['HB-TDP01', 'HB-TDP02'])
      const others = units.filter((u) => u.code !== 'HB-CB-KDC01')
      assert.ok(others.length > 10)
      for (const u of others) assert.equal(u.responsible, null, u.code)
    })
  })

  describe(`${dialect.name}: areas`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(dialect)
    })
    after(() => t.close())

    it('creates, renames and lists areas; a duplicate code is 409 AREA_CODE_TAKEN', async () => {
      const focal = await signIn(t.app, 'bxdd')
      const kdc03 = await unitId(t.conn, 'HB-CB-KDC03')
      const res = await focal.post('/api/areas', { code: 'HB-TDP21', name: '  Tổ dân phố số 21 ', unitId: kdc03 })
      assert.equal(res.statusCode, 201)
      const area = json(res)
      assert.deepEqual(area, { id: area.id, code: 'HB-TDP21', name: 'Tổ dân phố số 21', unitId: kdc03 })
      assert.ok(json(await focal.get('/api/areas')).items.some((a: { id: string }) => a.id === area.id))

      const dup = await focal.post('/api/areas', { code: 'HB-TDP01', name: 'Trùng', unitId: kdc03 })
      assert.equal(dup.statusCode, 409)
      assert.equal(json(dup).error.code, 'AREA_CODE_TAKEN')
      assert.equal(json(await focal.patch(`/api/areas/${area.id}`, { code: 'HB-TDP02' })).error.code, 'AREA_CODE_TAKEN')

      const renamed = await focal.patch(`/api/areas/${area.id}`, { name: 'Tổ dân phố Cầu Rào' })
      assert.equal(renamed.statusCode, 200)
      assert.equal(json(renamed).name, 'Tổ dân phố Cầu Rào')

      // areas can be attached to a unit, and the unit shows them
      const withArea = await focal.patch(`/api/units/${kdc03}`, { areaIds: [area.id] })
      assert.deepEqual(json(withArea).areas.map((a: { code: string }) => a.code), ['HB-TDP21'])
    })

    it('an area cannot be made for a unit outside the actor\'s scope', async () => {
      const focal = await signIn(t.app, 'bxdd')
      const res = await focal.post('/api/areas', { code: 'HP-KV1', name: 'Khu vực 1', unitId: await unitId(t.conn, 'HP') })
      assert.equal(res.statusCode, 404)
      assert.equal(json(res).error.code, 'UNIT_NOT_FOUND')
      assert.equal(await t.conn.db.selectFrom('area').select('id').where('code', '=', 'HP-KV1').executeTakeFirst(), undefined)
    })
  })
}
