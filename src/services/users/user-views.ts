/** Turns account rows into the API's UserView with their roles, and checks role grants. */
import type { Db } from '../../db/connect.ts'
import type { UserRow } from '../../db/database.ts'
import { getUnitById } from '../../db/repos/unit.repo.ts'
import { findResponsibleOfUnit, listRolesOfUsers } from '../../db/repos/user.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope, isRootPath } from '../../domain/policy.ts'
import type { Role } from '../../shared/enums.ts'
import type { RoleGrant, UserView } from '../../shared/schemas.ts'
import { fold } from '../../text/fold.ts'

export async function toUserViews(db: Db, rows: UserRow[]): Promise<UserView[]> {
  const roles = await listRolesOfUsers(db, rows.map((r) => r.id))
  return rows.map((u) => ({
    id: u.id,
    username: u.username,
    fullName: u.full_name,
    phone: u.phone,
    email: u.email,
    active: u.active === 1,
    mustChangePassword: u.must_change_password === 1,
    roles: roles
      .filter((r) => r.user_id === u.id)
      .map((r) => ({ role: r.role as Role, unitId: r.unit_id, unitCode: r.unit_code, unitName: r.unit_name, isResponsible: r.is_responsible === 1 })),
    createdAt: u.created_at,
    lastLoginAt: u.last_login_at,
  }))
}

/** What the account search matches: folded username, full name and e-mail. */
export function userSearchText(u: { username: string; full_name: string; email: string | null }): string {
  return fold(`${u.username} ${u.full_name} ${u.email ?? ''}`)
}

/**
 * Checks grants: each unit exists and lies in the granter's scope; only a unit officer may be the
 * responsible one, and a unit has at most one (another user's responsibility is refused, not taken over).
 * Returns the grants with their unit paths.
 */
export async function checkGrants(db: Db, grants: RoleGrant[], scope: string[], userId: string | null) {
  const out: (RoleGrant & { unitPath: string })[] = []
  for (const [i, g] of grants.entries()) {
    const unit = await getUnitById(db, g.unitId)
    if (!unit) throw new DomainError('ROLE_UNIT_NOT_FOUND', { fields: [{ path: `roles.${i}.unitId`, code: 'ROLE_UNIT_NOT_FOUND' }] })
    if (!inScope(scope, unit.path)) throw new DomainError('ROLE_GRANT_FORBIDDEN', { fields: [{ path: `roles.${i}.unitId`, code: 'ROLE_GRANT_FORBIDDEN' }] })
    if (g.isResponsible && g.role !== 'unit_officer')
      throw new DomainError('ROLE_RESPONSIBLE_ONLY_OFFICER', { fields: [{ path: `roles.${i}.isResponsible`, code: 'ROLE_RESPONSIBLE_ONLY_OFFICER' }] })
    if (g.isResponsible) {
      const holder = await findResponsibleOfUnit(db, g.unitId)
      if (holder && holder.user_id !== userId)
        throw new DomainError('ROLE_RESPONSIBLE_TAKEN', { fields: [{ path: `roles.${i}.isResponsible`, code: 'ROLE_RESPONSIBLE_TAKEN' }] })
    }
    out.push({ ...g, unitPath: unit.path })
  }
  const keys = new Set<string>()
  return out.filter((g) => {
    const key = `${g.role}@${g.unitId}`
    if (keys.has(key)) return false
    keys.add(key)
    return true
  })
}

/** Where a user's audit events are filed: their home unit (null for accounts made before any unit). */
export async function homeUnitOf(db: Db, user: Pick<UserRow, 'home_unit_id'>) {
  const unit = user.home_unit_id ? await getUnitById(db, user.home_unit_id) : undefined
  return { unitId: unit?.id ?? null, unitPath: unit?.path ?? null }
}

/**
 * An account may be changed (password, token, contact, active flag) only by someone whose scope holds all of
 * it: every role and its home unit. A ward admin must not reset the password of a city admin who also
 * happens to hold a role in the ward.
 */
export async function isFullyInScope(db: Db, user: Pick<UserRow, 'id' | 'home_unit_id'>, scope: string[]): Promise<boolean> {
  const roles = await listRolesOfUsers(db, [user.id])
  const home = user.home_unit_id ? await getUnitById(db, user.home_unit_id) : undefined
  if (roles.length === 0 && !home) return scope.some(isRootPath)
  return roles.every((r) => inScope(scope, r.unit_path)) && (!home || inScope(scope, home.path))
}
