/** The audit log: filtered pages and a CSV export. */
import { Readable } from 'node:stream'
import type { FastifyInstance } from 'fastify'
import { auditQuery } from '../../shared/schemas.ts'
import { exportAuditCsv, listAudit } from '../../services/audit/audit-log.ts'
import { apiRoute } from '../api-route.ts'

export function auditRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/audit', tag: 'audit', summary: 'Nhật ký hệ thống (lọc, phân trang)', query: auditQuery },
    async ({ ctx, query }) => listAudit(ctx, query))
  apiRoute(app, { method: 'GET', url: '/api/audit/export.csv', tag: 'audit', summary: 'Tải nhật ký dạng CSV', query: auditQuery, produces: 'text/csv' },
    async ({ ctx, query, reply }) => {
      const lines = exportAuditCsv(ctx, query)
      // the first line runs the permission check before any byte is sent
      const first = await lines.next()
      const stream = Readable.from((async function* () {
        if (!first.done) yield first.value
        yield* lines
      })())
      const name = `nhat-ky-${query.from ?? 'dau'}-${query.to ?? 'nay'}.csv`
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}"`).send(stream)
    })
}
