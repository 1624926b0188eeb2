/**
 * The compliance grid as XLSX: one row per unit, one column per month, each cell the status label filled with its
 * colour (green on time, amber late, red missing, blue extended, grey not required), plus a legend.
 */
import ExcelJS from 'exceljs'
import type { ComplianceGrid, ComplianceStatus } from '../shared/report.schema.ts'

/** Fill colours (ARGB) per status; the web board uses the same meanings. */
export const COMPLIANCE_COLOURS: Record<ComplianceStatus, string> = {
  on_time: 'FFC6EFCE',
  late: 'FFFFEB9C',
  missing: 'FFFFC7CE',
  extended: 'FFBDD7EE',
  not_required: 'FFE7E6E6',
}

export type ComplianceSheetTexts = { sheet: string; title: string; code: string; name: string; status: Record<ComplianceStatus, string> }

/** "2026-11" → "11/2026". */
const monthLabel = (key: string) => `${key.slice(5, 7)}/${key.slice(0, 4)}`

/** The file name: tinh-hinh-nop-bao-cao-2026-11.xlsx (named by the last month). */
export function complianceFileName(grid: ComplianceGrid): string {
  return `tinh-hinh-nop-bao-cao-${grid.months[grid.months.length - 1] ?? 'trong'}.xlsx`
}

/** Builds the workbook in memory (units × months of one ward is small). */
export async function complianceXlsx(grid: ComplianceGrid, t: ComplianceSheetTexts): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Cầu Nối'
  const ws = wb.addWorksheet(t.sheet.slice(0, 31), {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }],
  })
  ws.columns = [{ width: 16 }, { width: 48 }, ...grid.months.map(() => ({ width: 13 }))]
  ws.mergeCells(1, 1, 1, 2 + grid.months.length)
  ws.getCell(1, 1).value = t.title
  ws.getCell(1, 1).font = { bold: true, size: 14 }
  const head = ws.getRow(2)
  head.values = [t.code, t.name, ...grid.months.map(monthLabel)]
  head.font = { bold: true }
  head.alignment = { horizontal: 'center', vertical: 'middle' }
  for (const u of grid.units) {
    // typed values only: a unit name starting with "=" stays text
    const row = ws.addRow([u.code, u.name, ...u.statuses.map((s) => t.status[s])])
    u.statuses.forEach((s, i) => {
      const cell = row.getCell(3 + i)
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COMPLIANCE_COLOURS[s] } }
      cell.alignment = { horizontal: 'center' }
    })
  }
  ws.addRow([])
  for (const s of Object.keys(COMPLIANCE_COLOURS) as ComplianceStatus[]) {
    const row = ws.addRow(['', t.status[s]])
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: COMPLIANCE_COLOURS[s] } }
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
