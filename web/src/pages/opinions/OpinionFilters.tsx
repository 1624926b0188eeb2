/** The filters of the opinion list: search, period, unit subtree, area and the stream labels; a drawer on phones. */
import { useState } from 'react'
import { Badge, Button, Col, DatePicker, Drawer, Flex, Grid, Input, Row, Select } from 'antd'
import { FilterOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import type { AreaView, UnitView } from '../../../../src/shared/schemas.ts'
import { BREADTHS, CHANNELS, DIRECTIONS, INTENSITIES, ISSUE_STATUSES, SOCIAL_GROUPS, TOPICS } from '../../../../src/shared/enums.ts'
import type { OpinionFilter } from '../../api/opinions.ts'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { foldOptionFilter } from '../../lib/fold.ts'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { activeCount, listValue, type ListKey } from './opinion-filter.ts'

type Props = {
  filter: OpinionFilter
  units: readonly UnitView[]
  areas: readonly AreaView[]
  onChange: (change: Record<string, string | string[] | null>) => void
  onReset: () => void
}

/** The filter bar. */
export function OpinionFilters({ filter, units, areas, onChange, onReset }: Props) {
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const wide = screens.lg ?? true
  const [open, setOpen] = useState(false)
  const [more, setMore] = useState(false)
  const [q, setQ] = useState(filter.q ?? '')

  const multi = (key: ListKey, codes: readonly string[], labels: string, placeholder: MessageKey) => (
    <Select
      mode="multiple"
      allowClear
      maxTagCount="responsive"
      value={listValue(filter, key)}
      onChange={(v: string[]) => onChange({ [key]: v })}
      options={codes.map((c) => ({ value: c, label: c === 'none' ? t('ui.opinions.statusNone') : t(`${labels}.${c}` as MessageKey) }))}
      showSearch={{ filterOption: foldOptionFilter }}
      placeholder={t(placeholder)}
      style={{ width: '100%' }}
      aria-label={t(placeholder)}
      data-testid={`filter-${key}`}
    />
  )
  const flag = (key: 'latent' | 'hotSpot', label: MessageKey) => (
    <Select
      allowClear
      value={filter[key]}
      onChange={(v?: string) => onChange({ [key]: v ?? null })}
      placeholder={t(label)}
      aria-label={t(label)}
      options={[{ value: '1', label: `${t(label)}: ${t('ui.common.yes')}` }, { value: '0', label: `${t(label)}: ${t('ui.common.no')}` }]}
      style={{ width: '100%' }}
    />
  )

  const primary = (
    <>
      <Col xs={24} md={12} xl={6}>
        <DatePicker.RangePicker
          format="DD/MM/YYYY"
          style={{ width: '100%' }}
          value={[filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null]}
          onChange={(v) => onChange({ from: v?.[0]?.format('YYYY-MM-DD') ?? null, to: v?.[1]?.format('YYYY-MM-DD') ?? null })}
          allowEmpty={[true, true]}
          placeholder={[t('ui.opinions.from'), t('ui.opinions.to')]}
          inputReadOnly={!wide}
          data-testid="filter-period"
        />
      </Col>
      <Col xs={24} md={12} xl={6}>
        <UnitTreeSelect units={units} value={filter.unitId ?? null} onChange={(v) => onChange({ unitId: v })} allowClear placeholder={t('ui.opinions.unitFilter')} data-testid="filter-unit" />
      </Col>
      <Col xs={24} md={8} xl={4}>{multi('topic', TOPICS, 'topics', 'ui.streams.topics')}</Col>
      <Col xs={24} md={8} xl={4}>{multi('direction', DIRECTIONS, 'directions', 'ui.streams.direction')}</Col>
      <Col xs={24} md={8} xl={4}>{multi('status', [...ISSUE_STATUSES, 'none'], 'issueStatuses', 'ui.opinions.status')}</Col>
    </>
  )
  const secondary = (
    <>
      <Col xs={24} md={8} xl={6}>
        <Select
          allowClear
          value={filter.areaId}
          onChange={(v?: string) => onChange({ areaId: v ?? null })}
          options={areas.map((a) => ({ value: a.id, label: `${a.code} — ${a.name}` }))}
          showSearch={{ filterOption: foldOptionFilter }}
          placeholder={t('ui.opinions.areaFilter')}
          aria-label={t('ui.opinions.areaFilter')}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} md={8} xl={6}>{multi('channel', CHANNELS, 'channels', 'ui.capture.channel')}</Col>
      <Col xs={24} md={8} xl={6}>{multi('group', SOCIAL_GROUPS, 'socialGroups', 'ui.streams.groups')}</Col>
      <Col xs={12} md={6} xl={3}>{multi('intensity', INTENSITIES, 'intensities', 'ui.streams.intensity')}</Col>
      <Col xs={12} md={6} xl={3}>{multi('breadth', BREADTHS, 'breadths', 'ui.streams.breadth')}</Col>
      <Col xs={12} md={6} xl={3}>{flag('latent', 'ui.streams.latent')}</Col>
      <Col xs={12} md={6} xl={3}>{flag('hotSpot', 'ui.streams.hotSpot')}</Col>
    </>
  )
  const secondaryKeys = ['areaId', 'channel', 'group', 'intensity', 'breadth', 'latent', 'hotSpot'] as const
  const secondaryCount = secondaryKeys.filter((k) => filter[k]).length
  const showMore = more || secondaryCount > 0

  const count = activeCount(filter)
  return (
    <div style={{ marginBottom: 12 }}>
      <Flex gap={8} style={{ marginBottom: wide ? 8 : 0 }}>
        <Input.Search
          value={q}
          onChange={(e) => { setQ(e.target.value); if (!e.target.value) onChange({ q: null }) }}
          onSearch={(v) => onChange({ q: v.trim() || null })}
          placeholder={t('ui.opinions.searchPlaceholder')}
          allowClear
          enterButton
          style={{ flex: 1 }}
          data-testid="opinion-search"
        />
        {!wide && (
          <Badge count={count} size="small">
            <Button icon={<FilterOutlined />} onClick={() => setOpen(true)} data-testid="filters-open">{t('ui.common.filter')}</Button>
          </Badge>
        )}
        {wide && count > 0 && <Button onClick={() => { setQ(''); onReset() }}>{t('ui.common.reset')}</Button>}
      </Flex>
      {wide ? (
        <>
          <Row gutter={[8, 8]}>
            {primary}
            {showMore && secondary}
          </Row>
          <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setMore(!showMore)} disabled={secondaryCount > 0} data-testid="filters-more">
            {showMore ? t('ui.opinions.fewerFilters') : t('ui.opinions.moreFilters')}
          </Button>
        </>
      ) : (
        <Drawer
          open={open}
          onClose={() => setOpen(false)}
          placement="bottom"
          size="80%"
          title={t('ui.common.filter')}
          extra={count > 0 && <Button size="small" onClick={() => { setQ(''); onReset() }}>{t('ui.common.reset')}</Button>}
          footer={<Button type="primary" block onClick={() => setOpen(false)}>{t('ui.opinions.showResults')}</Button>}
        >
          <Row gutter={[8, 8]}>{primary}{secondary}</Row>
        </Drawer>
      )}
    </div>
  )
}
