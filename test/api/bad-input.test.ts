/**
 * Bad input through the real server: broken JSON, oversized bodies, wrong types, unknown fields, wrong content
 * types, control characters. Every refusal is { error: { code, message in Vietnamese } } and writes nothing.
 */
import { after, before, beforeEach, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { HOST, ORIGIN, multipartFile, signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import vi from '../../src/shared/i18n/vi.json' with { type: 'json' }
import en from '../../src/shared/i18n/en.json' with { type: 'json' }

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
type Field = { path: string; code: string; message: string }
const fieldsOf = (r: LightMyRequestResponse) => (json(r).error.details.fields as Field[]).map((f) => `${f.path}:${f.code}`).sort()

/** The error body every refusal has: a code, its Vietnamese message, and a message for each field. */
function assertError(res: LightMyRequestResponse, status: number, code: string) {
  assert.equal(res.statusCode, status, res.body)
  const body = json(res)
  assert.equal(body.error.code, code)
  assert.equal(body.error.message, (vi.errors as Record<string, string>)[code], `a Vietnamese message for ${code}`)
  for (const f of (body.error.details?.fields ?? []) as Field[]) assert.equal(f.message, (vi.errors as Record<string, string>)[f.code], f.path)
  return body
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: bad input`, () => {
    let t: TestApp
    let admin: Client
    let hb: string
    let counts: () => Promise<number[]>
    let before_: number[]

    before(async () => {
      t = await startTestApp(dialect)
      admin = await signIn(t.app, 'admin')
      hb = await unitId(t.conn, 'HB')
      const n = async (table: 'unit' | 'unit_history' | 'app_user' | 'area') =>
        Number((await t.conn.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
      counts = async () => [await n('unit'), await n('unit_history'), await n('app_user'), await n('area')]
    })
    beforeEach(async () => {
      before_ = await counts()
    })
    after(() => t.close())

    const raw = (payload: string | Buffer, contentType: string, extra: Record<string, string> = {}) =>
      admin.request('POST', '/api/units', payload, { 'content-type': contentType, ...extra })
    const unchanged = async () => assert.deepEqual(await counts(), before_, 'nothing was written')

    it('malformed or empty JSON is 400 INVALID_JSON', async () => {
      assertError(await raw('{"code": "HB-X", "name": ', 'application/json'), 400, 'INVALID_JSON')
      assertError(await raw('', 'application/json'), 400, 'INVALID_JSON')
      assertError(await raw('{"__proto__": {"admin": true}, "code": "P"}', 'application/json'), 400, 'INVALID_JSON')
      await unchanged()
    })

    it('a body over 1 MB is 413 BODY_TOO_LARGE', async () => {
      const big = JSON.stringify({ code: 'HB-BIG', name: 'x'.repeat(1_100_000), kind: 'chi_bo', parentId: hb })
      assertError(await raw(big, 'application/json'), 413, 'BODY_TOO_LARGE')
      await unchanged()
    })

    it('wrong types are 400 VALIDATION naming each field with FIELD_TYPE', async () => {
      const res = await admin.post('/api/units', { code: 123, name: true, kind: 'chi_bo', parentId: 5 })
      assertError(res, 400, 'VALIDATION')
      assert.deepEqual(fieldsOf(res), ['code:FIELD_TYPE', 'name:FIELD_TYPE', 'parentId:FIELD_TYPE'])
      await unchanged()
    })

    it('missing fields are FIELD_REQUIRED, enums included', async () => {
      const res = await admin.post('/api/units', { code: 'HB-THIEU' })
      assertError(res, 400, 'VALIDATION')
      assert.deepEqual(fieldsOf(res), ['kind:FIELD_REQUIRED', 'name:FIELD_REQUIRED', 'parentId:FIELD_REQUIRED'])
      await unchanged()
    })

    it('unknown fields are FIELD_UNKNOWN; nested and query fields are named by their path', async () => {
      const unknown = await admin.post('/api/units', { code: 'HB-LA', name: 'Lạ', kind: 'chi_bo', parentId: hb, color: 'đỏ' })
      assertError(unknown, 400, 'VALIDATION')
      assert.deepEqual(fieldsOf(unknown), ['color:FIELD_UNKNOWN'])

      const nested = await admin.post('/api/users', { username: 'long-nguyen', fullName: 'Nguyễn Long', roles: [{ role: 'thu_truong', unitId: hb }] })
      assertError(nested, 400, 'VALIDATION')
      assert.deepEqual(fieldsOf(nested), ['roles.0.role:FIELD_INVALID'])

      const formats = await admin.post('/api/units', { code: 'mã có dấu', name: 'X', kind: 'chi_bo', parentId: hb, activeFrom: '20/11/2026' })
      assertError(formats, 400, 'VALIDATION')
      assert.deepEqual(fieldsOf(formats), ['activeFrom:DATE_FORMAT', 'code:CODE_FORMAT'])

      const query = await admin.get('/api/audit?from=2026-13&page=0')
      assertError(query, 400, 'VALIDATION')
      assert.deepEqual(fieldsOf(query), ['from:DATE_FORMAT', 'page:FIELD_TOO_SHORT'])
      await unchanged()
    })

    it('an NFD-encoded Vietnamese name is stored and read back as NFC, without invisible characters', async () => {
      const nfd = 'Chi bộ Hoà Bình'.normalize('NFD')
      assert.notEqual(nfd, 'Chi bộ Hoà Bình'.normalize('NFC'))
      const res = await admin.post('/api/units', { code: 'HB-NFD', name: `  ${nfd}\u200B `, kind: 'chi_bo', parentId: hb })
      assert.equal(res.statusCode, 201)
      assert.equal(json(res).name, 'Chi bộ Hoà Bình'.normalize('NFC'))
      assert.equal(json(await admin.get(`/api/units/${json(res).id}`)).name, 'Chi bộ Hoà Bình'.normalize('NFC'))
      const stored = await t.conn.db.selectFrom('unit').select('name').where('code', '=', 'HB-NFD').executeTakeFirstOrThrow()
      assert.equal(stored.name, 'Chi bộ Hoà Bình'.normalize('NFC'))

      const user = await admin.post('/api/users', { username: 'nfd-user', fullName: 'Nguyễn Thị Hoà'.normalize('NFD'), roles: [] })
      assert.equal(json(user).user.fullName, 'Nguyễn Thị Hoà'.normalize('NFC'))
      const found = json(await admin.get(`/api/users?q=${encodeURIComponent('thị hoà'.normalize('NFD'))}`))
      assert.deepEqual(found.items.map((u: { username: string }) => u.username), ['nfd-user'])
    })

    it('a wrong content type is 415 UNSUPPORTED_MEDIA_TYPE', async () => {
      assertError(await raw('code=HB-F&name=F', 'application/x-www-form-urlencoded'), 415, 'UNSUPPORTED_MEDIA_TYPE')
      assertError(await raw('code=HB-T', 'text/plain'), 415, 'UNSUPPORTED_MEDIA_TYPE')
      // the import routes take a multipart upload, not JSON
      assertError(await admin.post('/api/units/import', { code: 'HB-J' }), 415, 'UNSUPPORTED_MEDIA_TYPE')
      await unchanged()
    })

    it('a multipart upload to a JSON route writes nothing', async () => {
      const m = multipartFile('x.csv', 'code,name,kind,parent_code\nHB-MP,X,chi_bo,HB\n')
      const res = await admin.request('POST', '/api/units', m.payload, m.headers)
      assert.ok(res.statusCode === 400 || res.statusCode === 415, res.body)
      assert.ok(json(res).error.code)
      await unchanged()
    })

    it('control characters (NUL) are refused or stripped, never a server error', async () => {
      const responses = [
        await admin.post('/api/units', { code: 'HB-NUL', name: 'Chi bộ\u0000 Hoà Bình', kind: 'chi_bo', parentId: hb }),
        await admin.post('/api/areas', { code: 'HB-NULA', name: 'Tổ\u0000 1', unitId: hb }),
        await admin.post('/api/users', { username: 'nul-user', fullName: 'Nguyễn\u0000 An', roles: [] }),
        await admin.get('/api/units/%00'),
        await admin.get('/api/audit?actor=a%00b'),
        await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { host: HOST, origin: ORIGIN }, payload: { username: 'ad\u0000min', password: 'x' } }),
      ]
      for (const res of responses) {
        assert.ok(res.statusCode < 500, `${res.statusCode} ${res.body}`)
        if (res.statusCode < 300) assert.ok(!res.body.includes('\\u0000'), res.body)
      }
      const names = await t.conn.db.selectFrom('unit').select('name').where('code', '=', 'HB-NUL').execute()
      for (const n of names) assert.ok(!n.name.includes('\u0000'))
    })

    it('unknown routes and ids: 404 with a code; English only when asked for', async () => {
      assertError(await admin.get('/api/khong-co'), 404, 'NOT_FOUND')
      assertError(await admin.get('/api/units/khong-co'), 404, 'UNIT_NOT_FOUND')
      assertError(await admin.get('/api/users/khong-co'), 404, 'USER_NOT_FOUND')
      assertError(await admin.patch('/api/areas/khong-co', { name: 'X' }), 404, 'AREA_NOT_FOUND')
      assertError(await admin.del('/api/tokens/khong-co'), 404, 'TOKEN_NOT_FOUND')
      assertError(await t.app.inject({ method: 'GET', url: '/api/units', headers: { host: HOST } }), 401, 'UNAUTHENTICATED')
      const english = await raw('{', 'application/json', { 'accept-language': 'en-US,en;q=0.9' })
      assert.equal(json(english).error.message, en.errors.INVALID_JSON)
    })

    it('a refused request in the middle of valid ones leaves the counts exact', async () => {
      assert.equal((await admin.post('/api/units', { code: 'HB-OK1', name: 'Một', kind: 'chi_bo', parentId: hb })).statusCode, 201)
      assert.equal((await admin.post('/api/units', { code: 'HB-OK1', name: 'Trùng', kind: 'chi_bo', parentId: hb })).statusCode, 409)
      assert.equal((await admin.post('/api/units', { code: 'HB-OK2', name: 'Hai', kind: 'chi_bo', parentId: 'khong-co' })).statusCode, 404)
      const [units, history] = await counts()
      assert.deepEqual([units, history], [before_[0]! + 1, before_[1]! + 1])
    })
  })
}
