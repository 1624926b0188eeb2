/** Collaborators through the API: roster create/edit/search, field errors in Vietnamese, scope, linked accounts, settings. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import vi from '../../src/shared/i18n/vi.json' with { type: 'json' }
import type { CollaboratorView } from '../../src/shared/collaborator.schema.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const errors = vi.errors as Record<string, string>
const fieldsOf = (r: LightMyRequestResponse) => (json(r).error.details?.fields ?? []).map((f: { path: string; code: string }) => `${f.path}:${f.code}`).sort()

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: collaborators`, () => {
    let t: TestApp
    let focal: Client
    let admin: Client
    let kdc01: string
    let kdc02: string
    let hp: string
    let ctvUser: string
    let tdp01: string
    const base = () => ({
      fullName: 'Nguyễn Thị Hoà', phone: '0912 000 111', unitId: kdc01, decisionNo: '15-QĐ/ĐU', decisionOn: '2026-01-05',
      contractFrom: '2026-01-01', contractTo: '2026-12-31', allowanceKind: 'fixed', allowanceAmount: 500_000,
    })
    const count = async () => Number((await t.conn.db.selectFrom('collaborator').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

    before(async () => {
      t = await startTestApp(dialect)
      focal = await signIn(t.app, 'bxdd')
      admin = await signIn(t.app, 'admin')
      kdc01 = await unitId(t.conn, 'HB-CB-KDC01')
      kdc02 = await unitId(t.conn, 'HB-CB-KDC02')
      hp = await unitId(t.conn, 'HP')
      ctvUser = (await t.conn.db.selectFrom('app_user').select('id').where('username', '=', 'ctv').executeTakeFirstOrThrow()).id
      tdp01 = (await t.conn.db.selectFrom('area').select('id').where('code', '=', 'HB-TDP01').executeTakeFirstOrThrow()).id
    })
    after(() => t.close())

    it('creates a collaborator with areas, groups, decision, contract, a fixed allowance and the linked account; reads it back', async () => {
      const res = await focal.post('/api/collaborators', { ...base(), fullName: 'Hoàng Thị Mai', areaIds: [tdp01], groups: ['phu-nu', 'nguoi-cao-tuoi'], userId: ctvUser })
      assert.equal(res.statusCode, 201, res.body)
      const c: CollaboratorView = json(res)
      assert.equal(c.fullName, 'Hoàng Thị Mai')
      assert.deepEqual(c.unit, { id: kdc01, code: 'HB-CB-KDC01', name: 'Chi bộ khu dân cư số 1' })
      assert.deepEqual(c.areas.map((a) => a.code), ['HB-TDP01'])
      assert.deepEqual(c.groups, ['nguoi-cao-tuoi', 'phu-nu'])
      assert.deepEqual([c.decisionNo, c.decisionOn, c.contractFrom, c.contractTo], ['15-QĐ/ĐU', '2026-01-05', '2026-01-01', '2026-12-31'])
      assert.deepEqual([c.allowanceKind, c.allowanceAmount, c.allowanceCoefficient, c.status], ['fixed', 500_000, null, 'active'])
      assert.deepEqual(c.user, { id: ctvUser, username: 'ctv', fullName: 'Hoàng Thị Mai' })
      assert.deepEqual(json(await focal.get(`/api/collaborators/${c.id}`)), c)
      const events = json(await admin.get('/api/audit?action=collaborator.create'))
      assert.equal(events.items[0].resourceId, c.id)
    })

    it('edits: switching to a coefficient clears the fixed amount; unlinking the account; changing areas and groups', async () => {
      const c: CollaboratorView = json(await focal.post('/api/collaborators', { ...base(), fullName: 'Trần Văn Sửa', areaIds: [tdp01], groups: ['cong-nhan'] }))
      const res = await focal.patch(`/api/collaborators/${c.id}`, { allowanceKind: 'coefficient', allowanceCoefficient: 0.35 })
      assert.equal(res.statusCode, 200, res.body)
      const edited: CollaboratorView = json(res)
      assert.deepEqual([edited.allowanceKind, edited.allowanceAmount, edited.allowanceCoefficient], ['coefficient', null, 0.35])
      const again: CollaboratorView = json(await focal.patch(`/api/collaborators/${c.id}`, { areaIds: [], groups: ['tri-thuc'], status: 'suspended', unitId: kdc02 }))
      assert.deepEqual([again.areas, again.groups, again.status, again.unit.code], [[], ['tri-thuc'], 'suspended', 'HB-CB-KDC02'])
      assert.deepEqual(json(await focal.get(`/api/collaborators/${c.id}`)), again)
      // a patch that sends both kinds' values is refused, nothing changes
      const mixed = await focal.patch(`/api/collaborators/${c.id}`, { allowanceAmount: 100_000 })
      assert.equal(mixed.statusCode, 400)
      assert.deepEqual(fieldsOf(mixed), ['allowanceAmount:ALLOWANCE_AMOUNT_UNEXPECTED'])
      assert.equal(json(await focal.get(`/api/collaborators/${c.id}`)).allowanceAmount, null)
    })

    it('bad input: every bad field named with a Vietnamese message, nothing written', async () => {
      const before = await count()
      const cases: [Record<string, unknown>, string[]][] = [
        [{ contractFrom: '2026-06-01', contractTo: '2026-05-31' }, ['contractTo:COLLABORATOR_CONTRACT_ORDER']],
        [{ allowanceAmount: null }, ['allowanceAmount:ALLOWANCE_AMOUNT_REQUIRED']],
        [{ allowanceCoefficient: 0.5 }, ['allowanceCoefficient:ALLOWANCE_COEFFICIENT_UNEXPECTED']],
        [{ allowanceKind: 'coefficient' }, ['allowanceAmount:ALLOWANCE_AMOUNT_UNEXPECTED', 'allowanceCoefficient:ALLOWANCE_COEFFICIENT_REQUIRED']],
        [{ status: 'ended', contractTo: null }, ['contractTo:COLLABORATOR_END_REQUIRED']],
        [{ contractFrom: '2026-02-30' }, ['contractFrom:DATE_FORMAT']],
        [{ groups: ['nobody'] }, ['groups.0:FIELD_INVALID']],
        [{ allowanceAmount: 1.5 }, ['allowanceAmount:FIELD_TYPE']],
        [{ fullName: '  ' }, ['fullName:FIELD_REQUIRED']],
      ]
      for (const [patch, expected] of cases) {
        const res = await focal.post('/api/collaborators', { ...base(), ...patch })
        assert.equal(res.statusCode, 400, `${JSON.stringify(patch)} → ${res.body}`)
        assert.equal(json(res).error.code, 'VALIDATION')
        assert.deepEqual(fieldsOf(res), expected, JSON.stringify(patch))
        for (const f of json(res).error.details.fields) assert.equal(f.message, errors[f.code], f.code)
      }
      const unknownArea = await focal.post('/api/collaborators', { ...base(), areaIds: ['no-such-area'] })
      assert.deepEqual([unknownArea.statusCode, fieldsOf(unknownArea)], [404, ['areaIds:AREA_NOT_FOUND']])
      assert.equal(await count(), before)
    })

    it('the linked account must be visible to the actor and linked to one collaborator only', async () => {
      const adminUser = (await t.conn.db.selectFrom('app_user').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id
      const outside = await focal.post('/api/collaborators', { ...base(), userId: adminUser })
      assert.deepEqual([outside.statusCode, fieldsOf(outside)], [404, ['userId:USER_NOT_FOUND']])
      const taken = await focal.post('/api/collaborators', { ...base(), userId: ctvUser })
      assert.deepEqual([taken.statusCode, json(taken).error.code, fieldsOf(taken)], [409, 'COLLABORATOR_USER_TAKEN', ['userId:COLLABORATOR_USER_TAKEN']])
      assert.equal(json(taken).error.message, errors.COLLABORATOR_USER_TAKEN)
    })

    it('search ignores accents and case; filters by unit subtree and status; pages keep the total', async () => {
      await focal.post('/api/collaborators', { ...base(), fullName: 'Đặng Văn Đức', unitId: kdc02 })
      const byName = json(await focal.get('/api/collaborators?q=dang%20van%20duc'))
      assert.deepEqual(byName.items.map((c: CollaboratorView) => c.fullName), ['Đặng Văn Đức'])
      assert.equal(byName.total, 1)
      assert.equal(json(await focal.get('/api/collaborators?q=DANG VAN')).total, 1)
      // literal: "%" is not a wildcard
      assert.equal(json(await focal.get('/api/collaborators?q=%25')).total, 0)
      const inKdc02 = json(await focal.get(`/api/collaborators?unitId=${kdc02}`))
      assert.ok(inKdc02.items.every((c: CollaboratorView) => c.unit.id === kdc02))
      assert.ok(inKdc02.total >= 2)
      const suspended = json(await focal.get('/api/collaborators?status=suspended'))
      assert.deepEqual(suspended.items.map((c: CollaboratorView) => c.fullName), ['Trần Văn Sửa'])
      const all = json(await focal.get('/api/collaborators'))
      const page = json(await focal.get('/api/collaborators?pageSize=1&page=2'))
      assert.equal(page.items.length, 1)
      assert.equal(page.total, all.total)
      assert.equal(page.items[0].id, all.items[1].id)
    })

    it('scope: a collaborator of another subtree is 404 and never counted; officers see their cell; a collaborator account sees no roster', async () => {
      const res = await admin.post('/api/collaborators', { ...base(), fullName: 'Người Thành Phố', unitId: hp })
      assert.equal(res.statusCode, 201, res.body)
      const secret: CollaboratorView = json(res)
      for (const r of [await focal.get(`/api/collaborators/${secret.id}`), await focal.patch(`/api/collaborators/${secret.id}`, { fullName: 'Đổi tên' })]) {
        assert.equal(r.statusCode, 404)
        assert.equal(json(r).error.code, 'COLLABORATOR_NOT_FOUND')
      }
      assert.deepEqual(json(await focal.get('/api/collaborators?q=thanh pho')), { items: [], total: 0 })
      assert.deepEqual(json(await focal.get(`/api/collaborators?unitId=${hp}`)), { items: [], total: 0 })
      const all = json(await focal.get('/api/collaborators?pageSize=500'))
      assert.ok(!all.items.some((c: CollaboratorView) => c.id === secret.id))
      assert.equal(all.total, all.items.length)
      assert.equal(json(await admin.get('/api/collaborators?pageSize=500')).total, all.total + 1)
      // a unit could not be placed outside the scope either
      const placed = await focal.post('/api/collaborators', { ...base(), unitId: hp })
      assert.deepEqual([placed.statusCode, fieldsOf(placed)], [404, ['unitId:UNIT_NOT_FOUND']])

      const officer = await signIn(t.app, 'phutrach')
      const mine = json(await officer.get('/api/collaborators?pageSize=500'))
      assert.ok(mine.total >= 1)
      assert.ok(mine.items.every((c: CollaboratorView) => c.unit.code === 'HB-CB-KDC01'))
      assert.equal((await officer.post('/api/collaborators', base())).statusCode, 403)
      const ctv = await signIn(t.app, 'ctv')
      assert.equal((await ctv.get('/api/collaborators')).statusCode, 403)
    })

    it('settings: the base salary and the allowance condition are set at a root unit only; read by whoever reads the roster', async () => {
      assert.deepEqual(json(await focal.get('/api/settings/allowance')), { minRecords: 1, requireOnTime: false })
      assert.deepEqual(json(await focal.get('/api/settings/base-salary')), { items: [], current: null, canEdit: false })
      assert.equal(json(await admin.get('/api/settings/base-salary')).canEdit, true)
      const refused = await focal.post('/api/settings/base-salary', { amount: 2_340_000, effectiveFrom: '2024-07-01' })
      assert.equal(refused.statusCode, 403)
      assert.equal((await focal.put('/api/settings/allowance', { minRecords: 2, requireOnTime: true })).statusCode, 403)

      assert.equal((await admin.post('/api/settings/base-salary', { amount: 2_430_000, effectiveFrom: '2024-07-01' })).statusCode, 201)
      // the same day again corrects the amount
      const fixed = json(await admin.post('/api/settings/base-salary', { amount: 2_340_000, effectiveFrom: '2024-07-01' }))
      assert.equal(fixed.amount, 2_340_000)
      await admin.post('/api/settings/base-salary', { amount: 2_530_000, effectiveFrom: '2027-01-01' })
      const levels = json(await focal.get('/api/settings/base-salary'))
      assert.deepEqual(levels.items.map((l: { amount: number; effectiveFrom: string }) => [l.effectiveFrom, l.amount]), [['2027-01-01', 2_530_000], ['2024-07-01', 2_340_000]])
      // today (2026-11-20) the 2024 level is in force; the 2027 one is already known
      assert.equal(levels.current.amount, 2_340_000)
      const bad = await admin.post('/api/settings/base-salary', { amount: 0, effectiveFrom: '2024-13-01' })
      assert.deepEqual(fieldsOf(bad), ['amount:FIELD_TOO_SHORT', 'effectiveFrom:DATE_FORMAT'])

      const put = await admin.put('/api/settings/allowance', { minRecords: 2, requireOnTime: true })
      assert.equal(put.statusCode, 200, put.body)
      assert.deepEqual(json(await focal.get('/api/settings/allowance')), { minRecords: 2, requireOnTime: true })
      assert.equal(json(await admin.get('/api/audit?action=setting.allowance&outcome=success')).total, 1)
      assert.equal(json(await admin.get('/api/audit?action=setting.base_salary&outcome=success')).total, 3)
      // the refusals are in the log too
      assert.equal(json(await admin.get('/api/audit?action=setting.allowance&outcome=denied&actor=bxdd')).total, 1)
      assert.equal((await (await signIn(t.app, 'ctv')).get('/api/settings/allowance')).statusCode, 403)
    })
  })
}
