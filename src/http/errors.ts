/** Every error leaves the API as { error: { code, message (Vietnamese), details } } with the field or row concerned. */
import type { FastifyInstance } from 'fastify'
import { DomainError } from '../domain/errors.ts'
import { errorMessage, langFrom } from '../shared/i18n/index.ts'

type Detailed = { fields?: { path: string; code: string }[]; rows?: { row: number; column: string | null; code: string }[] }

/** Fastify's own error codes mapped to ours. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_REQ_FILE_TOO_LARGE: 'IMPORT_FILE_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
}

export function registerErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: any, req, reply) => {
    const lang = langFrom(req.headers['accept-language'])
    let domain: DomainError
    if (err instanceof DomainError) domain = err
    else if (err.code && FASTIFY_CODES[err.code]) domain = new DomainError(FASTIFY_CODES[err.code]!)
    else if (err instanceof SyntaxError || (err.statusCode === 400 && /JSON/i.test(err.message))) domain = new DomainError('INVALID_JSON')
    else if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500) domain = new DomainError('BAD_REQUEST', undefined, err.statusCode)
    else {
      req.log.error(err)
      domain = new DomainError('INTERNAL')
    }
    const details = translateDetails(domain.details as Detailed | undefined, lang)
    reply.code(domain.status).send({ error: { code: domain.code, message: errorMessage(domain.code, lang, domain.details as any), ...(details === undefined ? {} : { details }) } })
  })
}

/** Adds a message to every field and row error, in the request's language. */
function translateDetails(details: Detailed | undefined, lang: 'vi' | 'en') {
  if (!details || typeof details !== 'object') return details
  return {
    ...details,
    ...(details.fields ? { fields: details.fields.map((f) => ({ ...f, message: errorMessage(f.code, lang) })) } : {}),
    ...(details.rows ? { rows: details.rows.map((r) => ({ ...r, message: errorMessage(r.code, lang) })) } : {}),
  }
}
