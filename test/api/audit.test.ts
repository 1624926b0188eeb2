/** The audit log: every write and sign-in leaves an event; filters and pages; append-only on both engines; CSV export. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { parse } from 'csv-parse/sync'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { HOST, ORIGIN, multipartFile, signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { insertAuditEvent } from '../../src/db/repos/audit.repo.ts'
import { AUDIT_CSV_COLUMNS } from '../../src/services/audit/audit-log.ts'
import { DEMO_PASSWORD } from '../../src/services/system/demo-ward.ts'
import { importUnits } from '../../src/services/units/import-units.ts'
import { importUsers } from '../../src/services/users/import-users.ts'

type Event = { id: number; at: string; actorUsername: string | null; action: string; outcome: string; ip: string | null; resourceId: string | null; details: any }
const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const SECOND = 1000

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: audit log`, () => {
    let t: TestApp
    let admin: Client
    let lastId = 0
    const tick = () => {
      t.clock.now = new Date(t.clock.now.getTime() + 5 * SECOND)
    }
    /** Events written since the previous call, oldest first, as the API shows them to an admin. */
    const newEvents = async (): Promise<Event[]> => {
      const items = (json(await admin.get('/api/audit?pageSize=500')).items as Event[]).filter((e) => e.id > lastId).reverse()
      lastId = Math.max(lastId, ...items.map((e) => e.id))
      return items
    }
    /** Runs a write and checks the one event it leaves: who, when, what, outcome and from where. */
    const expectEvent = async (action: string, write: () => Promise<LightMyRequestResponse>, actor = 'admin') => {
      tick()
      const res = await write()
      assert.ok(res.statusCode < 300, `${action}: ${res.statusCode} ${res.body}`)
      const events = (await newEvents()).filter((e) => e.action !== 'audit.export')
      const e = events.find((x) => x.action === action)
      assert.ok(e, `${action} in ${JSON.stringify(events.map((x) => x.action))}`)
      assert.equal(e.actorUsername, actor)
      assert.equal(e.at, t.clock.now.toISOString())
      assert.equal(e.outcome, 'success')
      assert.equal(e.ip, '127.0.0.1')
      return { res, event: e }
    }
    const login = (username: string, password: string, headers: Record<string, string> = {}) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { host: HOST, origin: ORIGIN, ...headers }, payload: { username, password } })

    before(async () => {
      t = await startTestApp(dialect)
      admin = await signIn(t.app, 'admin')
      await newEvents()
    })
    after(() => t.close())

    it('every write leaves an event with who, when, what, outcome and IP', async () => {
      const hb = await unitId(t.conn, 'HB')
      const duub = await unitId(t.conn, 'HB-DUUB')
      const unit = json((await expectEvent('unit.create', () => admin.post('/api/units', { code: 'AU-1', name: 'Chi bộ Nhật ký', kind: 'chi_bo', parentId: hb, activeFrom: '2026-01-01' }))).res)
      await expectEvent('unit.rename', () => admin.patch(`/api/units/${unit.id}`, { name: 'Chi bộ Nhật ký Mới' }))
      await expectEvent('unit.update', () => admin.patch(`/api/units/${unit.id}`, { kind: 'co_quan' }))
      await expectEvent('unit.move', () => admin.post(`/api/units/${unit.id}/move`, { parentId: duub }))
      await expectEvent('unit.deactivate', () => admin.post(`/api/units/${unit.id}/deactivate`, {}))
      await expectEvent('unit.reactivate', () => admin.post(`/api/units/${unit.id}/reactivate`, {}))
      const m = multipartFile('au.csv', 'code,name,kind,parent_code\nAU-2,Chi bộ Nhập,chi_bo,HB\n')
      await expectEvent('unit.import', () => admin.request('POST', '/api/units/import', m.payload, m.headers))
      const area = json((await expectEvent('area.create', () => admin.post('/api/areas', { code: 'AU-TDP', name: 'Tổ Nhật ký', unitId: hb }))).res)
      await expectEvent('area.update', () => admin.patch(`/api/areas/${area.id}`, { name: 'Tổ Nhật ký 2' }))
      const user = json((await expectEvent('user.create', () => admin.post('/api/users', { username: 'nhat-ky', fullName: 'Người Nhật Ký', password: 'nhat-ky-123', roles: [] }))).res).user
      await expectEvent('user.update', () => admin.patch(`/api/users/${user.id}`, { phone: '0912 000 111' }))
      await expectEvent('user.set_roles', () => admin.put(`/api/users/${user.id}/roles`, { roles: [{ role: 'viewer', unitId: hb }] }))
      await expectEvent('user.reset_password', () => admin.post(`/api/users/${user.id}/reset-password`, { newPassword: 'nhat-ky-456' }))
      const u = multipartFile('tk.csv', 'username,full_name\nnhat-ky-2,Người Nhập\n')
      await expectEvent('user.import', () => admin.request('POST', '/api/users/import', u.payload, u.headers))
      const token = json((await expectEvent('api_token.create', () => admin.post('/api/tokens', { userId: user.id, name: 'Mã nhật ký' }))).res)
      await expectEvent('api_token.revoke', () => admin.del(`/api/tokens/${token.item.id}`))
      const other = await signIn(t.app, 'bxdd')
      await newEvents()
      await expectEvent('auth.change_password', () => other.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'bxdd-moi-123' }), 'bxdd')
      await expectEvent('auth.logout_all', () => other.post('/api/auth/logout-all'), 'bxdd')
    })

    it('sign-ins are audited under the name tried: success, failure and lockout', async () => {
      tick()
      await login('lanhdao', DEMO_PASSWORD)
      await login('lanhdao', 'sai-roi')
      for (let i = 0; i < 10; i++) await login('ai-do', `sai-${i}`)
      assert.equal((await login('ai-do', 'lan-thu-11')).statusCode, 429)
      const events = await newEvents()
      assert.deepEqual(events.map((e) => [e.action, e.outcome, e.actorUsername]), [
        ['auth.login', 'success', 'lanhdao'],
        ['auth.login', 'failure', 'lanhdao'],
        ...Array.from({ length: 10 }, () => ['auth.login', 'failure', 'ai-do']),
        ['auth.login', 'denied', 'ai-do'],
      ])
      for (const e of events) {
        assert.equal(e.ip, '127.0.0.1')
        assert.equal(e.at, t.clock.now.toISOString())
      }
    })

    it('the IP is the connecting address: a client cannot choose it with X-Forwarded-For', async () => {
      await login('lanhdao', 'sai-nua', { 'x-forwarded-for': '203.0.113.9' })
      const [e] = await newEvents()
      assert.equal(e!.ip, '127.0.0.1', 'an X-Forwarded-For sent by the client itself was recorded as its address')
    })

    it('imports run at the command line (as the system) are visible to the city admin', async () => {
      // the CLI calls the same services with the system actor
      await importUnits(t.ctx(), { filename: 'cli.csv', data: Buffer.from('code,name,kind,parent_code\nSYS-1,Chi bộ từ dòng lệnh,chi_bo,HB\n') })
      await importUsers(t.ctx(), { filename: 'cli-users.csv', data: Buffer.from('username,full_name\nsys-user,Người từ dòng lệnh\n') })
      const seen = (await newEvents()).map((e) => `${e.action}:${e.actorUsername}`)
      assert.deepEqual(seen, ['unit.create:system', 'unit.import:system', 'user.create:system', 'user.import:system'])
    })

    it('filters by local day, action prefix, outcome and actor, with totals that match', async () => {
      t.clock.now = new Date('2026-11-25T16:30:00Z') // 23:30 on 25/11 in Hà Nội
      const late = await signIn(t.app, 'kiemtra')
      t.clock.now = new Date('2026-11-25T17:30:00Z') // 00:30 on 26/11
      await signIn(t.app, 'xem')
      admin = await signIn(t.app, 'admin')
      const list = async (q: string) => json(await admin.get(`/api/audit?pageSize=500&${q}`)) as { items: Event[]; total: number }

      const day25 = await list('from=2026-11-25&to=2026-11-25')
      assert.deepEqual(day25.items.map((e) => e.actorUsername), ['kiemtra'])
      assert.equal(day25.total, 1)
      const day26 = await list('from=2026-11-26&to=2026-11-26')
      assert.deepEqual(day26.items.map((e) => e.actorUsername), ['admin', 'xem'])
      assert.equal((await list('to=2026-11-25')).items.some((e) => e.actorUsername === 'xem'), false)

      const units = await list('action=unit.')
      assert.ok(units.total >= 6 && units.items.every((e) => e.action.startsWith('unit.')))
      assert.equal(units.total, units.items.length)
      assert.deepEqual([...new Set((await list('action=unit.create')).items.map((e) => e.action))], ['unit.create'])
      assert.equal((await list('action=unit_create')).total, 0, '_ is not a wildcard')
      assert.equal((await list('action=%25')).total, 0, '% is not a wildcard')

      const failures = await list('outcome=failure')
      assert.ok(failures.total >= 3 && failures.items.every((e) => e.outcome === 'failure'))
      const byActor = await list('actor=BXDD')
      assert.deepEqual([...new Set(byActor.items.map((e) => e.actorUsername))], ['bxdd'])
      assert.equal(byActor.total, byActor.items.length)
      await late.get('/api/auth/me')
    })

    it('pages are consistent: the same total on every page, every event once', async () => {
      const all = json(await admin.get('/api/audit?pageSize=500'))
      const seen: number[] = []
      for (let page = 1; ; page++) {
        const p = json(await admin.get(`/api/audit?pageSize=7&page=${page}`))
        assert.equal(p.total, all.total)
        if (p.items.length === 0) break
        seen.push(...p.items.map((e: Event) => e.id))
      }
      assert.deepEqual(seen, all.items.map((e: Event) => e.id))
      assert.equal(new Set(seen).size, all.total)
    })

    it('is append-only: a direct UPDATE or DELETE through the database fails', async () => {
      const before = await t.conn.db.selectFrom('audit_event').selectAll().orderBy('id').execute()
      await assert.rejects(t.conn.db.updateTable('audit_event').set({ outcome: 'success' }).where('outcome', '=', 'failure').execute(), /append-only/)
      await assert.rejects(t.conn.db.deleteFrom('audit_event').where('id', '=', before[0]!.id).execute(), /append-only/)
      await assert.rejects(t.conn.db.transaction().execute((trx) => trx.deleteFrom('audit_event').execute()), /append-only/)
      assert.deepEqual(await t.conn.db.selectFrom('audit_event').selectAll().orderBy('id').execute(), before)
    })

    it('the CSV export starts with a BOM and the header, neutralises formulas, and is itself audited', async () => {
      await insertAuditEvent(t.conn.db, {
        at: t.clock.now.toISOString(), actor_id: null, actor_username: '=HYPERLINK("http://x.example","bấm")', action: '@SUM(A1)',
        resource_type: '+cmd', resource_id: '-2+3', unit_id: null, unit_path: null, outcome: 'success', ip: '=1+1', details_json: null,
      })
      const res = await admin.get('/api/audit/export.csv?from=2026-11-20&to=2026-11-26')
      assert.equal(res.statusCode, 200)
      assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/)
      assert.match(String(res.headers['content-disposition']), /attachment; filename="nhat-ky-2026-11-20-2026-11-26.csv"/)
      assert.equal(res.rawPayload.subarray(0, 3).toString('hex'), 'efbbbf')
      const text = res.rawPayload.toString('utf8').slice(1)
      assert.equal(text.split('\r\n')[0], AUDIT_CSV_COLUMNS.join(','))
      const rows = parse(text, { relax_column_count: true }) as string[][]
      for (const row of rows) for (const cell of row) assert.doesNotMatch(cell, /^[=+\-@]/, cell)
      const planted = rows.find((r) => r[3] === "'@SUM(A1)")!
      assert.deepEqual(planted.slice(2, 6), [`'=HYPERLINK("http://x.example","bấm")`, "'@SUM(A1)", "'+cmd", "'-2+3"])
      assert.equal(planted[8], "'=1+1")
      // every event of the period, the export's own event included (it is written before the first line)
      assert.equal(rows.length - 1, json(await admin.get('/api/audit?pageSize=1&from=2026-11-20&to=2026-11-26')).total)
      const [exported] = await newEvents().then((es) => es.filter((e) => e.action === 'audit.export'))
      assert.deepEqual(exported!.details, { from: '2026-11-20', to: '2026-11-26' })
    })
  })
}
