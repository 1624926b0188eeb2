/** An admin sets a new password (or a generated temporary one) that must be changed at the next sign-in. */
import { deleteSessionsOfUser } from '../../db/repos/auth.repo.ts'
import { findUserInScope, updateUserRow } from '../../db/repos/user.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { hashPassword, temporaryPassword } from '../auth/secrets.ts'
import { homeUnitOf, isFullyInScope } from './user-views.ts'
import { audit, deny, reachesRoot, requireScope, type ServiceContext } from '../context.ts'

export async function resetPassword(ctx: ServiceContext, input: { userId: string; newPassword?: string }) {
  const scope = await requireScope(ctx, 'manage', 'user')
  const user = await findUserInScope(ctx.db, input.userId, scope, reachesRoot(scope))
  if (!user) throw new DomainError('USER_NOT_FOUND')
  if (!(await isFullyInScope(ctx.db, user, scope))) await deny(ctx, 'user.reset_password', { resourceType: 'user', resourceId: user.id })
  const generated = input.newPassword ? null : temporaryPassword()
  const passwordHash = await hashPassword(input.newPassword ?? generated!)
  const home = await homeUnitOf(ctx.db, user)
  await ctx.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, user.id, { password_hash: passwordHash, must_change_password: 1, updated_at: ctx.now.toISOString() })
    await deleteSessionsOfUser(trx, user.id)
    await audit(trx, ctx, { action: 'user.reset_password', resourceType: 'user', resourceId: user.id, ...home })
  })
  return { temporaryPassword: generated }
}
