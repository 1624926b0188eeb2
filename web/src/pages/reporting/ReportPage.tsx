/**
 * One unit report (/reports/:id): the sections as text areas with their linked opinion streams, the automatic
 * statistics, save (with the version it started from: a conflict says so and keeps the text), submit after a
 * confirmation, the board's return comment in plain sight, the board's return and accept, the version history and
 * the downloads. Ctrl+S saves. A ward report opened here goes to its own page.
 */
import { useCallback, useEffect, useMemo, useState } from 'react'
import { Link, Navigate, useParams } from 'react-router-dom'
import { Alert, App, Button, Card, Col, Flex, Input, Row, Skeleton, Tag, Typography } from 'antd'
import { ArrowLeftOutlined, CheckOutlined, RollbackOutlined, SaveOutlined, SendOutlined } from '@ant-design/icons'
import { ApiError } from '../../api/client.ts'
import { reportingApi, type ReportSection, type ReportView, type StreamCandidate } from '../../api/reporting.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate } from '../../lib/dates.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { DeadlineTag, DownloadButtons, ReportStatusTag, usePeriodName } from './ReportBits.tsx'
import { SectionsEditor } from './SectionsEditor.tsx'
import { StatsCard } from './StatsCard.tsx'
import { VersionHistory } from './VersionHistory.tsx'
import { ReturnModal } from './ReviewModals.tsx'
import { lastDayOf } from './reporting-format.ts'
import { useReport } from './use-report.ts'

/** The report page. */
export function ReportPage() {
  const { id = '' } = useParams()
  const { t, errorText } = useLocale()
  const { message, modal } = App.useApp()
  const periodName = usePeriodName()
  const r = useReport(id)
  const { report, draft, setDraft, dirty, conflict } = r
  const [busy, setBusy] = useState<string | null>(null)
  const [returning, setReturning] = useState(false)
  const [known, setKnown] = useState<Map<string, StreamCandidate>>(new Map())

  const addKnown = useCallback((list: StreamCandidate[]) => setKnown((m) => {
    const next = new Map(m)
    for (const s of list) next.set(s.id, s)
    return next
  }), [])
  // what the linked streams say: the candidates of the period (a read-only viewer may not ask: then only ids show)
  const linked = useMemo(() => report?.sections.some((s) => s.streamIds.length > 0) ?? false, [report])
  useEffect(() => {
    if (!report || report.level !== 'unit' || !linked) return
    const controller = new AbortController()
    reportingApi.candidates(report.id, '', controller.signal).then(addKnown, () => undefined)
    return () => controller.abort()
  }, [report?.id, linked, addKnown])

  const can = (a: string) => !!report?.allowedActions.includes(a as never)
  const editable = can('save')

  /** Runs an action after saving pending edits; reports errors in a message. */
  const run = async (name: string, action: () => Promise<ReportView>, ok: string) => {
    setBusy(name)
    try {
      if (dirty && editable && name !== 'save') await r.save()
      r.replace(await action())
      message.success(ok)
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'REPORT_VERSION_CONFLICT')) message.error(errorText(err))
    } finally {
      setBusy(null)
    }
  }
  const save = () => run('save', () => r.save(), t('ui.reporting.form.savedOk'))

  // Ctrl+S / Cmd+S saves the form
  useEffect(() => {
    if (!editable) return
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault()
        if (dirty && !busy) void save()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  })

  if (r.error != null) return <LoadError error={r.error} onRetry={r.reload} />
  if (!report || !draft) return <Skeleton active />
  if (report.level === 'ward') return <Navigate to={`/ward-reports?period=${encodeURIComponent(report.periodKey)}`} replace />

  const submitted = report.status === 'submitted' || report.status === 'accepted'
  const confirmSubmit = () => modal.confirm({
    title: t('ui.reporting.form.submitConfirmTitle'),
    content: (
      <>
        <p>{t('ui.reporting.form.submitConfirmText')}</p>
        {report.deadline && Date.now() >= Date.parse(report.deadline) && <p><Typography.Text type="warning">{t('ui.reporting.form.submitLate')}</Typography.Text></p>}
      </>
    ),
    okText: t('ui.reporting.form.submit'),
    cancelText: t('ui.common.cancel'),
    okButtonProps: { 'data-testid': 'confirm-ok' },
    onOk: () => run('submit', () => reportingApi.submit(report.id), t('ui.reporting.form.submittedOk')),
  })
  const confirmAccept = () => modal.confirm({
    title: t('ui.reporting.review.acceptConfirmTitle', { unit: report.unitName }),
    content: t('ui.reporting.review.acceptConfirmText'),
    okText: t('ui.reporting.review.accept'),
    cancelText: t('ui.common.cancel'),
    okButtonProps: { 'data-testid': 'confirm-ok' },
    onOk: () => run('accept', () => reportingApi.accept(report.id), t('ui.reporting.review.acceptedOk')),
  })

  const setSections = (sections: ReportSection[]) => setDraft({ ...draft, sections })
  return (
    <>
      <Link to="/reports"><Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>{t('ui.reporting.form.back')}</Button></Link>
      <PageHeader
        title={<span data-testid="report-title">{t('ui.reporting.form.title', { period: periodName(report.periodKey) })}</span>}
        description={
          <Flex gap={6} wrap align="center" component="span">
            <span>{report.unitName}</span>
            <ReportStatusTag status={report.status} late={report.isLate} />
            {report.deadline && <Tag>{t('ui.reporting.deadlineOn', { day: formatDate(lastDayOf(report.deadline)) })}</Tag>}
            <DeadlineTag deadline={report.deadline} submitted={submitted} />
            {report.extension && <Tag color="blue" data-testid="report-extension">{t('ui.reporting.form.extended', { day: formatDate(lastDayOf(report.extension.until)), reason: report.extension.reason })}</Tag>}
            <Typography.Text type="secondary">{t('ui.reporting.history.version', { version: report.version })}</Typography.Text>
          </Flex>
        }
        extra={<DownloadButtons id={report.id} />}
      />
      {report.reviewComment && report.status === 'returned' && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="report-review-comment"
          title={t('ui.reporting.form.returnedTitle')}
          description={<Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0, fontSize: 15 }}>{report.reviewComment}</Typography.Paragraph>} />
      )}
      {report.status === 'accepted' && <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('ui.reporting.form.acceptedNote')} />}
      {report.status === 'submitted' && !can('accept') && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('ui.reporting.form.submittedNote')} />}
      {conflict && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="report-conflict"
          title={t('ui.reporting.form.conflictTitle')} description={t('ui.reporting.form.conflictText')}
          action={<Button size="small" onClick={r.reload}>{t('ui.reporting.form.conflictReload')}</Button>} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Flex vertical gap={12}>
            <Card size="small" title={t('ui.reporting.form.summary')}>
              {editable ? (
                <Input value={draft.summary} onChange={(e) => setDraft({ ...draft, summary: e.target.value })} maxLength={500}
                  aria-label={t('ui.reporting.form.summary')} placeholder={t('ui.reporting.form.summaryPlaceholder')} data-testid="report-summary" />
              ) : <Typography.Text>{draft.summary || '—'}</Typography.Text>}
            </Card>
            <SectionsEditor reportId={report.id} sections={draft.sections} onChange={setSections} readOnly={!editable} linkStreams known={known} onKnown={addKnown} />
          </Flex>
        </Col>
        <Col xs={24} lg={9}>
          <Flex vertical gap={12}>
            <StatsCard stats={report.stats} refreshedAt={report.statsRefreshedAt} refreshing={busy === 'stats'}
              onRefresh={editable ? () => run('stats', () => reportingApi.refreshStats(report.id), t('ui.reporting.stats.refreshedOk')) : undefined} />
            <VersionHistory reportId={report.id} versions={report.versions} />
          </Flex>
        </Col>
      </Row>
      {(editable || can('submit') || can('return') || can('accept')) && (
        <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 5, marginTop: 16, boxShadow: '0 -2px 8px rgba(0,0,0,0.06)' }} data-testid="report-actions">
          <Flex gap={8} wrap align="center" justify="flex-end">
            {dirty && <Typography.Text type="warning" style={{ marginInlineEnd: 'auto' }} data-testid="report-dirty">{t('ui.reporting.form.unsaved')}</Typography.Text>}
            {editable && (
              <Button icon={<SaveOutlined />} onClick={save} loading={busy === 'save'} disabled={!dirty || !!busy} data-testid="report-save"
                title={t('ui.reporting.form.saveHint')}>{t('ui.common.save')}</Button>
            )}
            {can('submit') && (
              <Button type="primary" icon={<SendOutlined />} onClick={confirmSubmit} loading={busy === 'submit'} disabled={!!busy} data-testid="report-submit">
                {report.status === 'returned' ? t('ui.reporting.form.resubmit') : t('ui.reporting.form.submit')}
              </Button>
            )}
            {can('return') && (
              <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)} disabled={!!busy} data-testid="report-return">{t('ui.reporting.review.return')}</Button>
            )}
            {can('accept') && (
              <Button type="primary" icon={<CheckOutlined />} onClick={confirmAccept} loading={busy === 'accept'} disabled={!!busy} data-testid="report-accept">
                {t('ui.reporting.review.accept')}
              </Button>
            )}
          </Flex>
        </Card>
      )}
      <ReturnModal target={returning ? { id: report.id, unitName: report.unitName } : null} onClose={() => setReturning(false)}
        onDone={() => { setReturning(false); r.reload() }} />
    </>
  )
}
