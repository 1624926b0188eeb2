/** Turns Zod failures into VALIDATION errors that name each field with a code and a Vietnamese message. */
import type { z } from 'zod'
import { DomainError } from '../domain/errors.ts'

export type FieldError = { path: string; code: string }

const OWN_CODES = new Set(['DATE_FORMAT', 'CODE_FORMAT', 'USERNAME_FORMAT'])

/** Maps one Zod issue to our field error codes. */
function toFieldErrors(issue: z.core.$ZodIssue): FieldError[] {
  const path = issue.path.map(String).join('.')
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => ({ path: path ? `${path}.${k}` : k, code: 'FIELD_UNKNOWN' }))
  // issues carry their input (reportInput): a missing field is "required" whatever rule it failed
  if ((issue as { input?: unknown }).input === undefined) return [{ path, code: 'FIELD_REQUIRED' }]
  switch (issue.code) {
    case 'invalid_type':
      return [{ path, code: 'FIELD_TYPE' }]
    case 'too_small':
      return [{ path, code: issue.origin === 'string' && Number(issue.minimum) <= 1 ? 'FIELD_REQUIRED' : 'FIELD_TOO_SHORT' }]
    case 'too_big':
      return [{ path, code: 'FIELD_TOO_LONG' }]
    default:
      return [{ path, code: OWN_CODES.has(issue.message) ? issue.message : 'FIELD_INVALID' }]
  }
}

/** Parses input with a schema or throws VALIDATION listing every bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const r = schema.safeParse(input, { reportInput: true })
  if (r.success) return r.data
  throw new DomainError('VALIDATION', { fields: r.error.issues.flatMap(toFieldErrors) })
}
