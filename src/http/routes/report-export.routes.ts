/** GET /api/reports/:id/export?format=docx|pdf|xlsx — a report as the Party-form DOCX or PDF, or its XLSX annex. */
import type { FastifyInstance } from 'fastify'
import { reportExportQuery } from '../../shared/report-export.schema.ts'
import { exportReport } from '../../services/reporting/export-report.ts'
import { apiRoute } from '../api-route.ts'

/** Content-Disposition with the ASCII name and the same name as RFC 5987 UTF-8. */
export function attachment(filename: string): string {
  return `attachment; filename="${filename.replace(/["\\\r\n]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`
}

export function reportExportRoutes(app: FastifyInstance) {
  apiRoute(app, {
    method: 'GET',
    url: '/api/reports/:id/export',
    tag: 'reporting',
    summary: 'Tải báo cáo: văn bản theo thể thức của Đảng (DOCX, PDF) hoặc phụ lục thống kê (XLSX)',
    query: reportExportQuery,
    produces: 'application/octet-stream',
  }, async ({ ctx, params, query, reply }) => {
    const file = await exportReport(ctx, params.id ?? '', query.format)
    return reply.type(file.contentType).header('content-disposition', attachment(file.filename)).header('cache-control', 'no-store').send(file.body)
  })
}
