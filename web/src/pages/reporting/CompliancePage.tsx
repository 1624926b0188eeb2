/**
 * Tình hình nộp báo cáo (/compliance): for a period and a unit subtree, how many units were expected, submitted, on
 * time, late, missing or under an extension, with the rates; the units with their status and the board's actions
 * (open, return with a comment, accept, grant an extension); the 12 months as units × months with its XLSX; the
 * reminder log. Period, subtree and tab sit in the address.
 */
import { useMemo, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { App, Button, Card, Col, Empty, Flex, Grid, List, Row, Select, Skeleton, Statistic, Table, Tabs, Tag } from 'antd'
import { CheckOutlined, ClockCircleOutlined, DownloadOutlined, FileTextOutlined, RollbackOutlined } from '@ant-design/icons'
import { reportingApi, type ComplianceStatus, type ComplianceView, type NoticeView, type ReportListItem } from '../../api/reporting.ts'
import { unitsApi } from '../../api/endpoints.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatDate, formatDateTime, todayIso } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { EChart } from '../../components/EChart.tsx'
import { PageHeader } from '../../components/PageHeader.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { ComplianceTag, ReportStatusTag, usePeriodName } from './ReportBits.tsx'
import { ExtensionModal, ReturnModal } from './ReviewModals.tsx'
import { loadPeriods } from './ReportsPage.tsx'
import { COUNTED, STATUS_COLORS, complianceChartOption, lastDayOf, monthKeyOf, monthShort, percent } from './reporting-format.ts'

type UnitRow = ComplianceView['units'][number]
const TABS = ['period', 'grid', 'notices'] as const

/** The compliance page. */
export function CompliancePage() {
  const { t, errorText } = useLocale()
  const { can, reach } = useAuth()
  const { message, modal } = App.useApp()
  const navigate = useNavigate()
  const narrow = !(Grid.useBreakpoint().md ?? true)
  const periodName = usePeriodName()
  const [params, setParams] = useSearchParams()
  const period = params.get('period') || monthKeyOf(todayIso())
  const unitId = params.get('unitId') || undefined
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? params.get('tab')! : 'period'
  const set = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params)
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v)
      else next.delete(k)
    }
    setParams(next, { replace: true })
  }
  const manage = can('report', 'manage')
  const [returning, setReturning] = useState<{ id: string; unitName: string } | null>(null)
  const [extending, setExtending] = useState<{ periodKey: string; unitId: string; unitName: string } | null>(null)

  const periods = useLoad((s) => loadPeriods(s), [])
  const months = periods.data ?? []
  // the grid ends with the month of the period (a six-month or annual period: its last month)
  const gridTo = /^\d{4}-\d{2}$/.test(period) ? period : monthKeyOf(months.find((p) => p.key === period)?.to ?? todayIso())
  const units = useLoad(() => unitsApi.list(false), [])
  const compliance = useLoad((s) => reportingApi.compliance(period, unitId, s), [period, unitId])
  const reports = useLoad((s) => reportingApi.list({ period, level: 'unit', unitId }, s), [period, unitId, compliance.data])
  const grid = useLoad((s) => reportingApi.grid(gridTo, 12, unitId, s), [gridTo, unitId, compliance.data])
  const notices = useLoad((s) => (tab === 'notices' ? reportingApi.notices(period, s) : Promise.resolve(null)), [period, tab])
  const reportOf = useMemo(() => new Map((reports.data?.items ?? []).map((r) => [r.unitId, r])), [reports.data])
  const statusLabel = (s: string) => t(`ui.reporting.compliance.${s}` as MessageKey)
  const chart = useMemo(() => grid.data && complianceChartOption(grid.data, statusLabel, narrow), [grid.data, narrow, t])
  const reloadAll = () => { compliance.reload() }

  const confirmAccept = (r: ReportListItem) => modal.confirm({
    title: t('ui.reporting.review.acceptConfirmTitle', { unit: r.unitName }),
    content: t('ui.reporting.review.acceptConfirmText'),
    okText: t('ui.reporting.review.accept'),
    cancelText: t('ui.common.cancel'),
    okButtonProps: { 'data-testid': 'confirm-ok' },
    onOk: async () => {
      try {
        await reportingApi.accept(r.id)
        message.success(t('ui.reporting.review.acceptedOk'))
        reloadAll()
      } catch (err) {
        message.error(errorText(err))
      }
    },
  })

  const actions = (u: UnitRow) => {
    const r = reportOf.get(u.id)
    const reportId = u.reportId ?? r?.id
    return (
      <Flex gap={4} wrap>
        {reportId && <Button size="small" icon={<FileTextOutlined />} onClick={() => navigate(`/reports/${encodeURIComponent(reportId)}`)} data-testid="compliance-open">{t('ui.common.open')}</Button>}
        {manage && r?.status === 'submitted' && (
          <>
            <Button size="small" danger icon={<RollbackOutlined />} onClick={() => setReturning({ id: r.id, unitName: u.name })} data-testid="compliance-return">{t('ui.reporting.review.return')}</Button>
            <Button size="small" type="primary" icon={<CheckOutlined />} onClick={() => confirmAccept(r)} data-testid="compliance-accept">{t('ui.reporting.review.accept')}</Button>
          </>
        )}
        {manage && (u.status === 'missing' || u.status === 'extended') && (
          <Button size="small" icon={<ClockCircleOutlined />} onClick={() => setExtending({ periodKey: period, unitId: u.id, unitName: u.name })} data-testid="compliance-extend">
            {t('ui.reporting.review.extend')}
          </Button>
        )}
      </Flex>
    )
  }

  const c = compliance.data
  const cards: [string, number | string, string?][] = c ? [
    ['expected', c.expected], ['submitted', c.submitted], ['onTime', c.onTime, STATUS_COLORS.on_time], ['late', c.late, STATUS_COLORS.late],
    ['missing', c.missing, STATUS_COLORS.missing], ['extended', c.extended, STATUS_COLORS.extended],
    ['rateSubmitted', percent(c.rates.submitted)], ['rateOnTime', percent(c.rates.onTime)],
  ] : []
  const rows = useMemo(() => [...(c?.units ?? [])].sort((a, b) => (a.status === 'not_required' ? 1 : 0) - (b.status === 'not_required' ? 1 : 0) || a.code.localeCompare(b.code)), [c])

  const periodTab = compliance.error != null ? <LoadError error={compliance.error} onRetry={compliance.reload} /> : !c ? <Skeleton active /> : (
    <>
      <Row gutter={[12, 12]} style={{ marginBottom: 12 }} data-testid="compliance-cards">
        {cards.map(([key, value, color]) => (
          <Col key={key} xs={12} sm={8} md={6} xl={3}>
            <Card size="small" data-testid={`compliance-${key}`}>
              <Statistic title={t(`ui.reporting.cards.${key}` as MessageKey)} value={value} styles={{ content: color ? { color } : undefined }} />
            </Card>
          </Col>
        ))}
      </Row>
      <Card size="small" title={t('ui.reporting.compliance.chartTitle')} style={{ marginBottom: 12 }}>
        {chart ? <EChart option={chart} height={narrow ? 260 : 240} label={t('ui.reporting.compliance.chartTitle')} data-testid="compliance-chart" /> : <Skeleton active />}
      </Card>
      {narrow ? (
        <Card size="small" styles={{ body: { padding: '0 12px' } }}>
          <List<UnitRow>
            dataSource={rows}
            data-testid="compliance-table"
            locale={{ emptyText: <Empty description={t('ui.reporting.compliance.noUnits')} /> }}
            renderItem={(u) => {
              const r = reportOf.get(u.id)
              return (
                <List.Item style={{ display: 'block', paddingInline: 0 }}>
                  <div data-testid="compliance-unit" data-code={u.code} style={{ fontWeight: 500 }}>{u.name}</div>
                  <Flex gap={6} wrap align="center" style={{ margin: '4px 0' }}>
                    <ComplianceTag status={u.status} />
                    {r && <ReportStatusTag status={r.status} />}
                    {u.submittedAt && <span style={{ fontSize: 12, color: 'rgba(0,0,0,0.45)' }}>{formatDateTime(u.submittedAt)}</span>}
                  </Flex>
                  {u.status !== 'not_required' && actions(u)}
                </List.Item>
              )
            }}
          />
        </Card>
      ) : (
      <Table<UnitRow>
        rowKey="id"
        size="small"
        dataSource={rows}
        loading={compliance.loading}
        pagination={false}
        scroll={{ x: 820 }}
        data-testid="compliance-table"
        locale={{ emptyText: <Empty description={t('ui.reporting.compliance.noUnits')} /> }}
        rowClassName={(u) => (u.status === 'not_required' ? 'row-muted' : '')}
        columns={[
          { key: 'unit', title: t('ui.reporting.list.unit'), render: (_, u) => <span data-testid="compliance-unit" data-code={u.code}>{u.name}</span> },
          { key: 'status', title: t('ui.reporting.compliance.column'), width: 150, render: (_, u) => <ComplianceTag status={u.status} /> },
          { key: 'report', title: t('ui.reporting.list.status'), width: 170, render: (_, u) => { const r = reportOf.get(u.id); return r ? <ReportStatusTag status={r.status} /> : '—' } },
          { key: 'submitted', title: t('ui.reporting.submittedAt'), width: 140, render: (_, u) => formatDateTime(u.submittedAt) || '—' },
          { key: 'deadline', title: t('ui.reporting.deadline'), width: 110, render: (_, u) => (u.deadline ? formatDate(lastDayOf(u.deadline)) : '—') },
          { key: 'actions', title: t('ui.common.actions'), width: 260, render: (_, u) => actions(u) },
        ]}
      />
      )}
    </>
  )

  const gridTab = grid.error != null ? <LoadError error={grid.error} onRetry={grid.reload} /> : !grid.data ? <Skeleton active /> : (
    <Card size="small" title={t('ui.reporting.compliance.gridTitle')}
      extra={<Button icon={<DownloadOutlined />} href={reportingApi.gridXlsxUrl(gridTo, 12, unitId)} download data-testid="compliance-xlsx">{t('ui.reporting.download.xlsx')}</Button>}>
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        {[...COUNTED, 'not_required' as const].map((s) => (
          <Flex key={s} gap={4} align="center"><span style={{ width: 14, height: 14, borderRadius: 3, background: STATUS_COLORS[s], display: 'inline-block' }} />{statusLabel(s)}</Flex>
        ))}
      </Flex>
      <div style={{ overflowX: 'auto' }}>
        <table className="compliance-grid" data-testid="compliance-grid">
          <thead>
            <tr>
              <th scope="col">{t('ui.reporting.list.unit')}</th>
              {grid.data.months.map((m) => (
                <th key={m} scope="col">
                  <button type="button" className="grid-month" onClick={() => set({ period: m, tab: null })} aria-pressed={m === period}>{monthShort(m)}</button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.data.units.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.name}</th>
                {u.statuses.map((s, i) => (
                  <td key={i} title={`${u.name} · ${monthShort(grid.data!.months[i] ?? '')}: ${statusLabel(s)}`}
                    style={{ background: STATUS_COLORS[s as ComplianceStatus] ?? '#fff', color: s === 'not_required' ? '#64748b' : '#fff' }} data-status={s}>
                    <span className="sr-only">{statusLabel(s)}</span>
                    <span aria-hidden>{GRID_MARK[s] ?? ''}</span>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {grid.data.units.length === 0 && <Empty description={t('ui.reporting.compliance.noUnits')} />}
    </Card>
  )

  const noticesTab = notices.error != null ? <LoadError error={notices.error} onRetry={notices.reload} /> : (
    <Table<NoticeView>
      rowKey="id"
      size="small"
      loading={notices.loading}
      dataSource={notices.data ?? []}
      scroll={{ x: 760 }}
      data-testid="notice-table"
      pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty description={t('ui.reporting.notices.empty')} /> }}
      columns={[
        { key: 'day', title: t('ui.reporting.notices.day'), width: 110, render: (_, n) => formatDate(n.day) },
        { key: 'kind', title: t('ui.reporting.notices.kind'), width: 130, render: (_, n) => <Tag color={{ reminder: 'blue', overdue: 'red', escalation: 'volcano' }[n.kind]}>{t(`ui.reporting.notices.kinds.${n.kind}` as MessageKey)}</Tag> },
        { key: 'unit', title: t('ui.reporting.list.unit'), render: (_, n) => n.unitName },
        { key: 'to', title: t('ui.reporting.notices.recipient'), render: (_, n) => n.recipientName ?? '—' },
        { key: 'channel', title: t('ui.reporting.notices.channel'), width: 110, render: (_, n) => t(`ui.reporting.notices.channels.${n.channel}` as MessageKey) },
        { key: 'status', title: t('ui.reporting.notices.status'), width: 140, render: (_, n) => <Tag color={n.status === 'sent' ? 'green' : n.status === 'failed' ? 'red' : 'default'}>{['pending', 'sending', 'sent', 'failed', 'no_recipient'].includes(n.status) ? t(`ui.reporting.notices.statuses.${n.status}` as MessageKey) : n.status}</Tag> },
        { key: 'at', title: t('ui.reporting.notices.at'), width: 140, render: (_, n) => formatDateTime(n.createdAt) },
      ]}
    />
  )

  return (
    <>
      <PageHeader title={t('ui.nav.compliance')} description={t('ui.reporting.compliance.hint')} />
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Select value={period} onChange={(v: string) => set({ period: v })} loading={periods.loading} style={{ flex: '1 1 200px', maxWidth: 260 }}
          options={(months.some((m) => m.key === period) ? months : [{ key: period, title: null }, ...months]).map((p) => ({ value: p.key, label: periodName(p.key, p.title) }))}
          showSearch={{ optionFilterProp: 'label' }} aria-label={t('ui.reporting.period')} data-testid="compliance-period" />
        {units.data && (
          <div style={{ flex: '2 1 260px', maxWidth: 420 }}>
            <UnitTreeSelect units={units.data.items} value={unitId ?? null} onChange={(v) => set({ unitId: v })} allowClear reach={reach('report', 'read')}
              placeholder={t('ui.reporting.compliance.subtree')} />
          </div>
        )}
      </Flex>
      <Tabs activeKey={tab} onChange={(k) => set({ tab: k === 'period' ? null : k })} items={[
        { key: 'period', label: periodName(period), children: periodTab },
        { key: 'grid', label: t('ui.reporting.compliance.gridTab'), children: gridTab },
        { key: 'notices', label: <span data-testid="tab-notices">{t('ui.reporting.notices.tab')}</span>, children: noticesTab },
      ]} />
      <ReturnModal target={returning} onClose={() => setReturning(null)} onDone={() => { setReturning(null); reloadAll() }} />
      <ExtensionModal target={extending} onClose={() => setExtending(null)} onDone={() => { setExtending(null); reloadAll() }} />
    </>
  )
}

/** A mark in each grid cell so the status reads without colour: ✓ on time, ! late, + extension, ✗ missing. */
const GRID_MARK: Record<string, string> = { on_time: '✓', late: '!', extended: '+', missing: '✗', not_required: '·' }
