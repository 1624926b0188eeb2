/** Replaces an account's roles; roles the actor cannot see (outside their scope) are kept untouched. */
import { deleteRolesOfUser, findUserInScope, insertRoles, listRolesOfUsers } from '../../db/repos/user.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import type { RoleGrant } from '../../shared/schemas.ts'
import { audit, newId, reachesRoot, requireScope, type ServiceContext } from '../context.ts'
import { checkGrants, toUserViews, homeUnitOf } from './user-views.ts'

export async function setUserRoles(ctx: ServiceContext, input: { userId: string; roles: RoleGrant[] }) {
  const scope = await requireScope(ctx, 'manage', 'user')
  const user = await findUserInScope(ctx.db, input.userId, scope, reachesRoot(scope))
  if (!user) throw new DomainError('USER_NOT_FOUND')
  const grants = await checkGrants(ctx.db, input.roles, scope, user.id)
  const current = await listRolesOfUsers(ctx.db, [user.id])
  const outside = current.filter((r) => !inScope(scope, r.unit_path))
  const before = current.map((r) => `${r.role}@${r.unit_code}${r.is_responsible ? '*' : ''}`).sort()
  const home = await homeUnitOf(ctx.db, user)
  await ctx.db.transaction().execute(async (trx) => {
    await deleteRolesOfUser(trx, user.id)
    await insertRoles(trx, [
      ...outside.map((r) => ({ id: r.id, user_id: user.id, role: r.role, unit_id: r.unit_id, is_responsible: r.is_responsible, created_at: ctx.now.toISOString() })),
      ...grants.map((g) => ({
        id: newId(), user_id: user.id, role: g.role, unit_id: g.unitId, is_responsible: g.isResponsible ? 1 : 0, created_at: ctx.now.toISOString(),
      })),
    ])
    await audit(trx, ctx, {
      action: 'user.set_roles', resourceType: 'user', resourceId: user.id, ...home,
      details: { before, after: grants.map((g) => `${g.role}@${g.unitId}${g.isResponsible ? '*' : ''}`) },
    })
  })
  return (await toUserViews(ctx.db, [user]))[0]!
}
