/** Puts the API's field errors ({ details: { fields: [{ path, code, message }] } }) on the form fields. */
import type { FormInstance } from 'antd'
import { ApiError } from '../api/client.ts'
import { lookup, type Lang } from '../i18n/messages.ts'

type FieldIssue = { path: string; code?: string; message?: string }

/** The field issues of a validation error, if any. */
export function fieldIssues(err: unknown): FieldIssue[] {
  if (!(err instanceof ApiError)) return []
  const fields = (err.details as { fields?: unknown } | undefined)?.fields
  return Array.isArray(fields) ? fields.filter((f): f is FieldIssue => typeof f?.path === 'string') : []
}

/**
 * Marks the form fields named by the error; returns true when at least one was on the form, so the caller
 * can skip the generic message. "roles.0.unitId" becomes ['roles', 0, 'unitId'], the name Form.List uses.
 */
export function applyFieldErrors(form: FormInstance, err: unknown, lang: Lang, knownFields: readonly string[]): boolean {
  const issues = fieldIssues(err).filter((i) => knownFields.includes(i.path.split('.')[0] ?? ''))
  if (!issues.length) return false
  form.setFields(issues.map((i) => ({
    name: i.path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
    errors: [i.message || (i.code && lookup(lang, `errors.${i.code}`)) || i.path],
  })))
  return true
}
