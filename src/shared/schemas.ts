/** Zod schemas shared by the API, the CLI and the web app: the contract of `/api`. */
import { z } from 'zod'
import { ROLES, UNIT_KINDS } from './enums.ts'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'DATE_FORMAT')
const trimmed = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional()

/** Unit and area codes: letters, digits, dot, dash, underscore ("HB-CB-KDC01"), kept in upper case so "hb" is "HB". */
export const unitCode = z.string().trim().min(1).max(40).regex(/^[A-Za-z0-9._-]+$/, 'CODE_FORMAT').transform((s) => s.toUpperCase())
export const username = z.string().trim().toLowerCase().min(3).max(60).regex(/^[a-z0-9._-]+$/, 'USERNAME_FORMAT')
export const password = z.string().min(8).max(200)

export const loginInput = z.strictObject({ username: z.string().max(200), password: z.string().max(200) })
export const changePasswordInput = z.strictObject({ currentPassword: z.string().max(200), newPassword: password })
export const resetPasswordInput = z.strictObject({ newPassword: password.optional() })

export const createUnitInput = z.strictObject({
  code: unitCode,
  name: trimmed(200),
  kind: z.enum(UNIT_KINDS),
  parentId: z.string().nullable(),
  activeFrom: isoDate.nullable().optional(),
  areaIds: z.array(z.string()).max(500).optional(),
})
export const updateUnitInput = z.strictObject({
  code: unitCode.optional(),
  name: trimmed(200).optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  activeFrom: isoDate.nullable().optional(),
  areaIds: z.array(z.string()).max(500).optional(),
})
export const moveUnitInput = z.strictObject({ parentId: z.string() })
export const deactivateUnitInput = z.strictObject({ activeTo: isoDate.optional() })

export const createAreaInput = z.strictObject({ code: unitCode, name: trimmed(200), unitId: z.string() })
export const updateAreaInput = z.strictObject({ code: unitCode.optional(), name: trimmed(200).optional() })

export const roleGrant = z.strictObject({
  role: z.enum(ROLES),
  unitId: z.string(),
  isResponsible: z.boolean().optional(),
})
export const createUserInput = z.strictObject({
  username,
  fullName: trimmed(120),
  phone: optionalText(30),
  email: z.string().trim().email().max(200).nullable().optional().or(z.literal('')),
  password: password.optional(),
  roles: z.array(roleGrant).max(50).default([]),
})
export const updateUserInput = z.strictObject({
  fullName: trimmed(120).optional(),
  phone: optionalText(30),
  email: z.string().trim().email().max(200).nullable().optional().or(z.literal('')),
  active: z.boolean().optional(),
})
export const setRolesInput = z.strictObject({ roles: z.array(roleGrant).max(50) })
export const createTokenInput = z.strictObject({
  userId: z.string(),
  name: trimmed(80),
  expiresOn: isoDate.nullable().optional(),
})

export const listQuery = z.object({
  q: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
})
export const auditQuery = listQuery.extend({
  from: isoDate.optional(),
  to: isoDate.optional(),
  action: z.string().max(80).optional(),
  outcome: z.enum(['success', 'denied', 'failure']).optional(),
  actor: z.string().max(60).optional(),
  resourceType: z.string().max(40).optional(),
})

export type LoginInput = z.infer<typeof loginInput>
export type CreateUnitInput = z.infer<typeof createUnitInput>
export type UpdateUnitInput = z.infer<typeof updateUnitInput>
export type CreateAreaInput = z.infer<typeof createAreaInput>
export type UpdateAreaInput = z.infer<typeof updateAreaInput>
export type RoleGrant = z.infer<typeof roleGrant>
export type CreateUserInput = z.infer<typeof createUserInput>
export type UpdateUserInput = z.infer<typeof updateUserInput>
export type CreateTokenInput = z.infer<typeof createTokenInput>
export type AuditQuery = z.infer<typeof auditQuery>

// ---- Output shapes (what the API returns) ----

export type UnitView = {
  id: string
  code: string
  name: string
  kind: (typeof UNIT_KINDS)[number]
  parentId: string | null
  path: string
  depth: number
  activeFrom: string | null
  activeTo: string | null
  active: boolean
  areas: { id: string; code: string; name: string }[]
  responsible: { userId: string; username: string; fullName: string } | null
}
export type UnitHistoryView = {
  id: string
  at: string
  change: string
  actorUsername: string | null
  before: unknown
  after: unknown
}
export type AreaView = { id: string; code: string; name: string; unitId: string }
export type RoleView = {
  role: (typeof ROLES)[number]
  unitId: string
  unitCode: string
  unitName: string
  isResponsible: boolean
}
export type UserView = {
  id: string
  username: string
  fullName: string
  phone: string | null
  email: string | null
  active: boolean
  mustChangePassword: boolean
  roles: RoleView[]
  createdAt: string
  lastLoginAt: string | null
}
export type MeView = UserView & {
  permissions: Record<string, string[]>
  /** for each resource and action, the unit paths where the user may take it (a unit is in reach when its path starts with one) */
  scopes: Record<string, Record<string, string[]>>
}
export type TokenView = {
  id: string
  userId: string
  username: string
  name: string
  createdAt: string
  expiresAt: string | null
  revokedAt: string | null
  lastUsedAt: string | null
}
export type AuditView = {
  id: number
  at: string
  actorUsername: string | null
  action: string
  resourceType: string | null
  resourceId: string | null
  unitId: string | null
  outcome: string
  ip: string | null
  details: unknown
}
export type ImportRejection = { row: number; column: string | null; code: string; message: string }
export type ImportResult = {
  created: number
  updated: number
  unchanged: number
  rejected: ImportRejection[]
  /** one-time passwords for accounts created without one (user import only) */
  temporaryPasswords?: { username: string; password: string }[]
}
export type Page<T> = { items: T[]; total: number }
/** POST /api/users: the account, and the temporary password when none was given (shown once). */
export type CreateUserResult = { user: UserView; temporaryPassword: string | null }
/** POST /api/users/:id/reset-password */
export type ResetPasswordResult = { temporaryPassword: string | null }
export type ApiErrorBody = { error: { code: string; message: string; details?: unknown } }
