/** Accounts through the API: role grants within scope, responsible officers, and who may manage whose credentials. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { HOST, ORIGIN, multipartFile, signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { createUser } from '../../src/services/users/create-user.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const rolesOf = (u: { roles: { role: string; unitCode: string; isResponsible: boolean }[] }) =>
  u.roles.map((r) => `${r.role}@${r.unitCode}${r.isResponsible ? '*' : ''}`).sort()

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: accounts`, () => {
    let t: TestApp
    let admin: Client
    let hb: string, hp: string, kdc01: string, kdc02: string
    const canSignIn = async (username: string, password: string) =>
      (await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { host: HOST, origin: ORIGIN }, payload: { username, password } })).statusCode === 200

    before(async () => {
      t = await startTestApp(dialect)
      admin = await signIn(t.app, 'admin')
      hb = await unitId(t.conn, 'HB')
      hp = await unitId(t.conn, 'HP')
      kdc01 = await unitId(t.conn, 'HB-CB-KDC01')
      kdc02 = await unitId(t.conn, 'HB-CB-KDC02')
    })
    after(() => t.close())

    it('creates an account: username normalised, temporary password when none is given, duplicate is 409', async () => {
      const res = await admin.post('/api/users', { username: '  Nguyen.An ', fullName: 'Nguyễn An', roles: [{ role: 'viewer', unitId: kdc02 }] })
      assert.equal(res.statusCode, 201)
      const { user, temporaryPassword } = json(res)
      assert.equal(user.username, 'nguyen.an')
      assert.equal(user.mustChangePassword, true)
      assert.deepEqual(rolesOf(user), ['viewer@HB-CB-KDC02'])
      assert.ok(await canSignIn('nguyen.an', temporaryPassword))
      const dup = await admin.post('/api/users', { username: 'NGUYEN.AN', fullName: 'Trùng', roles: [] })
      assert.equal(dup.statusCode, 409)
      assert.equal(json(dup).error.code, 'USERNAME_TAKEN')
    })

    it('one responsible officer per unit; only a unit officer can be it; disabling an account frees the unit', async () => {
      const taken = await admin.post('/api/users', { username: 'pt-hai', fullName: 'Phụ trách Hai', password: 'pt-hai-1234', roles: [{ role: 'unit_officer', unitId: kdc01, isResponsible: true }] })
      assert.equal(taken.statusCode, 409)
      assert.equal(json(taken).error.code, 'ROLE_RESPONSIBLE_TAKEN')
      assert.deepEqual(json(taken).error.details.fields.map((f: { path: string }) => f.path), ['roles.0.isResponsible'])
      const notOfficer = await admin.post('/api/users', { username: 'pt-ba', fullName: 'Ba', password: 'pt-ba-12345', roles: [{ role: 'collaborator', unitId: kdc02, isResponsible: true }] })
      assert.equal(json(notOfficer).error.code, 'ROLE_RESPONSIBLE_ONLY_OFFICER')
      assert.equal(await t.conn.db.selectFrom('app_user').select('id').where('username', 'in', ['pt-hai', 'pt-ba']).executeTakeFirst(), undefined)

      const phutrach = (json(await admin.get('/api/users?q=phutrach')).items as { id: string }[])[0]!
      assert.equal((await admin.patch(`/api/users/${phutrach.id}`, { active: false })).statusCode, 200)
      assert.equal(json(await admin.get(`/api/units/${kdc01}`)).responsible, null)
      const next = await admin.post('/api/users', { username: 'pt-hai', fullName: 'Phụ trách Hai', password: 'pt-hai-1234', roles: [{ role: 'unit_officer', unitId: kdc01, isResponsible: true }] })
      assert.equal(next.statusCode, 201)
      assert.equal(json(await admin.get(`/api/units/${kdc01}`)).responsible.username, 'pt-hai')
    })

    it('an admin cannot disable their own account', async () => {
      const me = json(await admin.get('/api/auth/me'))
      const res = await admin.patch(`/api/users/${me.id}`, { active: false })
      assert.equal(res.statusCode, 400)
      assert.equal(json(res).error.code, 'USER_SELF_DEACTIVATE')
    })

    it('roles can only be granted inside the granter\'s scope', async () => {
      await createUser(t.ctx(), { username: 'qt-hb', fullName: 'Quản trị phường', password: 'qt-hb-12345', roles: [{ role: 'admin', unitId: hb }] })
      const wardAdmin = await signIn(t.app, 'qt-hb', 'qt-hb-12345')
      const res = await wardAdmin.post('/api/users', { username: 'vuot-quyen', fullName: 'Vượt quyền', password: 'vuot-quyen-1', roles: [{ role: 'admin', unitId: hp }] })
      assert.equal(res.statusCode, 403)
      assert.equal(json(res).error.code, 'ROLE_GRANT_FORBIDDEN')
      const self = json(await wardAdmin.get('/api/auth/me'))
      const raise = await wardAdmin.put(`/api/users/${self.id}/roles`, { roles: [{ role: 'admin', unitId: hp }] })
      assert.equal(raise.statusCode, 403)
      assert.deepEqual(rolesOf(json(await wardAdmin.get('/api/auth/me'))), ['admin@HB'])
    })

    it('a ward admin cannot take over a city-level account that also holds a role in the ward', async () => {
      const boss = await createUser(t.ctx(), { username: 'sep-tp', fullName: 'Lãnh đạo Thành uỷ', password: 'sep-tp-12345', roles: [{ role: 'admin', unitId: hp }, { role: 'viewer', unitId: hb }] })
      const wardAdmin = await signIn(t.app, 'qt-hb', 'qt-hb-12345')
      const id = boss.user.id
      const attempts = {
        'reset password': await wardAdmin.post(`/api/users/${id}/reset-password`, { newPassword: 'chiem-quyen-1' }),
        'issue a token': await wardAdmin.post('/api/tokens', { userId: id, name: 'Cửa sau' }),
        disable: await wardAdmin.patch(`/api/users/${id}`, { active: false }),
      }
      const accepted = Object.entries(attempts).filter(([, r]) => r.statusCode < 300).map(([what, r]) => `${what}: ${r.statusCode}`)
      assert.deepEqual(accepted, [], 'each of these would let a ward admin act above the ward')
      for (const r of Object.values(attempts)) assert.ok([403, 404].includes(r.statusCode), r.body)

      const m = multipartFile('tk.csv', 'username,full_name,active\nsep-tp,Lãnh đạo Thành uỷ,0\n')
      const imported = await wardAdmin.request('POST', '/api/users/import', m.payload, m.headers)
      assert.equal(imported.statusCode, 400, `an import by the ward admin disabling sep-tp: ${imported.body}`)

      assert.ok(await canSignIn('sep-tp', 'sep-tp-12345'))
      const after = json(await admin.get(`/api/users/${id}`))
      assert.equal(after.active, true)
      assert.deepEqual(rolesOf(after), ['admin@HP', 'viewer@HB'])
      assert.equal(await t.conn.db.selectFrom('api_token').select('id').where('user_id', '=', id).executeTakeFirst(), undefined)
    })

    it('a ward admin manages accounts that lie wholly inside the ward', async () => {
      const wardAdmin = await signIn(t.app, 'qt-hb', 'qt-hb-12345')
      const created = await wardAdmin.post('/api/users', { username: 'ctv-phuong', fullName: 'Cộng tác viên Phường', password: 'ctv-phuong-1', roles: [{ role: 'collaborator', unitId: kdc02 }] })
      assert.equal(created.statusCode, 201)
      const id = json(created).user.id
      assert.equal((await wardAdmin.put(`/api/users/${id}/roles`, { roles: [{ role: 'viewer', unitId: hb }] })).statusCode, 200)
      assert.equal((await wardAdmin.post(`/api/users/${id}/reset-password`, { newPassword: 'ctv-phuong-2' })).statusCode, 200)
      assert.ok(await canSignIn('ctv-phuong', 'ctv-phuong-2'))
      assert.equal((await wardAdmin.post('/api/tokens', { userId: id, name: 'Mã phường' })).statusCode, 201)
      // the city admin's own account stays out of sight
      const city = json(await admin.get('/api/auth/me'))
      assert.equal((await wardAdmin.get(`/api/users/${city.id}`)).statusCode, 404)
    })
  })
}
