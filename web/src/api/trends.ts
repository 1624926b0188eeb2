/** Typed calls of the trends API (xu hướng): volume, heat grid, alerts, emerging terms, forecast. */
import type { TrendAlerts, TrendEmerging, TrendForecast, TrendHeatmap, TrendVolume } from '../../../src/shared/trend.schema.ts'
import { api } from './client.ts'

type Scope = { unitId?: string }
type Period = Scope & { from?: string; to?: string }

export const trendsApi = {
  volume: (q: Period & { groupBy: 'topic' | 'direction' | 'channel'; interval: 'day' | 'week' | 'month' }, signal?: AbortSignal) =>
    api.get<TrendVolume>('/trends/volume', q, signal),
  heatmap: (q: Period, signal?: AbortSignal) => api.get<TrendHeatmap>('/trends/heatmap', q, signal),
  alerts: (q: Scope & { day?: string; days?: number }, signal?: AbortSignal) => api.get<TrendAlerts>('/trends/alerts', q, signal),
  emerging: (q: Scope & { day?: string; days?: number }, signal?: AbortSignal) => api.get<TrendEmerging>('/trends/emerging', q, signal),
  forecast: (q: Scope, signal?: AbortSignal) => api.get<TrendForecast>('/trends/forecast', q, signal),
}
