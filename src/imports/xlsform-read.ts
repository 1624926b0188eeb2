/**
 * Reads an XLSForm workbook (.xlsx) into the sheets src/domain/survey/xlsform.ts imports: `survey`, `choices` and
 * `settings`, found by name whatever their case, each as its header row and the rows below as text. Size and zip
 * bomb limits as for every upload.
 */
import ExcelJS from 'exceljs'
import { DomainError } from '../domain/errors.ts'
import type { Sheet, XlsFormWorkbook } from '../domain/survey/xlsform.ts'
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, cellText } from './tabular.ts'
import { checkZipBomb } from './zip-guard.ts'

/** The three sheets of an XLSForm file; a sheet that is absent is left out (the import reports what it needs). */
export async function readXlsForm(data: Buffer): Promise<XlsFormWorkbook> {
  if (data.length > MAX_IMPORT_BYTES) throw new DomainError('IMPORT_FILE_TOO_LARGE')
  if (data.length < 4 || data.readUInt32LE(0) !== 0x04034b50) throw new DomainError('IMPORT_FILE_TYPE')
  checkZipBomb(data)
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer)
  } catch {
    throw new DomainError('IMPORT_FILE_UNREADABLE')
  }
  const out: XlsFormWorkbook = {}
  for (const ws of wb.worksheets) {
    const name = ws.name.trim().toLowerCase()
    if (name !== 'survey' && name !== 'choices' && name !== 'settings') continue
    if (out[name]) continue // a second sheet of the same name: the first one counts
    out[name] = toSheet(ws)
  }
  return out
}

function toSheet(ws: ExcelJS.Worksheet): Sheet {
  const grid: string[][] = []
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber > MAX_IMPORT_ROWS + 1) throw new DomainError('IMPORT_TOO_MANY_ROWS')
    const cells: string[] = []
    row.eachCell({ includeEmpty: true }, (c, col) => {
      cells[col - 1] = cellText(c.value)
    })
    grid[rowNumber - 1] = Array.from(cells, (c) => c ?? '')
  })
  const rows = Array.from(grid, (r) => r ?? [])
  return { header: rows[0] ?? [], rows: rows.slice(1) }
}
