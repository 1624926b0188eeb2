/** Marks one of the actor's own notifications read; anyone else's does not exist. */
import { findNotificationOfUser, markNotificationRead } from '../../db/repos/notification.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { ServiceContext } from '../context.ts'

export async function markRead(ctx: ServiceContext, input: { notificationId: string }) {
  const userId = ctx.actor.userId
  if (!userId) throw new DomainError('UNAUTHENTICATED')
  const row = await findNotificationOfUser(ctx.db, input.notificationId, userId)
  if (!row) throw new DomainError('NOTIFICATION_NOT_FOUND')
  await markNotificationRead(ctx.db, row.id, ctx.now.toISOString())
}
