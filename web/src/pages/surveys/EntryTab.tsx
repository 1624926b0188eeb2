/**
 * Nhập phiếu — paper forms typed in quickly (the respondent form in its dense layout: Tab to move, digits to choose,
 * Ctrl+Enter to save and start the next form), answers imported from a CSV/XLSX file (refused rows listed by row
 * and column), and the anonymised answers received.
 */
import { useState } from 'react'
import { Alert, App, Button, Card, Col, Popconfirm, Row, Statistic, Table, Tag, Typography, Upload } from 'antd'
import { UploadOutlined } from '@ant-design/icons'
import type { Answers } from '../../../../src/domain/survey/model.ts'
import type { ResponseImportResult, ResponseView, SurveyView } from '../../../../src/shared/survey.schema.ts'
import { ApiError } from '../../api/client.ts'
import { surveysApi } from '../../api/surveys.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDateTime } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { RejectedRowsTable, type RejectedRow } from '../../components/RejectedRowsTable.tsx'
import { SurveyForm } from '../../components/survey/SurveyForm.tsx'
import { answersToSend, domainShowIf } from '../../components/survey/form-logic.ts'

/** Paper entry: one form after another, each sent at once with its own client id. */
function PaperEntry({ survey, onSaved }: { survey: SurveyView; onSaved: () => void }) {
  const { t, errorText } = useLocale()
  const { message } = App.useApp()
  const [answers, setAnswers] = useState<Answers>({})
  const [round, setRound] = useState(0)
  const [count, setCount] = useState(0)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const open = survey.status === 'open'

  const save = async () => {
    setBusy(true)
    setError(null)
    try {
      await surveysApi.respond(survey.id, { clientId: crypto.randomUUID(), channel: 'paper', answers: answersToSend(survey.questionnaire, answers, domainShowIf) })
      const n = count + 1
      setCount(n)
      setAnswers({})
      setRound((r) => r + 1)
      message.success(t('ui.surveys.paper.saved', { n }))
      onSaved()
      // the next form starts at its first question
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="paper-entry"] [data-question] input, [data-testid="paper-entry"] [data-question] textarea')?.focus())
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Card
      size="small"
      title={t('ui.surveys.paper.title')}
      extra={(
        <Popconfirm title={t('ui.surveys.paper.clearConfirm')} okText={t('ui.surveys.paper.clear')} okButtonProps={{ danger: true }} cancelText={t('ui.common.cancel')}
          onConfirm={() => { setAnswers({}); setRound((r) => r + 1) }}>
          <Button size="small" type="text" disabled={!open}>{t('ui.surveys.paper.clear')}</Button>
        </Popconfirm>
      )}
      data-testid="paper-entry"
    >
      {!open && <Alert type="info" showIcon title={t('ui.surveys.paper.notOpen')} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('ui.surveys.paper.hint')}</Typography.Paragraph>
      {count > 0 && <Tag color="success" style={{ marginBottom: 8 }} data-testid="paper-count">{t('ui.surveys.paper.count', { count })}</Tag>}
      {error != null && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 8 }} />}
      <SurveyForm
        form={survey.questionnaire}
        answers={answers}
        onChange={setAnswers}
        onSubmit={save}
        layout="dense"
        submitting={busy}
        submitLabel={t('ui.surveys.paper.save')}
        disabled={!open}
        resetKey={round}
      />
    </Card>
  )
}

/** CSV/XLSX import of answers. */
function ResponsesImport({ survey, onImported }: { survey: SurveyView; onImported: () => void }) {
  const { t, errorText } = useLocale()
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<ResponseImportResult | null>(null)
  const [error, setError] = useState<unknown>(null)
  const upload = async (file: File) => {
    setBusy(true)
    setError(null)
    setResult(null)
    try {
      setResult(await surveysApi.importResponses(survey.id, file))
      onImported()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  const rows: RejectedRow[] = result?.rejected
    ?? (error instanceof ApiError && Array.isArray((error.details as { rows?: unknown })?.rows) ? (error.details as { rows: RejectedRow[] }).rows : [])
  return (
    <Card size="small" title={t('ui.surveys.paper.importCsv')} data-testid="responses-import">
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('ui.surveys.paper.importHint')}</Typography.Paragraph>
      <Upload accept=".csv,.xlsx" showUploadList={false} beforeUpload={(f) => { void upload(f); return false }}>
        <Button icon={<UploadOutlined />} loading={busy}>{t('ui.import.choose')}</Button>
      </Upload>
      {result && <Alert type="success" showIcon style={{ marginTop: 12 }} title={t('ui.surveys.paper.imported', { imported: result.imported, unchanged: result.unchanged })} />}
      {error != null && <Alert type="error" showIcon style={{ marginTop: 12 }} title={errorText(error)} />}
      <RejectedRowsTable rejected={rows} />
    </Card>
  )
}

/** The answers received (anonymised). */
function ResponsesList({ survey, refreshKey }: { survey: SurveyView; refreshKey: number }) {
  const { t } = useLocale()
  const [page, setPage] = useState(1)
  const list = useLoad((s) => surveysApi.responses(survey.id, { page, pageSize: 20 }, s), [survey.id, page, refreshKey])
  return (
    <Card size="small" title={t('ui.surveys.paper.responses')} extra={list.data && <Statistic value={list.data.total} styles={{ content: { fontSize: 16 } }} />}>
      <Table<ResponseView>
        size="small"
        rowKey="id"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('ui.surveys.paper.responsesEmpty') }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false, size: 'small' }}
        columns={[
          { title: t('ui.surveys.paper.submittedAt'), key: 'at', render: (_, r) => formatDateTime(r.submittedAt) },
          { title: t('ui.surveys.paper.channel'), key: 'channel', render: (_, r) => <Tag>{t(`ui.surveys.channels.${r.channel}`)}</Tag> },
          { title: t('ui.surveys.paper.weight'), key: 'weight', align: 'right', render: (_, r) => r.weight.toLocaleString('vi-VN', { maximumFractionDigits: 3 }) },
        ]}
      />
    </Card>
  )
}

/** The tab. */
export function EntryTab({ survey, onChanged }: { survey: SurveyView; onChanged: () => void }) {
  const { can } = useAuth()
  const [refreshKey, setRefreshKey] = useState(0)
  const changed = () => {
    setRefreshKey((k) => k + 1)
    onChanged()
  }
  return (
    <Row gutter={[16, 16]}>
      {can('survey_response', 'create') && <Col xs={24} xl={14}><PaperEntry survey={survey} onSaved={() => setRefreshKey((k) => k + 1)} /></Col>}
      <Col xs={24} xl={10}>
        {can('survey_response', 'import') && <ResponsesImport survey={survey} onImported={changed} />}
        {can('survey_response', 'read') && <div style={{ marginTop: 16 }}><ResponsesList survey={survey} refreshKey={refreshKey} /></div>}
      </Col>
    </Row>
  )
}
