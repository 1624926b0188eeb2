/**
 * Xu hướng (/trends): streams over time per topic, the direction mix, areas × topics, spike alerts linking to the
 * records behind them, emerging terms and next month's forecast per topic; a period and a unit subtree, kept in
 * the address. Everything comes from /api/trends within the user's scope.
 */
import { useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'
import { Card, Col, DatePicker, Empty, Flex, Grid, Row, Segmented, Select, Skeleton, Typography } from 'antd'
import dayjs from 'dayjs'
import type { TrendHeatmap } from '../../../../src/shared/trend.schema.ts'
import { unitsApi } from '../../api/endpoints.ts'
import { trendsApi } from '../../api/trends.ts'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { todayIso } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { EChart } from '../../components/EChart.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { AlertsCard } from './AlertsCard.tsx'
import { EmergingCard } from './EmergingCard.tsx'
import { directionOption, forecastOption, heatOption, volumeOption } from './trend-charts.ts'

const RANGES = ['30', '90', '365', 'custom'] as const
type Range = (typeof RANGES)[number]
type Interval = 'day' | 'week' | 'month'
/** How far back the alert card looks: today, a week, a month, a quarter. */
const ALERT_DAYS = [1, 7, 30, 90] as const

/** The day `n` days before `day`. */
function daysBefore(day: string, n: number): string {
  return dayjs(day).subtract(n, 'day').format('YYYY-MM-DD')
}

/** Days for a short period, weeks up to about half a year, months beyond. */
function autoInterval(from: string, to: string): Interval {
  const days = dayjs(to).diff(dayjs(from), 'day') + 1
  return days <= 45 ? 'day' : days <= 200 ? 'week' : 'month'
}

/** The trends page. */
export function TrendsPage() {
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const narrow = !(screens.md ?? true)
  const [params, setParams] = useSearchParams()
  const today = todayIso()
  const range: Range = (RANGES as readonly string[]).includes(params.get('range') ?? '') ? (params.get('range') as Range) : '90'
  const from = range === 'custom' ? params.get('from') || daysBefore(today, 89) : daysBefore(today, Number(range) - 1)
  const to = range === 'custom' ? params.get('to') || today : today
  const unitId = params.get('unitId') || undefined
  const chosen = params.get('interval')
  const interval: Interval = chosen === 'day' || chosen === 'week' || chosen === 'month' ? chosen : autoInterval(from, to)
  const alertDays = ALERT_DAYS.find((d) => String(d) === params.get('alerts')) ?? 7
  const termDays = params.get('terms') === '30' ? 30 : 7

  const set = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params)
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v)
      else next.delete(k)
    }
    setParams(next, { replace: true })
  }

  const units = useLoad(() => unitsApi.list(false), [])
  const period = { from, to, unitId }
  const byTopic = useLoad((s) => trendsApi.volume({ ...period, groupBy: 'topic', interval }, s), [from, to, unitId, interval])
  const byDirection = useLoad((s) => trendsApi.volume({ ...period, groupBy: 'direction', interval }, s), [from, to, unitId, interval])
  const heat = useLoad((s) => trendsApi.heatmap(period, s), [from, to, unitId])
  const forecast = useLoad((s) => trendsApi.forecast({ unitId }, s), [unitId])

  const topic = (code: string) => t(`topics.${code}` as MessageKey)
  const direction = (code: string) => t(`directions.${code}` as MessageKey)
  const areaName = (a: TrendHeatmap['areas'][number]) => (a.id ? (a.name ?? a.code ?? '') : t('ui.trends.noArea'))

  const volumeOpt = useMemo(() => byTopic.data && volumeOption(byTopic.data, topic, t('ui.trends.total'), narrow), [byTopic.data, narrow, t])
  const directionOpt = useMemo(() => byDirection.data && directionOption(byDirection.data, direction, narrow), [byDirection.data, narrow, t])
  const heatOpt = useMemo(() => heat.data && heatOption(heat.data, topic, areaName, narrow), [heat.data, narrow, t])
  const forecastOpt = useMemo(
    () => forecast.data && forecastOption(forecast.data, topic, { point: t('ui.trends.forecastPoint'), band: t('ui.trends.forecastBand'), monthToDate: t('ui.trends.forecastMonthToDate') }, narrow),
    [forecast.data, narrow, t],
  )
  const empty = byTopic.data && byTopic.data.series.length === 0
  const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`

  const filters = (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={12} xl={8}>
        <Select
          value={range}
          onChange={(v: Range) => set({ range: v === '90' ? null : v, ...(v === 'custom' ? { from, to } : { from: null, to: null }) })}
          options={RANGES.map((r) => ({ value: r, label: t(r === 'custom' ? 'ui.trends.custom' : (`ui.trends.last${r}` as MessageKey)) }))}
          style={{ width: '100%' }}
          aria-label={t('ui.trends.period')}
          data-testid="trends-range"
        />
      </Col>
      {range === 'custom' && (
        <Col xs={24} md={12} xl={8}>
          <DatePicker.RangePicker
            format="DD/MM/YYYY"
            style={{ width: '100%' }}
            value={[dayjs(from), dayjs(to)]}
            onChange={(v) => v?.[0] && v[1] && set({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') })}
            allowClear={false}
            inputReadOnly={narrow}
            data-testid="trends-period"
          />
        </Col>
      )}
      <Col xs={24} md={12} xl={8}>
        <UnitTreeSelect units={units.data?.items ?? []} value={unitId ?? null} onChange={(v) => set({ unitId: v })} allowClear placeholder={t('ui.trends.unit')} data-testid="trends-unit" />
      </Col>
    </Row>
  )

  const intervalSwitch = (
    <Segmented
      size="small"
      value={interval}
      onChange={(v) => set({ interval: v as string })}
      options={[{ value: 'day', label: t('ui.trends.byDay') }, { value: 'week', label: t('ui.trends.byWeek') }, { value: 'month', label: t('ui.trends.byMonth') }]}
      data-testid="trends-interval"
    />
  )

  return (
    <>
      <PageHeader title={t('ui.trends.title')} description={t('ui.trends.hint')} />
      {filters}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('ui.trends.volumeTitle')} extra={!narrow && intervalSwitch} data-testid="trends-volume">
            {narrow && <Flex justify="end" style={{ marginBottom: 8 }}>{intervalSwitch}</Flex>}
            {byTopic.error != null ? <LoadError error={byTopic.error} onRetry={byTopic.reload} />
              : !volumeOpt ? <Skeleton active />
              : empty ? <Empty description={t('ui.trends.empty')} data-testid="trends-empty" />
              : <EChart option={volumeOpt} height={narrow ? 320 : 340} label={t('ui.trends.volumeTitle')} data-testid="chart-volume" />}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.trends.volumeHint')}</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <AlertsCard unitId={unitId} days={alertDays} onDays={(d) => set({ alerts: d === 7 ? null : String(d) })} />
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('ui.trends.directionTitle')} data-testid="trends-direction">
            {byDirection.error != null ? <LoadError error={byDirection.error} onRetry={byDirection.reload} />
              : !directionOpt ? <Skeleton active />
              : empty ? <Empty description={t('ui.trends.empty')} />
              : <EChart option={directionOpt} height={280} label={t('ui.trends.directionTitle')} data-testid="chart-direction" />}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.trends.directionHint')}</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <EmergingCard unitId={unitId} days={termDays} onDays={(d) => set({ terms: d === 7 ? null : String(d) })} />
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('ui.trends.heatTitle')} data-testid="trends-heat">
            {heat.error != null ? <LoadError error={heat.error} onRetry={heat.reload} />
              : !heatOpt ? <Skeleton active />
              : heat.data!.cells.length === 0 ? <Empty description={t('ui.trends.empty')} />
              : <EChart option={heatOpt} height={Math.max(240, 90 + heat.data!.areas.length * (narrow ? 22 : 26))} label={t('ui.trends.heatTitle')} data-testid="chart-heat" />}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.trends.heatHint')}</Typography.Text>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={forecast.data ? t('ui.trends.forecastTitle', { month: monthLabel(forecast.data.month) }) : t('ui.trends.forecastPoint')} data-testid="trends-forecast">
            {forecast.error != null ? <LoadError error={forecast.error} onRetry={forecast.reload} />
              : !forecastOpt ? <Skeleton active />
              : forecast.data!.topics.length === 0 ? <Empty description={t('ui.trends.forecastNone')} />
              : <EChart option={forecastOpt} height={Math.max(240, (narrow ? 96 : 70) + Math.min(12, forecast.data!.topics.length) * 30)} label={t('ui.trends.forecastTitle', { month: monthLabel(forecast.data!.month) })} data-testid="chart-forecast" />}
            {forecast.data && forecast.data.months.length > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.trends.forecastHint', { n: forecast.data.months.length })}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </>
  )
}
