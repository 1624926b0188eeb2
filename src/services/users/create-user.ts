/** Creates an account with roles at units in the actor's scope; without a password, a temporary one is made. */
import { getUserByUsername, insertRoles, insertUser } from '../../db/repos/user.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { CreateUserInput } from '../../shared/schemas.ts'
import { clean } from '../../text/fold.ts'
import { hashPassword, temporaryPassword } from '../auth/secrets.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { checkGrants, toUserViews, userSearchText } from './user-views.ts'

export async function createUser(ctx: ServiceContext, input: CreateUserInput) {
  const scope = await requireScope(ctx, 'create', 'user')
  if (await getUserByUsername(ctx.db, input.username))
    throw new DomainError('USERNAME_TAKEN', { fields: [{ path: 'username', code: 'USERNAME_TAKEN' }] })
  const grants = await checkGrants(ctx.db, input.roles, scope, null)
  const generated = input.password ? null : temporaryPassword()
  const id = newId()
  // the account belongs where it was made: its first role's unit, else the creator's own unit
  const home = grants[0] ?? (ctx.actor.kind === 'user' ? ctx.actor.grants.find((g) => scope.some((s) => g.unitPath.startsWith(s))) : undefined)
  const row = {
    id,
    username: input.username,
    full_name: clean(input.fullName),
    phone: input.phone ? clean(input.phone) : null,
    email: input.email ? input.email.trim().toLowerCase() : null,
    active: 1,
    password_hash: await hashPassword(input.password ?? generated!),
    must_change_password: generated ? 1 : 0,
    created_at: ctx.now.toISOString(),
    updated_at: ctx.now.toISOString(),
    last_login_at: null,
    home_unit_id: home?.unitId ?? null,
    search_text: '',
  }
  row.search_text = userSearchText(row)
  await ctx.db.transaction().execute(async (trx) => {
    await insertUser(trx, row)
    await insertRoles(trx, grants.map((g) => ({
      id: newId(), user_id: id, role: g.role, unit_id: g.unitId, is_responsible: g.isResponsible ? 1 : 0, created_at: row.created_at,
    })))
    await audit(trx, ctx, {
      action: 'user.create', resourceType: 'user', resourceId: id, unitId: home?.unitId ?? null, unitPath: home?.unitPath ?? null,
      details: { username: row.username, roles: grants.map((g) => `${g.role}@${g.unitId}`) },
    })
  })
  const [view] = await toUserViews(ctx.db, [row])
  return { user: view!, temporaryPassword: generated }
}
