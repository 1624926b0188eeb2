/** Same-origin check for state-changing browser requests (the CSRF defence next to SameSite=Lax cookies). */
import type { FastifyRequest } from 'fastify'
import type { AppConfig } from '../config.ts'

export function isUnsafeMethod(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method)
}

/** True when the request's Origin is the app's own: the host it was sent to, or one configured for a proxy. */
export function isSameOrigin(req: FastifyRequest, config: AppConfig): boolean {
  const origin = req.headers.origin
  if (!origin || origin === 'null') return false
  if (config.publicOrigins.includes(origin)) return true
  try {
    const u = new URL(origin)
    return u.host === req.headers.host && (u.protocol === 'http:' || u.protocol === 'https:')
  } catch {
    return false
  }
}
