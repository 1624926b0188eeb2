/**
 * Imports opinion records from CSV, XLSX or JSON Lines, one stream per row. Codes or Vietnamese labels are
 * accepted for channel, topic, direction, intensity, breadth and groups. By default a file with any bad row
 * imports nothing; with `skipInvalid` the good rows go in and the bad ones are listed. The key of a row is
 * (unit, external_id): the same row again is "unchanged"; changed values for the same key update that record
 * in place (its first stream) and count as imported.
 */
import type { Selectable } from 'kysely'
import { findAreasByCodes } from '../../db/repos/area.repo.ts'
import { findUnitsByCodes } from '../../db/repos/unit.repo.ts'
import {
  deleteStreamLabels, findOpinionsByExternalIds, insertStreamGroups, insertStreamTopics, listAreaLinksOfUnits, updateOpinionRowAtVersion, updateStreamRow,
} from '../../db/repos/opinion.repo.ts'
import type { OpinionReportTable } from '../../db/database.ts'
import { analyzeTables, flushSearchPendingList, IMPORTED_TABLES, insertOpinionRowsBulk, tablesWithStaleStatistics, widenSearchPendingList } from '../../db/repos/opinion-bulk.repo.ts'
import { addRollupRows, ALL_TOPICS, bulkCreatedAt, rollupReports, slotOf, type RollupRow } from '../../db/repos/rollup.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import { localDay } from '../../domain/time.ts'
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, headerKey, looksLikeFormula, parseDay, parseFlag, readTabular, type ColumnSpec, type Tabular } from '../../imports/tabular.ts'
import { BREADTHS, CHANNELS, DIRECTIONS, INTENSITIES, SOCIAL_GROUPS, TOPICS } from '../../shared/enums.ts'
import vi from '../../shared/i18n/vi.json' with { type: 'json' }
import { errorMessage, type Lang } from '../../shared/i18n/index.ts'
import type { OpinionImportResult, StreamInput } from '../../shared/opinion.schema.ts'
import type { ImportRejection } from '../../shared/schemas.ts'
import { clean, fold } from '../../text/fold.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { sortRejections } from '../units/import-units.ts'
import { inTransaction } from './opinion-access.ts'
import { insertStreams, opinionSearchText, streamRows, unitClosedOn } from './opinion-rules.ts'
import { loadStreamViews } from './opinion-views.ts'

export const OPINION_COLUMNS: ColumnSpec[] = [
  { name: 'external_id', required: true, aliases: ['ma_phieu', 'so_phieu'] },
  { name: 'received_on', required: true, aliases: ['ngay_nam_bat', 'ngay_nhan', 'heard_on'] },
  { name: 'channel', required: true, aliases: ['kenh'] },
  { name: 'unit_code', required: true, aliases: ['ma_don_vi'] },
  { name: 'area_code', aliases: ['ma_dia_ban'] },
  { name: 'topic', required: true, aliases: ['linh_vuc', 'topics'] },
  { name: 'direction', required: true, aliases: ['khuynh_huong'] },
  { name: 'intensity', aliases: ['muc_do'] },
  { name: 'breadth', aliases: ['pham_vi'] },
  { name: 'groups', aliases: ['tang_lop'] },
  { name: 'latent', aliases: ['tiem_an'] },
  { name: 'title', required: true, aliases: ['tieu_de'] },
  { name: 'content', required: true, aliases: ['noi_dung'] },
]

type Rejection = Omit<ImportRejection, 'message'>
/** What the service returns; routes and the CLI add the messages in the reader's language. */
export type OpinionImportOutcome = { imported: number; unchanged: number; rejected: Rejection[] }

/** "Băn khoăn, lo lắng" → "ban khoan lo lang": how codes and labels are compared. */
const key = (s: string) => fold(s).replace(/[^a-z0-9]+/g, ' ').trim()

/** Code by its code, its label, or one comma-separated part of its label ("lo lắng" → concern) when that part is unambiguous. */
function lookup<T extends string>(codes: readonly T[], labels: Record<string, string>): Map<string, T> {
  const out = new Map<string, T>()
  const parts = new Map<string, T | null>()
  for (const c of codes) {
    out.set(key(c), c)
    out.set(key(labels[c] ?? c), c)
    for (const p of (labels[c] ?? '').split(',').map(key).filter(Boolean)) parts.set(p, parts.has(p) && parts.get(p) !== c ? null : c)
  }
  for (const [p, c] of parts) if (c && !out.has(p)) out.set(p, c)
  return out
}

const CHANNEL = lookup(CHANNELS, vi.channels)
const TOPIC = lookup(TOPICS, vi.topics)
const DIRECTION = lookup(DIRECTIONS, vi.directions)
const INTENSITY = lookup(INTENSITIES, vi.intensities)
const BREADTH = lookup(BREADTHS, vi.breadths)
const GROUP = lookup(SOCIAL_GROUPS, vi.socialGroups)

type Planned = {
  row: number
  externalId: string
  heardOn: string
  channel: string
  unit: { id: string; path: string }
  areaId: string | null
  title: string
  content: string
  stream: StreamInput
}

export async function importOpinions(
  ctx: ServiceContext,
  input: { filename: string; data: Buffer; skipInvalid?: boolean },
): Promise<OpinionImportOutcome> {
  const scope = await requireScope(ctx, 'import', 'opinion')
  const table = isJsonLines(input.filename, input.data) ? readJsonLines(input.data, OPINION_COLUMNS) : await readTabular(input.filename, input.data, OPINION_COLUMNS)
  const rejected: Rejection[] = [...table.rejected]
  const reject = (row: number, column: string | null, code: string) => rejected.push({ row, column, code })
  const today = localDay(ctx.now)
  const refusedByReader = new Set(table.rejected.map((r) => r.row))

  const units = new Map((await findUnitsByCodes(ctx.db, [...new Set(table.rows.map((r) => (r.cells.unit_code ?? '').toUpperCase()).filter(Boolean))])).map((u) => [u.code, u]))
  const areas = new Map((await findAreasByCodes(ctx.db, [...new Set(table.rows.map((r) => (r.cells.area_code ?? '').toUpperCase()).filter(Boolean))])).map((a) => [a.code, a]))
  const areaLinks = new Set((await listAreaLinksOfUnits(ctx.db, [...units.values()].map((u) => u.id))).map((l) => `${l.unit_id}|${l.area_id}`))

  // 1. each row on its own and against the units and areas
  // the few distinct codes and labels of a file folded once each, not once per cell
  const keys = new Map<string, string>()
  const keyOf = (v: string) => {
    let k = keys.get(v)
    if (k === undefined) keys.set(v, (k = key(v)))
    return k
  }
  const planned: Planned[] = []
  const seen = new Set<string>()
  for (const { row, cells } of table.rows) {
    const before = rejected.length
    const externalId = cells.external_id ?? ''
    if (!externalId) reject(row, 'external_id', 'ROW_REQUIRED')
    else if (externalId.length > 100) reject(row, 'external_id', 'ROW_TOO_LONG')
    const heardOn = parseDay(cells.received_on ?? '')
    if (!cells.received_on) reject(row, 'received_on', 'ROW_REQUIRED')
    else if (!heardOn) reject(row, 'received_on', 'ROW_DATE_FORMAT')
    else if (heardOn > today) reject(row, 'received_on', 'ROW_FUTURE_DATE')
    const one = <T>(column: string, map: Map<string, T>, code: string, fallback?: T): T | undefined => {
      const v = cells[column] ?? ''
      if (!v) {
        if (fallback === undefined) reject(row, column, 'ROW_REQUIRED')
        return fallback
      }
      const found = map.get(keyOf(v))
      if (found === undefined) reject(row, column, code)
      return found
    }
    const many = <T>(column: string, map: Map<string, T>, code: string): T[] => {
      const found: T[] = []
      for (const v of (cells[column] ?? '').split(';').map((s) => s.trim()).filter(Boolean)) {
        const c = map.get(keyOf(v))
        if (c === undefined) reject(row, column, code)
        else if (!found.includes(c)) found.push(c)
      }
      return found
    }
    const channel = one('channel', CHANNEL, 'ROW_UNKNOWN_CHANNEL')
    const topics = many('topic', TOPIC, 'ROW_UNKNOWN_TOPIC')
    if (topics.length === 0 && !(cells.topic ?? '').trim()) reject(row, 'topic', 'ROW_REQUIRED')
    if (topics.length > 5) reject(row, 'topic', 'ROW_TOO_MANY_TOPICS')
    const direction = one('direction', DIRECTION, 'ROW_UNKNOWN_DIRECTION')
    const intensity = one('intensity', INTENSITY, 'ROW_UNKNOWN_INTENSITY', 'medium')
    const breadth = one('breadth', BREADTH, 'ROW_UNKNOWN_BREADTH', 'few')
    const groups = many('groups', GROUP, 'ROW_UNKNOWN_GROUP')
    const latent = parseFlag(cells.latent ?? '')
    if (latent === null) reject(row, 'latent', 'ROW_BOOLEAN')
    const title = cells.title ?? ''
    if (!title) reject(row, 'title', 'ROW_REQUIRED')
    else if (title.length > 300) reject(row, 'title', 'ROW_TOO_LONG')
    const content = cells.content ?? ''
    if (!content) reject(row, 'content', 'ROW_REQUIRED')
    else if (content.length > 20_000) reject(row, 'content', 'ROW_TOO_LONG')

    const unitCode = (cells.unit_code ?? '').toUpperCase()
    const unit = units.get(unitCode)
    if (!unitCode) reject(row, 'unit_code', 'ROW_REQUIRED')
    else if (!unit) reject(row, 'unit_code', 'ROW_UNKNOWN_UNIT')
    else if (!inScope(scope, unit.path)) reject(row, 'unit_code', 'ROW_OUT_OF_SCOPE')
    else if (heardOn && unitClosedOn(unit, heardOn)) reject(row, 'unit_code', 'ROW_UNIT_INACTIVE')
    const areaCode = (cells.area_code ?? '').toUpperCase()
    const area = areaCode ? areas.get(areaCode) : undefined
    if (areaCode && !area) reject(row, 'area_code', 'ROW_UNKNOWN_AREA')
    else if (area && unit && !areaLinks.has(`${unit.id}|${area.id}`)) reject(row, 'area_code', 'ROW_AREA_NOT_IN_UNIT')
    if (unit && externalId) {
      const k = `${unit.id}|${externalId}`
      if (seen.has(k)) reject(row, 'external_id', 'ROW_DUPLICATE')
      seen.add(k)
    }
    // a row already refused by the reader (formula, too many cells) is not planned either
    if (rejected.length > before || refusedByReader.has(row)) continue
    planned.push({
      row, externalId, heardOn: heardOn!, channel: channel!, unit: { id: unit!.id, path: unit!.path }, areaId: area?.id ?? null, title, content,
      stream: { summary: '', topics, direction: direction!, intensity: intensity!, breadth: breadth!, groups, latent: !!latent, hotSpot: false, proposedHandling: null, issueId: null },
    })
  }
  if (rejected.length > 0 && !input.skipInvalid) throw new DomainError('IMPORT_INVALID', { rows: sortRejections(rejected) })

  // 2. against what earlier imports brought in, and write
  const outcome: OpinionImportOutcome = { imported: 0, unchanged: 0, rejected: sortRejections(rejected) }
  let created = 0
  await inTransaction(ctx, async (trx) => {
    await widenSearchPendingList(trx)
    // first the rows already there (updated in place or unchanged), part by part, before anything new is written
    const fresh: Planned[] = []
    for (let i = 0; i < planned.length; i += 1000) {
      const part = planned.slice(i, i + 1000)
      const found = await findOpinionsByExternalIds(trx, part.map((p) => ({ unitId: p.unit.id, externalId: p.externalId })))
      const existing = new Map(found.map((r) => [`${r.unit_id}|${r.external_id}`, r]))
      const streams = await loadStreamViews(trx, [...existing.values()].map((r) => r.id))
      for (const p of part) {
        const current = existing.get(`${p.unit.id}|${p.externalId}`)
        if (!current) fresh.push(p)
        else if (await updateFromRow(ctx, trx, p, current, streams.get(current.id)?.[0])) outcome.imported++
        else outcome.unchanged++
      }
    }
    // then the new records: each part's statements are queued without waiting, so the rows of the next part (their
    // folded search text, ids, roll-up counts) are made while PostgreSQL writes this one, on the other core; the
    // statements still run one after another, in this order, on the transaction's connection
    const writes = new Writes()
    // the roll-up counts of the new records, made as they are inserted and written once at the end
    const rollup = new Map<string, RollupRow>()
    // every import's records in one roll-up slot (see bulkCreatedAt)
    const at = bulkCreatedAt(ctx.now)
    for (let i = 0; i < fresh.length; i += 1000) {
      const part = fresh.slice(i, i + 1000)
      const rows = part.map((p) => ({
        id: newId(), client_id: null, external_id: p.externalId, channel: p.channel, unit_id: p.unit.id, unit_path: p.unit.path, area_id: p.areaId,
        meeting_id: null, entered_by: ctx.actor.userId, heard_on: p.heardOn, title: p.title, content: p.content,
        search_text: opinionSearchText(p.title, p.content), created_at: at, updated_at: at, version: 1,
      }))
      const freshStreams = part.map((p, j) => streamRows(rows[j]!.id, p.stream, 0))
      rows.forEach((r, j) => countStreams(rollup, r, freshStreams[j]!))
      // the streams once their records are in (however many statements either takes)
      await writes.add(insertOpinionRowsBulk(trx, rows).then(() => insertStreams(trx, freshStreams)))
      created += rows.length
      outcome.imported += rows.length
    }
    await writes.add(addRollupRows(trx, [...rollup.values()]))
    await writes.done()
    await flushSearchPendingList(trx)
    await audit(trx, ctx, {
      action: 'opinion.import', resourceType: 'opinion', unitPath: scope[0] ?? null,
      details: { file: input.filename, created, updated: outcome.imported - created, unchanged: outcome.unchanged, rejected: rejected.length, skipInvalid: !!input.skipInvalid },
    })
  })
  // after the commit: a table that grew by half since the planner last looked gets its statistics gathered again
  if (created > 0) await analyzeTables(ctx.db, await tablesWithStaleStatistics(ctx.db, IMPORTED_TABLES, created))
  return outcome
}

/** Updates a record from a changed row (its fields and its first stream); false when the row brings nothing new. */
async function updateFromRow(
  ctx: ServiceContext, trx: ServiceContext['db'], p: Planned, current: Selectable<OpinionReportTable>,
  first: { id: string; topics: string[]; direction: string; intensity: string; breadth: string; groups: string[]; latent: boolean } | undefined,
): Promise<boolean> {
  const s = p.stream
  const sameRecord = current.channel === p.channel && current.area_id === p.areaId && current.heard_on === p.heardOn && current.title === p.title && current.content === p.content
  const sameStream = !!first && JSON.stringify([[...first.topics].sort(), first.direction, first.intensity, first.breadth, [...first.groups].sort(), first.latent]) ===
    JSON.stringify([[...s.topics].sort(), s.direction, s.intensity, s.breadth, [...s.groups].sort(), s.latent])
  if (sameRecord && sameStream) return false
  // the daily roll-up: out as it was, back in as it is below
  await rollupReports(trx, [current.id], -1)
  const ok = await updateOpinionRowAtVersion(trx, current.id, current.version, {
    channel: p.channel, area_id: p.areaId, heard_on: p.heardOn, title: p.title, content: p.content, search_text: opinionSearchText(p.title, p.content),
    updated_at: ctx.now.toISOString(), version: current.version + 1,
  })
  if (!ok) throw new DomainError('OPINION_VERSION_CONFLICT', { row: p.row }, 409)
  if (!sameStream) {
    if (first) {
      const r = streamRows(current.id, s, 0, first.id)
      await updateStreamRow(trx, first.id, { direction: r.stream.direction, intensity: r.stream.intensity, breadth: r.stream.breadth, latent: r.stream.latent })
      await deleteStreamLabels(trx, [first.id])
      await insertStreamTopics(trx, r.topics)
      await insertStreamGroups(trx, r.groups)
    } else {
      await insertStreams(trx, [streamRows(current.id, s, 0)])
    }
  }
  await rollupReports(trx, [current.id], 1)
  await audit(trx, ctx, {
    action: 'opinion.update', resourceType: 'opinion', resourceId: current.id, unitId: current.unit_id, unitPath: current.unit_path,
    details: { via: 'import', externalId: p.externalId, version: current.version + 1 },
  })
  return true
}

/**
 * Adds a new record's stream to the roll-up counts as `rollupReports` counts it from the tables: one row per topic
 * and one '*' row, keyed by day, unit, area ('' for none), topic, direction, channel and slot (the records of one
 * import share their created_at, so one slot).
 */
function countStreams(
  rollup: Map<string, RollupRow>, r: { heard_on: string; unit_id: string; unit_path: string; area_id: string | null; channel: string; created_at: string },
  s: ReturnType<typeof streamRows>,
): void {
  const areaId = r.area_id ?? ''
  const slot = slotOf(r.created_at)
  for (const topic of [...s.topics.map((t) => t.topic), ALL_TOPICS]) {
    const k = `${r.heard_on}\t${r.unit_id}\t${areaId}\t${topic}\t${s.stream.direction}\t${r.channel}\t${slot}`
    const row = rollup.get(k)
    if (row) row.streams++
    else rollup.set(k, { day: r.heard_on, unit_id: r.unit_id, unit_path: r.unit_path, area_id: areaId, topic, direction: s.stream.direction, channel: r.channel, slot, streams: 1 })
  }
}

/** The outcome with each rejection's message in the reader's language. */
export function withMessages(o: OpinionImportOutcome, lang: Lang = 'vi'): OpinionImportResult {
  return { imported: o.imported, unchanged: o.unchanged, rejected: o.rejected.map((r) => ({ ...r, message: errorMessage(r.code, lang) })) }
}

/** JSON Lines by name (.jsonl, .ndjson, .json) or, for other names, by a first character "{". */
function isJsonLines(filename: string, data: Buffer): boolean {
  const ext = filename.toLowerCase().split('.').pop()
  if (ext === 'jsonl' || ext === 'ndjson' || ext === 'json') return true
  if (ext === 'csv' || ext === 'xlsx' || ext === 'txt') return false
  return data.toString('utf8', 0, 64).replace(/^\uFEFF/, '').trimStart().startsWith('{')
}

/**
 * Reads JSON Lines: one object per line with the same keys as the CSV columns (arrays allowed for topic and
 * groups, booleans and numbers for latent). A line that is not an object is a rejected row; rows are numbered
 * by line.
 */
export function readJsonLines(data: Buffer, columns: ColumnSpec[]): Tabular {
  if (data.length > MAX_IMPORT_BYTES) throw new DomainError('IMPORT_FILE_TOO_LARGE')
  const text = data.toString('utf8')
  if (text.includes('\uFFFD')) throw new DomainError('IMPORT_FILE_UNREADABLE', { reason: 'encoding' })
  const byKey = new Map<string, string>()
  for (const c of columns) for (const k of [c.name, ...(c.aliases ?? [])]) byKey.set(headerKey(k), c.name)
  const rows: Tabular['rows'] = []
  const rejected: Tabular['rejected'] = []
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    const row = i + 1
    if (!line.trim()) return
    let obj: unknown
    try {
      obj = JSON.parse(line)
    } catch {
      obj = undefined
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
      rejected.push({ row, column: null, code: 'ROW_JSON_INVALID' })
      return
    }
    const cells: Record<string, string> = {}
    for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
      const name = byKey.get(headerKey(k))
      if (!name) {
        rejected.push({ row, column: k, code: 'IMPORT_UNKNOWN_COLUMN' })
        continue
      }
      const text = jsonCell(v)
      if (text === null) {
        rejected.push({ row, column: name, code: 'ROW_JSON_INVALID' })
        continue
      }
      const value = clean(text)
      if (looksLikeFormula(value)) rejected.push({ row, column: name, code: 'ROW_FORMULA' })
      cells[name] = value
    }
    rows.push({ row, cells })
  })
  if (rows.length === 0 && rejected.length === 0) throw new DomainError('IMPORT_EMPTY')
  if (rows.length + rejected.length > MAX_IMPORT_ROWS) throw new DomainError('IMPORT_TOO_MANY_ROWS')
  return { rows, columns: new Set(columns.map((c) => c.name)), rejected }
}

/** A JSON value as cell text: strings, numbers, booleans (1/0), lists of strings (joined by ";"), null (empty). */
function jsonCell(v: unknown): string | null {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' && Number.isFinite(v)) return String(v)
  if (typeof v === 'boolean') return v ? '1' : '0'
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join(';')
  return null
}

/**
 * Statements started and not yet awaited. Each gets its rejection handler at once (no unhandled rejection while
 * later ones are being made). `add` then yields to the event loop once, so that the driver sends what is queued
 * (the calls between here and the socket are asynchronous) before the caller goes on with its own work. `done`
 * waits until every one has settled — none may still be queued on the transaction's connection when a failure
 * makes the caller roll back, or it would run after the rollback, outside the transaction — then throws the first
 * failure.
 */
class Writes {
  #all: Promise<unknown>[] = []
  async add(...started: Promise<unknown>[]): Promise<void> {
    for (const p of started) {
      p.catch(() => {})
      this.#all.push(p)
    }
    await new Promise<void>((resolve) => setImmediate(resolve))
  }

  async done(): Promise<void> {
    const failed = (await Promise.allSettled(this.#all)).find((r) => r.status === 'rejected')
    if (failed) throw failed.reason
  }
}
