/**
 * Tiếp xúc cử tri (/meetings): the voter meetings of the user's scope, newest first; a meeting opens in a drawer with
 * its petitions (kiến nghị) and how each is being handled, a form to add one, and the printable list.
 */
import { useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { Button, Card, DatePicker, Empty, Flex, Grid, List, Table, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import type { MeetingView } from '../../../../src/shared/meeting.schema.ts'
import { meetingsApi } from '../../api/meetings.ts'
import { areasApi, unitsApi } from '../../api/endpoints.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { PageHeader } from '../../components/PageHeader.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { MeetingDrawer } from './MeetingDrawer.tsx'
import { MeetingFormModal } from './MeetingFormModal.tsx'

const PAGE_SIZE = 20

/** The page. */
export function MeetingsPage() {
  const { can } = useAuth()
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const wide = screens.md ?? true
  const [params, setParams] = useSearchParams()
  const [from, setFrom] = useState<string | undefined>()
  const [to, setTo] = useState<string | undefined>()
  const [unitId, setUnitId] = useState<string | null>(null)
  const [page, setPage] = useState(1)
  const [form, setForm] = useState<MeetingView | 'new' | null>(null)
  const [refreshKey, setRefreshKey] = useState(0)
  const openId = params.get('id')

  const list = useLoad((signal) => meetingsApi.list({ from, to, unitId: unitId ?? undefined, page, pageSize: PAGE_SIZE }, signal), [from, to, unitId, page])
  const units = useLoad(() => unitsApi.list(false), [])
  const areas = useLoad(() => (can('area', 'read') ? areasApi.list() : Promise.resolve({ items: [], total: 0 })), [])
  const open = (id: string | null) => setParams(id ? { id } : {})

  const empty = <Empty description={from || to || unitId ? t('ui.meetings.noMatch') : t('ui.meetings.empty')} />
  return (
    <>
      <PageHeader
        title={t('ui.meetings.title')}
        description={t('ui.meetings.hint')}
        extra={can('meeting', 'create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm('new')} data-testid="meeting-create">{t('ui.meetings.create')}</Button>
        )}
      />
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          allowEmpty={[true, true]}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          onChange={(v) => { setFrom(v?.[0]?.format('YYYY-MM-DD')); setTo(v?.[1]?.format('YYYY-MM-DD')); setPage(1) }}
          placeholder={[t('ui.opinions.from'), t('ui.opinions.to')]}
          style={{ flex: '1 1 260px' }}
          inputReadOnly={!wide}
        />
        <div style={{ flex: '2 1 260px' }}>
          <UnitTreeSelect units={units.data?.items ?? []} value={unitId} onChange={(v) => { setUnitId(v); setPage(1) }} allowClear placeholder={t('ui.opinions.unitFilter')} />
        </div>
      </Flex>
      {list.error != null ? <LoadError error={list.error} onRetry={list.reload} /> : wide ? (
        <Table<MeetingView>
          rowKey="id"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: empty }}
          scroll={{ x: 800 }}
          data-testid="meeting-table"
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (total) => t('ui.common.total', { total }) }}
          columns={[
            { key: 'heldOn', title: t('ui.meetings.heldOn'), width: 120, render: (_, m) => formatDate(m.heldOn) },
            { key: 'place', title: t('ui.meetings.place'), render: (_, m) => (
              <div>
                <Typography.Link strong onClick={() => open(m.id)} data-testid="meeting-title">{m.place}</Typography.Link>
                <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{m.unit.name}{m.area && ` · ${m.area.name}`}</Typography.Text></div>
              </div>
            ) },
            { key: 'delegates', title: t('ui.meetings.delegates'), width: 240, render: (_, m) => m.delegates.join(', ') || '—' },
            { key: 'attendance', title: t('ui.meetings.attendance'), width: 110, align: 'right', render: (_, m) => m.attendance ?? '—' },
            { key: 'petitions', title: t('ui.meetings.petitions'), width: 110, align: 'right', render: (_, m) => m.petitionCount },
          ]}
        />
      ) : (
        <Card size="small" styles={{ body: { padding: '0 12px' } }}>
          <List<MeetingView>
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: empty }}
            renderItem={(m) => (
              <List.Item style={{ display: 'block', paddingInline: 0 }} onClick={() => open(m.id)}>
                <Typography.Link strong data-testid="meeting-title">{m.place}</Typography.Link>
                <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDate(m.heldOn)} · {m.unit.name} · {t('ui.meetings.petitionCount', { count: m.petitionCount })}</Typography.Text></div>
              </List.Item>
            )}
          />
        </Card>
      )}
      <MeetingDrawer id={openId} onClose={() => open(null)} onEdit={(m) => setForm(m)} onChanged={list.reload} refreshKey={refreshKey} />
      <MeetingFormModal
        target={form}
        units={units.data?.items ?? []}
        areas={areas.data?.items ?? []}
        onClose={() => setForm(null)}
        onSaved={(m) => { setForm(null); list.reload(); setRefreshKey((k) => k + 1); open(m.id) }}
      />
    </>
  )
}
