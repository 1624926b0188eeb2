/**
 * Báo cáo (/reports): the unit reports in the user's scope by period, with their status and how many days are left
 * before the deadline (or how late they are); a unit officer opens or creates the current period's report in one
 * click. The period, unit and status filters sit in the address.
 */
import { useMemo, useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { Alert, App, Button, Card, Empty, Flex, Grid, List, Select, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { reportingApi, type PeriodView, type ReportListItem } from '../../api/reporting.ts'
import { unitsApi } from '../../api/endpoints.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate, formatDateTime, todayIso } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { PageHeader } from '../../components/PageHeader.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { DeadlineTag, ReportStatusTag, usePeriodName } from './ReportBits.tsx'
import { lastDayOf, monthKeyOf } from './reporting-format.ts'

const STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const

/** The periods (monthly, six-month, annual, ad hoc) of this year and the last that have begun, newest first. */
export async function loadPeriods(signal?: AbortSignal): Promise<PeriodView[]> {
  // after the 25th of December the current period is already January's
  const year = Number(monthKeyOf(todayIso()).slice(0, 4))
  const lists = await Promise.all([year, year - 1].map((y) => reportingApi.periods({ year: y }, signal)))
  const today = todayIso()
  return lists.flat().filter((p) => p.from <= today).sort((a, b) => (a.to === b.to ? a.kind.localeCompare(b.kind) : b.to.localeCompare(a.to)))
}

/** The reports page. */
export function ReportsPage() {
  const { t, errorText } = useLocale()
  const { me, can, reach } = useAuth()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const wide = Grid.useBreakpoint().md ?? true
  const periodName = usePeriodName()
  const [params, setParams] = useSearchParams()
  const [opening, setOpening] = useState(false)
  const currentKey = monthKeyOf(todayIso())

  // the units this user writes reports for: where they are the unit officer
  const ownUnits = useMemo(() => {
    const seen = new Map<string, string>()
    for (const r of me.roles) if (r.role === 'unit_officer' && can('report', 'update')) seen.set(r.unitId, r.unitName)
    return [...seen.entries()].map(([id, name]) => ({ id, name }))
  }, [me, can])
  const writer = ownUnits.length > 0
  const [ownUnit, setOwnUnit] = useState<string | undefined>(undefined)
  const targetUnit = ownUnit ?? ownUnits[0]?.id

  // a writer sees every period by default; the board one period at a time (the current one first)
  const period = params.get('period') ?? (writer ? '' : currentKey)
  const unitId = params.get('unitId') || undefined
  const status = params.get('status') || undefined
  const set = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params)
    for (const [k, v] of Object.entries(change)) {
      if (v === null) next.delete(k)
      else next.set(k, v)
    }
    setParams(next, { replace: true })
  }

  const periods = useLoad((s) => loadPeriods(s), [])
  const units = useLoad(() => (writer ? Promise.resolve(null) : unitsApi.list(false)), [writer])
  const list = useLoad((s) => reportingApi.list({ level: 'unit', period: period || undefined, unitId, status }, s), [period, unitId, status])
  const byKey = useMemo(() => new Map((periods.data ?? []).map((p) => [p.key, p])), [periods.data])
  const items = useMemo(() => [...(list.data?.items ?? [])].sort((a, b) => {
    const pa = byKey.get(a.periodKey)?.to ?? a.periodKey
    const pb = byKey.get(b.periodKey)?.to ?? b.periodKey
    return pa === pb ? a.unitCode.localeCompare(b.unitCode) : pb.localeCompare(pa)
  }), [list.data, byKey])
  const returned = items.filter((r) => r.status === 'returned')

  const openCurrent = async () => {
    if (!targetUnit) return
    setOpening(true)
    try {
      const report = await reportingApi.open(currentKey, targetUnit)
      navigate(`/reports/${encodeURIComponent(report.id)}`)
    } catch (err) {
      message.error(errorText(err))
    } finally {
      setOpening(false)
    }
  }

  const open = (r: ReportListItem) => navigate(`/reports/${encodeURIComponent(r.id)}`)
  const submitted = (r: ReportListItem) => r.status !== 'draft' && r.status !== 'returned' ? true : false
  const deadlineCell = (r: ReportListItem) => {
    const d = byKey.get(r.periodKey)?.deadline ?? null
    return (
      <Flex gap={4} wrap align="center">
        {d && <span>{formatDate(lastDayOf(d))}</span>}
        <DeadlineTag deadline={d} submitted={submitted(r) || !!r.submittedAt} />
      </Flex>
    )
  }
  const periodCell = (r: ReportListItem) => (
    <Typography.Link strong onClick={() => open(r)} data-testid="report-open">{periodName(r.periodKey, byKey.get(r.periodKey)?.title)}</Typography.Link>
  )
  const empty = (
    <Empty description={writer ? t('ui.reporting.list.emptyWriter') : period ? t('ui.reporting.list.emptyPeriod') : t('ui.reporting.list.empty')} />
  )

  const periodOptions = [
    ...(writer ? [{ value: '', label: t('ui.reporting.list.allPeriods') }] : []),
    ...(periods.data ?? []).map((p) => ({ value: p.key, label: periodName(p.key, p.title) })),
  ]

  return (
    <>
      <PageHeader
        title={t('ui.nav.reports')}
        description={writer ? t('ui.reporting.list.hintWriter') : t('ui.reporting.list.hintBoard')}
        extra={writer && (
          <>
            {ownUnits.length > 1 && (
              <Select value={targetUnit} onChange={setOwnUnit} options={ownUnits.map((u) => ({ value: u.id, label: u.name }))} style={{ minWidth: 220 }}
                aria-label={t('ui.reporting.list.unit')} />
            )}
            <Button type="primary" icon={<PlusOutlined />} loading={opening} onClick={openCurrent} data-testid="report-open-current">
              {t('ui.reporting.list.openCurrent', { period: periodName(currentKey) })}
            </Button>
          </>
        )}
      />
      {returned.length > 0 && writer && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} data-testid="report-returned-alert"
          title={t('ui.reporting.list.returnedAlert', { period: periodName(returned[0]!.periodKey) })}
          action={<Button size="small" danger onClick={() => open(returned[0]!)}>{t('ui.reporting.list.seeComment')}</Button>} />
      )}
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select value={period} options={periodOptions} onChange={(v: string) => set({ period: v })} style={{ flex: '1 1 200px', maxWidth: 280 }}
          showSearch={{ optionFilterProp: 'label' }} aria-label={t('ui.reporting.period')} data-testid="report-period-filter" loading={periods.loading} />
        {!writer && units.data && (
          <div style={{ flex: '2 1 260px', maxWidth: 420 }}>
            <UnitTreeSelect units={units.data.items} value={unitId ?? null} onChange={(v) => set({ unitId: v })} allowClear
              reach={reach('report', 'read')} placeholder={t('ui.reporting.list.unit')} />
          </div>
        )}
        <Select allowClear value={status} placeholder={t('ui.reporting.list.status')} onChange={(v?: string) => set({ status: v ?? null })}
          options={STATUSES.map((s) => ({ value: s, label: t(`ui.reporting.status.${s}`) }))} style={{ flex: '1 1 160px', maxWidth: 220 }} />
      </Flex>
      {list.error != null ? <LoadError error={list.error} onRetry={list.reload} /> : wide ? (
        <Table<ReportListItem>
          rowKey="id"
          loading={list.loading}
          dataSource={items}
          locale={{ emptyText: empty }}
          pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          data-testid="report-table"
          scroll={{ x: 760 }}
          onRow={(r) => ({ onKeyDown: (e) => { if (e.key === 'Enter') open(r) } })}
          columns={[
            { key: 'period', title: t('ui.reporting.period'), render: (_, r) => periodCell(r) },
            { key: 'unit', title: t('ui.reporting.list.unit'), render: (_, r) => r.unitName },
            { key: 'status', title: t('ui.reporting.list.status'), width: 190, render: (_, r) => <ReportStatusTag status={r.status} late={r.isLate} /> },
            { key: 'deadline', title: t('ui.reporting.deadline'), width: 210, render: (_, r) => deadlineCell(r) },
            { key: 'submitted', title: t('ui.reporting.submittedAt'), width: 150, render: (_, r) => formatDateTime(r.submittedAt) || '—' },
          ]}
        />
      ) : (
        <Card size="small" styles={{ body: { padding: '0 12px' } }}>
          <List<ReportListItem>
            loading={list.loading}
            dataSource={items}
            locale={{ emptyText: empty }}
            renderItem={(r) => (
              <List.Item style={{ display: 'block', paddingInline: 0 }}>
                {periodCell(r)}
                {!writer && <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.unitName}</Typography.Text></div>}
                <Flex gap={6} wrap align="center" style={{ marginTop: 4 }}>
                  <ReportStatusTag status={r.status} late={r.isLate} />
                  {deadlineCell(r)}
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
    </>
  )
}
