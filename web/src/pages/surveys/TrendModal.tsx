/**
 * The same question across the waves of a series: one line per option (weighted share, or the plain share), with
 * each wave's ± margin in the tooltip and a table beneath. Only waves with readable results (closed, published).
 */
import { useMemo, useState } from 'react'
import { Empty, Modal, Select, Skeleton, Table, Typography } from 'antd'
import type { QuestionTrend, SurveyView } from '../../../../src/shared/survey.schema.ts'
import { surveyDatabaseApi, surveysApi } from '../../api/surveys.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { EChart, type ChartOption } from '../../components/EChart.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { fmtPct } from './results/result-charts.ts'

/** The wave's name on the axis: its label, else its closing day. */
function waveName(w: QuestionTrend['waves'][number], fallback: string): string {
  return w.waveLabel || (w.closesOn ? formatDate(w.closesOn) : fallback)
}

/** The line chart of a trend. */
export function trendOption(trend: QuestionTrend, fallback: string): ChartOption {
  const labels = new Map<string, string>()
  for (const w of trend.waves) for (const o of w.options) if (!labels.has(o.value)) labels.set(o.value, o.label)
  return {
    tooltip: {
      trigger: 'axis', confine: true,
      formatter: (items: { seriesName: string; dataIndex: number; value: number; marker: string }[]) => {
        const first = items[0]
        if (!first) return ''
        const w = trend.waves[first.dataIndex]!
        const lines = items.map((it) => {
          const o = w.options.find((x) => labels.get(x.value) === it.seriesName)
          return `${it.marker}${it.seriesName}: <b>${fmtPct(it.value)}</b>${o ? ` ± ${fmtPct(o.moe, 1, false)}` : ''}`
        })
        return [`${waveName(w, fallback)} (n = ${w.n})`, ...lines].join('<br/>')
      },
    },
    legend: { type: 'scroll', bottom: 0 },
    grid: { left: 8, right: 16, top: 16, bottom: 48, containLabel: true },
    xAxis: { type: 'category', data: trend.waves.map((w) => waveName(w, fallback)) },
    yAxis: { type: 'value', min: 0, axisLabel: { formatter: '{value}%' } },
    series: [...labels.entries()].map(([value, label]) => ({
      name: label, type: 'line', symbolSize: 8,
      data: trend.waves.map((w) => w.options.find((o) => o.value === value)?.weightedPercent ?? null),
    })),
  }
}

/** The dialog; when `question` is not given, the questions of `pickFrom` (the latest wave) are offered. */
export function TrendModal({ seriesKey, question, pickFrom, onClose }: {
  seriesKey: string; question?: string; pickFrom?: string; onClose: () => void
}) {
  const { t } = useLocale()
  const [picked, setPicked] = useState<string | undefined>(question)
  const latest = useLoad((s) => (pickFrom ? surveysApi.get(pickFrom, s) : Promise.resolve(null as SurveyView | null)), [pickFrom])
  const choiceQuestions = useMemo(
    () => (latest.data?.questionnaire.sections ?? []).flatMap((s) => s.questions).filter((q) => ['single', 'multiple', 'likert5', 'rating'].includes(q.type)),
    [latest.data],
  )
  const trend = useLoad((s) => (picked ? surveyDatabaseApi.trend(seriesKey, picked, s) : Promise.resolve(null)), [seriesKey, picked])
  const option = useMemo(() => trend.data && trendOption(trend.data, t('ui.surveys.list.noWaveLabel')), [trend.data, t])

  return (
    <Modal open onCancel={onClose} footer={null} width={820} title={t('ui.surveys.trend.title', { label: trend.data?.label ?? picked ?? seriesKey })} destroyOnHidden>
      {!question && (
        <Select
          value={picked}
          onChange={setPicked}
          loading={latest.loading}
          placeholder={t('ui.surveys.list.seriesQuestionsHint')}
          options={choiceQuestions.map((q) => ({ value: q.name, label: `${q.name} — ${q.label}` }))}
          style={{ width: '100%', marginBottom: 12 }}
          showSearch={{ optionFilterProp: 'label' }}
          data-testid="trend-question"
        />
      )}
      {trend.error != null ? <LoadError error={trend.error} onRetry={trend.reload} /> : trend.loading && picked ? <Skeleton active /> : !trend.data ? null : trend.data.waves.length === 0 ? (
        <Empty description={t('ui.surveys.trend.empty')} />
      ) : (
        <>
          <EChart option={option!} height={300} label={t('ui.surveys.trend.chartLabel')} data-testid="trend-chart" />
          <Table
            size="small"
            style={{ marginTop: 12 }}
            pagination={false}
            rowKey="id"
            scroll={{ x: 'max-content' }}
            dataSource={trend.data.waves}
            columns={[
              { title: t('ui.surveys.trend.wave'), key: 'wave', render: (_, w) => waveName(w, t('ui.surveys.list.noWaveLabel')) },
              { title: t('ui.surveys.trend.n'), dataIndex: 'n', align: 'right' },
              ...(trend.data.waves[0]?.options ?? []).map((o) => ({
                title: o.label,
                key: o.value,
                align: 'right' as const,
                render: (_: unknown, w: QuestionTrend['waves'][number]) => {
                  const x = w.options.find((y) => y.value === o.value)
                  return x ? <Typography.Text>{fmtPct(x.weightedPercent)} <Typography.Text type="secondary">±{fmtPct(x.moe, 1, false)}</Typography.Text></Typography.Text> : '—'
                },
              })),
            ]}
          />
        </>
      )}
    </Modal>
  )
}
