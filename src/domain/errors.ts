/** A rule was broken: carries a machine code (translated by the i18n files) and the field or rows concerned. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly details?: unknown,
    readonly status = statusFor(code),
  ) {
    super(code)
    this.name = 'DomainError'
  }
}

/** HTTP status for an error code; services never speak HTTP, but the mapping lives next to the codes. */
function statusFor(code: string): number {
  if (code === 'UNAUTHENTICATED' || code === 'AUTH_INVALID' || code === 'AUTH_TOKEN_INVALID') return 401
  if (code === 'FORBIDDEN' || code === 'ORIGIN_FORBIDDEN' || code === 'ROLE_GRANT_FORBIDDEN') return 403
  if (code === 'AUTH_TOO_MANY_ATTEMPTS') return 429
  if (code === 'BODY_TOO_LARGE' || code === 'IMPORT_FILE_TOO_LARGE') return 413
  if (code === 'UNSUPPORTED_MEDIA_TYPE') return 415
  if (code === 'INTERNAL') return 500
  if (code.endsWith('NOT_FOUND')) return 404
  if (code.endsWith('_TAKEN')) return 409
  return 400
}
