/** The API through the real server without a port (Fastify inject), on a test database with the demo ward. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { buildApp } from '../../src/http/app.ts'
import { loadConfig, type AppConfig } from '../../src/config.ts'
import type { Connection } from '../../src/db/connect.ts'
import { SYSTEM_ACTOR } from '../../src/domain/policy.ts'
import type { ServiceContext } from '../../src/services/context.ts'
import { loadDemoWard, DEMO_PASSWORD } from '../../src/services/system/demo-ward.ts'
import { openTestDb, type TestDialect } from './db.ts'

export const ORIGIN = 'http://caunoi.test'
export const HOST = 'caunoi.test'

export type TestApp = {
  app: FastifyInstance
  conn: Connection
  config: AppConfig
  /** the clock the server reads; tests may move it */
  clock: { now: Date }
  ctx(): ServiceContext
  close(): Promise<void>
}

export async function startTestApp(dialect: TestDialect, opts: { demo?: boolean; demoOpinions?: boolean; config?: Partial<AppConfig> } = {}): Promise<TestApp> {
  const conn = await openTestDb(dialect)
  const config = loadConfig({}, { dataDir: '/nonexistent', ...opts.config })
  const clock = { now: new Date('2026-11-20T03:00:00Z') }
  const ctx = (): ServiceContext => ({ db: conn.db, dialect: conn.dialect, actor: SYSTEM_ACTOR, now: clock.now, ip: null, config })
  // the demo's year of opinion records only when a test asks for it: the others count what they create themselves
  if (opts.demo !== false) await loadDemoWard(ctx(), { opinions: opts.demoOpinions ?? false })
  const app = await buildApp({ conn, config, now: () => clock.now, webRoot: '/nonexistent' })
  return { app, conn, config, clock, ctx, close: async () => { await app.close(); await conn.close() } }
}

/** A signed-in client: sends the session cookie and the app's own Origin on every request. */
export type Client = {
  cookie: string
  request(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>
  get(url: string): Promise<LightMyRequestResponse>
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>
  put(url: string, body?: unknown): Promise<LightMyRequestResponse>
  del(url: string): Promise<LightMyRequestResponse>
}

export async function signIn(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Client> {
  const res = await app.inject({
    method: 'POST', url: '/api/auth/login', headers: { origin: ORIGIN, host: HOST },
    payload: { username, password },
  })
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`)
  const setCookie = String(res.headers['set-cookie'])
  const cookie = setCookie.split(';')[0]!
  const request = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: method as any, url,
      headers: { cookie, origin: ORIGIN, host: HOST, ...headers },
      ...(body === undefined ? {} : { payload: body as any }),
    })
  return {
    cookie,
    request,
    get: (url) => request('GET', url),
    post: (url, body) => request('POST', url, body ?? {}),
    patch: (url, body) => request('PATCH', url, body ?? {}),
    put: (url, body) => request('PUT', url, body ?? {}),
    del: (url) => request('DELETE', url),
  }
}

/** Multipart body with one file, for the import routes. */
export function multipartFile(filename: string, content: Buffer | string, contentType = 'text/csv') {
  const boundary = '----caunoitest' + Math.random().toString(16).slice(2)
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`
  const payload = Buffer.concat([Buffer.from(head), Buffer.isBuffer(content) ? content : Buffer.from(content), Buffer.from(`\r\n--${boundary}--\r\n`)])
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

/** Unit id by code, read directly (tests only). */
export async function unitId(conn: Connection, code: string): Promise<string> {
  const r = await conn.db.selectFrom('unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()
  return r.id
}
