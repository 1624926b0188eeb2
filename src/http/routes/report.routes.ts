/** The reporting cycle: periods, unit reports (open, read, save, submit, return, accept), extensions, compliance. */
import type { FastifyInstance } from 'fastify'
import {
  complianceGridQuery, complianceQuery, createPeriodInput, emptyInput, extensionsQuery, grantExtensionInput, openReportInput, periodsQuery,
  reportsQuery, returnReportInput, saveReportInput, streamCandidatesQuery,
} from '../../shared/report.schema.ts'
import { langFrom } from '../../shared/i18n/index.ts'
import { createAdHocPeriod, listPeriods } from '../../services/reporting/periods.ts'
import { listReports } from '../../services/reporting/list-reports.ts'
import { openReport } from '../../services/reporting/open-report.ts'
import { getReport, getReportVersion } from '../../services/reporting/get-report.ts'
import { saveReport } from '../../services/reporting/save-report.ts'
import { refreshReportStats } from '../../services/reporting/refresh-report-stats.ts'
import { submitReport } from '../../services/reporting/submit-report.ts'
import { returnReport } from '../../services/reporting/return-report.ts'
import { acceptReport } from '../../services/reporting/accept-report.ts'
import { listStreamCandidates } from '../../services/reporting/stream-candidates.ts'
import { grantExtension } from '../../services/reporting/grant-extension.ts'
import { listExtensionViews } from '../../services/reporting/list-extensions.ts'
import { getCompliance, getComplianceGrid } from '../../services/reporting/compliance.ts'
import { exportComplianceXlsx } from '../../services/reporting/export-compliance.ts'
import { apiRoute } from '../api-route.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const T = 'reporting'

export function reportRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/reporting/periods', tag: T, summary: 'Các kỳ báo cáo (kỳ tháng được tạo tự động đến kỳ hiện tại)', query: periodsQuery },
    async ({ ctx, query, req }) => listPeriods(ctx, query, langFrom(req.headers['accept-language'])))

  apiRoute(app, { method: 'POST', url: '/api/reporting/periods', tag: T, summary: 'Tạo kỳ báo cáo nhanh (đột xuất)', body: createPeriodInput },
    async ({ ctx, body, req, reply }) => {
      reply.code(201)
      return createAdHocPeriod(ctx, body, langFrom(req.headers['accept-language']))
    })

  apiRoute(app, { method: 'GET', url: '/api/reports', tag: T, summary: 'Danh sách báo cáo trong phạm vi', query: reportsQuery },
    async ({ ctx, query }) => listReports(ctx, query))

  apiRoute(app, { method: 'POST', url: '/api/reports', tag: T, summary: 'Mở báo cáo của đơn vị cho một kỳ (tạo bản nháp theo mẫu nếu chưa có)', body: openReportInput },
    async ({ ctx, body, req, reply }) => {
      const r = await openReport(ctx, body, langFrom(req.headers['accept-language']))
      reply.code(r.created ? 201 : 200)
      return r.report
    })

  apiRoute(app, { method: 'GET', url: '/api/reports/:id', tag: T, summary: 'Một báo cáo: nội dung, số liệu, hạn, phiên bản, thao tác được phép' },
    async ({ ctx, params, req }) => getReport(ctx, { reportId: params.id! }, langFrom(req.headers['accept-language'])))

  apiRoute(app, { method: 'PUT', url: '/api/reports/:id', tag: T, summary: 'Lưu báo cáo (gửi kèm phiên bản đang sửa)', body: saveReportInput },
    async ({ ctx, params, body, req }) => saveReport(ctx, { ...body, reportId: params.id! }, langFrom(req.headers['accept-language'])))

  apiRoute(app, { method: 'POST', url: '/api/reports/:id/refresh-stats', tag: T, summary: 'Cập nhật số liệu thống kê của báo cáo', body: emptyInput },
    async ({ ctx, params, req }) => refreshReportStats(ctx, { reportId: params.id! }, langFrom(req.headers['accept-language'])))

  apiRoute(app, { method: 'POST', url: '/api/reports/:id/submit', tag: T, summary: 'Gửi báo cáo (nộp muộn vẫn nhận, có đánh dấu)', body: emptyInput },
    async ({ ctx, params, req }) => submitReport(ctx, { reportId: params.id! }, langFrom(req.headers['accept-language'])))

  apiRoute(app, { method: 'POST', url: '/api/reports/:id/return', tag: T, summary: 'Trả lại báo cáo kèm góp ý', body: returnReportInput },
    async ({ ctx, params, body, req }) => returnReport(ctx, { reportId: params.id!, comment: body.comment }, langFrom(req.headers['accept-language'])))

  apiRoute(app, { method: 'POST', url: '/api/reports/:id/accept', tag: T, summary: 'Tiếp nhận báo cáo (khoá báo cáo)', body: emptyInput },
    async ({ ctx, params, req }) => acceptReport(ctx, { reportId: params.id! }, langFrom(req.headers['accept-language'])))

  apiRoute(app, { method: 'GET', url: '/api/reports/:id/versions/:version', tag: T, summary: 'Một phiên bản của báo cáo' },
    async ({ ctx, params }) => getReportVersion(ctx, { reportId: params.id!, version: Number(params.version) }))

  apiRoute(app, { method: 'GET', url: '/api/reports/:id/stream-candidates', tag: T, summary: 'Luồng ý kiến có thể dẫn trong báo cáo', query: streamCandidatesQuery },
    async ({ ctx, params, query }) => listStreamCandidates(ctx, { reportId: params.id!, q: query.q, limit: query.limit }))

  apiRoute(app, { method: 'POST', url: '/api/reporting/extensions', tag: T, summary: 'Gia hạn nộp báo cáo cho một đơn vị (ghi lý do)', body: grantExtensionInput },
    async ({ ctx, body, reply }) => {
      reply.code(201)
      return grantExtension(ctx, body)
    })

  apiRoute(app, { method: 'GET', url: '/api/reporting/extensions', tag: T, summary: 'Các lần gia hạn', query: extensionsQuery },
    async ({ ctx, query }) => listExtensionViews(ctx, { period: query.period }))

  apiRoute(app, { method: 'GET', url: '/api/reporting/compliance', tag: T, summary: 'Tình hình nộp báo cáo của các đơn vị trong một kỳ', query: complianceQuery },
    async ({ ctx, query }) => getCompliance(ctx, { period: query.period, unitId: query.unitId }))

  apiRoute(app, { method: 'GET', url: '/api/reporting/compliance/grid', tag: T, summary: 'Bảng tình hình nộp báo cáo theo tháng (đơn vị × tháng)', query: complianceGridQuery },
    async ({ ctx, query }) => getComplianceGrid(ctx, query))

  apiRoute(app, { method: 'GET', url: '/api/reporting/compliance.xlsx', tag: T, summary: 'Bảng tình hình nộp báo cáo theo tháng (XLSX, tô màu theo trạng thái)', query: complianceGridQuery, produces: XLSX },
    async ({ ctx, query, req, reply }) => {
      const file = await exportComplianceXlsx(ctx, query, langFrom(req.headers['accept-language']))
      return reply.type(XLSX).header('content-disposition', `attachment; filename="${file.filename}"`).send(file.data)
    })
}
