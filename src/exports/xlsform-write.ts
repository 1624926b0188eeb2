/**
 * Writes a questionnaire as an XLSForm workbook (.xlsx) with the sheets `survey`, `choices` and `settings` that
 * ODK and KoboToolbox read (mapping in src/domain/survey/xlsform.ts). Cells are text, never formulas.
 */
import ExcelJS from 'exceljs'
import type { Questionnaire } from '../domain/survey/model.ts'
import type { Sheet } from '../domain/survey/xlsform.ts'
import { exportXlsForm } from '../domain/survey/xlsform-export.ts'
import { cellValue } from './xlsx.ts'

/** The .xlsx file of a questionnaire. */
export async function writeXlsForm(q: Questionnaire): Promise<Buffer> {
  const sheets = exportXlsForm(q)
  const wb = new ExcelJS.Workbook()
  for (const [name, sheet] of Object.entries(sheets) as [string, Sheet][]) {
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.addRow(sheet.header.map(cellValue))
    ws.getRow(1).font = { bold: true }
    for (const r of sheet.rows) ws.addRow(r.map(cellValue))
    ws.columns.forEach((c) => {
      c.width = 18
    })
  }
  return Buffer.from(await wb.xlsx.writeBuffer())
}
