/** Topics to watch (nội dung cần nắm bắt): the month's list, the caller's own (what the phone shows first), edits. */
import type { FastifyInstance } from 'fastify'
import { z } from 'zod'
import { createWatchTopicInput, updateWatchTopicInput, watchTopicQuery } from '../../shared/collaborator.schema.ts'
import { listWatchTopics, myWatchTopics } from '../../services/watch-topics/list-watch-topics.ts'
import { createWatchTopic } from '../../services/watch-topics/create-watch-topic.ts'
import { removeWatchTopic, updateWatchTopic } from '../../services/watch-topics/update-watch-topic.ts'
import { apiRoute } from '../api-route.ts'

export function watchTopicRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/watch-topics', tag: 'watch-topics', summary: 'Nội dung cần nắm bắt của một tháng do các đơn vị trong phạm vi đặt', query: watchTopicQuery },
    async ({ ctx, query }) => listWatchTopics(ctx, query))

  apiRoute(app, { method: 'GET', url: '/api/watch-topics/mine', tag: 'watch-topics', summary: 'Nội dung cần nắm bắt tháng này của đơn vị mình và các cấp trên', query: z.object({}) },
    async ({ ctx }) => myWatchTopics(ctx))

  apiRoute(app, { method: 'POST', url: '/api/watch-topics', tag: 'watch-topics', summary: 'Đặt một nội dung cần nắm bắt', body: createWatchTopicInput },
    async ({ ctx, body, reply }) => {
      reply.code(201)
      return createWatchTopic(ctx, body)
    })

  apiRoute(app, { method: 'PATCH', url: '/api/watch-topics/:id', tag: 'watch-topics', summary: 'Sửa một nội dung cần nắm bắt', body: updateWatchTopicInput },
    async ({ ctx, body, params }) => updateWatchTopic(ctx, { ...body, watchTopicId: params.id! }))

  apiRoute(app, { method: 'DELETE', url: '/api/watch-topics/:id', tag: 'watch-topics', summary: 'Xoá một nội dung cần nắm bắt' },
    async ({ ctx, params }) => removeWatchTopic(ctx, { watchTopicId: params.id! }))
}
