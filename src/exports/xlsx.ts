/**
 * Streamed XLSX writing (exceljs WorkbookWriter): rows go out as they come, so an export of any size holds
 * only a page in memory. Cells are written as typed values, never as formulas.
 */
import { PassThrough, type Readable } from 'node:stream'
import ExcelJS from 'exceljs'

export type XlsxColumn = { header: string; width?: number }
export type XlsxCell = string | number | null

// characters XML 1.0 cannot hold: a cell with one would make the whole file unreadable
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g
/** Excel's limit on the text of one cell. */
const MAX_CELL_TEXT = 32_767

/** A cell as written: text without characters XML cannot hold, cut at Excel's limit; never a formula. */
export function cellValue(v: XlsxCell): string | number | null {
  if (typeof v !== 'string') return v
  const s = v.replace(XML_INVALID, '')
  return s.length > MAX_CELL_TEXT ? s.slice(0, MAX_CELL_TEXT) : s
}

/** One sheet with a bold, frozen header row and the rows of `rows`; the returned stream is the .xlsx file. */
export function xlsxStream(sheetName: string, columns: XlsxColumn[], rows: AsyncIterable<XlsxCell[]>): Readable {
  const out = new PassThrough()
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false })
  const write = async () => {
    const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 16 }))
    ws.getRow(1).font = { bold: true }
    ws.getRow(1).commit()
    for await (const r of rows) {
      ws.addRow(r.map(cellValue)).commit()
      // let a slow reader catch up before producing more; a reader gone away ends the export
      if (out.writableLength > out.writableHighWaterMark * 16) await drainedOrClosed(out)
      if (out.destroyed) return
    }
    ws.commit()
    await wb.commit()
  }
  write().catch((e) => out.destroy(e instanceof Error ? e : new Error(String(e))))
  return out
}

function drainedOrClosed(s: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      s.off('drain', done)
      s.off('close', done)
      resolve()
    }
    s.on('drain', done)
    s.on('close', done)
  })
}
