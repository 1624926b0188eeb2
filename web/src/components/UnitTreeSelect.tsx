/** Picks a unit from the tree; search folds accents ("hoa binh" finds "Hòa Bình"). */
import { useMemo } from 'react'
import { TreeSelect } from 'antd'
import type { UnitView } from '../../../src/shared/schemas.ts'
import { foldIncludes } from '../lib/fold.ts'
import { buildUnitTree, type UnitNode } from '../lib/unit-tree.ts'

type Option = { value: string; title: string; label: string; disabled?: boolean; children: Option[] }

type Props = {
  units: readonly UnitView[]
  value?: string | null
  onChange?: (value: string | null) => void
  /** ids that cannot be chosen (a unit and its subtree, when moving it) */
  disabledIds?: ReadonlySet<string>
  /** unit paths where the choice is allowed (from `me.scopes`); units outside are shown for context but disabled */
  reach?: readonly string[]
  placeholder?: string
  allowClear?: boolean
  id?: string
  'data-testid'?: string
}

function toOptions(nodes: UnitNode[], disabled?: ReadonlySet<string>, reach?: readonly string[]): Option[] {
  return nodes.map(({ unit, children }) => ({
    value: unit.id,
    title: `${unit.code} — ${unit.name}`,
    label: `${unit.code} — ${unit.name}`,
    disabled: disabled?.has(unit.id) || !unit.active || (reach !== undefined && !reach.some((p) => unit.path.startsWith(p))),
    children: toOptions(children, disabled, reach),
  }))
}

/** A TreeSelect over `units`, meant to be used as a controlled Form field. */
export function UnitTreeSelect({ units, value, onChange, disabledIds, reach, placeholder, allowClear, id, ...rest }: Props) {
  const treeData = useMemo(() => toOptions(buildUnitTree(units), disabledIds, reach), [units, disabledIds, reach])
  return (
    <TreeSelect
      id={id}
      data-testid={rest['data-testid']}
      value={value ?? undefined}
      onChange={(v) => onChange?.((v as string | undefined) ?? null)}
      treeData={treeData}
      showSearch={{ filterTreeNode: (input, node) => foldIncludes(String((node as Option).title ?? ''), input) }}
      treeDefaultExpandAll={units.length <= 60}
      placeholder={placeholder}
      allowClear={allowClear}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
      treeNodeLabelProp="label"
    />
  )
}
