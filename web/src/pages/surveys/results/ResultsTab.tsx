/**
 * Kết quả — per question charts and tables with the ± margins, the weights editor, cross-tabs, breakdowns by quota
 * dimension, open answers grouped by topic and direction (the text engine), the downloads (XLSX, CSV, codebook,
 * DOCX report). While the survey is open the results are hidden (409 SURVEY_RESULTS_HIDDEN) unless the board chose
 * otherwise; the page says so instead of showing nothing.
 */
import { useMemo } from 'react'
import { useSearchParams } from 'react-router-dom'
import { Alert, Button, Card, Collapse, Dropdown, Empty, Flex, List, Select, Skeleton, Tabs, Tag, Typography } from 'antd'
import { DownloadOutlined, EyeInvisibleOutlined } from '@ant-design/icons'
import { allQuestions } from '../../../../../src/domain/survey/model.ts'
import type { SurveyView } from '../../../../../src/shared/survey.schema.ts'
import { ApiError } from '../../../api/client.ts'
import { surveysApi } from '../../../api/surveys.ts'
import { useAuth } from '../../../auth/auth.tsx'
import { useLocale } from '../../../i18n/locale.tsx'
import type { MessageKey } from '../../../i18n/messages.ts'
import { useLoad } from '../../../lib/use-load.ts'
import { LoadError } from '../../../components/StatusPages.tsx'
import { BreakdownCard, CrosstabCard } from './CrosstabCard.tsx'
import { QuestionResultCard } from './QuestionResultCard.tsx'
import { WeightsEditor } from './WeightsEditor.tsx'

/** Open answers of one text question, grouped by topic and direction with examples. */
function OpenAnswersCard({ survey }: { survey: SurveyView }) {
  const { t } = useLocale()
  const [params, setParams] = useSearchParams()
  const textQuestions = useMemo(() => allQuestions(survey.questionnaire).map((x) => x.question).filter((q) => q.type === 'text' || q.type === 'long_text'), [survey.questionnaire])
  const question = params.get('oq') ?? textQuestions[0]?.name
  const data = useLoad((s) => (question ? surveysApi.openAnswers(survey.id, question, s) : Promise.resolve(null)), [survey.id, question])
  if (textQuestions.length === 0) return <Empty description={t('ui.surveys.open.none')} />
  return (
    <Card size="small" data-testid="open-answers">
      <Select
        value={question}
        onChange={(v: string) => {
          const next = new URLSearchParams(params)
          next.set('oq', v)
          setParams(next, { replace: true })
        }}
        options={textQuestions.map((q) => ({ value: q.name, label: `${q.name} — ${q.label}` }))}
        style={{ width: '100%', marginBottom: 12 }}
        aria-label={t('ui.surveys.open.question')}
      />
      {data.error != null ? <LoadError error={data.error} onRetry={data.reload} /> : data.loading || !data.data ? <Skeleton active /> : data.data.groups.length === 0 ? (
        <Empty description={t('ui.surveys.open.empty')} />
      ) : (
        <List
          dataSource={data.data.groups}
          renderItem={(g) => (
            <List.Item style={{ display: 'block' }}>
              <Flex justify="space-between" gap={8} wrap>
                <Typography.Text strong>
                  {t('ui.surveys.open.group', { topic: t(`topics.${g.topic}` as MessageKey), direction: t(`directions.${g.direction}` as MessageKey) })}
                </Typography.Text>
                <Tag>{t('ui.surveys.open.count', { count: g.count })}</Tag>
              </Flex>
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {g.examples.map((e, i) => <li key={i}><Typography.Text type="secondary">“{e}”</Typography.Text></li>)}
              </ul>
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}

/** The results tab. */
export function ResultsTab({ survey }: { survey: SurveyView }) {
  const { t } = useLocale()
  const { can } = useAuth()
  const [params, setParams] = useSearchParams()
  const results = useLoad((s) => surveysApi.results(survey.id, s), [survey.id, survey.status, survey.updatedAt])
  const sub = params.get('rtab') ?? 'questions'
  const hidden = results.error instanceof ApiError && results.error.code === 'SURVEY_RESULTS_HIDDEN'

  const downloads = {
    items: [
      ...(can('survey_response', 'export') ? [
        { key: 'xlsx', label: <a href={surveysApi.responsesUrl(survey.id, 'xlsx')} download data-testid="download-xlsx">{t('ui.surveys.results.xlsx')}</a> },
        { key: 'csv', label: <a href={surveysApi.responsesUrl(survey.id, 'csv')} download data-testid="download-csv">{t('ui.surveys.results.csv')}</a> },
        { key: 'codebook', label: <a href={surveysApi.codebookUrl(survey.id)} download>{t('ui.surveys.results.codebook')}</a> },
      ] : []),
      ...(can('survey', 'export') ? [{ key: 'docx', label: <a href={surveysApi.reportUrl(survey.id)} download data-testid="download-docx">{t('ui.surveys.results.docx')}</a> }] : []),
    ],
  }

  if (hidden) {
    return (
      <>
        <Alert type="info" showIcon icon={<EyeInvisibleOutlined />} title={t('ui.surveys.results.hidden')} data-testid="results-hidden" style={{ marginBottom: 12 }} />
        {can('survey', 'update') && <Collapse items={[{ key: 'w', label: t('ui.surveys.results.tabWeights'), children: <WeightsEditor survey={survey} onChanged={results.reload} /> }]} />}
      </>
    )
  }
  if (results.error != null) return <LoadError error={results.error} onRetry={results.reload} />
  if (!results.data) return <Skeleton active paragraph={{ rows: 8 }} />
  const r = results.data

  const questionsPane = r.n === 0 ? <Empty description={t('ui.surveys.results.empty')} /> : (
    <div data-testid="results-questions">
      {r.questions.map((q, i) => <QuestionResultCard key={q.name} result={q} number={i + 1} weighted={r.weighted} />)}
    </div>
  )

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong data-testid="results-n">{t('ui.surveys.results.n', { n: r.n })}</Typography.Text>
          <Tag color={r.weighted ? 'purple' : 'default'} data-testid="results-weighted">{r.weighted ? t('ui.surveys.results.weightedTag') : t('ui.surveys.results.unweightedTag')}</Tag>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.surveys.results.moeHint')}</Typography.Text>
        </Flex>
        {downloads.items.length > 0 && (
          <Dropdown menu={downloads} trigger={['click']}>
            <Button icon={<DownloadOutlined />} data-testid="results-downloads">{t('ui.surveys.results.downloads')}</Button>
          </Dropdown>
        )}
      </Flex>
      <Tabs
        activeKey={sub}
        onChange={(k) => {
          const next = new URLSearchParams(params)
          next.set('rtab', k)
          setParams(next, { replace: true })
        }}
        items={[
          { key: 'questions', label: t('ui.surveys.results.tabQuestions'), children: questionsPane },
          { key: 'weights', label: t('ui.surveys.results.tabWeights'), children: <WeightsEditor survey={survey} onChanged={results.reload} /> },
          { key: 'crosstab', label: t('ui.surveys.results.tabCrosstab'), children: <CrosstabCard survey={survey} /> },
          { key: 'breakdown', label: t('ui.surveys.results.tabBreakdown'), children: <BreakdownCard survey={survey} /> },
          { key: 'open', label: t('ui.surveys.results.tabOpen'), children: <OpenAnswersCard survey={survey} /> },
        ]}
      />
    </>
  )
}
