/** Details of one unit: code, kind, parent, active period, areas, responsible officer, actions and history. */
import { useState } from 'react'
import { App, Button, DatePicker, Descriptions, Divider, Flex, Grid, Popconfirm, Skeleton, Tag, Timeline, Typography } from 'antd'
import { EditOutlined, PlusOutlined, StopOutlined, SwapOutlined, UndoOutlined } from '@ant-design/icons'
import dayjs, { type Dayjs } from 'dayjs'
import type { UnitHistoryView, UnitView } from '../../../../src/shared/schemas.ts'
import { unitsApi } from '../../api/endpoints.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { lookup } from '../../i18n/messages.ts'
import { formatDate, formatDateTime, todayIso } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { MoveUnitModal } from './MoveUnitModal.tsx'

type Props = {
  unit: UnitView
  units: readonly UnitView[]
  onChanged: () => void
  /** after a deactivation, so the page can show inactive units and the unit stays in view */
  onDeactivated: () => void
  onEdit: () => void
  onCreateChild: () => void
}

/** The detail panel of the selected unit. */
export function UnitDetail({ unit, units, onChanged, onDeactivated, onEdit, onCreateChild }: Props) {
  const { can } = useAuth()
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const screens = Grid.useBreakpoint()
  const history = useLoad(() => unitsApi.history(unit.id), [unit.id, unit])
  const [moving, setMoving] = useState(false)
  const [deactivateOn, setDeactivateOn] = useState<Dayjs | null>(() => dayjs(todayIso()))
  const byId = new Map(units.map((u) => [u.id, u]))
  const parent = unit.parentId ? byId.get(unit.parentId) : undefined
  const mayUpdate = can('unit', 'update')

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action()
      message.success(done)
      onChanged()
    } catch (err) {
      message.error(errorText(err))
    }
  }

  const period = unit.activeTo
    ? t('ui.units.period', { from: formatDate(unit.activeFrom) || t('ui.units.unknownDate'), to: formatDate(unit.activeTo) })
    : unit.activeFrom ? t('ui.units.since', { date: formatDate(unit.activeFrom) }) : '—'

  return (
    <div data-testid="unit-detail">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {unit.name} {!unit.active && <Tag>{t('ui.units.inactiveTag')}</Tag>}
      </Typography.Title>
      <Descriptions column={1} size="small" bordered layout={screens.sm ? 'horizontal' : 'vertical'} items={[
        { key: 'code', label: t('ui.units.code'), children: <Typography.Text code>{unit.code}</Typography.Text> },
        { key: 'kind', label: t('ui.units.kind'), children: t(`unitKinds.${unit.kind}`) },
        {
          key: 'parent', label: t('ui.units.parent'),
          children: parent ? `${parent.code} — ${parent.name}` : unit.parentId ? '—' : t('ui.units.noParent'),
        },
        { key: 'period', label: t('ui.units.activePeriod'), children: period },
        {
          key: 'areas', label: t('ui.units.areas'),
          children: unit.areas.length
            ? <Flex gap={4} wrap>{unit.areas.map((a) => <Tag key={a.id}>{a.code} — {a.name}</Tag>)}</Flex>
            : '—',
        },
        {
          key: 'responsible', label: t('ui.units.responsible'),
          children: unit.responsible
            ? `${unit.responsible.fullName} (${unit.responsible.username})`
            : <Tag color="orange">{t('ui.units.noOfficer')}</Tag>,
        },
      ]} />

      {(mayUpdate || can('unit', 'create')) && (
        <Flex gap={8} wrap style={{ marginTop: 12 }}>
          {mayUpdate && <Button icon={<EditOutlined />} onClick={onEdit} data-testid="unit-edit">{t('ui.common.edit')}</Button>}
          {mayUpdate && unit.active && (
            <Button icon={<SwapOutlined />} onClick={() => setMoving(true)} data-testid="unit-move">{t('ui.units.move')}</Button>
          )}
          {can('unit', 'create') && unit.active && (
            <Button icon={<PlusOutlined />} onClick={onCreateChild} data-testid="unit-create-child">{t('ui.units.createChild')}</Button>
          )}
          {mayUpdate && unit.active && (
            <Popconfirm
              title={t('ui.units.deactivateTitle', { unit: unit.name })}
              description={
                <div style={{ marginTop: 8 }}>
                  <div style={{ marginBottom: 4 }}>{t('ui.units.deactivateDate')}</div>
                  <DatePicker value={deactivateOn} onChange={setDeactivateOn} format="DD/MM/YYYY" allowClear={false} data-testid="unit-deactivate-date" />
                </div>
              }
              okText={t('ui.units.deactivate')}
              okButtonProps={{ danger: true }}
              cancelText={t('ui.common.cancel')}
              onConfirm={() => run(async () => {
                await unitsApi.deactivate(unit.id, deactivateOn?.format('YYYY-MM-DD'))
                onDeactivated()
              }, t('ui.units.deactivated', { code: unit.code }))}
            >
              <Button danger icon={<StopOutlined />} data-testid="unit-deactivate">{t('ui.units.deactivate')}</Button>
            </Popconfirm>
          )}
          {mayUpdate && !unit.active && (
            <Popconfirm
              title={t('ui.units.reactivateConfirm', { unit: unit.name })}
              okText={t('ui.units.reactivate')}
              cancelText={t('ui.common.cancel')}
              onConfirm={() => run(() => unitsApi.reactivate(unit.id), t('ui.units.reactivated', { code: unit.code }))}
            >
              <Button icon={<UndoOutlined />} data-testid="unit-reactivate">{t('ui.units.reactivate')}</Button>
            </Popconfirm>
          )}
        </Flex>
      )}

      <Divider titlePlacement="start" plain>{t('ui.units.history')}</Divider>
      {history.error != null ? (
        <Typography.Text type="danger">{errorText(history.error)}</Typography.Text>
      ) : history.data && history.data.items.length === 0 ? (
        <Typography.Text type="secondary">{t('ui.units.historyEmpty')}</Typography.Text>
      ) : history.loading && !history.data ? (
        <Skeleton active paragraph={{ rows: 2 }} title={false} />
      ) : (
        <Timeline
          items={(history.data?.items ?? []).map((h) => ({
            key: h.id,
            content: <HistoryEntry entry={h} byId={byId} lang={lang} />,
          }))}
        />
      )}

      <MoveUnitModal open={moving} unit={unit} units={units} onClose={() => setMoving(false)} onMoved={() => { setMoving(false); onChanged() }} />
    </div>
  )
}

const FIELD_LABELS: Record<string, Parameters<ReturnType<typeof useLocale>['t']>[0]> = {
  code: 'ui.units.code', name: 'ui.units.name', kind: 'ui.units.kind', parentId: 'ui.units.parent',
  activeFrom: 'ui.units.activeFrom', activeTo: 'ui.units.activeTo', areas: 'ui.units.areas',
}

/** One history line: what changed, who did it, and the fields that differ ("Tên: A → B"). */
function HistoryEntry({ entry, byId, lang }: { entry: UnitHistoryView; byId: Map<string, UnitView>; lang: 'vi' | 'en' }) {
  const { t } = useLocale()
  const label = lookup(lang, `ui.units.changes.${entry.change}`) ?? entry.change
  const before = (entry.before && typeof entry.before === 'object' ? entry.before : {}) as Record<string, unknown>
  const after = (entry.after && typeof entry.after === 'object' ? entry.after : {}) as Record<string, unknown>
  const show = (key: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return '—'
    if (key === 'parentId' && typeof v === 'string') return byId.get(v)?.code ?? v
    if (key === 'kind' && typeof v === 'string') return lookup(lang, `unitKinds.${v}`) ?? v
    if ((key === 'activeFrom' || key === 'activeTo') && typeof v === 'string') return formatDate(v)
    if (Array.isArray(v)) return v.map(String).join(', ') || '—'
    return typeof v === 'object' ? JSON.stringify(v) : String(v)
  }
  const changed = Object.keys(FIELD_LABELS).filter(
    (k) => (k in before || k in after) && JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null),
  )
  const creating = Object.keys(before).length === 0
  return (
    <div>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>{formatDateTime(entry.at)}</Typography.Text>
      <Typography.Text strong>{label}</Typography.Text>{' '}
      <Typography.Text type="secondary">{t('ui.units.by', { actor: entry.actorUsername ?? t('ui.units.system') })}</Typography.Text>
      {!creating && changed.length > 0 && (
        <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
          {changed.map((k) => (
            <li key={k}>{t(FIELD_LABELS[k]!)}: {show(k, before[k])} → {show(k, after[k])}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
