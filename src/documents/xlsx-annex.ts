/**
 * The statistics annex (phụ lục thống kê) of a document as XLSX: every DocTable of the body on its own sheet, headed by
 * the issuing body and the document it belongs to ("Kèm theo Báo cáo số 07-BC/ĐU ngày 02/10/2025"). Figures written
 * in vi-VN ("1.234", "71,4%") become numbers again so the sheet can be summed; every cell is a typed value, never a
 * formula (text goes through the project's cellValue: "=1+1" stays the text "=1+1").
 */
import ExcelJS from 'exceljs'
import type { DocTable, PartyDocument } from './model.ts'
import { columnAlign, nfc } from './layout.ts'
import { cellValue } from '../exports/xlsx.ts'

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } }
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }
/** characters a sheet name may not hold, and Excel's 31-character limit */
const SHEET_FORBIDDEN = /[[\]:*?/\\]/g

/** The tables of the document, in order. */
export function documentTables(doc: PartyDocument): DocTable[] {
  return doc.body.flatMap((b) => (b.kind === 'table' ? [b.table] : []))
}

/** A vi-VN figure as a number with its display format, or null when the text is not one ("Tổ 5", "12/2025"). */
export function parseViNumber(text: string): { value: number; numFmt: string } | null {
  const m = /^(-?)(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(%?)$/.exec(text.trim())
  if (!m) return null
  const [, sign, whole = '', frac = '', percent] = m
  // "71,4%" → 71.4e-2: the exponent shifts the decimal point without the rounding error of dividing by 100
  const value = Number(`${sign}${whole.replaceAll('.', '')}.${frac || '0'}${percent ? 'e-2' : ''}`)
  const decimals = frac.length ? `.${'0'.repeat(frac.length)}` : ''
  return { value, numFmt: percent ? `0${decimals}%` : `#,##0${decimals}` }
}

/** Unique sheet names from the tables' titles ("Bảng 1. Luồng ý kiến theo lĩnh vực…" → "Bảng 1. Luồng ý kiến theo lĩnh"). */
export function sheetNames(tables: DocTable[]): string[] {
  const used = new Set<string>()
  return tables.map((t, i) => {
    const base = (nfc(t.title ?? '').replace(SHEET_FORBIDDEN, ' ').replace(/\s+/g, ' ').trim() || `Bảng ${i + 1}`).replace(/^'|'$/g, '')
    let name = base.slice(0, 31).trim()
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - String(n).length - 1).trim()} ${n}`
    used.add(name.toLowerCase())
    return name
  })
}

function belongsTo(doc: PartyDocument): string {
  const type = nfc(doc.typeName).toLocaleLowerCase('vi')
  const number = doc.number ? ` ${nfc(doc.number).replace(/^Số/u, 'số')}` : ' (dự thảo)'
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(doc.date)
  const day = m ? ` ngày ${m[3]}/${m[2]}/${m[1]}` : ''
  return `Kèm theo ${type.charAt(0).toLocaleUpperCase('vi')}${type.slice(1)}${number}${day} về ${nfc(doc.summary)}`
}

function addTableSheet(wb: ExcelJS.Workbook, name: string, table: DocTable, doc: PartyDocument) {
  const cols = table.header.length
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 5 }], pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } })
  const line = (r: number, text: string, font: Partial<ExcelJS.Font>) => {
    const cell = ws.getCell(r, 1)
    cell.value = cellValue(nfc(text))
    cell.font = { name: 'Times New Roman', size: 12, ...font }
    if (cols > 1) ws.mergeCells(r, 1, r, cols)
  }
  line(1, nfc(doc.issuingBody).toLocaleUpperCase('vi'), { bold: true })
  line(2, belongsTo(doc), { italic: true })
  line(3, table.title ?? name, { bold: true, size: 13 })
  const header = ws.getRow(5)
  table.header.forEach((h, c) => {
    const cell = header.getCell(c + 1)
    cell.value = cellValue(nfc(h))
    cell.font = { name: 'Times New Roman', size: 12, bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.border = BORDER
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } }
  })
  const body = [...table.rows.map((r) => ({ cells: r, bold: false })), ...(table.total ? [{ cells: table.total, bold: true }] : [])]
  body.forEach(({ cells, bold }, i) => {
    const row = ws.getRow(6 + i)
    table.header.forEach((_, c) => {
      const text = nfc(cells[c] ?? '')
      const align = columnAlign(table.align, c)
      // figures only where the column holds figures (right-aligned): a label "2025" in the first column stays text
      const num = align === 'right' ? parseViNumber(text) : null
      const cell = row.getCell(c + 1)
      cell.value = num ? num.value : cellValue(text)
      if (num) cell.numFmt = num.numFmt
      cell.font = { name: 'Times New Roman', size: 12, bold }
      cell.alignment = { horizontal: align, vertical: 'middle', wrapText: true }
      cell.border = BORDER
    })
  })
  const rows = [table.header, ...table.rows, ...(table.total ? [table.total] : [])]
  table.header.forEach((_, c) => {
    const longest = Math.max(...rows.map((r) => (r[c] ?? '').length))
    ws.getColumn(c + 1).width = Math.min(Math.max(longest + 2, 10), c === 0 ? 48 : 24)
  })
}

/** The annex workbook; a document without tables gets one sheet saying so. */
export async function renderXlsxAnnex(doc: PartyDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Cầu Nối'
  wb.title = nfc(`Phụ lục thống kê — ${doc.typeName} ${doc.summary}`)
  const tables = documentTables(doc)
  const names = sheetNames(tables)
  tables.forEach((t, i) => addTableSheet(wb, names[i] ?? `Bảng ${i + 1}`, t, doc))
  if (tables.length === 0) {
    const ws = wb.addWorksheet('Phụ lục')
    ws.getCell(1, 1).value = cellValue(belongsTo(doc))
    ws.getCell(2, 1).value = 'Văn bản không có bảng số liệu.'
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
