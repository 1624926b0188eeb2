/**
 * Bảng chéo — two choice questions picked (kept in the address), their counts and row percentages, Pearson's
 * chi-square with its degrees of freedom and p-value, and what that means in plain Vietnamese. The same table
 * serves the breakdown of a question by a quota dimension (area, sex, age group, social group).
 */
import { useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'
import { Alert, Card, Empty, Flex, Segmented, Select, Skeleton, Table, Typography } from 'antd'
import { allQuestions } from '../../../../../src/domain/survey/model.ts'
import { QUOTA_DIMENSIONS, type Crosstab, type QuotaDimension, type SurveyView } from '../../../../../src/shared/survey.schema.ts'
import { surveysApi } from '../../../api/surveys.ts'
import { useLocale } from '../../../i18n/locale.tsx'
import { useLoad } from '../../../lib/use-load.ts'
import { LoadError } from '../../../components/StatusPages.tsx'
import { chiSquareReading, fmtNum, fmtP, fmtPct } from './result-charts.ts'

/** The table with counts or row percentages, and the test beneath. */
export function CrosstabTable({ data, rowTitle, colTitle }: { data: Crosstab; rowTitle: string; colTitle: string }) {
  const { t } = useLocale()
  const [params, setParams] = useSearchParams()
  const mode = params.get('ctMode') === 'counts' ? 'counts' : 'rowPercents'
  const reading = chiSquareReading(data.pValue)
  const rowTotals = data.counts.map((r) => r.reduce((a, b) => a + b, 0))
  const colTotals = data.cols.map((_, j) => data.counts.reduce((a, r) => a + (r[j] ?? 0), 0))
  type Row = { key: string; label: string; i: number }
  const rows: Row[] = data.rows.map((v, i) => ({ key: v, label: data.rowLabels[i] ?? v, i }))
  return (
    <div data-testid="crosstab">
      <Segmented
        value={mode}
        onChange={(v) => {
          const next = new URLSearchParams(params)
          next.set('ctMode', String(v))
          setParams(next, { replace: true })
        }}
        options={[{ value: 'rowPercents', label: t('ui.surveys.crosstab.rowPercents') }, { value: 'counts', label: t('ui.surveys.crosstab.counts') }]}
        style={{ marginBottom: 8 }}
      />
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        rowKey="key"
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}><b>{t('ui.surveys.crosstab.total')}</b></Table.Summary.Cell>
            {colTotals.map((c, j) => (
              <Table.Summary.Cell key={j} index={j + 1} align="right">{mode === 'counts' ? c : fmtPct(data.n ? (100 * c) / data.n : 0)}</Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={colTotals.length + 1} align="right"><b>{data.n}</b></Table.Summary.Cell>
          </Table.Summary.Row>
        )}
        columns={[
          { title: `${rowTitle} \\ ${colTitle}`, dataIndex: 'label', fixed: 'left' },
          ...data.cols.map((c, j) => ({
            title: data.colLabels[j] ?? c,
            key: c,
            align: 'right' as const,
            render: (_: unknown, r: Row) => (mode === 'counts' ? data.counts[r.i]?.[j] ?? 0 : fmtPct(data.rowPercents[r.i]?.[j] ?? 0)),
          })),
          { title: t('ui.surveys.crosstab.total'), key: 'total', align: 'right' as const, render: (_: unknown, r: Row) => rowTotals[r.i] },
        ]}
      />
      {data.chiSquare !== null && data.df !== null && data.pValue !== null && (
        <Typography.Paragraph style={{ marginTop: 8 }} data-testid="crosstab-stats">
          {t('ui.surveys.crosstab.stats', { chi: fmtNum(data.chiSquare, 2), df: data.df, p: fmtP(data.pValue) })}
        </Typography.Paragraph>
      )}
      {reading && (
        <Alert
          type={reading === 'significant' ? 'info' : 'success'}
          showIcon
          data-testid="crosstab-reading"
          title={t(`ui.surveys.crosstab.${reading}`, { row: rowTitle, col: colTitle, p: fmtP(data.pValue!) })}
        />
      )}
    </div>
  )
}

const CHOICE_TYPES = ['single', 'multiple', 'likert5', 'rating']

/** The cross-tab picker and its table. */
export function CrosstabCard({ survey }: { survey: SurveyView }) {
  const { t } = useLocale()
  const [params, setParams] = useSearchParams()
  const questions = useMemo(() => allQuestions(survey.questionnaire).map((x) => x.question).filter((q) => CHOICE_TYPES.includes(q.type)), [survey.questionnaire])
  const row = params.get('row') ?? undefined
  const col = params.get('col') ?? undefined
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params)
    if (v) next.set(k, v)
    else next.delete(k)
    setParams(next, { replace: true })
  }
  const data = useLoad((s) => (row && col ? surveysApi.crosstab(survey.id, { row, col }, s) : Promise.resolve(null)), [survey.id, row, col])
  const label = (name: string | undefined) => questions.find((q) => q.name === name)?.label ?? name ?? ''
  const options = questions.map((q) => ({ value: q.name, label: `${q.name} — ${q.label}` }))
  return (
    <Card size="small">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select allowClear value={row} onChange={(v?: string) => set('row', v)} options={options} placeholder={t('ui.surveys.crosstab.row')} style={{ flex: '1 1 240px' }} aria-label={t('ui.surveys.crosstab.row')} data-testid="crosstab-row" />
        <Select allowClear value={col} onChange={(v?: string) => set('col', v)} options={options} placeholder={t('ui.surveys.crosstab.col')} style={{ flex: '1 1 240px' }} aria-label={t('ui.surveys.crosstab.col')} data-testid="crosstab-col" />
      </Flex>
      {!row || !col ? <Typography.Text type="secondary">{t('ui.surveys.crosstab.pick')}</Typography.Text>
        : data.error != null ? <LoadError error={data.error} onRetry={data.reload} />
          : data.loading || !data.data ? <Skeleton active />
            : <CrosstabTable data={data.data} rowTitle={label(row)} colTitle={label(col)} />}
    </Card>
  )
}

/** A question broken down by a quota dimension (rows: the dimension's values). */
export function BreakdownCard({ survey }: { survey: SurveyView }) {
  const { t } = useLocale()
  const [params, setParams] = useSearchParams()
  const questions = useMemo(() => allQuestions(survey.questionnaire).map((x) => x.question).filter((q) => CHOICE_TYPES.includes(q.type)), [survey.questionnaire])
  const dims = QUOTA_DIMENSIONS.filter((d) => survey.quotas.fields[d])
  const question = params.get('bq') ?? undefined
  const by = (dims as readonly string[]).includes(params.get('by') ?? '') ? (params.get('by') as QuotaDimension) : dims[0]
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params)
    if (v) next.set(k, v)
    else next.delete(k)
    setParams(next, { replace: true })
  }
  const data = useLoad((s) => (question && by ? surveysApi.breakdown(survey.id, { question, by }, s) : Promise.resolve(null)), [survey.id, question, by])
  if (dims.length === 0) return <Empty description={t('ui.surveys.fieldwork.quotasEmpty')} />
  return (
    <Card size="small">
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select allowClear value={question} onChange={(v?: string) => set('bq', v)} options={questions.map((q) => ({ value: q.name, label: `${q.name} — ${q.label}` }))}
          placeholder={t('ui.surveys.crosstab.question')} style={{ flex: '1 1 260px' }} data-testid="breakdown-question" />
        <Segmented value={by} onChange={(v) => set('by', String(v))} options={dims.map((d) => ({ value: d, label: t(`ui.surveys.dimensions.${d}`) }))} aria-label={t('ui.surveys.crosstab.by')} />
      </Flex>
      {!question ? <Typography.Text type="secondary">{t('ui.surveys.crosstab.pick')}</Typography.Text>
        : data.error != null ? <LoadError error={data.error} onRetry={data.reload} />
          : data.loading || !data.data ? <Skeleton active />
            : <CrosstabTable data={data.data} rowTitle={by ? t(`ui.surveys.dimensions.${by}`) : ''} colTitle={questions.find((q) => q.name === question)?.label ?? question} />}
    </Card>
  )
}
