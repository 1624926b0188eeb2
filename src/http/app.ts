/** Builds the HTTP server (no listen): security headers, sessions, origin check, routes, errors, the web app. */
import fs from 'node:fs'
import path from 'node:path'
import Fastify, { type FastifyInstance } from 'fastify'
import sjson from 'secure-json-parse'
import cookie from '@fastify/cookie'
import helmet from '@fastify/helmet'
import multipart from '@fastify/multipart'
import fastifyStatic from '@fastify/static'
import type { Connection } from '../db/connect.ts'
import type { AppConfig } from '../config.ts'
import { ANONYMOUS_ACTOR, type Actor } from '../domain/policy.ts'
import type { ServiceContext } from '../services/context.ts'
import { authenticateSession, authenticateToken } from '../services/auth/authenticate.ts'
import { registerErrorHandling } from './errors.ts'
import { isSameOrigin, isUnsafeMethod } from './origin.ts'
import { authRoutes, SESSION_COOKIE } from './routes/auth.routes.ts'
import { unitRoutes } from './routes/unit.routes.ts'
import { areaRoutes } from './routes/area.routes.ts'
import { userRoutes } from './routes/user.routes.ts'
import { tokenRoutes } from './routes/token.routes.ts'
import { auditRoutes } from './routes/audit.routes.ts'
import { systemRoutes } from './routes/system.routes.ts'
import { issueRoutes } from './routes/issue.routes.ts'
import { notificationRoutes } from './routes/notification.routes.ts'
import { meetingRoutes } from './routes/meeting.routes.ts'
import { watchTopicRoutes } from './routes/watch-topic.routes.ts'
import { opinionRoutes } from './routes/opinion.routes.ts'
import { collaboratorRoutes } from './routes/collaborator.routes.ts'
import { trendRoutes } from './routes/trend.routes.ts'
import { surveyRoutes } from './routes/survey.routes.ts'
import { surveyPublicRoutes } from './routes/survey-public.routes.ts'
import { reportNoticeRoutes } from './routes/report-notice.routes.ts'
import { reportRoutes } from './routes/report.routes.ts'
import { wardReportRoutes } from './routes/ward-report.routes.ts'
import { reportExportRoutes } from './routes/report-export.routes.ts'
import { DomainError } from '../domain/errors.ts'

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null
    sessionId: string | null
    mustChangePassword: boolean
    serviceContext(): ServiceContext
  }
}

export type AppDeps = {
  conn: Connection
  config: AppConfig
  /** the clock; tests pass a fixed one */
  now?: () => Date
  /** the built web app; default web/dist */
  webRoot?: string
  logger?: boolean
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const now = deps.now ?? (() => new Date())
  const app = Fastify({ logger: deps.logger ?? false, bodyLimit: 1_048_576, trustProxy: deps.config.trustProxy })
  const { db, dialect } = deps.conn

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its CSS-in-JS into <style> elements; scripts stay strict
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: 'deny' },
  })
  // only JSON bodies (and multipart uploads): text/plain is refused as 415 rather than read as an empty object
  app.removeContentTypeParser('text/plain')
  app.removeContentTypeParser('application/json')
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, body, done) => {
    if (body === '') return done(new DomainError('INVALID_JSON'), undefined)
    let parsed: unknown
    try {
      // refuses "__proto__" and "constructor.prototype" keys (prototype pollution), as Fastify's own parser does
      parsed = sjson.parse(body as string, { protoAction: 'error', constructorAction: 'error' })
    } catch {
      return done(new DomainError('INVALID_JSON'), undefined)
    }
    // PostgreSQL cannot store NUL and nobody types it: refuse it with the field that holds it
    const path = nulPath(parsed)
    done(path === null ? null : new DomainError('VALIDATION', { fields: [{ path, code: 'FIELD_CONTROL_CHAR' }] }), parsed)
  })
  await app.register(cookie)
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 5 } })
  registerErrorHandling(app)

  app.decorateRequest('actor', null)
  app.decorateRequest('sessionId', null)
  app.decorateRequest('mustChangePassword', false)
  app.decorateRequest('serviceContext', function (this: any) {
    return { db, dialect, config: deps.config, now: now(), ip: this.ip ?? null, actor: this.actor ?? ANONYMOUS_ACTOR }
  })

  app.addHook('onRequest', async (req) => {
    if (!req.url.startsWith('/api/')) return
    if (/%00/i.test(req.url) || req.url.includes(String.fromCharCode(0))) throw new DomainError('BAD_REQUEST')
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
    const cookieToken = req.cookies[SESSION_COOKIE]
    // browsers: a state change must come from our own pages; scripts use bearer tokens and no cookie
    if (isUnsafeMethod(req.method) && !bearer && !isSameOrigin(req, deps.config)) {
      const origin = req.headers.origin
      if (origin !== undefined || cookieToken !== undefined || req.headers['sec-fetch-site'] !== undefined)
        throw new DomainError('ORIGIN_FORBIDDEN')
    }
    const at = now()
    const auth = bearer
      ? await authenticateToken(db, bearer, at)
      : cookieToken
        ? await authenticateSession(db, deps.config, cookieToken, at)
        : null
    if (bearer && !auth) throw new DomainError('AUTH_TOKEN_INVALID')
    req.actor = auth?.actor ?? null
    req.sessionId = auth?.sessionId ?? null
    req.mustChangePassword = auth?.mustChangePassword ?? false
  })

  await app.register(
    async (api) => {
      authRoutes(api)
      unitRoutes(api)
      areaRoutes(api)
      userRoutes(api)
      tokenRoutes(api)
      auditRoutes(api)
      systemRoutes(api)
      issueRoutes(api)
      notificationRoutes(api)
      meetingRoutes(api)
      watchTopicRoutes(api)
      opinionRoutes(api)
      collaboratorRoutes(api)
      trendRoutes(api)
      surveyRoutes(api)
      surveyPublicRoutes(api)
      reportNoticeRoutes(api)
      reportRoutes(api)
      wardReportRoutes(api)
      reportExportRoutes(api)
    },
  )

  const webRoot = deps.webRoot ?? path.resolve('web/dist')
  const hasWeb = fs.existsSync(path.join(webRoot, 'index.html'))
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false })
  app.setNotFoundHandler((req, reply) => {
    if (!req.url.startsWith('/api/') && (req.method === 'GET' || req.method === 'HEAD') && hasWeb) {
      // the web app routes on the client: every other page is index.html
      return reply.type('text/html').header('cache-control', 'no-cache').sendFile('index.html')
    }
    throw new DomainError('NOT_FOUND')
  })
  return app
}

/** The path ("roles.0.unitId") of the first string holding a NUL character, or null. */
function nulPath(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(v, path ? `${path}.${k}` : k)
      if (found !== null) return found
    }
  }
  return null
}
