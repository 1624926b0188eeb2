/** Health and the API description. */
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { apiRoute } from '../api-route.ts'
import { openApiDocument } from '../openapi.ts'

export function systemRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/health', tag: 'system', summary: 'Tình trạng máy chủ và cơ sở dữ liệu', auth: false }, async ({ ctx }) => {
    await sql`select 1`.execute(ctx.db)
    return { status: 'ok', database: ctx.dialect, version: ctx.config.version }
  })
  apiRoute(app, { method: 'GET', url: '/api/openapi.json', tag: 'system', summary: 'Mô tả OpenAPI của API', auth: false }, async ({ ctx }) =>
    openApiDocument(ctx.config.version))
}
