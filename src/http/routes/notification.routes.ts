/** The signed-in user's own notifications. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { notificationsQuery } from '../../shared/issue.schema.ts'
import { listNotifications } from '../../services/notifications/list-notifications.ts'
import { markRead } from '../../services/notifications/mark-notification-read.ts'
import { apiRoute } from '../api-route.ts'

export function notificationRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/notifications', tag: 'notifications', summary: 'Thông báo của tôi, mới nhất trước, kèm số chưa đọc', query: notificationsQuery },
    async ({ ctx, query }) => listNotifications(ctx, { unreadOnly: query.unread === '1', page: query.page, pageSize: query.pageSize }))

  apiRoute(app, { method: 'POST', url: '/api/notifications/:id/read', tag: 'notifications', summary: 'Đánh dấu đã đọc', body: z.strictObject({}) },
    async ({ ctx, params }) => markRead(ctx, { notificationId: params.id! }))
}
