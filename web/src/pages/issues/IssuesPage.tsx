/**
 * Vấn đề (/issues): the issues in the user's scope by status, with counts per status, a search and topic / hot-spot
 * filters; the detail opens in a drawer (/issues/:id, the address notifications link to).
 */
import { useMemo } from 'react'
import { useNavigate, useParams, useSearchParams } from 'react-router-dom'
import { Card, Empty, Flex, Grid, Input, List, Select, Table, Tabs, Tag, Typography } from 'antd'
import { FireOutlined } from '@ant-design/icons'
import { ISSUE_STATUSES, TOPICS } from '../../../../src/shared/enums.ts'
import type { IssueSummary } from '../../../../src/shared/issue.schema.ts'
import { issuesApi, type IssueFilter } from '../../api/issues.ts'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatDate } from '../../lib/dates.ts'
import { foldOptionFilter } from '../../lib/fold.ts'
import { useLoad } from '../../lib/use-load.ts'
import { PageHeader } from '../../components/PageHeader.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { IssueStatusTag } from '../../components/OpinionTags.tsx'
import { IssueDrawer } from './IssueDrawer.tsx'

const PAGE_SIZE = 20
/** Open issues first: what still needs someone. */
const TABS = ['open', ...ISSUE_STATUSES, 'all'] as const
const OPEN = ISSUE_STATUSES.filter((s) => s !== 'closed').join(',')

/** The issues page. */
export function IssuesPage() {
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const wide = screens.md ?? true
  const navigate = useNavigate()
  const { id: pathId } = useParams()
  const [params, setParams] = useSearchParams()
  const tab = (TABS as readonly string[]).includes(params.get('status') ?? '') ? params.get('status')! : 'open'
  const page = Math.max(1, Number(params.get('page')) || 1)
  const filter: IssueFilter = useMemo(() => ({
    status: tab === 'all' ? undefined : tab === 'open' ? OPEN : tab,
    q: params.get('q') || undefined,
    topic: params.get('topic') || undefined,
    hotSpot: params.get('hotSpot') === '1' ? '1' : undefined,
  }), [tab, params])
  const openId = pathId ?? params.get('id')

  const list = useLoad((signal) => issuesApi.list({ ...filter, page, pageSize: PAGE_SIZE }, signal), [JSON.stringify(filter), page])
  // the API gives one total per query: ask each status for its count (one row each)
  const base = { q: filter.q, topic: filter.topic, hotSpot: filter.hotSpot }
  const counts = useLoad(async (signal) => {
    const entries = await Promise.all([...ISSUE_STATUSES, 'open'].map(async (s) => {
      const r = await issuesApi.list({ ...base, status: s === 'open' ? OPEN : s, page: 1, pageSize: 1 }, signal)
      return [s, r.total] as const
    }))
    return Object.fromEntries(entries) as Record<string, number>
  }, [JSON.stringify(base), list.data])

  const set = (change: Record<string, string | null>) => {
    const next = new URLSearchParams(params)
    for (const [k, v] of Object.entries(change)) {
      if (v) next.set(k, v)
      else next.delete(k)
    }
    if (!('page' in change)) next.delete('page')
    setParams(next, { replace: true })
  }
  const open = (id: string | null) => {
    const next = new URLSearchParams(params)
    next.delete('id')
    const qs = next.toString()
    navigate(id ? `/issues/${encodeURIComponent(id)}${qs ? `?${qs}` : ''}` : `/issues${qs ? `?${qs}` : ''}`)
  }

  const tabLabel = (s: string) => {
    const label = s === 'open' ? t('ui.issues.open') : s === 'all' ? t('ui.common.all') : t(`issueStatuses.${s}` as MessageKey)
    const n = s === 'all' ? undefined : counts.data?.[s]
    return <span data-testid={`issue-tab-${s}`}>{label}{n !== undefined && <Tag style={{ marginInlineStart: 6 }} bordered={false}>{n}</Tag>}</span>
  }

  const titleCell = (i: IssueSummary) => (
    <div>
      <Typography.Link strong onClick={() => open(i.id)} data-testid="issue-title">{i.hotSpot && <FireOutlined style={{ color: '#cf1322', marginInlineEnd: 4 }} />}{i.title}</Typography.Link>
      <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`topics.${i.topic}` as MessageKey)} · {i.unit.name}</Typography.Text></div>
    </div>
  )
  const due = (i: IssueSummary) => i.nextDueOn
    ? <Typography.Text type={i.nextDueOn < new Date().toISOString().slice(0, 10) ? 'danger' : undefined}>{formatDate(i.nextDueOn)}</Typography.Text>
    : '—'
  const empty = <Empty description={filter.q || filter.topic || filter.hotSpot ? t('ui.issues.noMatch') : t('ui.issues.empty')} />

  return (
    <>
      <PageHeader title={t('ui.nav.issues')} description={t('ui.issues.pageHint')} />
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Input.Search
          defaultValue={filter.q}
          allowClear
          placeholder={t('ui.issues.searchPlaceholder')}
          onSearch={(v) => set({ q: v.trim() || null })}
          style={{ flex: '2 1 240px' }}
          data-testid="issue-search"
        />
        <Select
          allowClear
          value={filter.topic}
          placeholder={t('ui.issues.topic')}
          options={TOPICS.map((c) => ({ value: c, label: t(`topics.${c}`) }))}
          showSearch={{ filterOption: foldOptionFilter }}
          onChange={(v?: string) => set({ topic: v ?? null })}
          style={{ flex: '1 1 180px' }}
        />
        <Select
          allowClear
          value={filter.hotSpot}
          placeholder={t('ui.streams.hotSpot')}
          options={[{ value: '1', label: t('ui.issues.hotSpotOnly') }]}
          onChange={(v?: string) => set({ hotSpot: v ?? null })}
          style={{ flex: '1 1 160px' }}
        />
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(k) => set({ status: k === 'open' ? null : k })}
        items={TABS.map((s) => ({ key: s, label: tabLabel(s) }))}
        style={{ marginBottom: 0 }}
      />
      {list.error != null ? <LoadError error={list.error} onRetry={list.reload} /> : wide ? (
        <Table<IssueSummary>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: empty }}
          data-testid="issue-table"
          scroll={{ x: 800 }}
          pagination={{
            current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false,
            onChange: (p) => set({ page: String(p) }), showTotal: (total) => t('ui.common.total', { total }),
          }}
          columns={[
            { key: 'title', title: t('ui.issues.titleLabel'), render: (_, i) => titleCell(i) },
            { key: 'status', title: t('ui.opinions.status'), width: 150, render: (_, i) => <IssueStatusTag code={i.status} /> },
            { key: 'streams', title: t('ui.issues.streams'), width: 110, align: 'right', render: (_, i) => i.streamCount },
            { key: 'due', title: t('ui.issues.nextDue'), width: 130, render: (_, i) => due(i) },
            { key: 'updated', title: t('ui.issues.updatedAt'), width: 130, render: (_, i) => formatDate(i.updatedAt.slice(0, 10)) },
          ]}
        />
      ) : (
        <Card size="small" styles={{ body: { padding: '0 12px' } }}>
          <List<IssueSummary>
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: empty }}
            pagination={(list.data?.total ?? 0) > PAGE_SIZE ? { current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, size: 'small', align: 'center', onChange: (p) => set({ page: String(p) }) } : false}
            renderItem={(i) => (
              <List.Item style={{ display: 'block', paddingInline: 0 }}>
                {titleCell(i)}
                <Flex gap={6} wrap align="center" style={{ marginTop: 4 }}>
                  <IssueStatusTag code={i.status} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.issues.streamCount', { count: i.streamCount })}</Typography.Text>
                  {i.nextDueOn && <Typography.Text style={{ fontSize: 12 }}>{t('ui.issues.nextDue')}: {due(i)}</Typography.Text>}
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
      <IssueDrawer id={openId} onClose={() => open(null)} onChanged={() => { list.reload() }} />
    </>
  )
}
