/** Trends (xu hướng): streams over time, areas × topics, spike alerts, emerging terms, next month's forecast; all within the caller's scope. */
import type { FastifyInstance } from 'fastify'
import { trendAlertsQuery, trendEmergingQuery, trendForecastQuery, trendHeatmapQuery, trendVolumeQuery } from '../../shared/trend.schema.ts'
import { trendVolume } from '../../services/trends/trend-volume.ts'
import { trendHeatmap } from '../../services/trends/trend-heatmap.ts'
import { trendAlerts } from '../../services/trends/trend-alerts.ts'
import { trendEmerging } from '../../services/trends/trend-emerging.ts'
import { trendForecast } from '../../services/trends/trend-forecast.ts'
import { apiRoute } from '../api-route.ts'

export function trendRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/trends/volume', tag: 'trends', summary: 'Số luồng ý kiến theo thời gian (ngày, tuần, tháng) theo lĩnh vực, khuynh hướng hoặc kênh', query: trendVolumeQuery },
    async ({ ctx, query }) => trendVolume(ctx, query))

  apiRoute(app, { method: 'GET', url: '/api/trends/heatmap', tag: 'trends', summary: 'Số luồng ý kiến theo địa bàn và lĩnh vực', query: trendHeatmapQuery },
    async ({ ctx, query }) => trendHeatmap(ctx, query))

  apiRoute(app, { method: 'GET', url: '/api/trends/alerts', tag: 'trends', summary: 'Cảnh báo tăng đột biến theo lĩnh vực, địa bàn, cụm từ so với 14 ngày trước', query: trendAlertsQuery },
    async ({ ctx, query }) => trendAlerts(ctx, query))

  apiRoute(app, { method: 'GET', url: '/api/trends/emerging', tag: 'trends', summary: 'Cụm từ nổi lên trong những ngày gần đây so với 28 ngày trước đó', query: trendEmergingQuery },
    async ({ ctx, query }) => trendEmerging(ctx, query))

  apiRoute(app, { method: 'GET', url: '/api/trends/forecast', tag: 'trends', summary: 'Dự báo số luồng ý kiến tháng này và tháng sau theo lĩnh vực, có khoảng tin cậy', query: trendForecastQuery },
    async ({ ctx, query }) => trendForecast(ctx, query))
}
