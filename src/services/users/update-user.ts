/** Edits an account's name, contact details or active flag; disabling an account ends its sessions. */
import { deleteSessionsOfUser } from '../../db/repos/auth.repo.ts'
import { clearResponsibleOfUser, findUserInScope, updateUserRow } from '../../db/repos/user.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { UpdateUserInput } from '../../shared/schemas.ts'
import { clean } from '../../text/fold.ts'
import { audit, deny, reachesRoot, requireScope, type ServiceContext } from '../context.ts'
import { toUserViews, userSearchText, homeUnitOf, isFullyInScope } from './user-views.ts'

export async function updateUser(ctx: ServiceContext, input: UpdateUserInput & { userId: string }) {
  const scope = await requireScope(ctx, 'update', 'user')
  const user = await findUserInScope(ctx.db, input.userId, scope, reachesRoot(scope))
  if (!user) throw new DomainError('USER_NOT_FOUND')
  if (!(await isFullyInScope(ctx.db, user, scope))) await deny(ctx, 'user.update', { resourceType: 'user', resourceId: user.id })
  if (input.active === false && user.id === ctx.actor.userId)
    throw new DomainError('USER_SELF_DEACTIVATE', { fields: [{ path: 'active', code: 'USER_SELF_DEACTIVATE' }] })
  const next = {
    ...user,
    full_name: input.fullName !== undefined ? clean(input.fullName) : user.full_name,
    phone: input.phone !== undefined ? (input.phone ? clean(input.phone) : null) : user.phone,
    email: input.email !== undefined ? (input.email ? input.email.trim().toLowerCase() : null) : user.email,
    active: input.active !== undefined ? (input.active ? 1 : 0) : user.active,
    updated_at: ctx.now.toISOString(),
  }
  next.search_text = userSearchText(next)
  const changed = (['full_name', 'phone', 'email', 'active'] as const).filter((k) => next[k] !== user[k])
  if (changed.length === 0) return (await toUserViews(ctx.db, [user]))[0]!
  const home = await homeUnitOf(ctx.db, user)
  await ctx.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, user.id, {
      full_name: next.full_name, phone: next.phone, email: next.email, active: next.active,
      search_text: next.search_text, updated_at: next.updated_at,
    })
    if (next.active === 0) {
      await deleteSessionsOfUser(trx, user.id)
      await clearResponsibleOfUser(trx, user.id)
    }
    await audit(trx, ctx, { action: 'user.update', resourceType: 'user', resourceId: user.id, ...home, details: { changed } })
  })
  return (await toUserViews(ctx.db, [next]))[0]!
}
