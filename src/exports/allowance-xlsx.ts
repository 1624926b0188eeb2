/**
 * The monthly allowance payment sheet ("Bảng thanh toán phụ cấp cộng tác viên DLXH tháng MM/YYYY") as XLSX:
 * a title, the condition and the base salary used, one row per collaborator, a total row. Every cell is a
 * typed value (text or number), never a formula, so a name typed as "=HYPERLINK(…)" stays text.
 */
import ExcelJS from 'exceljs'
import vi from '../shared/i18n/vi.json' with { type: 'json' }
import type { ActivityView } from '../shared/collaborator.schema.ts'

const T = vi.allowanceSheet
const fill = (text: string, params: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''))
/** 2340000 → "2.340.000" (Vietnamese thousands separator). */
const dong = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
/** 2026-11-05 → 05/11/2026. */
const dmy = (day: string) => day.split('-').reverse().join('/')

// characters XML 1.0 cannot hold would make the file unreadable
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
const text = (s: string) => s.replace(XML_INVALID, '')

const COLUMNS: { header: string; width: number; numFmt?: string }[] = [
  { header: T.index, width: 6 },
  { header: T.fullName, width: 26 },
  { header: T.unit, width: 30 },
  { header: T.decisionNo, width: 14 },
  { header: T.records, width: 9, numFmt: '#,##0' },
  { header: T.streams, width: 10, numFmt: '#,##0' },
  { header: T.onTime, width: 10, numFmt: '#,##0' },
  { header: T.conditionMet, width: 10 },
  { header: T.basis, width: 12 },
  { header: T.coefficient, width: 8, numFmt: '0.00#' },
  { header: T.baseSalaryColumn, width: 14, numFmt: '#,##0' },
  { header: T.amount, width: 14, numFmt: '#,##0' },
  { header: T.note, width: 22 },
  { header: T.signature, width: 14 },
]
/** Row numbers of the sheet's parts (1-based, as the spreadsheet shows them). */
export const ALLOWANCE_SHEET_LAYOUT = { title: 1, condition: 2, baseSalary: 3, header: 5, firstData: 6, amountColumn: 12 }

/** The sheet's file name: phu-cap-ctv-2026-11.xlsx. */
export function allowanceFileName(month: string): string {
  return `phu-cap-ctv-${month}.xlsx`
}

/** Builds the workbook in memory (a ward's month is a few hundred rows at most) and returns the file. */
export async function allowanceXlsx(view: ActivityView, reasonLabel: (reason: string) => string): Promise<Buffer> {
  const [year, mon] = view.month.split('-') as [string, string]
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Cầu Nối'
  const ws = wb.addWorksheet(fill(T.sheet, { month: `${mon}-${year}` }).slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: ALLOWANCE_SHEET_LAYOUT.header }],
  })
  const L = ALLOWANCE_SHEET_LAYOUT
  const last = COLUMNS.length
  ws.columns = COLUMNS.map((c, i) => ({ key: `c${i}`, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }))

  ws.mergeCells(L.title, 1, L.title, last)
  const title = ws.getCell(L.title, 1)
  title.value = fill(T.title, { month: `${mon}/${year}` })
  title.font = { bold: true, size: 14 }
  title.alignment = { horizontal: 'center' }
  ws.mergeCells(L.condition, 1, L.condition, last)
  ws.getCell(L.condition, 1).value = fill(view.condition.requireOnTime ? T.conditionOnTime : T.condition, { minRecords: view.condition.minRecords })
  ws.mergeCells(L.baseSalary, 1, L.baseSalary, last)
  ws.getCell(L.baseSalary, 1).value = view.baseSalary
    ? fill(T.baseSalary, { amount: dong(view.baseSalary.amount), from: dmy(view.baseSalary.effectiveFrom) })
    : T.noBaseSalary

  const header = ws.getRow(L.header)
  header.values = COLUMNS.map((c) => c.header)
  header.font = { bold: true }
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }

  view.rows.forEach((r, i) => {
    const coefficient = r.allowanceKind === 'coefficient'
    ws.getRow(L.firstData + i).values = [
      i + 1,
      text(r.collaborator.fullName),
      text(r.collaborator.unit.name),
      text(r.collaborator.decisionNo ?? ''),
      r.records,
      r.streams,
      r.onTime,
      r.conditionMet ? T.yes : T.no,
      coefficient ? T.byCoefficient : T.fixed,
      coefficient ? r.allowanceCoefficient : null,
      coefficient ? r.baseSalary : null,
      r.allowance,
      reasonLabel(r.reason),
      '',
    ]
  })
  const totalRow = ws.getRow(L.firstData + view.rows.length)
  totalRow.values = [null, T.total, null, null, view.totals.records, view.totals.streams, view.totals.onTime, null, null, null, null, view.totals.allowance, null, null]
  totalRow.font = { bold: true }

  const thin = { style: 'thin' as const }
  for (let r = L.header; r <= L.firstData + view.rows.length; r++)
    for (let c = 1; c <= last; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
