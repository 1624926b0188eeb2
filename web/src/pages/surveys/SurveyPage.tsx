/**
 * One survey (/surveys/:id): its status and the actions of its life — open, close, reopen, publish, unpublish,
 * delete a draft — each confirmed first; tabs for the questionnaire builder, settings (dates, access, quotas),
 * fieldwork (progress, link, QR, invitation codes), entering answers (paper forms, file import) and results.
 * The tab is kept in the address (?tab=results).
 */
import { useState } from 'react'
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { App, Button, Flex, Skeleton, Space, Tabs, Tag, Typography } from 'antd'
import { ArrowLeftOutlined, CheckCircleOutlined, DeleteOutlined, GlobalOutlined, LockOutlined, PlayCircleOutlined, StopOutlined, UnlockOutlined } from '@ant-design/icons'
import type { SurveyView } from '../../../../src/shared/survey.schema.ts'
import { publicResultsLink, surveysApi } from '../../api/surveys.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatDate } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { Builder } from './builder/Builder.tsx'
import { FieldworkTab } from './FieldworkTab.tsx'
import { EntryTab } from './EntryTab.tsx'
import { SettingsTab } from './SettingsTab.tsx'
import { ResultsTab } from './results/ResultsTab.tsx'
import { StatusTag } from './StatusTag.tsx'

type Action = 'open' | 'close' | 'publish' | 'unpublish'
const TABS = ['builder', 'settings', 'fieldwork', 'entry', 'results'] as const
type TabKey = (typeof TABS)[number]

/** The survey page. */
export function SurveyPage() {
  const { id = '' } = useParams()
  const { can } = useAuth()
  const { t, errorText } = useLocale()
  const { modal, message } = App.useApp()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const loaded = useLoad((s) => surveysApi.get(id, s), [id])
  const [override, setOverride] = useState<SurveyView | null>(null)
  const survey = override && override.id === id ? override : loaded.data
  const reload = () => {
    setOverride(null)
    loaded.reload()
  }

  if (loaded.error != null && !survey) return <LoadError error={loaded.error} onRetry={loaded.reload} />
  if (!survey) return <Skeleton active paragraph={{ rows: 8 }} />

  const manage = can('survey', 'manage')
  const defaultTab: TabKey = survey.status === 'draft' ? 'builder' : survey.status === 'open' ? 'fieldwork' : 'results'
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : defaultTab
  const setTab = (k: string) => {
    const next = new URLSearchParams(params)
    next.set('tab', k)
    setParams(next, { replace: true })
  }

  const act = (action: Action, title: MessageKey, text: MessageKey | null, danger = false) => {
    modal.confirm({
      title: t(title),
      content: text ? t(text) : undefined,
      okText: t(`ui.surveys.detail.${action}` as MessageKey),
      okButtonProps: { danger, 'data-testid': 'confirm-ok' } as never,
      cancelText: t('ui.common.cancel'),
      onOk: async () => {
        try {
          const next = await surveysApi.transition(survey.id, action)
          setOverride(next)
          message.success(t('ui.surveys.detail.done', { status: t(`ui.surveys.statuses.${next.status}`) }))
        } catch (err) {
          message.error(errorText(err))
        }
      },
    })
  }
  const remove = () => {
    modal.confirm({
      title: t('ui.surveys.detail.deleteConfirm'),
      content: t('ui.surveys.detail.deleteText'),
      okText: t('ui.common.delete'),
      okButtonProps: { danger: true, 'data-testid': 'confirm-ok' } as never,
      cancelText: t('ui.common.cancel'),
      onOk: async () => {
        try {
          await surveysApi.remove(survey.id)
          message.success(t('ui.surveys.detail.deleted'))
          navigate('/surveys', { replace: true })
        } catch (err) {
          message.error(errorText(err))
        }
      },
    })
  }

  const actions = manage && (
    <Space wrap>
      {survey.status === 'draft' && (
        <Button type="primary" icon={<PlayCircleOutlined />} onClick={() => act('open', 'ui.surveys.detail.openConfirm', 'ui.surveys.detail.openText')} data-testid="survey-open">
          {t('ui.surveys.detail.open')}
        </Button>
      )}
      {survey.status === 'open' && (
        <Button icon={<StopOutlined />} onClick={() => act('close', 'ui.surveys.detail.closeConfirm', 'ui.surveys.detail.closeText')} data-testid="survey-close">
          {t('ui.surveys.detail.close')}
        </Button>
      )}
      {survey.status === 'closed' && (
        <>
          <Button icon={<UnlockOutlined />} onClick={() => act('open', 'ui.surveys.detail.openConfirm', 'ui.surveys.detail.openText')} data-testid="survey-reopen">
            {t('ui.surveys.detail.reopen')}
          </Button>
          <Button type="primary" icon={<GlobalOutlined />} onClick={() => act('publish', 'ui.surveys.detail.publishConfirm', 'ui.surveys.detail.publishText')} data-testid="survey-publish">
            {t('ui.surveys.detail.publish')}
          </Button>
        </>
      )}
      {survey.status === 'published' && (
        <Button icon={<LockOutlined />} onClick={() => act('unpublish', 'ui.surveys.detail.unpublishConfirm', null, true)} data-testid="survey-unpublish">
          {t('ui.surveys.detail.unpublish')}
        </Button>
      )}
      {survey.status === 'draft' && survey.responses === 0 && (
        <Button danger icon={<DeleteOutlined />} onClick={remove} data-testid="survey-delete">{t('ui.surveys.detail.delete')}</Button>
      )}
    </Space>
  )

  const onSaved = (s: SurveyView) => setOverride(s)

  return (
    <>
      <Link to="/surveys" style={{ display: 'inline-block', marginBottom: 8 }}><ArrowLeftOutlined /> {t('ui.surveys.detail.back')}</Link>
      <Flex justify="space-between" align="start" wrap gap={8} style={{ marginBottom: 8 }}>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="survey-heading">{survey.title}</Typography.Title>
          <Space size={4} wrap style={{ marginTop: 4 }}>
            <StatusTag status={survey.status} />
            <Tag>{t(`ui.surveys.kinds.${survey.kind}`)}</Tag>
            {survey.waveLabel && <Tag>{survey.waveLabel}</Tag>}
            {survey.seriesKey && <Tag>#{survey.seriesKey}</Tag>}
            <Tag data-testid="survey-responses">{t('ui.surveys.detail.responses', { count: survey.responses })}</Tag>
            {survey.weighted && <Tag color="purple">{t('ui.surveys.detail.weighted')}</Tag>}
            <Typography.Text type="secondary">
              {survey.unit.name} · {survey.opensOn || survey.closesOn
                ? t('ui.surveys.detail.dates', { from: formatDate(survey.opensOn) || '…', to: formatDate(survey.closesOn) || '…' })
                : t('ui.surveys.detail.noDates')}
            </Typography.Text>
          </Space>
          {survey.status === 'published' && (
            <div style={{ marginTop: 4 }}>
              <CheckCircleOutlined style={{ color: '#16a34a' }} />{' '}
              <a href={publicResultsLink(survey.publicToken)} target="_blank" rel="noreferrer" data-testid="public-results-link">{t('ui.surveys.detail.publicResults')}</a>
            </div>
          )}
        </div>
        {actions}
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          { key: 'builder', label: t('ui.surveys.detail.tabBuilder'), children: <Builder survey={survey} onSaved={onSaved} /> },
          ...(can('survey', 'update') ? [{ key: 'settings', label: t('ui.surveys.detail.tabSettings'), children: <SettingsTab survey={survey} onSaved={onSaved} /> }] : []),
          { key: 'fieldwork', label: t('ui.surveys.detail.tabFieldwork'), children: <FieldworkTab survey={survey} onChanged={onSaved} /> },
          ...(can('survey_response', 'create') || can('survey_response', 'import') || can('survey_response', 'read')
            ? [{ key: 'entry', label: t('ui.surveys.detail.tabEntry'), children: <EntryTab survey={survey} onChanged={reload} /> }] : []),
          { key: 'results', label: t('ui.surveys.detail.tabResults'), children: <ResultsTab survey={survey} /> },
        ]}
      />
    </>
  )
}
