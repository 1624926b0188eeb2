/** The unit tree: accent-insensitive search, inactive toggle, tags for units that lack an opinion officer. */
import { useEffect, useMemo, useState } from 'react'
import { Button, Card, Empty, Flex, Grid, Input, Spin, Switch, Tag, Tree, Typography } from 'antd'
import type { UnitView } from '../../../../src/shared/schemas.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { foldIncludes } from '../../lib/fold.ts'
import { buildUnitTree, filterUnits, type UnitNode } from '../../lib/unit-tree.ts'

type Props = {
  units: readonly UnitView[]
  loading: boolean
  includeInactive: boolean
  onIncludeInactive: (value: boolean) => void
  selectedId: string | null
  onSelect: (id: string | null) => void
  onCreate?: () => void
  onImport?: () => void
}

type TreeItem = { key: string; unit: UnitView; children: TreeItem[] }

const toItems = (nodes: UnitNode[]): TreeItem[] => nodes.map((n) => ({ key: n.unit.id, unit: n.unit, children: toItems(n.children) }))

/** Ids of the first two levels, open by default so the ward's structure shows at a glance. */
function defaultExpanded(nodes: UnitNode[], depth = 0): string[] {
  if (depth >= 2) return []
  return nodes.flatMap((n) => (n.children.length ? [n.unit.id, ...defaultExpanded(n.children, depth + 1)] : []))
}

/** The searchable tree of units. */
export function UnitTree({ units, loading, includeInactive, onIncludeInactive, selectedId, onSelect, onCreate, onImport }: Props) {
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const [query, setQuery] = useState('')
  const shown = useMemo(() => filterUnits(units, query), [units, query])
  const roots = useMemo(() => buildUnitTree(shown), [shown])
  const treeData = useMemo(() => toItems(roots), [roots])
  const [expanded, setExpanded] = useState<string[]>([])
  const searching = query.trim() !== ''
  const matches = useMemo(() => units.filter((u) => foldIncludes(`${u.code} ${u.name}`, query)).length, [units, query])

  // open the first levels once the list arrives; keep what the user opened afterwards
  const [initialised, setInitialised] = useState(false)
  useEffect(() => {
    if (initialised || !units.length) return
    setExpanded(defaultExpanded(buildUnitTree(units)))
    setInitialised(true)
  }, [units, initialised])

  // a unit chosen from elsewhere (a link on the overview) must be visible: open its ancestors
  useEffect(() => {
    if (!selectedId) return
    const byId = new Map(units.map((u) => [u.id, u]))
    const ancestors: string[] = []
    let cur = byId.get(selectedId)?.parentId
    while (cur) {
      ancestors.push(cur)
      cur = byId.get(cur)?.parentId ?? null
    }
    if (ancestors.length) setExpanded((prev) => Array.from(new Set([...prev, ...ancestors])))
  }, [selectedId, units])

  const title = (u: UnitView) => (
    <span data-testid={`unit-node-${u.code}`} style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 4, padding: '2px 0' }}>
      <Typography.Text code style={{ marginInlineEnd: 2 }}>{u.code}</Typography.Text>
      <Typography.Text delete={!u.active} type={u.active ? undefined : 'secondary'}>{u.name}</Typography.Text>
      {screens.md && <Tag bordered={false} style={{ marginInlineEnd: 0 }}>{t(`unitKinds.${u.kind}`)}</Tag>}
      {u.active && !u.responsible && <Tag color="orange" style={{ marginInlineEnd: 0 }}>{t('ui.units.noOfficer')}</Tag>}
      {!u.active && <Tag style={{ marginInlineEnd: 0 }}>{t('ui.units.inactiveTag')}</Tag>}
    </span>
  )

  let body
  if (loading && !units.length) body = <Flex justify="center" style={{ padding: 48 }}><Spin /></Flex>
  else if (!units.length) {
    body = (
      <Empty description={onCreate || onImport ? t('ui.units.empty') : t('ui.units.emptyReadOnly')} data-testid="units-empty">
        <Flex gap={8} justify="center" wrap>
          {onImport && <Button onClick={onImport}>{t('ui.units.import')}</Button>}
          {onCreate && <Button type="primary" onClick={onCreate}>{t('ui.units.create')}</Button>}
        </Flex>
      </Empty>
    )
  } else if (!shown.length) body = <Empty description={t('ui.units.noMatch', { query })} />
  else {
    body = (
      <Tree<TreeItem>
        data-testid="unit-tree"
        blockNode
        showLine
        treeData={treeData}
        titleRender={(item) => title(item.unit)}
        expandedKeys={searching ? shown.map((u) => u.id) : expanded}
        onExpand={(keys) => { if (!searching) setExpanded(keys as string[]) }}
        selectedKeys={selectedId ? [selectedId] : []}
        // a second click keeps the unit selected; the details panel has its own close button
        onSelect={(_, info) => onSelect(String(info.node.key))}
      />
    )
  }

  return (
    <Card size="small">
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('ui.units.searchPlaceholder')}
          style={{ flex: '1 1 260px', maxWidth: 460 }}
          aria-label={t('ui.common.search')}
          data-testid="unit-search"
        />
        <Flex gap={8} align="center" component="label">
          <Switch size="small" checked={includeInactive} onChange={onIncludeInactive} data-testid="unit-include-inactive" />
          <span>{t('ui.units.showInactive')}</span>
        </Flex>
        <Typography.Text type="secondary" style={{ marginInlineStart: 'auto' }}>
          {t('ui.units.count', { count: searching ? `${matches}/${units.length}` : units.length })}
        </Typography.Text>
      </Flex>
      {body}
    </Card>
  )
}
