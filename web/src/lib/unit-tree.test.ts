import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { UnitView } from '../../../src/shared/schemas.ts'
import { buildUnitTree, filterUnits, subtreeIds, treeOrder } from './unit-tree.ts'

const unit = (id: string, code: string, name: string, parentId: string | null): UnitView => ({
  id, code, name, parentId, kind: 'chi_bo', path: '', depth: 0, activeFrom: null, activeTo: null, active: true, areas: [], responsible: null,
})
const units = [
  unit('2', 'CB-KDC10', 'Chi bộ Khu dân cư số 10', '1'),
  unit('1', 'DB-PHUONG', 'Đảng bộ phường Hòa Bình', null),
  unit('3', 'CB-KDC2', 'Chi bộ Khu dân cư số 2', '1'),
  unit('4', 'TDP-2A', 'Tổ dân phố 2A', '3'),
  unit('5', 'X', 'Orphan whose parent is out of scope', '99'),
]

test('buildUnitTree nests by parentId, sorts codes numerically, keeps orphans as roots', () => {
  const roots = buildUnitTree(units)
  assert.deepEqual(roots.map((n) => n.unit.id), ['1', '5'])
  assert.deepEqual(roots[0]!.children.map((n) => n.unit.code), ['CB-KDC2', 'CB-KDC10'])
  assert.equal(roots[0]!.children[0]!.children[0]!.unit.id, '4')
})

test('filterUnits matches without accents and keeps ancestors', () => {
  assert.deepEqual(filterUnits(units, 'to dan pho').map((u) => u.id).sort(), ['1', '3', '4'])
  assert.deepEqual(filterUnits(units, 'hoa binh').map((u) => u.id), ['1'])
  assert.equal(filterUnits(units, '').length, units.length)
})

test('subtreeIds covers the unit and all below it', () => {
  assert.deepEqual([...subtreeIds(units, '3')].sort(), ['3', '4'])
})

test('treeOrder walks depth first', () => {
  assert.deepEqual(treeOrder(units).map((u) => u.id), ['1', '3', '4', '2', '5'])
})
