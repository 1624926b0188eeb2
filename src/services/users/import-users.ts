/**
 * Imports accounts from CSV or XLSX: all rows or none, every bad row listed, re-import changes nothing.
 * Columns: username, full_name, phone, email, active, roles ("unit_officer@CB01*;collaborator@TDP03", "*" marks
 * the responsible officer), password (used only when the account is new; otherwise a temporary one is made).
 */
import { findUnitsByCodes, listResponsibleOfUnits } from '../../db/repos/unit.repo.ts'
import { clearResponsibleOfUser, deleteRolesOfUser, findUsersByUsernames, insertRoles, insertUser, listRolesOfUsers, updateUserRow } from '../../db/repos/user.repo.ts'
import { deleteSessionsOfUser } from '../../db/repos/auth.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import { ROLES, type Role } from '../../shared/enums.ts'
import vi from '../../shared/i18n/vi.json' with { type: 'json' }
import type { ImportRejection, ImportResult } from '../../shared/schemas.ts'
import { fold } from '../../text/fold.ts'
import { parseFlag, readTabular, type ColumnSpec } from '../../imports/tabular.ts'
import { hashPassword, temporaryPassword } from '../auth/secrets.ts'
import { audit, newId, reachesRoot, requireScope, type ServiceContext } from '../context.ts'
import { sortRejections } from '../units/import-units.ts'
import { isFullyInScope, userSearchText } from './user-views.ts'
import type { UserRow } from '../../db/database.ts'

export const USER_COLUMNS: ColumnSpec[] = [
  { name: 'username', required: true, aliases: ['ten_dang_nhap'] },
  { name: 'full_name', required: true, aliases: ['ho_ten', 'ho_va_ten'] },
  { name: 'phone', aliases: ['dien_thoai', 'so_dien_thoai'] },
  { name: 'email' },
  { name: 'active', aliases: ['hoat_dong'] },
  { name: 'roles', aliases: ['vai_tro'] },
  { name: 'password', aliases: ['mat_khau'] },
]

const ROLE_BY_KEY = new Map<string, Role>(ROLES.flatMap((r) => [[fold(r), r], [fold(vi.roles[r]), r]] as [string, Role][]))

type Grant = { role: Role; unitCode: string; responsible: boolean }
type Planned = { row: number; username: string; fullName: string; phone: string | null; email: string | null; active: boolean; grants: Grant[] | undefined; password: string | null }

export async function importUsers(ctx: ServiceContext, input: { filename: string; data: Buffer }): Promise<ImportResult> {
  const scope = await requireScope(ctx, 'import', 'user')
  const table = await readTabular(input.filename, input.data, USER_COLUMNS)
  const rejected: Omit<ImportRejection, 'message'>[] = [...table.rejected]
  const reject = (row: number, column: string | null, code: string) => rejected.push({ row, column, code })

  const planned: Planned[] = []
  const seen = new Set<string>()
  for (const { row, cells } of table.rows) {
    const username = (cells.username ?? '').toLowerCase()
    if (!username) reject(row, 'username', 'ROW_REQUIRED')
    else if (!/^[a-z0-9._-]{3,60}$/.test(username)) reject(row, 'username', 'ROW_USERNAME_FORMAT')
    else if (seen.has(username)) reject(row, 'username', 'ROW_DUPLICATE')
    seen.add(username)
    const fullName = cells.full_name ?? ''
    if (!fullName) reject(row, 'full_name', 'ROW_REQUIRED')
    else if (fullName.length > 120) reject(row, 'full_name', 'ROW_TOO_LONG')
    const email = (cells.email ?? '').toLowerCase() || null
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) reject(row, 'email', 'ROW_EMAIL_FORMAT')
    const phone = cells.phone || null
    if (phone && phone.length > 30) reject(row, 'phone', 'ROW_TOO_LONG')
    const active = table.columns.has('active') && cells.active ? parseFlag(cells.active) : true
    if (active === null) reject(row, 'active', 'ROW_BOOLEAN')
    const password = cells.password || null
    if (password && password.length < 8) reject(row, 'password', 'ROW_PASSWORD_SHORT')
    let grants: Grant[] | undefined
    if (table.columns.has('roles')) {
      grants = []
      for (const part of (cells.roles ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
        const m = /^(.+?)@([A-Za-z0-9._-]+)(\*)?$/.exec(part)
        const role = m ? ROLE_BY_KEY.get(fold(m[1]!)) : undefined
        if (!m || !role) {
          reject(row, 'roles', 'ROW_UNKNOWN_ROLE')
          continue
        }
        if (m[3] && role !== 'unit_officer') reject(row, 'roles', 'ROLE_RESPONSIBLE_ONLY_OFFICER')
        grants.push({ role, unitCode: m[2]!.toUpperCase(), responsible: !!m[3] })
      }
    }
    planned.push({ row, username, fullName, phone, email, active: active ?? true, grants, password })
  }

  const units = new Map((await findUnitsByCodes(ctx.db, [...new Set(planned.flatMap((p) => (p.grants ?? []).map((g) => g.unitCode)))])).map((u) => [u.code, u]))
  const existing = new Map((await findUsersByUsernames(ctx.db, planned.map((p) => p.username))).map((u) => [u.username, u]))
  const existingRoles = await listRolesOfUsers(ctx.db, [...existing.values()].map((u) => u.id))
  const visibleIds = new Set(existingRoles.filter((r) => inScope(scope, r.unit_path)).map((r) => r.user_id))
  const responsibleNow = await responsibleHolders(ctx, [...units.values()].map((u) => u.id))
  const responsibleInFile = new Map<string, string>()
  const unchanged = new Set<string>()
  for (const p of planned) {
    const current = existing.get(p.username)
    if (current && !visibleIds.has(current.id) && !(reachesRoot(scope) && !existingRoles.some((r) => r.user_id === current.id)))
      reject(p.row, 'username', 'ROW_USERNAME_TAKEN')
    else if (current && sameAccount(current, p, existingRoles, units, scope)) unchanged.add(p.username)
    // changing an account acts on all of it: its roles outside the importer's scope forbid that
    else if (current && !(await isFullyInScope(ctx.db, current, scope))) reject(p.row, 'username', 'ROW_OUT_OF_SCOPE')
    for (const g of p.grants ?? []) {
      const unit = units.get(g.unitCode)
      if (!unit) reject(p.row, 'roles', 'ROW_UNKNOWN_UNIT')
      else if (!inScope(scope, unit.path)) reject(p.row, 'roles', 'ROW_OUT_OF_SCOPE')
      else if (g.responsible) {
        const holder = responsibleNow.get(unit.id)
        const other = responsibleInFile.get(unit.id)
        if ((holder && holder !== current?.id) || (other && other !== p.username)) reject(p.row, 'roles', 'ROW_RESPONSIBLE_TAKEN')
        responsibleInFile.set(unit.id, p.username)
      }
    }
  }
  if (rejected.length > 0) throw new DomainError('IMPORT_INVALID', { rows: sortRejections(rejected) })

  // hash before the transaction: argon2 is slow on purpose and must not hold the write lock
  const prepared = await Promise.all(planned.map(async (p) => {
    const isNew = !existing.has(p.username)
    const generated = isNew && !p.password ? temporaryPassword() : null
    return { ...p, isNew, generated, hash: isNew ? await hashPassword(p.password ?? generated!) : null }
  }))
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, rejected: [], temporaryPasswords: [] }
  const at = ctx.now.toISOString()
  await ctx.db.transaction().execute(async (trx) => {
    for (const p of prepared) {
      const grants = (p.grants ?? []).map((g) => ({ ...g, unit: units.get(g.unitCode)! }))
      const roleRows = (userId: string) => grants.map((g) => ({
        id: newId(), user_id: userId, role: g.role, unit_id: g.unit.id, is_responsible: g.responsible ? 1 : 0, created_at: at,
      }))
      if (p.isNew) {
        const id = newId()
        const row = {
          id, username: p.username, full_name: p.fullName, phone: p.phone, email: p.email, active: p.active ? 1 : 0,
          password_hash: p.hash!, must_change_password: p.generated ? 1 : 0, created_at: at, updated_at: at, last_login_at: null,
          home_unit_id: grants[0]?.unit.id ?? ctx.actor.grants[0]?.unitId ?? null, search_text: '',
        }
        row.search_text = userSearchText(row)
        await insertUser(trx, row)
        await insertRoles(trx, roleRows(id))
        await audit(trx, ctx, { action: 'user.create', resourceType: 'user', resourceId: id, unitId: grants[0]?.unit.id ?? null, unitPath: grants[0]?.unit.path ?? null, details: { username: p.username, via: 'import' } })
        if (p.generated) result.temporaryPasswords!.push({ username: p.username, password: p.generated })
        result.created++
        continue
      }
      const current = existing.get(p.username)!
      if (unchanged.has(p.username)) {
        result.unchanged++
        continue
      }
      const mine = existingRoles.filter((r) => r.user_id === current.id)
      const inScopeRoles = mine.filter((r) => inScope(scope, r.unit_path))
      const { before: beforeRoles, after: afterRoles } = roleKeys(mine, p, units, scope)
      const next = { ...current, full_name: p.fullName, phone: p.phone, email: p.email, active: p.active ? 1 : 0 }
      await updateUserRow(trx, current.id, {
        full_name: next.full_name, phone: next.phone, email: next.email, active: next.active, search_text: userSearchText(next), updated_at: at,
      })
      if (beforeRoles !== afterRoles) {
        const outside = mine.filter((r) => !inScope(scope, r.unit_path))
        await deleteRolesOfUser(trx, current.id)
        await insertRoles(trx, [...outside.map((r) => ({ id: r.id, user_id: r.user_id, role: r.role, unit_id: r.unit_id, is_responsible: r.is_responsible, created_at: at })), ...roleRows(current.id)])
      }
      if (!p.active) {
        await deleteSessionsOfUser(trx, current.id)
        await clearResponsibleOfUser(trx, current.id)
      }
      await audit(trx, ctx, { action: 'user.update', resourceType: 'user', resourceId: current.id, unitPath: inScopeRoles[0]?.unit_path ?? null, details: { username: p.username, via: 'import' } })
      result.updated++
    }
    await audit(trx, ctx, { action: 'user.import', resourceType: 'user', unitPath: scope[0] ?? null, details: { file: input.filename, created: result.created, updated: result.updated, unchanged: result.unchanged } })
  })
  return result
}

type RoleRow = Awaited<ReturnType<typeof listRolesOfUsers>>[number]
type UnitRef = { id: string; path: string }

/** The account's in-scope roles before, and after the row, as comparable strings ("unit_officer@<id>*;…"). */
function roleKeys(mine: RoleRow[], p: Planned, units: Map<string, UnitRef>, scope: string[]) {
  const key = (role: string, unitId: string, resp: boolean) => `${role}@${unitId}${resp ? '*' : ''}`
  const before = mine.filter((r) => inScope(scope, r.unit_path)).map((r) => key(r.role, r.unit_id, r.is_responsible === 1)).sort().join(';')
  const after = p.grants ? p.grants.map((g) => key(g.role, units.get(g.unitCode)?.id ?? '?', g.responsible)).sort().join(';') : before
  return { before, after }
}

/** Would the row leave the account exactly as it is? */
function sameAccount(current: UserRow, p: Planned, roles: RoleRow[], units: Map<string, UnitRef>, scope: string[]) {
  const { before, after } = roleKeys(roles.filter((r) => r.user_id === current.id), p, units, scope)
  return current.full_name === p.fullName && current.phone === p.phone && current.email === p.email &&
    current.active === (p.active ? 1 : 0) && before === after
}

/** Who is responsible for each of these units now (unit id → user id). */
async function responsibleHolders(ctx: ServiceContext, unitIds: string[]) {
  return new Map((await listResponsibleOfUnits(ctx.db, unitIds)).map((r) => [r.unit_id, r.user_id]))
}
