/** A small typed fetch client for /api: JSON in and out, same-origin cookies, errors as ApiError. */
import type { ApiErrorBody } from '../../../src/shared/schemas.ts'

/** An error the API returned ({ error: { code, message, details } }), or NETWORK when the server was not reached. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly details: unknown

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
    this.details = details
  }
}

type Listener = (err: ApiError) => void
let onUnauthenticated: Listener | null = null
let onPasswordChangeRequired: Listener | null = null
let language = 'vi'

/** The UI language, sent as Accept-Language so the server's error messages match it (not the browser's). */
export function setApiLanguage(lang: string): void {
  language = lang
}

/** Registers what to do when a request comes back 401 (the auth provider sends the user to sign-in). */
export function setUnauthenticatedHandler(listener: Listener | null): void {
  onUnauthenticated = listener
}

/** Registers what to do on 403 PASSWORD_CHANGE_REQUIRED (the auth provider reloads the user, who is sent to /me). */
export function setPasswordChangeHandler(listener: Listener | null): void {
  onPasswordChangeRequired = listener
}

export type RequestOptions = {
  /** JSON body, or FormData for uploads */
  body?: unknown
  query?: Record<string, string | number | boolean | null | undefined>
  /** a 401 is an expected answer here (wrong password at sign-in), not an ended session */
  expect401?: boolean
  signal?: AbortSignal
}

/** Builds "/api/units?includeInactive=1", leaving out empty values. */
export function apiUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null || v === '' || v === false) continue
    params.set(k, v === true ? '1' : String(v))
  }
  const qs = params.toString()
  return `/api${path}${qs ? `?${qs}` : ''}`
}

/** Sends one request; resolves with the parsed JSON (undefined for 204) or throws ApiError. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': language }
  let body: BodyInit | undefined
  if (options.body instanceof FormData) body = options.body
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body)
    headers['Content-Type'] = 'application/json'
  }
  let res: Response
  try {
    res = await fetch(apiUrl(path, options.query), { method, headers, body, credentials: 'same-origin', signal: options.signal })
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause
    throw new ApiError(0, 'NETWORK', String(cause))
  }
  const text = await res.text()
  let data: unknown
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    data = undefined
  }
  if (res.ok) return data as T

  const errorBody = (data as Partial<ApiErrorBody> | undefined)?.error
  const err = errorBody
    ? new ApiError(res.status, errorBody.code, errorBody.message, errorBody.details)
    : new ApiError(res.status, res.status === 401 ? 'UNAUTHENTICATED' : 'INTERNAL', res.statusText)
  if (res.status === 401 && !options.expect401) onUnauthenticated?.(err)
  if (res.status === 403 && err.code === 'PASSWORD_CHANGE_REQUIRED') onPasswordChangeRequired?.(err)
  throw err
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query'], signal?: AbortSignal) => request<T>('GET', path, { query, signal }),
  post: <T>(path: string, body?: unknown, opts?: Omit<RequestOptions, 'body'>) => request<T>('POST', path, { ...opts, body: body ?? {} }),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, { body: body ?? {} }),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, { body: body ?? {} }),
  delete: <T>(path: string) => request<T>('DELETE', path),
}
