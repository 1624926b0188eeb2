/** The actor's own notifications, newest first, with the number unread. */
import { countNotificationsOfUser, listNotificationsOfUser } from '../../db/repos/notification.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { NotificationPage } from '../../shared/issue.schema.ts'
import type { ServiceContext } from '../context.ts'

export async function listNotifications(ctx: ServiceContext, input: { unreadOnly?: boolean; page: number; pageSize: number }): Promise<NotificationPage> {
  const userId = ctx.actor.userId
  if (!userId) throw new DomainError('UNAUTHENTICATED')
  const [rows, counts] = await Promise.all([
    listNotificationsOfUser(ctx.db, userId, { unreadOnly: !!input.unreadOnly, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }),
    countNotificationsOfUser(ctx.db, userId),
  ])
  return {
    items: rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, createdAt: r.created_at, readAt: r.read_at })),
    total: input.unreadOnly ? counts.unread : counts.total,
    unread: counts.unread,
  }
}
