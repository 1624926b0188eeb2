/**
 * Điều tra DLXH (/surveys) — the survey database: every survey in the user's scope with search (titles and
 * question texts, accents optional) and filters by status, kind and series in the address; the question search
 * across all surveys; the series with their waves, and a question asked in several waves as a trend.
 */
import { useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router-dom'
import { Button, Card, Empty, Flex, Grid, Input, List, Select, Table, Tabs, Tag, Typography } from 'antd'
import { LineChartOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons'
import { SURVEY_KINDS, SURVEY_STATUSES, type SurveyKind, type SurveyListItem, type SurveyStatus } from '../../../../src/shared/survey.schema.ts'
import { unitsApi } from '../../api/endpoints.ts'
import { surveyDatabaseApi, surveysApi } from '../../api/surveys.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { PageHeader } from '../../components/PageHeader.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { CreateSurveyModal, ImportFormModal } from './SurveyDialogs.tsx'
import { TrendModal } from './TrendModal.tsx'
import { StatusTag } from './StatusTag.tsx'

const PAGE_SIZE = 20
type TabKey = 'surveys' | 'questions' | 'series'

/** The survey database page. */
export function SurveysPage() {
  const { can } = useAuth()
  const { t } = useLocale()
  const navigate = useNavigate()
  const screens = Grid.useBreakpoint()
  const wide = screens.md ?? true
  const [params, setParams] = useSearchParams()
  const tab = (['surveys', 'questions', 'series'].includes(params.get('tab') ?? '') ? params.get('tab') : 'surveys') as TabKey
  const q = params.get('q') ?? ''
  const status = (params.get('status') || undefined) as SurveyStatus | undefined
  const kind = (params.get('kind') || undefined) as SurveyKind | undefined
  const seriesKey = params.get('series') || undefined
  const page = Math.max(1, Number(params.get('page')) || 1)
  const [creating, setCreating] = useState(false)
  const [importing, setImporting] = useState(false)
  const [trend, setTrend] = useState<{ seriesKey: string; question?: string; pickFrom?: string } | null>(null)

  const set = (change: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params)
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v)
      else next.delete(k)
    }
    if (!('page' in change)) next.delete('page')
    setParams(next, { replace: true })
  }

  const list = useLoad((s) => surveysApi.list({ q: q || undefined, status, kind, seriesKey, page, pageSize: PAGE_SIZE }, s), [q, status, kind, seriesKey, page])
  const series = useLoad((s) => surveyDatabaseApi.series(s), [])
  const questions = useLoad((s) => (tab === 'questions' && q.trim() ? surveyDatabaseApi.questions({ q, pageSize: 50 }, s) : Promise.resolve(null)), [tab, q])
  const units = useLoad(() => (can('survey', 'create') || can('survey', 'import') ? unitsApi.list(false) : Promise.resolve({ items: [], total: 0 })), [])
  const filtered = !!(q || status || kind || seriesKey)

  const dates = (s: SurveyListItem) =>
    s.opensOn || s.closesOn ? t('ui.surveys.detail.dates', { from: formatDate(s.opensOn) || '…', to: formatDate(s.closesOn) || '…' }) : t('ui.surveys.detail.noDates')

  const titleCell = (s: SurveyListItem) => (
    <div style={{ minWidth: 0 }}>
      <Link to={`/surveys/${s.id}`} data-testid="survey-link"><Typography.Text strong style={{ color: 'inherit' }}>{s.title}</Typography.Text></Link>
      <div>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {[s.unit.name, s.waveLabel, s.seriesKey && `#${s.seriesKey}`].filter(Boolean).join(' · ')}
        </Typography.Text>
      </div>
    </div>
  )

  const searchBox = (placeholder: string) => (
    <Input.Search
      key={q}
      defaultValue={q}
      allowClear
      placeholder={placeholder}
      onSearch={(v) => set({ q: v.trim() || undefined })}
      style={{ maxWidth: 420, flex: '1 1 260px' }}
      enterButton
      data-testid="survey-search"
    />
  )

  const surveysTab = (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {searchBox(t('ui.surveys.list.search'))}
        <Select allowClear value={status} onChange={(v?: string) => set({ status: v })} placeholder={t('ui.surveys.list.allStatuses')} style={{ minWidth: 160 }}
          options={SURVEY_STATUSES.map((v) => ({ value: v, label: t(`ui.surveys.statuses.${v}`) }))} aria-label={t('ui.surveys.list.status')} data-testid="survey-filter-status" />
        <Select allowClear value={kind} onChange={(v?: string) => set({ kind: v })} placeholder={t('ui.surveys.list.allKinds')} style={{ minWidth: 140 }}
          options={SURVEY_KINDS.map((v) => ({ value: v, label: t(`ui.surveys.kinds.${v}`) }))} aria-label={t('ui.surveys.list.kind')} data-testid="survey-filter-kind" />
        <Select allowClear value={seriesKey} onChange={(v?: string) => set({ series: v })} placeholder={t('ui.surveys.list.allSeries')} style={{ minWidth: 180 }}
          options={(series.data ?? []).map((s) => ({ value: s.seriesKey, label: s.seriesKey }))} aria-label={t('ui.surveys.list.series')} data-testid="survey-filter-series" />
        {filtered && <Button onClick={() => setParams(new URLSearchParams(), { replace: true })}>{t('ui.common.reset')}</Button>}
      </Flex>
      {list.error != null ? <LoadError error={list.error} onRetry={list.reload} /> : wide ? (
        <Table<SurveyListItem>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={filtered ? t('ui.surveys.list.emptyFiltered') : t('ui.surveys.list.empty')} /> }}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (p) => set({ page: String(p) }), showSizeChanger: false }}
          onRow={(s) => ({ onDoubleClick: () => navigate(`/surveys/${s.id}`) })}
          scroll={{ x: 'max-content' }}
          data-testid="survey-table"
          columns={[
            { title: t('ui.surveys.list.colTitle'), key: 'title', render: (_, s) => titleCell(s) },
            { title: t('ui.surveys.list.colStatus'), key: 'status', render: (_, s) => <StatusTag status={s.status} />, width: 150 },
            { title: t('ui.surveys.create.kind'), key: 'kind', render: (_, s) => t(`ui.surveys.kinds.${s.kind}`), width: 100 },
            { title: t('ui.surveys.list.colDates'), key: 'dates', render: (_, s) => dates(s), width: 200 },
            { title: t('ui.surveys.list.colQuestions'), dataIndex: 'questions', align: 'right', width: 90 },
            { title: t('ui.surveys.list.colResponses'), dataIndex: 'responses', align: 'right', width: 90 },
          ]}
        />
      ) : (
        <List
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: <Empty description={filtered ? t('ui.surveys.list.emptyFiltered') : t('ui.surveys.list.empty')} /> }}
          pagination={(list.data?.total ?? 0) > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: (p) => set({ page: String(p) }), size: 'small' } : false}
          renderItem={(s) => (
            <List.Item style={{ display: 'block' }}>
              {titleCell(s)}
              <Flex gap={6} wrap style={{ marginTop: 4 }}>
                <StatusTag status={s.status} />
                <Tag>{t('ui.surveys.detail.responses', { count: s.responses })}</Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{dates(s)}</Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </>
  )

  const questionsTab = (
    <>
      <Flex gap={8} style={{ marginBottom: 12 }}>{searchBox(t('ui.surveys.list.search'))}</Flex>
      {!q.trim() ? <Typography.Paragraph type="secondary">{t('ui.surveys.list.questionsHint')}</Typography.Paragraph>
        : questions.error != null ? <LoadError error={questions.error} onRetry={questions.reload} /> : (
          <List
            loading={questions.loading}
            dataSource={questions.data?.items ?? []}
            locale={{ emptyText: <Empty description={t('ui.surveys.list.questionsEmpty')} /> }}
            data-testid="question-hits"
            renderItem={(h) => (
              <List.Item
                actions={h.question && h.survey.seriesKey ? [
                  <Button key="trend" size="small" icon={<LineChartOutlined />} onClick={() => setTrend({ seriesKey: h.survey.seriesKey!, question: h.question!.name })}>
                    {t('ui.surveys.list.trend')}
                  </Button>,
                ] : undefined}
              >
                <List.Item.Meta
                  title={h.question ? <span><Typography.Text code>{h.question.name}</Typography.Text> {h.question.label}</span> : <Link to={`/surveys/${h.survey.id}`}>{h.survey.title}</Link>}
                  description={(
                    <Flex gap={6} wrap align="center">
                      <Link to={`/surveys/${h.survey.id}`}>{h.survey.title}</Link>
                      {h.survey.waveLabel && <Tag>{h.survey.waveLabel}</Tag>}
                      <StatusTag status={h.survey.status} />
                      {!h.question && <Typography.Text type="secondary">{t('ui.surveys.list.matchedSurvey')}</Typography.Text>}
                    </Flex>
                  )}
                />
              </List.Item>
            )}
          />
        )}
    </>
  )

  const seriesTab = series.error != null ? <LoadError error={series.error} onRetry={series.reload} /> : (
    <List
      loading={series.loading}
      dataSource={series.data ?? []}
      locale={{ emptyText: <Empty description={t('ui.surveys.list.seriesEmpty')} /> }}
      grid={{ gutter: 12, xs: 1, md: 2, xl: 3 }}
      renderItem={(s) => (
        <List.Item>
          <Card
            size="small"
            title={<Typography.Text code>{s.seriesKey}</Typography.Text>}
            extra={<Typography.Text type="secondary">{t('ui.surveys.list.waves', { count: s.waves.length })}</Typography.Text>}
            actions={[
              <Button key="trend" type="link" icon={<LineChartOutlined />} onClick={() => setTrend({ seriesKey: s.seriesKey, pickFrom: s.waves[s.waves.length - 1]?.id })} data-testid="series-trend">
                {t('ui.surveys.list.trend')}
              </Button>,
            ]}
          >
            {s.waves.map((w) => (
              <Flex key={w.id} justify="space-between" gap={8} style={{ padding: '4px 0' }}>
                <Link to={`/surveys/${w.id}`}>{w.waveLabel || w.title}</Link>
                <StatusTag status={w.status} />
              </Flex>
            ))}
          </Card>
        </List.Item>
      )}
    />
  )

  return (
    <>
      <PageHeader
        title={t('ui.surveys.title')}
        description={list.data ? `${t('ui.surveys.description')} ${t('ui.surveys.list.count', { count: list.data.total })}.` : t('ui.surveys.description')}
        extra={(
          <>
            {can('survey', 'import') && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="survey-import-form">{t('ui.surveys.importForm')}</Button>}
            {can('survey', 'create') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="survey-create">{t('ui.surveys.new')}</Button>}
          </>
        )}
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ tab: k === 'surveys' ? undefined : k })}
        items={[
          { key: 'surveys', label: t('ui.surveys.list.tabSurveys'), children: surveysTab },
          { key: 'questions', label: t('ui.surveys.list.tabQuestions'), children: questionsTab },
          { key: 'series', label: t('ui.surveys.list.tabSeries'), children: seriesTab },
        ]}
      />
      <CreateSurveyModal open={creating} units={units.data?.items ?? []} onClose={() => setCreating(false)} onCreated={(s) => navigate(`/surveys/${s.id}`)} />
      <ImportFormModal open={importing} units={units.data?.items ?? []} onClose={() => setImporting(false)} onImported={(s) => navigate(`/surveys/${s.id}`)} />
      {trend && <TrendModal {...trend} onClose={() => setTrend(null)} />}
    </>
  )
}
