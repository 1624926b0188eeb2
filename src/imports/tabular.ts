/**
 * Reads an uploaded CSV or XLSX into rows of trimmed NFC strings keyed by column name, with row numbers as a
 * spreadsheet shows them (the header is row 1). Headers may be written in Vietnamese ("Mã đơn vị").
 */
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import { DomainError } from '../domain/errors.ts'
import { clean, fold } from '../text/fold.ts'
import type { ImportRejection } from '../shared/schemas.ts'
import { checkZipBomb } from './zip-guard.ts'
import { readPlainCsv } from './csv-fast.ts'

export type ColumnSpec = { name: string; required?: boolean; aliases?: string[] }
export type TabularRow = { row: number; cells: Record<string, string> }
export type Tabular = { rows: TabularRow[]; columns: Set<string>; rejected: Omit<ImportRejection, 'message'>[] }

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024
export const MAX_IMPORT_ROWS = 20_000

/** "Mã đơn vị" → "ma_don_vi": how headers are compared. */
export function headerKey(h: string): string {
  return fold(h).replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')
}

/**
 * A cell a spreadsheet would run as a formula: "=…", "@…", or a sign followed by a cell reference ("-A1"),
 * a function call ("+HYPERLINK(…"), a DDE link ("+cmd|calc") or "=". A phone number ("+84 912…"), a negative
 * number and a dash-led line of text ("-Người dân tổ 5 phản ánh…") are data, not formulas.
 */
export function looksLikeFormula(v: string): boolean {
  return /^[=@]/.test(v) || /^[+-]\s*(=|[A-Za-z]{1,3}\d+\b|[A-Za-z_][\w.]*\s*\(|\S*\|)/.test(v)
}

export async function readTabular(filename: string, data: Buffer, columns: ColumnSpec[]): Promise<Tabular> {
  if (data.length > MAX_IMPORT_BYTES) throw new DomainError('IMPORT_FILE_TOO_LARGE')
  const ext = filename.toLowerCase().split('.').pop()
  const isZip = data.length >= 4 && data.readUInt32LE(0) === 0x04034b50
  let grid: string[][]
  if (ext === 'xlsx' || (isZip && ext !== 'csv')) grid = await readXlsx(data)
  else if (ext === 'csv' || ext === 'txt' || !isZip) grid = readCsv(data)
  else throw new DomainError('IMPORT_FILE_TYPE')
  return toRows(grid, columns)
}

function readCsv(data: Buffer): string[][] {
  let text = data.toString('utf8')
  if (text.includes('\uFFFD')) throw new DomainError('IMPORT_FILE_UNREADABLE', { reason: 'encoding' })
  text = text.replace(/^\uFEFF/, '')
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  // Excel in some locales saves with semicolons
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
  const plain = readPlainCsv(text, delimiter)
  if (plain) return plain
  try {
    return parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][]
  } catch (e: any) {
    throw new DomainError('IMPORT_FILE_UNREADABLE', { rows: [{ row: e.lines ?? 0, column: null, code: 'IMPORT_FILE_UNREADABLE' }] })
  }
}

async function readXlsx(data: Buffer): Promise<string[][]> {
  checkZipBomb(data)
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer)
  } catch {
    throw new DomainError('IMPORT_FILE_UNREADABLE')
  }
  const ws = wb.worksheets[0]
  if (!ws) throw new DomainError('IMPORT_EMPTY')
  const grid: string[][] = []
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell.value)
    })
    grid[rowNumber - 1] = Array.from(cells, (c) => c ?? '')
  })
  return Array.from(grid, (r) => r ?? [])
}

/** The text of an XLSX cell: dates as YYYY-MM-DD, formulas by their computed result, rich text joined. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v == null) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('')
    if ('result' in v) return cellText((v as { result: ExcelJS.CellValue }).result)
    if ('text' in v) return String((v as { text: unknown }).text)
    if ('error' in v) return ''
  }
  return String(v)
}

function toRows(grid: string[][], columns: ColumnSpec[]): Tabular {
  const header = grid[0]
  if (!header || header.every((h) => !h.trim())) throw new DomainError('IMPORT_EMPTY')
  const byKey = new Map<string, string>()
  for (const c of columns) for (const k of [c.name, ...(c.aliases ?? [])]) byKey.set(headerKey(k), c.name)
  const rejected: Tabular['rejected'] = []
  const colNames = header.map((h) => {
    const name = byKey.get(headerKey(h))
    if (!name && h.trim()) rejected.push({ row: 1, column: h.trim(), code: 'IMPORT_UNKNOWN_COLUMN' })
    return name ?? null
  })
  const present = new Set(colNames.filter((n): n is string => n !== null))
  for (const c of columns) if (c.required && !present.has(c.name)) rejected.push({ row: 1, column: c.name, code: 'IMPORT_MISSING_COLUMN' })
  if (rejected.length > 0) throw new DomainError('IMPORT_INVALID', { rows: rejected })

  const rows: TabularRow[] = []
  for (let i = 1; i < grid.length; i++) {
    const raw = grid[i]!
    if (raw.every((v) => !v || !v.trim())) continue
    const rowNumber = i + 1
    if (raw.length > header.length && raw.slice(header.length).some((v) => v.trim()))
      rejected.push({ row: rowNumber, column: null, code: 'ROW_COLUMN_COUNT' })
    const cells: Record<string, string> = {}
    colNames.forEach((name, j) => {
      if (!name) return
      const v = clean(raw[j] ?? '')
      if (looksLikeFormula(v)) rejected.push({ row: rowNumber, column: name, code: 'ROW_FORMULA' })
      cells[name] = v
    })
    rows.push({ row: rowNumber, cells })
  }
  if (rows.length === 0) throw new DomainError('IMPORT_EMPTY')
  if (rows.length > MAX_IMPORT_ROWS) throw new DomainError('IMPORT_TOO_MANY_ROWS')
  return { rows, columns: present, rejected }
}

/** Dates as YYYY-MM-DD or DD/MM/YYYY; returns null for a malformed date. */
export function parseDay(v: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v)
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v)
  const day = iso ? v : vn ? `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}` : null
  if (!day) return null
  const d = new Date(`${day}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day ? day : null
}

/** 1/0, có/không, yes/no, true/false, x/blank; null when unrecognised. */
export function parseFlag(v: string): boolean | null {
  const f = fold(v)
  if (['1', 'co', 'yes', 'true', 'x'].includes(f)) return true
  if (['0', 'khong', 'no', 'false', ''].includes(f)) return false
  return null
}
