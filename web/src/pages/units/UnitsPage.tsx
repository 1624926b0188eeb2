/** Đơn vị: the unit tree with search, details, history and actions, plus the areas tab. */
import { useMemo, useState } from 'react'
import { useSearchParams } from 'react-router-dom'
import { Button, Card, Col, Drawer, Grid, Row, Tabs } from 'antd'
import { PlusOutlined, UploadOutlined } from '@ant-design/icons'
import { areasApi, unitsApi } from '../../api/endpoints.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { useLoad } from '../../lib/use-load.ts'
import { PageHeader } from '../../components/PageHeader.tsx'
import { ImportModal } from '../../components/ImportModal.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { UnitTree } from './UnitTree.tsx'
import { UnitDetail } from './UnitDetail.tsx'
import { UnitFormModal, type UnitFormTarget } from './UnitFormModal.tsx'
import { AreasTab } from './AreasTab.tsx'

const UNITS_TEMPLATE = {
  filename: 'don-vi-mau.csv',
  csv: 'code,name,kind,parent_code,active_from,active_to,areas\r\nCB-KDC11,Chi bộ khu dân cư số 11,Chi bộ,MA-DON-VI-CAP-TREN,01/01/2026,,\r\n',
}

/** The units page. */
export function UnitsPage() {
  const { can } = useAuth()
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const wide = screens.lg ?? true
  const [params, setParams] = useSearchParams()
  const selectedId = params.get('unit')
  const tab = params.get('tab') === 'areas' ? 'areas' : 'tree'
  const [includeInactive, setIncludeInactive] = useState(false)
  const [form, setForm] = useState<UnitFormTarget | null>(null)
  const [importing, setImporting] = useState(false)

  const units = useLoad(() => unitsApi.list(includeInactive), [includeInactive])
  const canAreas = can('area', 'read')
  const areas = useLoad(() => (canAreas ? areasApi.list() : Promise.resolve({ items: [], total: 0 })), [canAreas])
  const items = useMemo(() => units.data?.items ?? [], [units.data])
  const selected = items.find((u) => u.id === selectedId) ?? null

  const select = (id: string | null) => {
    const next = new URLSearchParams(params)
    if (id) next.set('unit', id)
    else next.delete('unit')
    setParams(next, { replace: true })
  }
  const setTab = (key: string) => {
    const next = new URLSearchParams(params)
    if (key === 'areas') next.set('tab', 'areas')
    else next.delete('tab')
    setParams(next, { replace: true })
  }
  const reloadAll = () => {
    units.reload()
    areas.reload()
  }

  const detail = selected && (
    <UnitDetail
      key={selected.id}
      unit={selected}
      units={items}
      onChanged={reloadAll}
      onDeactivated={() => setIncludeInactive(true)}
      onEdit={() => setForm({ mode: 'edit', unit: selected })}
      onCreateChild={() => setForm({ mode: 'create', parentId: selected.id })}
    />
  )

  const tree = units.error != null ? <LoadError error={units.error} onRetry={units.reload} /> : (
    <Row gutter={16}>
      <Col xs={24} lg={selected ? 13 : 24} xl={selected ? 14 : 24}>
        <UnitTree
          units={items}
          loading={units.loading}
          includeInactive={includeInactive}
          onIncludeInactive={setIncludeInactive}
          selectedId={selectedId}
          onSelect={select}
          onCreate={can('unit', 'create') ? () => setForm({ mode: 'create', parentId: null }) : undefined}
          onImport={can('unit', 'import') ? () => setImporting(true) : undefined}
        />
      </Col>
      {wide && selected && (
        <Col lg={11} xl={10}>
          <Card
            size="small"
            style={{ position: 'sticky', top: 88 }}
            title={t('ui.units.details')}
            extra={<Button type="text" size="small" onClick={() => select(null)}>{t('ui.common.close')}</Button>}
          >
            {detail}
          </Card>
        </Col>
      )}
    </Row>
  )

  return (
    <>
      <PageHeader
        title={t('ui.units.title')}
        extra={tab === 'tree' && (
          <>
            {can('unit', 'import') && (
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="unit-import">{t('ui.units.import')}</Button>
            )}
            {can('unit', 'create') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'create', parentId: selected?.id ?? null })} data-testid="unit-create">
                {t('ui.units.create')}
              </Button>
            )}
          </>
        )}
      />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'tree', label: t('ui.units.tabTree'), children: tree },
          ...(canAreas ? [{
            key: 'areas',
            label: t('ui.units.tabAreas'),
            children: <AreasTab areas={areas} units={items} />,
          }] : []),
        ]}
      />
      {!wide && (
        <Drawer
          open={!!selected}
          onClose={() => select(null)}
          title={t('ui.units.details')}
          placement="bottom"
          size="85%"
        >
          {detail}
        </Drawer>
      )}
      <UnitFormModal
        target={form}
        units={items}
        areas={areas.data?.items ?? []}
        onClose={() => setForm(null)}
        onSaved={(unit) => {
          setForm(null)
          reloadAll()
          select(unit.id)
        }}
      />
      <ImportModal
        open={importing}
        title={t('ui.units.import')}
        upload={unitsApi.import}
        columnsHint={t('ui.import.unitColumns')}
        template={UNITS_TEMPLATE}
        onImported={reloadAll}
        onClose={() => setImporting(false)}
      />
    </>
  )
}
