/** A user changes their own password; their other sessions end. */
import { deleteSessionsOfUser } from '../../db/repos/auth.repo.ts'
import { getUserById, updateUserRow } from '../../db/repos/user.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { audit, type ServiceContext } from '../context.ts'
import { homePath } from './load-actor.ts'
import { hashPassword, verifyPassword } from './secrets.ts'

type ChangePasswordInput = {
  currentPassword: string
  /** at least 8 characters, different from the current one */
  newPassword: string
  /** the session to keep signed in */
  sessionId: string | null
}

export async function changePassword(ctx: ServiceContext, input: ChangePasswordInput) {
  if (ctx.actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED')
  const user = await getUserById(ctx.db, ctx.actor.userId)
  if (!user) throw new DomainError('UNAUTHENTICATED')
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    await audit(ctx.db, ctx, { action: 'auth.change_password', outcome: 'failure', resourceType: 'user', resourceId: user.id, unitPath: homePath(ctx.actor) })
    throw new DomainError('AUTH_WRONG_PASSWORD', { fields: [{ path: 'currentPassword', code: 'AUTH_WRONG_PASSWORD' }] })
  }
  if (input.currentPassword === input.newPassword)
    throw new DomainError('AUTH_SAME_PASSWORD', { fields: [{ path: 'newPassword', code: 'AUTH_SAME_PASSWORD' }] })
  const passwordHash = await hashPassword(input.newPassword)
  await ctx.db.transaction().execute(async (trx) => {
    await updateUserRow(trx, user.id, { password_hash: passwordHash, must_change_password: 0, updated_at: ctx.now.toISOString() })
    await deleteSessionsOfUser(trx, user.id, input.sessionId ?? undefined)
    await audit(trx, ctx, { action: 'auth.change_password', resourceType: 'user', resourceId: user.id, unitPath: homePath(ctx.actor) })
  })
}
