/**
 * One question's results: the bar chart of the (weighted) shares with their 95 % margins as error bars, and the table
 * of count, share, weighted share and ± margin per option; a matrix gives one block per row, a number its mean.
 * Shared by the results tab and the public results page.
 */
import { useMemo } from 'react'
import { Card, Grid, Table, Tag, Typography } from 'antd'
import type { QuestionResult, ResultOption } from '../../../../../src/shared/survey.schema.ts'
import { useLocale } from '../../../i18n/locale.tsx'
import type { MessageKey } from '../../../i18n/messages.ts'
import { EChart } from '../../../components/EChart.tsx'
import { barChartHeight, fmtNum, fmtPct, questionBarOption } from './result-charts.ts'

/** Types whose mean means something (not a choice code such as 1 = Nam). */
const NUMERIC_TYPES = ['integer', 'decimal', 'rating', 'likert5']

function OptionsBlock({ name, options, weighted, testId }: { name: string; options: ResultOption[]; weighted: boolean; testId: string }) {
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const narrow = !(screens.md ?? true)
  const option = useMemo(() => questionBarOption(options, narrow), [options, narrow])
  return (
    <>
      <EChart option={option} height={barChartHeight(options.length)} label={t('ui.surveys.results.chartLabel', { name })} data-testid={`${testId}-chart`} />
      <Table<ResultOption>
        size="small"
        rowKey="value"
        pagination={false}
        dataSource={options}
        scroll={{ x: 'max-content' }}
        data-testid={`${testId}-table`}
        columns={[
          { title: t('ui.surveys.results.option'), dataIndex: 'label' },
          { title: t('ui.surveys.results.count'), dataIndex: 'count', align: 'right', width: 80 },
          { title: t('ui.surveys.results.percent'), key: 'percent', align: 'right', width: 90, render: (_, o) => fmtPct(o.percent) },
          ...(weighted ? [{ title: t('ui.surveys.results.weightedPercent'), key: 'weighted', align: 'right' as const, width: 120, render: (_: unknown, o: ResultOption) => fmtPct(o.weightedPercent) }] : []),
          {
            title: <span title={t('ui.surveys.results.moeHint')}>{t('ui.surveys.results.moe')}</span>,
            key: 'moe', align: 'right', width: 90,
            render: (_, o) => <span data-testid="moe">±{fmtPct(o.moe, 1, false)}</span>,
          },
        ]}
      />
    </>
  )
}

/** The card of one question. */
export function QuestionResultCard({ result: q, number, weighted }: { result: QuestionResult; number: number; weighted: boolean }) {
  const { t } = useLocale()
  const testId = `result-${q.name}`
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      title={<Typography.Text strong style={{ whiteSpace: 'normal' }}>{`${number}. ${q.label}`}</Typography.Text>}
      extra={<Tag>{t(`ui.surveys.types.${q.type}` as MessageKey)}</Tag>}
      data-testid={testId}
    >
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('ui.surveys.results.answered', { n: q.n })}
        {q.type === 'multiple' && ` · ${t('ui.surveys.results.multipleNote')}`}
      </Typography.Paragraph>
      {q.numeric && NUMERIC_TYPES.includes(q.type) && (
        <Typography.Paragraph data-testid={`${testId}-mean`}>
          {t('ui.surveys.results.mean', { mean: fmtNum(q.numeric.mean), weightedMean: fmtNum(q.numeric.weightedMean), median: fmtNum(q.numeric.median) })}
        </Typography.Paragraph>
      )}
      {q.options.length > 0 && <OptionsBlock name={q.name} options={q.options} weighted={weighted} testId={testId} />}
      {q.rows?.map((r) => (
        <div key={r.value} style={{ marginTop: 12 }}>
          <Typography.Text strong>{r.label}</Typography.Text>
          <Typography.Text type="secondary"> · n = {r.n}</Typography.Text>
          <OptionsBlock name={`${q.name} — ${r.label}`} options={r.options} weighted={weighted} testId={`${testId}-${r.value}`} />
        </div>
      ))}
    </Card>
  )
}

/** Numbers of the questions as the form numbers them (notes have none). */
export function questionNumbers(results: QuestionResult[]): Map<string, number> {
  return new Map(results.map((q, i) => [q.name, i + 1]))
}
