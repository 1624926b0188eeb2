/** Sign-in, throttling, session expiry, sign-out, passwords, the Origin check, API tokens and security headers. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { HOST, ORIGIN, signIn, startTestApp, type TestApp } from '../helpers/app.ts'
import { DEMO_PASSWORD } from '../../src/services/system/demo-ward.ts'
import vi from '../../src/shared/i18n/vi.json' with { type: 'json' }

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const MINUTE = 60_000

function login(t: TestApp, username: string, password: string, headers: Record<string, string> = { origin: ORIGIN }) {
  return t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { host: HOST, ...headers }, payload: { username, password } })
}
async function userIdOf(t: TestApp, username: string) {
  return (await t.conn.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id
}
const later = (t: TestApp, ms: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + ms)
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: sign-in`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(dialect)
    })
    after(() => t.close())

    it('sets an HttpOnly, SameSite=Lax session cookie and returns the account', async () => {
      const res = await login(t, 'bxdd', DEMO_PASSWORD)
      assert.equal(res.statusCode, 200)
      const cookie = String(res.headers['set-cookie'])
      assert.match(cookie, /^caunoi_session=cns_/)
      assert.match(cookie, /; HttpOnly/i)
      assert.match(cookie, /; SameSite=Lax/i)
      assert.match(cookie, /; Path=\//i)
      const body = json(res)
      assert.equal(body.user.username, 'bxdd')
      assert.deepEqual(body.user.roles.map((r: { role: string; unitCode: string }) => `${r.role}@${r.unitCode}`), ['focal@HB'])
    })

    it('a wrong password and an unknown username get the same 401 AUTH_INVALID body', async () => {
      const wrong = await login(t, 'lanhdao', 'sai-mat-khau')
      const unknown = await login(t, 'khongcoai', 'sai-mat-khau')
      assert.equal(wrong.statusCode, 401)
      assert.equal(unknown.statusCode, 401)
      assert.deepEqual(json(wrong), json(unknown))
      assert.deepEqual(json(wrong), { error: { code: 'AUTH_INVALID', message: vi.errors.AUTH_INVALID } })
    })

    it('the 11th attempt after 10 failures is refused with 429, alike for existing and unknown accounts', async () => {
      t.clock.now = new Date('2026-11-21T02:00:00Z')
      for (const username of ['xem', 'nguoi-la']) {
        for (let i = 0; i < 10; i++) assert.equal((await login(t, username, `sai-${i}`)).statusCode, 401)
      }
      const existing = await login(t, 'xem', DEMO_PASSWORD)
      const unknown = await login(t, 'nguoi-la', DEMO_PASSWORD)
      assert.equal(existing.statusCode, 429)
      assert.equal(unknown.statusCode, 429)
      assert.deepEqual(json(existing), json(unknown))
      assert.equal(json(existing).error.code, 'AUTH_TOO_MANY_ATTEMPTS')
      assert.match(json(existing).error.message, /thử lại sau 15 phút/)
      // other accounts are not affected
      assert.equal((await login(t, 'kiemtra', DEMO_PASSWORD)).statusCode, 200)

      later(t, 10 * MINUTE)
      const stillLocked = await login(t, 'xem', DEMO_PASSWORD)
      assert.equal(stillLocked.statusCode, 429)
      assert.match(json(stillLocked).error.message, /sau 5 phút/)

      later(t, 5 * MINUTE + 1000)
      assert.equal((await login(t, 'xem', DEMO_PASSWORD)).statusCode, 200)
    })

    it('when the lockout message says "after 15 minutes", signing in 15 minutes later works', async () => {
      t.clock.now = new Date('2026-11-22T02:00:00Z')
      for (let i = 0; i < 10; i++) await login(t, 'daibieu', `sai-${i}`)
      const locked = await login(t, 'daibieu', DEMO_PASSWORD)
      assert.match(json(locked).error.message, /sau 15 phút/)
      later(t, 15 * MINUTE)
      const res = await login(t, 'daibieu', DEMO_PASSWORD)
      assert.equal(res.statusCode, 200, `15 minutes after being told to wait 15 minutes: ${res.body}`)
    })

    it('a disabled account cannot sign in, and its open sessions end', async () => {
      const ctv = await signIn(t.app, 'ctv')
      const admin = await signIn(t.app, 'admin')
      const res = await admin.patch(`/api/users/${await userIdOf(t, 'ctv')}`, { active: false })
      assert.equal(res.statusCode, 200)
      assert.equal(json(res).active, false)
      assert.equal((await ctv.get('/api/auth/me')).statusCode, 401)
      const again = await login(t, 'ctv', DEMO_PASSWORD)
      assert.equal(again.statusCode, 401)
      assert.equal(json(again).error.code, 'AUTH_INVALID')
    })
  })

  describe(`${dialect.name}: sessions`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(dialect)
    })
    after(() => t.close())

    it('ends after the idle time without requests', async () => {
      const c = await signIn(t.app, 'lanhdao')
      later(t, (t.config.sessionIdleMinutes - 1) * MINUTE)
      assert.equal((await c.get('/api/auth/me')).statusCode, 200)
      // the request above counts as activity: the idle time starts again from it
      later(t, (t.config.sessionIdleMinutes - 1) * MINUTE)
      assert.equal((await c.get('/api/auth/me')).statusCode, 200)
      later(t, (t.config.sessionIdleMinutes + 1) * MINUTE)
      const res = await c.get('/api/auth/me')
      assert.equal(res.statusCode, 401)
      assert.equal(json(res).error.code, 'UNAUTHENTICATED')
    })

    it('ends at the absolute limit even when used all the time', async () => {
      const start = t.clock.now.getTime()
      const c = await signIn(t.app, 'lanhdao')
      const end = start + t.config.sessionMaxHours * 60 * MINUTE
      const step = Math.floor(t.config.sessionIdleMinutes / 2) * MINUTE
      while (t.clock.now.getTime() + step < end) {
        later(t, step)
        assert.equal((await c.get('/api/auth/me')).statusCode, 200, t.clock.now.toISOString())
      }
      t.clock.now = new Date(end)
      assert.equal((await c.get('/api/auth/me')).statusCode, 401)
    })

    it('logout ends this session only; logout-all ends every session of the user', async () => {
      const a = await signIn(t.app, 'bxdd')
      const b = await signIn(t.app, 'bxdd')
      const c = await signIn(t.app, 'bxdd')
      const other = await signIn(t.app, 'xem')
      const out = await a.post('/api/auth/logout')
      assert.equal(out.statusCode, 204)
      assert.match(String(out.headers['set-cookie']), /caunoi_session=;/)
      assert.equal((await a.get('/api/auth/me')).statusCode, 401)
      assert.equal((await b.get('/api/auth/me')).statusCode, 200)
      assert.equal((await b.post('/api/auth/logout-all')).statusCode, 204)
      assert.equal((await b.get('/api/auth/me')).statusCode, 401)
      assert.equal((await c.get('/api/auth/me')).statusCode, 401)
      assert.equal((await other.get('/api/auth/me')).statusCode, 200)
    })

    it('changing the password: wrong current is refused by field; success ends the other sessions but not this one', async () => {
      const here = await signIn(t.app, 'kiemtra')
      const elsewhere = await signIn(t.app, 'kiemtra')
      const wrong = await here.post('/api/auth/password', { currentPassword: 'khong-dung', newPassword: 'mat-khau-moi-1' })
      assert.equal(wrong.statusCode, 400)
      assert.equal(json(wrong).error.code, 'AUTH_WRONG_PASSWORD')
      assert.deepEqual(json(wrong).error.details.fields.map((f: { path: string }) => f.path), ['currentPassword'])
      assert.equal((await elsewhere.get('/api/auth/me')).statusCode, 200)

      const ok = await here.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: 'mat-khau-moi-1' })
      assert.equal(ok.statusCode, 204)
      assert.equal((await here.get('/api/auth/me')).statusCode, 200)
      assert.equal((await elsewhere.get('/api/auth/me')).statusCode, 401)
      assert.equal((await login(t, 'kiemtra', DEMO_PASSWORD)).statusCode, 401)
      assert.equal((await login(t, 'kiemtra', 'mat-khau-moi-1')).statusCode, 200)
    })

    it('an admin reset gives a temporary password that must be changed; the old sessions end', async () => {
      const old = await signIn(t.app, 'daibieu')
      const admin = await signIn(t.app, 'admin')
      const res = await admin.post(`/api/users/${await userIdOf(t, 'daibieu')}/reset-password`, {})
      assert.equal(res.statusCode, 200)
      const temp = json(res).temporaryPassword as string
      assert.match(temp, /^[a-z0-9]{4}-[a-z0-9]{5}-[a-z0-9]{5}$/)
      assert.equal((await old.get('/api/auth/me')).statusCode, 401)
      assert.equal((await login(t, 'daibieu', DEMO_PASSWORD)).statusCode, 401)
      const fresh = await signIn(t.app, 'daibieu', temp)
      assert.equal(json(await fresh.get('/api/auth/me')).mustChangePassword, true)
      assert.equal((await fresh.post('/api/auth/password', { currentPassword: temp, newPassword: 'dai-bieu-2026' })).statusCode, 204)
      assert.equal(json(await fresh.get('/api/auth/me')).mustChangePassword, false)
    })
  })

  describe(`${dialect.name}: Origin check, API tokens, security headers`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(dialect, { config: { publicOrigins: ['https://caunoi.phuong.example'] } })
    })
    after(() => t.close())

    it('a state change from a foreign Origin, or with the cookie and no Origin, is refused; GET without Origin is fine', async () => {
      const c = await signIn(t.app, 'bxdd')
      const foreign = await c.request('POST', '/api/auth/logout', {}, { origin: 'https://evil.example' })
      assert.equal(foreign.statusCode, 403)
      assert.equal(json(foreign).error.code, 'ORIGIN_FORBIDDEN')
      assert.equal(json(foreign).error.message, vi.errors.ORIGIN_FORBIDDEN)
      const noOrigin = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { host: HOST, cookie: c.cookie }, payload: {} })
      assert.equal(noOrigin.statusCode, 403)
      assert.equal(json(noOrigin).error.code, 'ORIGIN_FORBIDDEN')
      const nullOrigin = await c.request('POST', '/api/auth/logout', {}, { origin: 'null' })
      assert.equal(nullOrigin.statusCode, 403)
      const get = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { host: HOST, cookie: c.cookie } })
      assert.equal(get.statusCode, 200)
      assert.equal((await c.get('/api/auth/me')).statusCode, 200, 'none of the refused requests signed the user out')
      // an origin configured for a reverse proxy is accepted even though the Host differs
      const proxied = await c.request('POST', '/api/auth/logout', {}, { origin: 'https://caunoi.phuong.example' })
      assert.equal(proxied.statusCode, 204)
    })

    it('a script may sign in without Origin; a browser request without Origin (Sec-Fetch-Site) may not', async () => {
      assert.equal((await login(t, 'xem', DEMO_PASSWORD, {})).statusCode, 200)
      const browser = await login(t, 'xem', DEMO_PASSWORD, { 'sec-fetch-site': 'cross-site' })
      assert.equal(browser.statusCode, 403)
      assert.equal(json(browser).error.code, 'ORIGIN_FORBIDDEN')
    })

    it('an API token works for GET and for POST without Origin until it is revoked', async () => {
      const admin = await signIn(t.app, 'admin')
      const created = await admin.post('/api/tokens', { userId: await userIdOf(t, 'bxdd'), name: 'Đồng bộ cổng thông tin' })
      assert.equal(created.statusCode, 201)
      const { token, item } = json(created)
      assert.match(token, /^cnt_/)
      const bearer = { host: HOST, authorization: `Bearer ${token}` }
      const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: bearer })
      assert.equal(me.statusCode, 200)
      assert.equal(json(me).username, 'bxdd')
      const hb = (await t.conn.db.selectFrom('unit').select('id').where('code', '=', 'HB').executeTakeFirstOrThrow()).id
      const post = await t.app.inject({ method: 'POST', url: '/api/units', headers: bearer, payload: { code: 'HB-TOKEN', name: 'Chi bộ tạo qua API', kind: 'chi_bo', parentId: hb } })
      assert.equal(post.statusCode, 201, post.body)

      const listed = json(await admin.get('/api/tokens')).items.find((x: { id: string }) => x.id === item.id)
      assert.equal(listed.name, 'Đồng bộ cổng thông tin')
      assert.ok(listed.lastUsedAt)
      assert.ok(!JSON.stringify(listed).includes(token.slice(4)), 'the secret is shown only once')

      assert.equal((await admin.del(`/api/tokens/${item.id}`)).statusCode, 204)
      for (const method of ['GET', 'POST'] as const) {
        const res = await t.app.inject({ method, url: method === 'GET' ? '/api/auth/me' : '/api/auth/logout', headers: bearer, ...(method === 'POST' ? { payload: {} } : {}) })
        assert.equal(res.statusCode, 401)
        assert.equal(json(res).error.code, 'AUTH_TOKEN_INVALID')
      }
      const bogus = await t.app.inject({ method: 'GET', url: '/api/units', headers: { host: HOST, authorization: 'Bearer cnt_khong-ton-tai' } })
      assert.equal(json(bogus).error.code, 'AUTH_TOKEN_INVALID')
    })

    it('an API token stops working on its expiry day and when its account is disabled', async () => {
      const admin = await signIn(t.app, 'admin')
      const lanhdao = await userIdOf(t, 'lanhdao')
      const expiring = json(await admin.post('/api/tokens', { userId: lanhdao, name: 'Hết hạn', expiresOn: '2026-11-21' })).token
      const lasting = json(await admin.post('/api/tokens', { userId: lanhdao, name: 'Không hết hạn' })).token
      const me = (tok: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { host: HOST, authorization: `Bearer ${tok}` } })
      assert.equal((await me(expiring)).statusCode, 200)
      t.clock.now = new Date('2026-11-20T17:00:00Z') // 00:00 on 21/11 in Hà Nội
      assert.equal((await me(expiring)).statusCode, 401)
      assert.equal((await me(lasting)).statusCode, 200)
      const adminNow = await signIn(t.app, 'admin')
      assert.equal((await adminNow.patch(`/api/users/${lanhdao}`, { active: false })).statusCode, 200)
      assert.equal((await me(lasting)).statusCode, 401)
    })

    it('sends a strict Content-Security-Policy', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: { host: HOST } })
      const csp = String(res.headers['content-security-policy'])
      const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k!, v]))
      assert.deepEqual(directives.get('script-src'), ["'self'"])
      assert.deepEqual(directives.get('frame-ancestors'), ["'none'"])
      assert.deepEqual(directives.get('object-src'), ["'none'"])
      assert.ok(!directives.get('script-src')!.includes("'unsafe-inline'"))
      assert.equal(res.headers['x-content-type-options'], 'nosniff')
    })
  })
}
