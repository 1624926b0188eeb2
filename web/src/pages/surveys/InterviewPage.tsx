/**
 * Phiếu điều tra (/phieu-dieu-tra): an interviewer (collaborator, unit officer, delegate) asks people the questions
 * of an open survey on a phone and enters their answers. Works offline once opened online: the surveys and their
 * questionnaires are kept in IndexedDB (snapshot), each answer goes into the app's outbox with its own client id
 * and is sent when there is a network — once, however often the send is repeated.
 */
import { useEffect, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { Alert, App, Badge, Button, Card, Empty, Flex, List, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd'
import { CheckCircleOutlined, ClockCircleOutlined, CloudUploadOutlined, DisconnectOutlined, ExclamationCircleOutlined, FormOutlined, SwapOutlined } from '@ant-design/icons'
import type { Answers } from '../../../../src/domain/survey/model.ts'
import { surveysApi } from '../../api/surveys.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate, formatDateTime } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { SurveyForm } from '../../components/survey/SurveyForm.tsx'
import { answersToSend, domainShowIf } from '../../components/survey/form-logic.ts'
import { useOutbox } from '../../offline/OutboxProvider.tsx'
import { useOnline } from '../../offline/online.ts'
import { discard, enqueueSurveyResponse, type OutboxItem } from '../../offline/outbox.ts'
import { loadWithSnapshot } from '../../offline/snapshot.ts'

/** The interviewer's page. */
export function InterviewPage() {
  const { me } = useAuth()
  const { t, errorText } = useLocale()
  const { message } = App.useApp()
  const online = useOnline()
  const outbox = useOutbox()
  const [params, setParams] = useSearchParams()
  const [answers, setAnswers] = useState<Answers>({})
  const [round, setRound] = useState(0)
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState(0)

  const surveys = useLoad(() => loadWithSnapshot(me.id, 'survey-fieldwork', surveysApi.fieldwork), [me.id])
  const list = surveys.data?.value.items ?? []
  const chosenId = params.get('s') ?? (list.length === 1 ? list[0]!.id : null)
  const survey = list.find((s) => s.id === chosenId) ?? null
  const mine = useMemo(() => outbox.items.filter((i) => i.survey), [outbox.items])
  const pending = mine.filter((i) => i.status === 'pending').length

  // a new survey chosen: a blank form
  useEffect(() => {
    setAnswers({})
    setRound((r) => r + 1)
  }, [chosenId])

  const choose = (id: string | null) => {
    const next = new URLSearchParams(params)
    if (id) next.set('s', id)
    else next.delete('s')
    setParams(next)
  }

  const submit = async () => {
    if (!survey) return
    setBusy(true)
    try {
      await enqueueSurveyResponse(me.id, {
        surveyId: survey.id,
        surveyTitle: survey.title,
        input: { channel: 'interviewer', answers: answersToSend(survey.questionnaire, answers, domainShowIf), submittedAt: new Date().toISOString() },
      })
      message.success(navigator.onLine ? t('ui.surveys.interview.queuedOnline') : t('ui.surveys.interview.queuedOffline'))
      setAnswers({})
      setRound((r) => r + 1)
      setDone((n) => n + 1)
      await outbox.refresh()
      if (navigator.onLine) void outbox.sendNow()
      window.scrollTo({ top: 0, behavior: 'smooth' })
    } catch (err) {
      message.error(t('ui.surveys.interview.storageFailed', { reason: errorText(err) }))
    } finally {
      setBusy(false)
    }
  }

  const statusTag = (i: OutboxItem) => {
    if (i.status === 'sent') return <Tag icon={<CheckCircleOutlined />} color="success">{t('ui.outbox.sent')}</Tag>
    if (i.status === 'rejected') return <Tag icon={<ExclamationCircleOutlined />} color="error">{t('ui.outbox.rejected')}</Tag>
    return <Tag icon={<ClockCircleOutlined />} color="warning">{t('ui.outbox.pending')}</Tag>
  }

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('ui.surveys.interview.title')}</Typography.Title>
        <Space size={4} wrap>
          {!online && <Tag icon={<DisconnectOutlined />} data-testid="offline-tag">{t('ui.offline.tag')}</Tag>}
          {outbox.ready && (
            <Badge count={pending} size="small" offset={[-4, 2]} showZero={false}>
              <Tag color={pending ? 'warning' : 'success'} data-testid="interview-outbox-badge" data-count={pending} style={{ marginInlineEnd: 0 }}>
                {pending ? t('ui.outbox.badge', { count: pending }) : t('ui.outbox.allSent')}
              </Tag>
            </Badge>
          )}
          {pending > 0 && online && (
            <Button size="small" icon={<CloudUploadOutlined />} loading={outbox.syncing} onClick={() => void outbox.sendNow()}>{t('ui.outbox.sendNow')}</Button>
          )}
        </Space>
      </Flex>
      <Typography.Paragraph type="secondary">{t('ui.surveys.interview.description')}</Typography.Paragraph>
      {surveys.data?.stale && surveys.data.savedAt && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('ui.surveys.interview.savedAt', { time: formatDateTime(surveys.data.savedAt) })} data-testid="interview-stale" />
      )}

      {surveys.error != null && !surveys.data ? <LoadError error={surveys.error} onRetry={surveys.reload} /> : surveys.loading && !surveys.data ? <Skeleton active /> : !survey ? (
        <Card size="small" title={t('ui.surveys.interview.choose')}>
          {list.length === 0 ? <Empty description={t('ui.surveys.interview.none')} /> : (
            <List
              dataSource={list}
              renderItem={(s) => (
                <List.Item actions={[<Button key="go" type="primary" icon={<FormOutlined />} onClick={() => choose(s.id)} data-testid="interview-start">{t('ui.surveys.interview.start')}</Button>]}>
                  <List.Item.Meta
                    title={s.title}
                    description={[s.unit.name, s.closesOn && t('ui.surveys.public.closesOn', { date: formatDate(s.closesOn) })].filter(Boolean).join(' · ')}
                  />
                </List.Item>
              )}
              data-testid="interview-surveys"
            />
          )}
        </Card>
      ) : (
        <Card
          size="small"
          title={<span style={{ whiteSpace: 'normal' }}>{survey.title}</span>}
          extra={list.length > 1 && <Button size="small" icon={<SwapOutlined />} onClick={() => choose(null)}>{t('ui.surveys.interview.pick')}</Button>}
          data-testid="interview-form"
        >
          <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 12, fontSize: 12 }}>
            {t('ui.surveys.interview.respondent', { n: done + 1 })}
          </Typography.Text>
          <SurveyForm form={survey.questionnaire} answers={answers} onChange={setAnswers} onSubmit={submit} layout="paged" submitting={busy} resetKey={`${survey.id}-${round}`} />
        </Card>
      )}

      <Card size="small" title={t('ui.surveys.interview.outboxTitle')} style={{ marginTop: 12 }} data-testid="interview-outbox">
        {mine.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.surveys.interview.outboxEmpty')} /> : (
          <List
            size="small"
            dataSource={mine}
            renderItem={(i) => (
              <List.Item data-testid="interview-outbox-item" data-status={i.status} style={{ display: 'block', paddingInline: 0 }}>
                <Flex justify="space-between" gap={8}>
                  <div style={{ minWidth: 0 }}>
                    <Typography.Text strong>{i.survey?.surveyTitle ?? i.title}</Typography.Text>
                    <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{i.sentAt ? t('ui.outbox.sentAt', { time: formatDateTime(i.sentAt) }) : formatDateTime(i.createdAt)}</Typography.Text></div>
                  </div>
                  {statusTag(i)}
                </Flex>
                {i.status === 'rejected' && i.lastError && <Alert type="error" showIcon style={{ marginTop: 6 }} title={i.lastError.message} />}
                {i.status !== 'sent' && (
                  <Popconfirm title={t('ui.outbox.discardConfirm')} description={t('ui.outbox.discardHint')} okText={t('ui.common.delete')} okButtonProps={{ danger: true }} cancelText={t('ui.common.cancel')}
                    onConfirm={() => discard(i.clientId)}>
                    <Button size="small" danger type="text">{t('ui.outbox.discard')}</Button>
                  </Popconfirm>
                )}
              </List.Item>
            )}
          />
        )}
      </Card>
    </div>
  )
}
