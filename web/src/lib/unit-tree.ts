/** Builds the unit tree from the API's flat list (each unit names its parentId). */
import type { UnitView } from '../../../src/shared/schemas.ts'
import { foldIncludes } from './fold.ts'

export type UnitNode = { unit: UnitView; children: UnitNode[] }

const byCode = (a: UnitNode, b: UnitNode) =>
  a.unit.code.localeCompare(b.unit.code, 'vi', { numeric: true, sensitivity: 'base' })

/** Units whose parent is not in the list (out of the user's scope, or filtered out) become roots. */
export function buildUnitTree(units: readonly UnitView[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>()
  for (const unit of units) nodes.set(unit.id, { unit, children: [] })
  const roots: UnitNode[] = []
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  const sort = (list: UnitNode[]) => {
    list.sort(byCode)
    for (const n of list) sort(n.children)
  }
  sort(roots)
  return roots
}

/** Keeps the units whose code or name matches `query` (accent-insensitive) and their ancestors. */
export function filterUnits(units: readonly UnitView[], query: string): UnitView[] {
  if (!query.trim()) return [...units]
  const byId = new Map(units.map((u) => [u.id, u]))
  const keep = new Set<string>()
  for (const u of units) {
    if (!foldIncludes(`${u.code} ${u.name}`, query)) continue
    let cur: UnitView | undefined = u
    while (cur && !keep.has(cur.id)) {
      keep.add(cur.id)
      cur = cur.parentId ? byId.get(cur.parentId) : undefined
    }
  }
  return units.filter((u) => keep.has(u.id))
}

/** The id of `unitId` and of every unit below it, so a move cannot pick one of them as the new parent. */
export function subtreeIds(units: readonly UnitView[], unitId: string): Set<string> {
  const children = new Map<string, string[]>()
  for (const u of units) {
    if (!u.parentId) continue
    const list = children.get(u.parentId) ?? []
    list.push(u.id)
    children.set(u.parentId, list)
  }
  const out = new Set<string>()
  const stack = [unitId]
  while (stack.length) {
    const id = stack.pop()!
    if (out.has(id)) continue
    out.add(id)
    stack.push(...(children.get(id) ?? []))
  }
  return out
}

/** The units in tree order (depth first, codes sorted within a level), as the tree shows them. */
export function treeOrder(units: readonly UnitView[]): UnitView[] {
  const out: UnitView[] = []
  const walk = (nodes: UnitNode[]) => {
    for (const n of nodes) {
      out.push(n.unit)
      walk(n.children)
    }
  }
  walk(buildUnitTree(units))
  return out
}
