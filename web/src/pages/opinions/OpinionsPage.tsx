/**
 * Thông tin dư luận (/opinions): the records in the user's scope with filters and accent-insensitive search (matches
 * marked), a detail drawer, the record form, import from a file and export of the current filter.
 */
import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { Button, Card, Dropdown, Empty, Flex, Grid, List, Table, Tag, Typography } from 'antd'
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons'
import type { OpinionListItem } from '../../../../src/shared/opinion.schema.ts'
import { areasApi, unitsApi } from '../../api/endpoints.ts'
import { opinionsApi } from '../../api/opinions.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatDate } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { PageHeader } from '../../components/PageHeader.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { Highlight, Snippet } from '../../components/Highlight.tsx'
import { DirectionTag, IntensityTag, IssueStatusTag, TopicTags } from '../../components/OpinionTags.tsx'
import { OpinionFilters } from './OpinionFilters.tsx'
import { OpinionDrawer } from './OpinionDrawer.tsx'
import { OpinionFormModal, type OpinionFormTarget } from './OpinionFormModal.tsx'
import { OpinionImportModal } from './OpinionImportModal.tsx'
import { filterFromParams, pageFromParams, withFilter } from './opinion-filter.ts'

const PAGE_SIZE = 20

/** Distinct values of the streams of a record, in order. */
function distinct<T>(values: T[]): T[] {
  return [...new Set(values)]
}

/** The opinions page. */
export function OpinionsPage() {
  const { can } = useAuth()
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const wide = screens.md ?? true
  const [params, setParams] = useSearchParams()
  const filter = useMemo(() => filterFromParams(params), [params])
  const page = pageFromParams(params)
  const openId = params.get('id')
  const [form, setForm] = useState<OpinionFormTarget | null>(null)
  const [importing, setImporting] = useState(false)
  const [refreshKey, setRefreshKey] = useState(0)

  const list = useLoad((signal) => opinionsApi.list({ ...filter, page, pageSize: PAGE_SIZE }, signal), [JSON.stringify(filter), page])
  const units = useLoad(() => unitsApi.list(false), [])
  const areas = useLoad(() => (can('area', 'read') ? areasApi.list() : Promise.resolve({ items: [], total: 0 })), [])

  const change = (c: Record<string, string | string[] | null>) => setParams(withFilter(params, c), { replace: true })
  const open = (id: string | null) => {
    const next = new URLSearchParams(params)
    if (id) next.set('id', id)
    else next.delete('id')
    setParams(next)
  }
  const items = list.data?.items ?? []
  const searching = !!filter.q

  const titleCell = (o: OpinionListItem) => (
    <div style={{ minWidth: 0 }}>
      <Typography.Link onClick={() => open(o.id)} strong data-testid="opinion-title">
        {searching ? <Highlight text={o.title} spans={o.highlight?.title} /> : o.title}
      </Typography.Link>
      {searching && !!o.highlight?.content.length && (
        <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0', fontSize: 13 }} data-testid="opinion-snippet">
          {o.highlight.content.map((s, i) => <span key={i}>{i > 0 && ' '}<Snippet {...s} /></span>)}
        </Typography.Paragraph>
      )}
    </div>
  )
  const statusOf = (o: OpinionListItem) => distinct(o.streams.map((s) => s.issue?.status ?? 'none'))

  const exportMenu = {
    items: (['csv', 'xlsx'] as const).map((f) => ({
      key: f,
      label: <a href={opinionsApi.exportUrl(f, filter)} download data-testid={`export-${f}`}>{t(`ui.opinions.export${f === 'csv' ? 'Csv' : 'Xlsx'}`)}</a>,
    })),
  }

  const empty = (
    <Empty
      description={Object.keys(filter).length ? t('ui.opinions.noMatch') : can('opinion', 'create') ? t('ui.opinions.empty') : t('ui.opinions.emptyReadOnly')}
    >
      {!Object.keys(filter).length && can('opinion', 'create') && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'create' })}>{t('ui.opinions.create')}</Button>
      )}
    </Empty>
  )

  return (
    <>
      <PageHeader
        title={t('ui.opinions.title')}
        description={list.data ? t(list.data.totalCapped ? 'ui.opinions.countCapped' : 'ui.opinions.count', { count: list.data.total }) : undefined}
        extra={(
          <>
            {can('opinion', 'export') && (
              <Dropdown menu={exportMenu} trigger={['click']}>
                <Button icon={<DownloadOutlined />} data-testid="opinion-export">{t('ui.opinions.export')}</Button>
              </Dropdown>
            )}
            {can('opinion', 'import') && (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="opinion-import">{t('ui.opinions.import')}</Button>
            )}
            {can('opinion', 'create') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'create' })} data-testid="opinion-create">{t('ui.opinions.create')}</Button>
            )}
          </>
        )}
      />
      <OpinionFilters
        key={filter.q ?? ''}
        filter={filter}
        units={units.data?.items ?? []}
        areas={areas.data?.items ?? []}
        onChange={change}
        onReset={() => setParams(new URLSearchParams(), { replace: true })}
      />
      {list.error != null ? <LoadError error={list.error} onRetry={list.reload} /> : wide ? (
        <Table<OpinionListItem>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={items}
          locale={{ emptyText: empty }}
          scroll={{ x: 1000 }}
          data-testid="opinion-table"
          onRow={(o) => ({ onDoubleClick: () => open(o.id) })}
          pagination={{
            current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false,
            onChange: (p) => change({ page: String(p) }),
            showTotal: (total) => t('ui.common.total', { total }),
          }}
          columns={[
            { key: 'heardOn', title: t('ui.opinions.heardOn'), width: 104, render: (_, o) => formatDate(o.heardOn) },
            { key: 'title', title: t('ui.opinions.titleCol'), render: (_, o) => titleCell(o) },
            { key: 'unit', title: t('ui.opinions.unitSource'), width: 190, render: (_, o) => (
              <div>
                <div>{o.unit.name}{o.area && <Typography.Text type="secondary"> · {o.area.name}</Typography.Text>}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t(`channels.${o.channel}` as MessageKey)}</Typography.Text>
              </div>
            ) },
            { key: 'topics', title: t('ui.streams.topics'), width: 170, render: (_, o) => <TopicTags codes={distinct(o.streams.flatMap((s) => s.topics))} /> },
            { key: 'direction', title: t('ui.streams.direction'), width: 170, render: (_, o) => (
              <Flex vertical gap={2} align="start">
                {o.streams.map((s) => <Flex key={s.id} gap={2}><DirectionTag code={s.direction} /><IntensityTag code={s.intensity} /></Flex>)}
              </Flex>
            ) },
            { key: 'status', title: t('ui.opinions.status'), width: 130, render: (_, o) => <>{statusOf(o).map((s) => <IssueStatusTag key={s} code={s} />)}</> },
          ]}
        />
      ) : (
        <Card size="small" styles={{ body: { padding: '0 12px' } }}>
          <List<OpinionListItem>
            loading={list.loading}
            dataSource={items}
            locale={{ emptyText: empty }}
            data-testid="opinion-list"
            pagination={(list.data?.total ?? 0) > PAGE_SIZE ? {
              current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, size: 'small', align: 'center',
              onChange: (p) => change({ page: String(p) }),
            } : false}
            renderItem={(o) => (
              <List.Item style={{ display: 'block', paddingInline: 0 }} onClick={() => open(o.id)}>
                {titleCell(o)}
                <div style={{ marginTop: 4 }}>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDate(o.heardOn)} · {o.unit.name}</Typography.Text>
                </div>
                <Flex wrap gap={2} style={{ marginTop: 4 }}>
                  {o.streams.slice(0, 2).map((s) => <DirectionTag key={s.id} code={s.direction} />)}
                  <TopicTags codes={distinct(o.streams.flatMap((s) => s.topics)).slice(0, 2)} />
                  {statusOf(o).filter((s) => s !== 'none').map((s) => <IssueStatusTag key={s} code={s} />)}
                  {o.streams.some((s) => s.hotSpot) && <Tag color="red">{t('ui.streams.hotSpot')}</Tag>}
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      )}
      <OpinionDrawer
        id={openId}
        onClose={() => open(null)}
        onEdit={(opinion) => setForm({ mode: 'edit', opinion })}
        onChanged={list.reload}
        refreshKey={refreshKey}
      />
      <OpinionFormModal
        target={form}
        units={units.data?.items ?? []}
        areas={areas.data?.items ?? []}
        onClose={() => setForm(null)}
        onSaved={(saved) => {
          setForm(null)
          list.reload()
          setRefreshKey((k) => k + 1)
          open(saved.id)
        }}
      />
      <OpinionImportModal open={importing} onClose={() => setImporting(false)} onImported={list.reload} />
    </>
  )
}
