/**
 * Báo cáo tổng hợp (/ward-reports?period=KEY): the ward's consolidated report of a period. The focal board drafts it
 * (and re-drafts it while it is not approved) from the accepted unit reports, the records and the issues, then edits
 * its sections; the preview shows the Party-form document as the DOCX/PDF will print it; a leader approves it after a
 * confirmation and the number it gets is shown; DOCX, PDF and the XLSX annex download. The list tab shows every period.
 */
import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { Alert, App, Button, Card, Col, Empty, Flex, Input, Row, Select, Skeleton, Table, Tabs, Typography } from 'antd'
import { CheckCircleOutlined, FileAddOutlined, ReloadOutlined, SaveOutlined } from '@ant-design/icons'
import { ApiError } from '../../api/client.ts'
import { reportingApi, type ReportListItem, type ReportView } from '../../api/reporting.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDateTime, todayIso } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { PageHeader } from '../../components/PageHeader.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { DownloadButtons, ReportStatusTag, usePeriodName } from './ReportBits.tsx'
import { DocumentPreview } from './DocumentPreview.tsx'
import { SectionsEditor } from './SectionsEditor.tsx'
import { StatsCard } from './StatsCard.tsx'
import { VersionHistory } from './VersionHistory.tsx'
import { loadPeriods } from './ReportsPage.tsx'
import { monthKeyOf } from './reporting-format.ts'
import { useReport } from './use-report.ts'

const NO_STREAMS = new Map()

/** The ward report page. */
export function WardReportPage() {
  const { t, errorText } = useLocale()
  const { me, can } = useAuth()
  const { message, modal } = App.useApp()
  const periodName = usePeriodName()
  const [params, setParams] = useSearchParams()
  const period = params.get('period') || monthKeyOf(todayIso())
  const tab = params.get('tab') ?? ''
  const set = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params)
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v)
      else next.delete(k)
    }
    setParams(next, { replace: true })
  }
  const [busy, setBusy] = useState<string | null>(null)

  const periods = useLoad((s) => loadPeriods(s), [])
  const all = useLoad((s) => reportingApi.list({ level: 'ward' }, s), [])
  const found = useLoad((s) => reportingApi.list({ level: 'ward', period }, s), [period])
  const current = found.data?.items[0] ?? null
  const r = useReport(current?.id ?? null)
  const { report, draft, setDraft, dirty, conflict } = r
  const doc = useLoad((s) => (report ? reportingApi.document(report.id, s) : Promise.resolve(null)), [report?.id, report?.version])

  // the ward unit the focal board drafts for: where the user holds the focal role
  const wardUnitId = useMemo(() => me.roles.find((g) => g.role === 'focal')?.unitId, [me])
  const drafter = can('ward_report', 'create') && !!wardUnitId
  const allowed = (a: string) => !!report?.allowedActions.includes(a as never)
  const editable = allowed('save')
  // re-drafting is for the focal board while the report is a draft (the server checks it again)
  const canRedraft = drafter && report?.status === 'draft' && can('ward_report', 'update')
  const title = periodName(period, periods.data?.find((p) => p.key === period)?.title)

  const run = async (name: string, action: () => Promise<ReportView>, ok: (r: ReportView) => string) => {
    setBusy(name)
    try {
      if (dirty && editable && name !== 'save') await r.save()
      const next = await action()
      r.replace(next)
      message.success(ok(next))
      if (!current || name === 'approve') { found.reload(); all.reload() }
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'REPORT_VERSION_CONFLICT')) message.error(errorText(err))
    } finally {
      setBusy(null)
    }
  }
  const draftIt = () => run('draft', () => reportingApi.draftWard(period, wardUnitId!), () => t('ui.reporting.ward.draftedOk'))
  const redraft = () => modal.confirm({
    title: t('ui.reporting.ward.redraftConfirmTitle'),
    content: t('ui.reporting.ward.redraftConfirmText'),
    okText: t('ui.reporting.ward.redraft'),
    cancelText: t('ui.common.cancel'),
    okButtonProps: { danger: true, 'data-testid': 'confirm-ok' },
    onOk: () => run('draft', () => reportingApi.redraftWard(report!.id), () => t('ui.reporting.ward.draftedOk')),
  })
  const approve = () => modal.confirm({
    title: t('ui.reporting.ward.approveConfirmTitle', { period: title }),
    content: t('ui.reporting.ward.approveConfirmText'),
    okText: t('ui.reporting.ward.approve'),
    cancelText: t('ui.common.cancel'),
    okButtonProps: { 'data-testid': 'confirm-ok' },
    onOk: () => run('approve', () => reportingApi.approve(report!.id, report!.version), (n) => t('ui.reporting.ward.approvedOk', { number: n.number ?? '' })),
  })
  const save = () => run('save', () => r.save(), () => t('ui.reporting.form.savedOk'))

  const periodOptions = (periods.data ?? []).map((p) => ({ value: p.key, label: periodName(p.key, p.title) }))
  if (!periodOptions.some((o) => o.value === period)) periodOptions.unshift({ value: period, label: title })

  const editor = report && draft && (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={15}>
        <Flex vertical gap={12}>
          <Card size="small" title={t('ui.reporting.form.summary')}>
            {editable ? (
              <Input value={draft.summary} onChange={(e) => setDraft({ ...draft, summary: e.target.value })} maxLength={500}
                aria-label={t('ui.reporting.form.summary')} data-testid="report-summary" />
            ) : <Typography.Text>{draft.summary || '—'}</Typography.Text>}
          </Card>
          <SectionsEditor reportId={report.id} sections={draft.sections} onChange={(sections) => setDraft({ ...draft, sections })} readOnly={!editable}
            linkStreams={false} known={NO_STREAMS} />
        </Flex>
      </Col>
      <Col xs={24} lg={9}>
        <Flex vertical gap={12}>
          <StatsCard stats={report.stats} refreshedAt={report.statsRefreshedAt} />
          <VersionHistory reportId={report.id} versions={report.versions} />
        </Flex>
      </Col>
    </Row>
  )
  const preview = doc.error != null ? <LoadError error={doc.error} onRetry={doc.reload} /> : doc.data ? <DocumentPreview doc={doc.data} /> : <Skeleton active />

  const listTab = (
    <Table<ReportListItem>
      rowKey="id" size="small" loading={all.loading} dataSource={all.data?.items ?? []} pagination={false} scroll={{ x: 640 }}
      locale={{ emptyText: <Empty description={t('ui.reporting.ward.noneYet')} /> }}
      columns={[
        { key: 'period', title: t('ui.reporting.period'), render: (_, w) => <Typography.Link onClick={() => set({ period: w.periodKey, tab: null })}>{periodName(w.periodKey)}</Typography.Link> },
        { key: 'status', title: t('ui.reporting.list.status'), width: 160, render: (_, w) => <ReportStatusTag status={w.status} /> },
        { key: 'number', title: t('ui.reporting.ward.number'), width: 160, render: (_, w) => w.number ?? '—' },
        { key: 'updated', title: t('ui.reporting.ward.updatedAt'), width: 160, render: (_, w) => formatDateTime(w.updatedAt) },
      ]}
    />
  )

  const body = found.error != null ? <LoadError error={found.error} onRetry={found.reload} />
    : r.error != null ? <LoadError error={r.error} onRetry={r.reload} />
    : found.loading && !found.data ? <Skeleton active />
    : !current ? (
      <Card data-testid="ward-empty">
        <Empty description={drafter ? t('ui.reporting.ward.emptyDrafter', { period: title }) : t('ui.reporting.ward.emptyReader', { period: title })}>
          {drafter && <Button type="primary" icon={<FileAddOutlined />} loading={busy === 'draft'} onClick={draftIt} data-testid="ward-draft">{t('ui.reporting.ward.draft')}</Button>}
        </Empty>
      </Card>
    ) : !report || !draft ? <Skeleton active /> : (
      <>
        {report.status === 'approved' && report.number && (
          <Alert type="success" showIcon icon={<CheckCircleOutlined />} style={{ marginBottom: 12 }} data-testid="ward-approved"
            title={<span>{t('ui.reporting.ward.approvedTitle')} <strong data-testid="ward-number">{report.number}</strong></span>}
            description={report.versions.find((v) => v.action === 'approve') && t('ui.reporting.ward.approvedBy', {
              name: report.versions.find((v) => v.action === 'approve')!.actorName ?? '', at: formatDateTime(report.versions.find((v) => v.action === 'approve')!.createdAt),
            })} />
        )}
        {conflict && (
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} data-testid="report-conflict" title={t('ui.reporting.form.conflictTitle')}
            description={t('ui.reporting.form.conflictText')} action={<Button size="small" onClick={r.reload}>{t('ui.reporting.form.conflictReload')}</Button>} />
        )}
        <Tabs activeKey={tab === 'preview' || tab === 'edit' ? tab : editable ? 'edit' : 'preview'} onChange={(k) => set({ tab: k })} items={[
          { key: 'edit', label: <span data-testid="ward-tab-edit">{editable ? t('ui.reporting.ward.editTab') : t('ui.reporting.ward.contentTab')}</span>, children: editor },
          { key: 'preview', label: <span data-testid="ward-tab-preview">{t('ui.reporting.ward.previewTab')}</span>, children: preview },
        ]} />
        {(editable || allowed('approve') || canRedraft) && (
          <Card size="small" style={{ position: 'sticky', bottom: 0, zIndex: 5, marginTop: 16, boxShadow: '0 -2px 8px rgba(0,0,0,0.06)' }}>
            <Flex gap={8} wrap align="center" justify="flex-end">
              {dirty && <Typography.Text type="warning" style={{ marginInlineEnd: 'auto' }}>{t('ui.reporting.form.unsaved')}</Typography.Text>}
              {canRedraft && (
                <Button icon={<ReloadOutlined />} onClick={redraft} loading={busy === 'draft'} disabled={!!busy} data-testid="ward-redraft">{t('ui.reporting.ward.redraft')}</Button>
              )}
              {editable && (
                <Button icon={<SaveOutlined />} onClick={save} loading={busy === 'save'} disabled={!dirty || !!busy} data-testid="report-save">{t('ui.common.save')}</Button>
              )}
              {allowed('approve') && (
                <Button type="primary" icon={<CheckCircleOutlined />} onClick={approve} loading={busy === 'approve'} disabled={!!busy || dirty} data-testid="ward-approve">
                  {t('ui.reporting.ward.approve')}
                </Button>
              )}
            </Flex>
          </Card>
        )}
      </>
    )

  return (
    <>
      <PageHeader
        title={t('ui.nav.wardReport')}
        description={t('ui.reporting.ward.hint')}
        extra={report && <DownloadButtons id={report.id} xlsx />}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Select value={period} onChange={(v: string) => set({ period: v, tab: null })} options={periodOptions} loading={periods.loading}
          showSearch={{ optionFilterProp: 'label' }} style={{ flex: '1 1 220px', maxWidth: 300 }} aria-label={t('ui.reporting.period')} data-testid="ward-period" />
        {report && <ReportStatusTag status={report.status} />}
        {report?.number && <Typography.Text strong>{report.number}</Typography.Text>}
      </Flex>
      <Tabs activeKey={tab === 'list' ? 'list' : 'report'} onChange={(k) => set({ tab: k === 'list' ? 'list' : null })} items={[
        { key: 'report', label: title, children: body },
        { key: 'list', label: t('ui.reporting.ward.listTab'), children: listTab },
      ]} />
    </>
  )
}
