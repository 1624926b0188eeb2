/** Declares an API route once: method, path, input schemas and summary feed both the router and /api/openapi.json. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import { DomainError } from '../domain/errors.ts'
import type { ServiceContext } from '../services/context.ts'
import { parseInput } from './validation.ts'

export type RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  url: string
  tag: string
  summary: string
  body?: B
  query?: Q
  /** false for routes open to anyone (sign-in, health); default true */
  auth?: boolean
  /** open to a user who must still change a temporary password (me, password change, sign-out) */
  duringPasswordChange?: boolean
  /** the response is a file or stream, not JSON */
  produces?: string
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined

export type Handler<B, Q> = (args: {
  req: FastifyRequest
  reply: FastifyReply
  ctx: ServiceContext
  body: B
  query: Q
  params: Record<string, string>
}) => Promise<unknown>

export const ROUTES: RouteSpec<any, any>[] = []

/** Registers a route: authenticates (unless open), validates body and query, calls the handler; `undefined` → 204. */
export function apiRoute<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
  app: FastifyInstance,
  spec: RouteSpec<B, Q>,
  handler: Handler<Infer<B>, Infer<Q>>,
) {
  if (!ROUTES.some((r) => r.method === spec.method && r.url === spec.url)) ROUTES.push(spec)
  app.route({
    method: spec.method,
    url: spec.url,
    handler: async (req, reply) => {
      const ctx = req.serviceContext()
      if (spec.auth !== false && !req.actor) throw new DomainError('UNAUTHENTICATED')
      if (spec.auth !== false && req.mustChangePassword && !spec.duringPasswordChange) throw new DomainError('PASSWORD_CHANGE_REQUIRED', undefined, 403)
      const body = spec.body ? parseInput(spec.body, req.body ?? {}) : undefined
      const query = spec.query ? parseInput(spec.query, req.query ?? {}) : undefined
      const result = await handler({ req, reply, ctx, body: body as Infer<B>, query: query as Infer<Q>, params: req.params as Record<string, string> })
      if (reply.sent) return reply
      if (result === undefined) return reply.code(204).send()
      return result
    },
  })
}
