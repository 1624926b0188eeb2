/**
 * Public survey pages without an account (/api/public/surveys/:token): the form, the answer, the published
 * results, the QR code. Anonymous: the sender's address is used only by the in-memory rate limit below and is
 * never stored; browser POSTs from another site are refused by the app's origin check (ORIGIN_FORBIDDEN).
 */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { DomainError } from '../../domain/errors.ts'
import { publicResponseInput } from '../../shared/survey.schema.ts'
import { getPublicResults, getPublicSurvey, publicSurveyRow } from '../../services/surveys/public-survey.ts'
import { submitPublicResponse } from '../../services/surveys/submit-public-response.ts'
import { surveyQr } from '../../services/surveys/survey-qr.ts'
import { apiRoute } from '../api-route.ts'
import { publicLink } from './survey.routes.ts'

/** Answers taken from one address for one survey per hour without an invitation code. */
export const PUBLIC_ANSWERS_PER_HOUR = 20
const HOUR = 3_600_000

/** A counter per (survey, address) in memory for the current hour: nothing is written anywhere. */
function rateLimiter(limit: number) {
  const counts = new Map<string, { windowStart: number; n: number }>()
  return (key: string, now: number): boolean => {
    // forget past windows so the map stays small
    if (counts.size > 10_000) for (const [k, v] of counts) if (now - v.windowStart >= HOUR) counts.delete(k)
    const c = counts.get(key)
    if (!c || now - c.windowStart >= HOUR) {
      counts.set(key, { windowStart: now, n: 1 })
      return true
    }
    c.n++
    return c.n <= limit
  }
}

const qrQuery = z.object({ size: z.coerce.number().int().min(64).max(2048).default(512) })

export function surveyPublicRoutes(app: FastifyInstance) {
  const T = 'public surveys'
  const allow = rateLimiter(PUBLIC_ANSWERS_PER_HOUR)
  apiRoute(app, { method: 'GET', url: '/api/public/surveys/:token', tag: T, summary: 'Phiếu hỏi công khai', auth: false },
    async ({ ctx, params }) => getPublicSurvey(ctx, params.token!))
  apiRoute(app, { method: 'POST', url: '/api/public/surveys/:token/responses', tag: T, summary: 'Gửi câu trả lời (ẩn danh)', auth: false, body: publicResponseInput },
    async ({ req, ctx, params, body, reply }) => {
      // an invitation code limits itself (single use); without one, each address gets a few answers an hour
      if (!body.inviteCode && !allow(`${params.token}|${req.ip}`, ctx.now.getTime())) throw new DomainError('SURVEY_RATE_LIMITED', undefined, 429)
      reply.code(201)
      return submitPublicResponse(ctx, params.token!, body)
    })
  apiRoute(app, { method: 'GET', url: '/api/public/surveys/:token/results', tag: T, summary: 'Kết quả đã công bố', auth: false },
    async ({ ctx, params }) => getPublicResults(ctx, params.token!))
  for (const format of ['png', 'svg'] as const) {
    apiRoute(app, { method: 'GET', url: `/api/public/surveys/:token/qr.${format}`, tag: T, summary: 'Mã QR của đường dẫn', auth: false, query: qrQuery, produces: format === 'png' ? 'image/png' : 'image/svg+xml' },
      async ({ req, ctx, params, query, reply }) => {
        const row = await publicSurveyRow(ctx, params.token!)
        const qr = await surveyQr(publicLink(req, row.public_token), format, query.size)
        return reply.type(qr.contentType).send(qr.data)
      })
  }
}
