/**
 * Collaborators' monthly activity and allowance through the API, on records entered through the real opinion
 * service: hand-computed months (fixed, coefficient across a base salary change, condition unmet, contract
 * not covering the month), scope, and the XLSX payment sheet whose total equals the sum of its rows.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import ExcelJS from 'exceljs'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { loadActor } from '../../src/services/auth/load-actor.ts'
import { createUser } from '../../src/services/users/create-user.ts'
import { createOpinion } from '../../src/services/opinions/create-opinion.ts'
import { createOpinionInput } from '../../src/shared/opinion.schema.ts'
import { ALLOWANCE_SHEET_LAYOUT } from '../../src/exports/allowance-xlsx.ts'
import type { ActivityRowView, ActivityView } from '../../src/shared/collaborator.schema.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const NASTY = '=HYPERLINK("http://example.invalid","bấm vào đây")'

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: collaborators' activity and allowance`, () => {
    let t: TestApp
    let focal: Client
    let admin: Client
    const ids: Record<string, string> = {}

    /** A record entered by `username` at `enteredAt` (UTC), heard on `heardOn`, with `streams` streams. */
    const enter = async (username: string, unitCode: string, heardOn: string, enteredAt: string, streams: number) => {
      const user = await t.conn.db.selectFrom('app_user').select(['id', 'username']).where('username', '=', username).executeTakeFirstOrThrow()
      const ctx = { ...t.ctx(), actor: await loadActor(t.conn.db, user.id, user.username, 'session'), now: new Date(enteredAt) }
      await createOpinion(ctx, createOpinionInput.parse({
        channel: 'collaborator', unitId: await unitId(t.conn, unitCode), heardOn, title: `Ý kiến ngày ${heardOn}`, content: 'Người dân phản ánh về đường ngõ xóm.',
        streams: Array.from({ length: streams }, (_, i) => ({ summary: `Luồng ${i + 1}`, topics: ['kt-xh'], direction: 'concern' })),
      }))
    }
    const activity = async (month: string, who: Client = focal): Promise<ActivityView> => {
      const res = await who.get(`/api/collaborators/activity?month=${month}`)
      assert.equal(res.statusCode, 200, res.body)
      return json(res)
    }
    const rowOf = (v: ActivityView, id: string) => v.rows.find((r) => r.collaborator.id === id)
    const brief = (r: ActivityRowView | undefined) => r && [r.records, r.streams, r.onTime, r.conditionMet, r.covered, r.baseSalary, r.allowance, r.reason]

    before(async () => {
      t = await startTestApp(dialect)
      focal = await signIn(t.app, 'bxdd')
      admin = await signIn(t.app, 'admin')
      await createUser(t.ctx(), { username: 'ctv-hai', fullName: 'Lý Văn Hai', password: 'matkhau-123', roles: [{ role: 'collaborator', unitId: await unitId(t.conn, 'HB-CB-KDC02') }] })
      await createUser(t.ctx(), { username: 'ctv-tp', fullName: 'Mạc Thị Phố', password: 'matkhau-123', roles: [{ role: 'collaborator', unitId: await unitId(t.conn, 'HP') }] })
      const userId = async (u: string) => (await t.conn.db.selectFrom('app_user').select('id').where('username', '=', u).executeTakeFirstOrThrow()).id
      // mức lương cơ sở: 2 340 000 from 01/7/2024, 2 530 000 from 01/7/2026 (inside the year)
      assert.equal((await admin.post('/api/settings/base-salary', { amount: 2_340_000, effectiveFrom: '2024-07-01' })).statusCode, 201)
      assert.equal((await admin.post('/api/settings/base-salary', { amount: 2_530_000, effectiveFrom: '2026-07-01' })).statusCode, 201)
      const add = async (key: string, who: Client, body: Record<string, unknown>) => {
        const res = await who.post('/api/collaborators', { allowanceKind: 'fixed', ...body })
        assert.equal(res.statusCode, 201, res.body)
        ids[key] = json(res).id
      }
      const kdc01 = await unitId(t.conn, 'HB-CB-KDC01')
      await add('mai', focal, { fullName: 'Hoàng Thị Mai', unitId: kdc01, userId: await userId('ctv'), allowanceAmount: 600_000, contractFrom: '2026-01-01', contractTo: '2026-12-31', decisionNo: '15-QĐ/ĐU' })
      await add('hai', focal, { fullName: 'Lý Văn Hai', unitId: await unitId(t.conn, 'HB-CB-KDC02'), userId: await userId('ctv-hai'), allowanceKind: 'coefficient', allowanceCoefficient: 0.5 })
      await add('cuc', focal, { fullName: 'Phan Thị Cúc', unitId: kdc01, allowanceAmount: 300_000, contractFrom: '2026-08-01' })
      await add('nasty', focal, { fullName: NASTY, unitId: kdc01, allowanceAmount: 100_000, contractFrom: '2026-07-01', contractTo: '2026-07-31' })
      await add('pho', admin, { fullName: 'Mạc Thị Phố', unitId: await unitId(t.conn, 'HP'), userId: await userId('ctv-tp'), allowanceAmount: 900_000 })

      // Mai: June — heard 10/6 entered 12/6 (on time, 2 streams), heard 20/6 entered 05/7 (late, 1 stream); July — 03/7 same day (1 stream)
      await enter('ctv', 'HB-CB-KDC01', '2026-06-10', '2026-06-12T02:00:00Z', 2)
      await enter('ctv', 'HB-CB-KDC01', '2026-06-20', '2026-07-05T02:00:00Z', 1)
      await enter('ctv', 'HB-CB-KDC01', '2026-07-03', '2026-07-03T09:00:00Z', 1)
      // Hai: July — heard 15/7 entered 16/7 (3 streams)
      await enter('ctv-hai', 'HB-CB-KDC02', '2026-07-15', '2026-07-16T02:00:00Z', 3)
      // Phố, outside the ward: must never show for the ward's focal board
      await enter('ctv-tp', 'HP', '2026-07-10', '2026-07-10T02:00:00Z', 5)
      // someone who is not a collaborator: counts for nobody
      await enter('phutrach', 'HB-CB-KDC01', '2026-07-11', '2026-07-11T02:00:00Z', 2)
    })
    after(() => t.close())

    it('June 2026: a fixed allowance paid, a coefficient one with no record is 0, a contract from August is not on the sheet', async () => {
      const v = await activity('2026-06')
      assert.deepEqual(v.baseSalary, { amount: 2_340_000, effectiveFrom: '2024-07-01' })
      assert.deepEqual(v.condition, { minRecords: 1, requireOnTime: false })
      assert.deepEqual(brief(rowOf(v, ids.mai!)), [2, 3, 1, true, true, null, 600_000, 'paid'])
      assert.deepEqual(brief(rowOf(v, ids.hai!)), [0, 0, 0, false, true, 2_340_000, 0, 'condition_unmet'])
      assert.equal(rowOf(v, ids.cuc!), undefined)
      assert.equal(rowOf(v, ids.nasty!), undefined)
      assert.deepEqual(v.totals, { collaborators: 2, records: 2, streams: 3, onTime: 1, paid: 1, allowance: 600_000 })
    })

    it('July 2026: the coefficient uses the level in force on 01/7 (0.5 × 2 530 000); nothing from outside the scope', async () => {
      const v = await activity('2026-07')
      assert.deepEqual(v.baseSalary, { amount: 2_530_000, effectiveFrom: '2026-07-01' })
      assert.deepEqual(brief(rowOf(v, ids.mai!)), [1, 1, 1, true, true, null, 600_000, 'paid'])
      assert.deepEqual(brief(rowOf(v, ids.hai!)), [1, 3, 1, true, true, 2_530_000, 1_265_000, 'paid'])
      assert.deepEqual(brief(rowOf(v, ids.nasty!)), [0, 0, 0, false, true, null, 0, 'condition_unmet'])
      assert.equal(rowOf(v, ids.pho!), undefined)
      assert.deepEqual(v.totals, { collaborators: 3, records: 2, streams: 4, onTime: 2, paid: 2, allowance: 1_865_000 })
      // the city's admin sees Phố too, with the record filed at the city
      const all = await activity('2026-07', admin)
      assert.deepEqual(brief(rowOf(all, ids.pho!)), [1, 5, 1, true, true, null, 900_000, 'paid'])
      assert.equal(all.totals.allowance, 1_865_000 + 900_000)
    })

    it('January 2027: a contract that ended in December does not cover the month; an open contract still does', async () => {
      const v = await activity('2027-01')
      assert.equal(rowOf(v, ids.mai!), undefined)
      assert.deepEqual(brief(rowOf(v, ids.cuc!)), [0, 0, 0, false, true, null, 0, 'condition_unmet'])
      assert.equal(v.totals.allowance, 0)
    })

    it('a stricter condition (two on-time records) leaves June unpaid; the condition is read from the settings', async () => {
      assert.equal((await admin.put('/api/settings/allowance', { minRecords: 2, requireOnTime: true })).statusCode, 200)
      try {
        const v = await activity('2026-06')
        assert.deepEqual(brief(rowOf(v, ids.mai!)), [2, 3, 1, false, true, null, 0, 'condition_unmet'])
        assert.equal(v.totals.allowance, 0)
        const none = await admin.put('/api/settings/allowance', { minRecords: 0, requireOnTime: false })
        assert.equal(none.statusCode, 200)
        assert.equal(rowOf(await activity('2026-06'), ids.hai!)!.allowance, 1_170_000)
      } finally {
        await admin.put('/api/settings/allowance', { minRecords: 1, requireOnTime: false })
      }
    })

    it('the XLSX payment sheet opens with exceljs: title, headers, values not formulas, a total equal to the sum; the export is audited', async () => {
      const res = await focal.get('/api/collaborators/activity.xlsx?month=2026-07')
      assert.equal(res.statusCode, 200, res.body)
      assert.match(String(res.headers['content-type']), /spreadsheetml/)
      assert.match(String(res.headers['content-disposition']), /phu-cap-ctv-2026-07\.xlsx/)
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
      const ws = wb.worksheets[0]!
      const L = ALLOWANCE_SHEET_LAYOUT
      assert.equal(ws.getCell(L.title, 1).value, 'Bảng thanh toán phụ cấp cộng tác viên DLXH tháng 07/2026')
      assert.match(String(ws.getCell(L.baseSalary, 1).value), /2\.530\.000 đồng \(từ ngày 01\/07\/2026\)/)
      assert.equal(ws.getCell(L.header, 2).value, 'Họ và tên')
      assert.equal(ws.getCell(L.header, L.amountColumn).value, 'Số tiền (đồng)')
      const v = await activity('2026-07')
      const amounts: number[] = []
      for (let i = 0; i < v.rows.length; i++) {
        const row = ws.getRow(L.firstData + i)
        assert.equal(row.getCell(1).value, i + 1)
        assert.equal(row.getCell(2).value, v.rows[i]!.collaborator.fullName)
        amounts.push(row.getCell(L.amountColumn).value as number)
      }
      const total = ws.getRow(L.firstData + v.rows.length)
      assert.equal(total.getCell(2).value, 'Tổng cộng')
      assert.equal(total.getCell(L.amountColumn).value, amounts.reduce((a, b) => a + b, 0))
      assert.equal(total.getCell(L.amountColumn).value, 1_865_000)
      assert.equal(ws.getCell(L.firstData, L.amountColumn).numFmt, '#,##0')
      // every cell is a plain value: the name that looks like a formula is text
      ws.eachRow((row) => row.eachCell((cell) => assert.notEqual(cell.type, ExcelJS.ValueType.Formula, `${cell.address} is a formula`)))
      const nasty = v.rows.findIndex((r) => r.collaborator.id === ids.nasty)
      const cell = ws.getCell(L.firstData + nasty, 2)
      assert.equal(cell.type, ExcelJS.ValueType.String)
      assert.equal(cell.value, NASTY)

      const events = json(await admin.get('/api/audit?action=collaborator.export'))
      assert.equal(events.total, 1)
      assert.deepEqual(events.items[0].details, { month: '2026-07', rows: 3, total: 1_865_000 })
      assert.equal(events.items[0].actorUsername, 'bxdd')
    })

    it('leaders read the activity but may not download the payment sheet; a bad month is a field error', async () => {
      const leader = await signIn(t.app, 'lanhdao')
      assert.equal((await leader.get('/api/collaborators/activity?month=2026-07')).statusCode, 200)
      const refused = await leader.get('/api/collaborators/activity.xlsx?month=2026-07')
      assert.equal(refused.statusCode, 403)
      assert.equal(json(refused).error.code, 'FORBIDDEN')
      for (const m of ['2026-13', '2026-7', '']) {
        const bad = await focal.get(`/api/collaborators/activity?month=${m}`)
        assert.equal(bad.statusCode, 400, m)
        assert.deepEqual(json(bad).error.details.fields.map((f: { path: string }) => f.path), ['month'])
      }
    })
  })
}
