/**
 * The public pages of a survey, without signing in (mobile-first):
 * - /khao-sat/:token — the form (one section per screen, progress, required and validation messages, the
 *   invitation code where the survey uses codes), then a thank-you page; a closed survey says so.
 * - /khao-sat/:token/ket-qua — the published results: per question charts and tables with ± margins.
 * Nothing identifies the respondent: no account, and the server stores no IP address or device.
 */
import { useState, type ReactNode } from 'react'
import { useParams } from 'react-router-dom'
import { Alert, Button, Card, Empty, Flex, Form, Input, Result, Skeleton, Tag, Typography } from 'antd'
import { BarChartOutlined, LockOutlined, SmileOutlined } from '@ant-design/icons'
import type { Answers } from '../../../../src/domain/survey/model.ts'
import { ApiError } from '../../api/client.ts'
import { publicSurveyApi } from '../../api/surveys.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { SurveyForm } from '../../components/survey/SurveyForm.tsx'
import { answersToSend, domainShowIf } from '../../components/survey/form-logic.ts'
import { QuestionResultCard } from './results/QuestionResultCard.tsx'

/** The frame of the public pages: the app's name, the language switch, a narrow column. */
function PublicFrame({ children }: { children: ReactNode }) {
  const { t } = useLocale()
  return (
    <div style={{ minHeight: '100vh', background: '#f0f4fa' }}>
      <header style={{ background: '#fff', borderBottom: '1px solid #e5e7eb' }}>
        <Flex justify="space-between" align="center" style={{ maxWidth: 720, margin: '0 auto', padding: '8px 12px' }}>
          <Flex align="center" gap={8}>
            <img src="/favicon.svg" alt="" width={24} height={24} />
            <Typography.Text strong>{t('app.name')}</Typography.Text>
          </Flex>
          <LanguageSwitch />
        </Flex>
      </header>
      <main style={{ maxWidth: 720, margin: '0 auto', padding: 12 }}>{children}</main>
      <footer style={{ textAlign: 'center', padding: '16px 12px 24px', color: '#6b7280', fontSize: 12 }}>{t('ui.surveys.public.footer')}</footer>
    </div>
  )
}

function notFound(err: unknown): boolean {
  return err instanceof ApiError && err.status === 404
}

/** /khao-sat/:token */
export function PublicSurveyPage() {
  const { token = '' } = useParams()
  const { t, errorText } = useLocale()
  const survey = useLoad((s) => publicSurveyApi.get(token, s), [token])
  const [answers, setAnswers] = useState<Answers>({})
  const [code, setCode] = useState('')
  const [codeError, setCodeError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [sent, setSent] = useState(false)

  if (survey.error != null) {
    return (
      <PublicFrame>
        {notFound(survey.error)
          ? <Result status="404" title={t('ui.surveys.public.notFoundTitle')} subTitle={t('ui.surveys.public.notFoundText')} data-testid="public-not-found" />
          : <LoadError error={survey.error} onRetry={survey.reload} />}
      </PublicFrame>
    )
  }
  if (!survey.data) return <PublicFrame><Skeleton active paragraph={{ rows: 8 }} /></PublicFrame>
  const s = survey.data
  const resultsLink = s.resultsPublished && (
    <Button type="primary" icon={<BarChartOutlined />} href={`/khao-sat/${encodeURIComponent(token)}/ket-qua`} data-testid="public-see-results">{t('ui.surveys.public.seeResults')}</Button>
  )

  if (sent) {
    return (
      <PublicFrame>
        <Card>
          <Result status="success" icon={<SmileOutlined />} title={t('ui.surveys.public.thanksTitle')} subTitle={t('ui.surveys.public.thanksText')} data-testid="public-thanks" />
        </Card>
      </PublicFrame>
    )
  }
  if (s.status !== 'open') {
    return (
      <PublicFrame>
        <Card>
          <Result status="info" icon={<LockOutlined />} title={t('ui.surveys.public.closedTitle')} subTitle={<>{s.title}<br />{t('ui.surveys.public.closedText')}</>} extra={resultsLink} data-testid="public-closed" />
        </Card>
      </PublicFrame>
    )
  }

  const submit = async () => {
    setBusy(true)
    setError(null)
    try {
      await publicSurveyApi.respond(token, { answers: answersToSend(s.questionnaire, answers, domainShowIf), inviteCode: s.inviteOnly ? code.trim() : undefined })
      setSent(true)
      window.scrollTo({ top: 0 })
    } catch (err) {
      const c = err instanceof ApiError ? err.code : ''
      if (c.startsWith('SURVEY_INVITE')) setCodeError(errorText(err))
      else setError(err)
    } finally {
      setBusy(false)
    }
  }

  const inviteField = s.inviteOnly && (
    <Form.Item
      label={t('ui.surveys.public.inviteCode')}
      extra={t('ui.surveys.public.inviteHint')}
      validateStatus={codeError ? 'error' : undefined}
      help={codeError ?? undefined}
      required
      layout="vertical"
    >
      <Input
        value={code}
        onChange={(e) => { setCode(e.target.value.toUpperCase()); setCodeError(null) }}
        size="large"
        autoComplete="one-time-code"
        autoCapitalize="characters"
        style={{ fontFamily: 'monospace', letterSpacing: 2 }}
        data-testid="public-invite-code"
      />
    </Form.Item>
  )

  return (
    <PublicFrame>
      <Card styles={{ body: { padding: 16 } }}>
        <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="public-title">{s.questionnaire.title || s.title}</Typography.Title>
        {s.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.description}</Typography.Paragraph>}
        <Flex gap={6} wrap style={{ marginBottom: 12 }}>
          <Tag icon={<LockOutlined />} color="blue" style={{ whiteSpace: 'normal' }}>{t('ui.surveys.public.anonymous')}</Tag>
          {s.closesOn && <Tag>{t('ui.surveys.public.closesOn', { date: formatDate(s.closesOn) })}</Tag>}
        </Flex>
        {error != null && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} data-testid="public-error" />}
        <SurveyForm
          form={s.questionnaire}
          answers={answers}
          onChange={setAnswers}
          onSubmit={submit}
          layout="paged"
          submitting={busy}
          beforeSubmit={inviteField}
          canSubmit={() => {
            if (s.inviteOnly && !code.trim()) {
              setCodeError(t('ui.surveys.public.inviteRequired'))
              return false
            }
            return true
          }}
        />
      </Card>
    </PublicFrame>
  )
}

/** /khao-sat/:token/ket-qua */
export function PublicResultsPage() {
  const { token = '' } = useParams()
  const { t } = useLocale()
  const results = useLoad((s) => publicSurveyApi.results(token, s), [token])
  if (results.error != null) {
    return (
      <PublicFrame>
        {notFound(results.error)
          ? <Result status="404" title={t('ui.surveys.public.resultsNotPublished')} subTitle={t('ui.surveys.public.notFoundText')} data-testid="public-results-missing" />
          : <LoadError error={results.error} onRetry={results.reload} />}
      </PublicFrame>
    )
  }
  if (!results.data) return <PublicFrame><Skeleton active paragraph={{ rows: 10 }} /></PublicFrame>
  const r = results.data
  return (
    <PublicFrame>
      <Typography.Text type="secondary">{t('ui.surveys.public.resultsTitle')}</Typography.Text>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="public-results-title">{r.title}</Typography.Title>
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Tag color="blue" data-testid="public-results-n">{t('ui.surveys.public.resultsN', { n: r.n })}</Tag>
        {r.weighted && <Tag color="purple">{t('ui.surveys.results.weightedTag')}</Tag>}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('ui.surveys.public.resultsMethod')}</Typography.Paragraph>
      {r.questions.length === 0 ? <Empty description={t('ui.surveys.results.empty')} /> : (
        <div data-testid="public-results">
          {r.questions.map((q, i) => <QuestionResultCard key={q.name} result={q} number={i + 1} weighted={r.weighted} />)}
        </div>
      )}
    </PublicFrame>
  )
}
