/** Signs out this session, or every session of the user ("sign out everywhere"). */
import { deleteSession, deleteSessionsOfUser } from '../../db/repos/auth.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { homePath } from './load-actor.ts'
import { audit, type ServiceContext } from '../context.ts'

export async function logout(ctx: ServiceContext, input: { sessionId: string | null; everywhere: boolean }) {
  if (ctx.actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED')
  const userId = ctx.actor.userId
  await ctx.db.transaction().execute(async (trx) => {
    if (input.everywhere) await deleteSessionsOfUser(trx, userId)
    else if (input.sessionId) await deleteSession(trx, input.sessionId)
    await audit(trx, ctx, {
      action: input.everywhere ? 'auth.logout_all' : 'auth.logout',
      resourceType: 'user',
      resourceId: userId,
      unitPath: homePath(ctx.actor),
    })
  })
}
