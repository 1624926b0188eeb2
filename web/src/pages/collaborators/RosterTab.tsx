/** The roster of collaborators: search, unit and status filters, and the form to add or edit one. */
import { useState } from 'react'
import { Button, Card, Empty, Flex, Grid, Input, List, Select, Table, Tag, Typography } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { COLLABORATOR_STATUSES } from '../../../../src/shared/enums.ts'
import type { CollaboratorView } from '../../../../src/shared/collaborator.schema.ts'
import { collaboratorsApi } from '../../api/collaborators.ts'
import { areasApi, unitsApi } from '../../api/endpoints.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { CollaboratorFormModal } from './CollaboratorFormModal.tsx'
import { formatDong } from './format.ts'

const PAGE_SIZE = 50
const STATUS_COLORS: Record<string, string> = { active: 'green', suspended: 'orange', ended: 'default' }

/** The roster tab. */
export function RosterTab() {
  const { can } = useAuth()
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const wide = screens.md ?? true
  const [q, setQ] = useState('')
  const [unitId, setUnitId] = useState<string | null>(null)
  const [status, setStatus] = useState<string | undefined>('active')
  const [page, setPage] = useState(1)
  const [editing, setEditing] = useState<CollaboratorView | 'new' | null>(null)

  const list = useLoad((signal) => collaboratorsApi.list({
    q: q || undefined, unitId: unitId ?? undefined, status: status as (typeof COLLABORATOR_STATUSES)[number] | undefined, page, pageSize: PAGE_SIZE,
  }, signal), [q, unitId, status, page])
  const units = useLoad(() => unitsApi.list(false), [])
  const areas = useLoad(() => areasApi.list(), [])

  const allowance = (c: CollaboratorView) => c.allowanceKind === 'fixed'
    ? formatDong(c.allowanceAmount)
    : t('ui.collaborators.coefficientOf', { k: c.allowanceCoefficient === null ? '—' : String(c.allowanceCoefficient).replace('.', ',') })
  const contract = (c: CollaboratorView) => (c.contractFrom || c.contractTo)
    ? `${formatDate(c.contractFrom) || '…'} – ${formatDate(c.contractTo) || '…'}`
    : '—'
  const statusTag = (c: CollaboratorView) => <Tag color={STATUS_COLORS[c.status]}>{t(`collaboratorStatuses.${c.status}`)}</Tag>
  const empty = <Empty description={q || unitId ? t('ui.collaborators.noMatch') : t('ui.collaborators.empty')} />

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search allowClear placeholder={t('ui.collaborators.search')} onSearch={(v) => { setQ(v.trim()); setPage(1) }} style={{ flex: '2 1 220px' }} data-testid="collaborator-search" />
        <div style={{ flex: '2 1 220px' }}>
          <UnitTreeSelect units={units.data?.items ?? []} value={unitId} onChange={(v) => { setUnitId(v); setPage(1) }} allowClear placeholder={t('ui.opinions.unitFilter')} />
        </div>
        <Select
          allowClear
          value={status}
          onChange={(v?: string) => { setStatus(v); setPage(1) }}
          placeholder={t('ui.collaborators.statusLabel')}
          options={COLLABORATOR_STATUSES.map((s) => ({ value: s, label: t(`collaboratorStatuses.${s}`) }))}
          style={{ flex: '1 1 150px' }}
        />
        {can('collaborator', 'create') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="collaborator-create">{t('ui.collaborators.create')}</Button>
        )}
      </Flex>
      {list.error != null ? <LoadError error={list.error} onRetry={list.reload} /> : wide ? (
        <Table<CollaboratorView>
          rowKey="id"
          size="middle"
          loading={list.loading}
          dataSource={list.data?.items ?? []}
          locale={{ emptyText: empty }}
          scroll={{ x: 900 }}
          data-testid="collaborator-table"
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, showSizeChanger: false, onChange: setPage, showTotal: (total) => t('ui.common.total', { total }) }}
          columns={[
            { key: 'name', title: t('ui.collaborators.fullName'), render: (_, c) => (
              <div>
                {can('collaborator', 'update') ? <Typography.Link strong onClick={() => setEditing(c)}>{c.fullName}</Typography.Link> : <Typography.Text strong>{c.fullName}</Typography.Text>}
                <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.phone ?? ''}{c.user && ` · ${c.user.username}`}</Typography.Text></div>
              </div>
            ) },
            { key: 'unit', title: t('ui.capture.unit'), width: 200, render: (_, c) => c.unit.name },
            { key: 'areas', title: t('ui.collaborators.areas'), width: 180, render: (_, c) => c.areas.map((a) => a.name).join(', ') || '—' },
            { key: 'contract', title: t('ui.collaborators.contract'), width: 190, render: (_, c) => contract(c) },
            { key: 'allowance', title: t('ui.collaborators.allowance'), width: 150, render: (_, c) => allowance(c) },
            { key: 'status', title: t('ui.collaborators.statusLabel'), width: 130, render: (_, c) => statusTag(c) },
          ]}
        />
      ) : (
        <Card size="small" styles={{ body: { padding: '0 12px' } }}>
          <List<CollaboratorView>
            loading={list.loading}
            dataSource={list.data?.items ?? []}
            locale={{ emptyText: empty }}
            renderItem={(c) => (
              <List.Item style={{ display: 'block', paddingInline: 0 }} onClick={() => can('collaborator', 'update') && setEditing(c)}>
                <Flex justify="space-between" gap={8}><Typography.Text strong>{c.fullName}</Typography.Text>{statusTag(c)}</Flex>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{c.unit.name} · {contract(c)} · {allowance(c)}</Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      )}
      <CollaboratorFormModal
        target={editing}
        units={units.data?.items ?? []}
        areas={areas.data?.items ?? []}
        onClose={() => setEditing(null)}
        onSaved={() => { setEditing(null); list.reload() }}
      />
    </>
  )
}
