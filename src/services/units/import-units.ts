/**
 * Imports units from CSV or XLSX: the whole file in one transaction or nothing, every bad row listed,
 * and a second import of the same file changes nothing. Parents may come later in the file.
 * Columns: code, name, kind, parent_code, active_from, active_to, areas (area codes separated by ";").
 */
import { findAreasByCodes } from '../../db/repos/area.repo.ts'
import { moveRollupScope } from '../../db/repos/rollup.repo.ts'
import {
  findUnitsByCodes, insertUnit, insertUnitHistory, listAreasOfUnits, listUnitsInScope, repathCopies, repathSubtree, UNIT_PATH_TABLES, replaceUnitAreas, updateUnitRow,
} from '../../db/repos/unit.repo.ts'
import type { UnitRow } from '../../db/database.ts'
import { DomainError } from '../../domain/errors.ts'
import { EVERYWHERE, inScope } from '../../domain/policy.ts'
import { localDay } from '../../domain/time.ts'
import { UNIT_KINDS, type UnitKind } from '../../shared/enums.ts'
import vi from '../../shared/i18n/vi.json' with { type: 'json' }
import type { ImportRejection, ImportResult } from '../../shared/schemas.ts'
import { fold } from '../../text/fold.ts'
import { parseDay, readTabular, type ColumnSpec } from '../../imports/tabular.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { childPath, depthOf } from './unit-rules.ts'
import { unitSnapshot } from './unit-views.ts'

export const UNIT_COLUMNS: ColumnSpec[] = [
  { name: 'code', required: true, aliases: ['ma', 'ma_don_vi'] },
  { name: 'name', required: true, aliases: ['ten', 'ten_don_vi'] },
  { name: 'kind', required: true, aliases: ['loai', 'loai_don_vi'] },
  { name: 'parent_code', aliases: ['ma_cap_tren', 'don_vi_cap_tren'] },
  { name: 'active_from', aliases: ['tu_ngay', 'ngay_bat_dau'] },
  { name: 'active_to', aliases: ['den_ngay', 'ngay_ngung'] },
  { name: 'areas', aliases: ['dia_ban'] },
]

/** "Chi bộ", "chi bo", "chi_bo" → chi_bo. */
const KIND_BY_KEY = new Map<string, UnitKind>(
  UNIT_KINDS.flatMap((k) => [[fold(k), k], [fold(vi.unitKinds[k]), k]] as [string, UnitKind][]),
)

type Planned = {
  row: number
  code: string
  name: string
  kind: UnitKind
  parentCode: string | null
  activeFrom: string | null | undefined
  activeTo: string | null | undefined
  areaCodes: string[] | undefined
}

export async function importUnits(ctx: ServiceContext, input: { filename: string; data: Buffer; dryRun?: boolean }): Promise<ImportResult> {
  const scope = await requireScope(ctx, 'import', 'unit')
  const table = await readTabular(input.filename, input.data, UNIT_COLUMNS)
  const rejected: Omit<ImportRejection, 'message'>[] = [...table.rejected]
  const reject = (row: number, column: string | null, code: string) => rejected.push({ row, column, code })

  // 1. each row on its own
  const planned: Planned[] = []
  const seen = new Map<string, number>()
  for (const { row, cells } of table.rows) {
    const code = (cells.code ?? '').toUpperCase()
    if (!code) reject(row, 'code', 'ROW_REQUIRED')
    else if (!/^[A-Za-z0-9._-]{1,40}$/.test(code)) reject(row, 'code', 'ROW_CODE_FORMAT')
    else if (seen.has(code)) reject(row, 'code', 'ROW_DUPLICATE')
    seen.set(code, row)
    const name = cells.name ?? ''
    if (!name) reject(row, 'name', 'ROW_REQUIRED')
    else if (name.length > 200) reject(row, 'name', 'ROW_TOO_LONG')
    const kind = KIND_BY_KEY.get(fold(cells.kind ?? '').replace(/\s+/g, '_')) ?? KIND_BY_KEY.get(fold(cells.kind ?? ''))
    if (!kind) reject(row, 'kind', cells.kind ? 'ROW_UNKNOWN_KIND' : 'ROW_REQUIRED')
    const day = (col: 'active_from' | 'active_to') => {
      if (!table.columns.has(col)) return undefined
      const v = cells[col] ?? ''
      if (!v) return null
      const d = parseDay(v)
      if (!d) reject(row, col, 'ROW_DATE_FORMAT')
      return d
    }
    const activeFrom = day('active_from')
    const activeTo = day('active_to')
    if (activeFrom && activeTo && activeTo <= activeFrom) reject(row, 'active_to', 'UNIT_DATES_ORDER')
    const areaCodes = table.columns.has('areas') ? [...new Set((cells.areas ?? '').split(/[;,]/).map((s) => s.trim().toUpperCase()).filter(Boolean))].sort() : undefined
    planned.push({ row, code, name, kind: kind ?? 'other', parentCode: cells.parent_code ? cells.parent_code.toUpperCase() : null, activeFrom, activeTo, areaCodes })
  }

  // 2. against the database and the rest of the file
  const existing = new Map((await findUnitsByCodes(ctx.db, [...new Set(planned.flatMap((p) => [p.code, p.parentCode ?? '']))])).map((u) => [u.code, u]))
  const inFile = new Map(planned.map((p) => [p.code, p]))
  const areaByCode = new Map((await findAreasByCodes(ctx.db, [...new Set(planned.flatMap((p) => p.areaCodes ?? []))])).map((a) => [a.code, a]))
  for (const p of planned) {
    const current = existing.get(p.code)
    if (current && !inScope(scope, current.path)) reject(p.row, 'code', 'ROW_OUT_OF_SCOPE')
    if (p.parentCode) {
      const parent = existing.get(p.parentCode)
      if (!inFile.has(p.parentCode) && !parent) reject(p.row, 'parent_code', 'ROW_UNKNOWN_PARENT')
      else if (!inFile.has(p.parentCode) && parent && !inScope(scope, parent.path)) reject(p.row, 'parent_code', 'ROW_OUT_OF_SCOPE')
    } else if (ctx.actor.kind !== 'system' && !(current && current.parent_id === null)) {
      reject(p.row, 'parent_code', 'ROW_REQUIRED')
    }
    for (const a of p.areaCodes ?? []) {
      const area = areaByCode.get(a)
      if (!area || !inScope(scope, area.unit_path)) reject(p.row, 'areas', 'ROW_UNKNOWN_AREA')
    }
  }
  checkFinalTree(planned, await listUnitsInScope(ctx.db, { scope: [EVERYWHERE] }), localDay(ctx.now), reject)
  if (rejected.length > 0) throw new DomainError('IMPORT_INVALID', { rows: sortRejections(rejected) })

  // 3. write, parents before children, in one transaction
  const result: ImportResult = { created: 0, updated: 0, unchanged: 0, rejected: [] }
  const existingAreas = await listAreasOfUnits(ctx.db, [...existing.values()].map((u) => u.id))
  const ordered = topological(planned, inFile)
  const write = async (trx: ServiceContext['db']) => {
    const byCode = new Map(existing)
    for (const p of ordered) {
      const parent = p.parentCode ? byCode.get(p.parentCode)! : null
      const current = byCode.get(p.code)
      if (!current) {
        const id = newId()
        const path = childPath(parent?.path ?? null, id)
        const row: UnitRow = {
          id, code: p.code, name: p.name, kind: p.kind, parent_id: parent?.id ?? null, path, depth: depthOf(path),
          active_from: p.activeFrom ?? null, active_to: p.activeTo ?? null, created_at: ctx.now.toISOString(), updated_at: ctx.now.toISOString(),
        }
        await insertUnit(trx, row)
        await replaceUnitAreas(trx, id, (p.areaCodes ?? []).map((c) => areaByCode.get(c)!.id))
        await insertUnitHistory(trx, {
          id: newId(), unit_id: id, at: row.created_at, change: 'create', actor_id: ctx.actor.userId, before_json: null,
          after_json: JSON.stringify(unitSnapshot(row, p.areaCodes ?? [])),
        })
        await audit(trx, ctx, { action: 'unit.create', resourceType: 'unit', resourceId: id, unitId: id, unitPath: path, details: { code: p.code, via: 'import' } })
        byCode.set(p.code, row)
        result.created++
        continue
      }
      const beforeAreas = existingAreas.filter((a) => a.unit_id === current.id).map((a) => a.code).sort()
      const parentId = p.parentCode ? parent!.id : current.parent_id
      const path = parentId === current.parent_id ? current.path : childPath(parent!.path, current.id)
      const next: UnitRow = {
        ...current, name: p.name, kind: p.kind, parent_id: parentId, path, depth: depthOf(path),
        active_from: p.activeFrom === undefined ? current.active_from : p.activeFrom,
        active_to: p.activeTo === undefined ? current.active_to : p.activeTo,
      }
      const before = unitSnapshot(current, beforeAreas)
      const after = unitSnapshot(next, p.areaCodes ?? beforeAreas)
      if (JSON.stringify(before) === JSON.stringify(after)) {
        result.unchanged++
        continue
      }
      await updateUnitRow(trx, current.id, {
        name: next.name, kind: next.kind, parent_id: next.parent_id, active_from: next.active_from, active_to: next.active_to, updated_at: ctx.now.toISOString(),
      })
      if (path !== current.path) {
        await repathSubtree(trx, current.path, path, next.depth - current.depth)
        for (const table of UNIT_PATH_TABLES) await repathCopies(trx, table, current.path, path)
        await moveRollupScope(trx, current.path, path)
        // rows still to come may hang under the moved subtree: keep their paths current
        for (const [c, u] of byCode)
          if (u.path.startsWith(current.path)) byCode.set(c, { ...u, path: path + u.path.slice(current.path.length), depth: u.depth + next.depth - current.depth })
      }
      if (p.areaCodes) await replaceUnitAreas(trx, current.id, p.areaCodes.map((c) => areaByCode.get(c)!.id))
      await insertUnitHistory(trx, {
        id: newId(), unit_id: current.id, at: ctx.now.toISOString(), change: path !== current.path ? 'move' : 'update',
        actor_id: ctx.actor.userId, before_json: JSON.stringify(before), after_json: JSON.stringify(after),
      })
      await audit(trx, ctx, { action: 'unit.update', resourceType: 'unit', resourceId: current.id, unitId: current.id, unitPath: path, details: { code: p.code, via: 'import' } })
      byCode.set(p.code, next)
      result.updated++
    }
    await audit(trx, ctx, {
      action: 'unit.import', resourceType: 'unit', unitPath: scope[0] ?? null,
      details: { file: input.filename, created: result.created, updated: result.updated, unchanged: result.unchanged, dryRun: !!input.dryRun },
    })
  }
  if (input.dryRun) {
    // run the whole import and roll it back: the counts are exact and nothing is kept
    await ctx.db.transaction().execute(async (trx) => {
      await write(trx)
      throw new DryRunDone()
    }).catch((e) => {
      if (!(e instanceof DryRunDone)) throw e
    })
  } else {
    await ctx.db.transaction().execute(write)
  }
  return result
}

class DryRunDone extends Error {}

/**
 * Checks the tree as it will be after the import, file rows and existing units together: no parent loop
 * (even through units outside the file), no unit closed while a child stays open, no open unit under a
 * closed parent — the same rules the API applies one unit at a time.
 */
function checkFinalTree(planned: Planned[], all: UnitRow[], today: string, reject: (row: number, column: string, code: string) => void) {
  const byId = new Map(all.map((u) => [u.id, u]))
  const existing = new Map(all.map((u) => [u.code, u]))
  const inFile = new Map(planned.map((p) => [p.code, p]))
  const parentOf = (code: string): string | null => {
    const p = inFile.get(code)
    if (p?.parentCode) return p.parentCode
    const u = existing.get(code)
    return u?.parent_id ? (byId.get(u.parent_id)?.code ?? null) : null
  }
  const closingOf = (code: string): string | null => {
    const p = inFile.get(code)
    return p && p.activeTo !== undefined ? p.activeTo : (existing.get(code)?.active_to ?? null)
  }
  const children = new Map<string, string[]>()
  for (const code of new Set([...existing.keys(), ...inFile.keys()])) {
    const parent = parentOf(code)
    if (parent) children.set(parent, [...(children.get(parent) ?? []), code])
  }
  for (const p of planned) {
    // walk up: a loop brings us back to where we started
    let cur: string | null = parentOf(p.code)
    for (let steps = 0; cur && steps <= all.length + planned.length; steps++) {
      if (cur === p.code) {
        reject(p.row, 'parent_code', 'ROW_PARENT_CYCLE')
        break
      }
      cur = parentOf(cur)
    }
    const closing = closingOf(p.code)
    const changedClosing = closing !== (existing.get(p.code)?.active_to ?? null)
    if (closing && changedClosing) {
      const open = (children.get(p.code) ?? []).some((c) => {
        const cc = closingOf(c)
        return cc === null || cc > closing
      })
      if (open) reject(p.row, 'active_to', 'UNIT_HAS_ACTIVE_CHILDREN')
    }
    const parent = parentOf(p.code)
    const parentClosing = parent ? closingOf(parent) : null
    const movedOrNew = !existing.has(p.code) || (p.parentCode !== null && existing.get(p.code)!.parent_id !== existing.get(p.parentCode)?.id)
    if (movedOrNew && parentClosing && parentClosing <= today && (closing === null || closing > today)) reject(p.row, 'parent_code', 'UNIT_PARENT_INACTIVE')
  }
}

/** Parents before children (parents outside the file already exist). */
function topological(planned: Planned[], inFile: Map<string, Planned>): Planned[] {
  const out: Planned[] = []
  const done = new Set<string>()
  const visit = (p: Planned) => {
    if (done.has(p.code)) return
    done.add(p.code)
    const parent = p.parentCode ? inFile.get(p.parentCode) : undefined
    if (parent) visit(parent)
    out.push(p)
  }
  planned.forEach(visit)
  return out
}

export function sortRejections<T extends { row: number; column: string | null }>(r: T[]): T[] {
  return [...r].sort((a, b) => a.row - b.row || String(a.column).localeCompare(String(b.column)))
}
