/** The ward's consolidated report (báo cáo tổng hợp): draft or redraft, approve with a number, the document as JSON. */
import type { FastifyInstance } from 'fastify'
import { approveWardReportInput, draftWardReportInput, emptyWardInput, wardReportQuery } from '../../shared/ward-report.schema.ts'
import { langFrom } from '../../shared/i18n/index.ts'
import { draftWardReport, redraftWardReport } from '../../services/reporting/ward/draft-ward-report.ts'
import { approveWardReport } from '../../services/reporting/ward/approve-ward-report.ts'
import { getWardReport } from '../../services/reporting/ward/get-ward-report.ts'
import { buildReportDocument } from '../../services/reporting/ward/report-document.ts'
import { apiRoute } from '../api-route.ts'

const T = 'reports'

export function wardReportRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/reports/ward', tag: T, summary: 'Báo cáo tổng hợp của Đảng uỷ phường trong một kỳ', query: wardReportQuery },
    async ({ ctx, query, req }) => getWardReport(ctx, query, langFrom(req.headers['accept-language'])))

  apiRoute(app, { method: 'POST', url: '/api/reports/ward', tag: T, summary: 'Dự thảo (hoặc dự thảo lại) báo cáo tổng hợp của Đảng uỷ phường cho một kỳ', body: draftWardReportInput },
    async ({ ctx, body, req, reply }) => {
      const r = await draftWardReport(ctx, body, langFrom(req.headers['accept-language']))
      reply.code(r.created ? 201 : 200)
      return r.report
    })

  apiRoute(app, { method: 'POST', url: '/api/reports/:id/redraft', tag: T, summary: 'Dự thảo lại báo cáo tổng hợp từ số liệu hiện có (khi còn là dự thảo)', body: emptyWardInput },
    async ({ ctx, params, req }) => redraftWardReport(ctx, { reportId: params.id! }, langFrom(req.headers['accept-language'])))

  apiRoute(app, { method: 'POST', url: '/api/reports/:id/approve', tag: T, summary: 'Duyệt báo cáo tổng hợp (cấp số văn bản, khoá báo cáo)', body: approveWardReportInput },
    async ({ ctx, body, params, req }) => approveWardReport(ctx, { ...body, reportId: params.id! }, langFrom(req.headers['accept-language'])))

  apiRoute(app, { method: 'GET', url: '/api/reports/:id/document', tag: T, summary: 'Báo cáo theo thể thức văn bản của Đảng (dữ liệu để xem trước và xuất DOCX/PDF)' },
    async ({ ctx, params }) => buildReportDocument(ctx, params.id!))
}
