/** The reminder log of a reporting period (nhắc hạn, quá hạn, báo cáo lên cấp trên). */
import type { FastifyInstance } from 'fastify'
import { listReportNotices } from '../../services/reporting/notices/list-report-notices.ts'
import { reportNoticesQuery } from '../../shared/report-notice.schema.ts'
import { apiRoute } from '../api-route.ts'

export function reportNoticeRoutes(app: FastifyInstance) {
  apiRoute(app, {
    method: 'GET', url: '/api/reporting/notices', tag: 'reporting', query: reportNoticesQuery,
    summary: 'Nhật ký nhắc hạn của một kỳ: nhắc trước hạn, quá hạn, báo cáo lên cấp trên — gửi ai, qua kênh nào, kết quả',
  }, async ({ ctx, query }) => listReportNotices(ctx, { periodKey: query.period }))
}
