/**
 * Streamed XLSX writing (exceljs WorkbookWriter): rows go out as they come, so an export of any size holds
 * only a page in memory. Cells are written as typed values, never as formulas.
 */
import { PassThrough, type Readable, type Writable } from 'node:stream'
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

/** An event emitter with a writable side, as readable-stream 2 (archiver's) makes them. */
type Backlogged = NodeJS.EventEmitter & { _writableState: { length: number } }

/**
 * Where exceljs's worksheet bytes wait for the zip: the sheet's stream (a StreamBuf) writes into archiver's
 * PassThrough without looking at write()'s answer, so when rows come faster than they are deflated they pile up
 * in that PassThrough's buffer — the whole sheet, for a large export. Its fill is the backpressure to respect.
 * null if exceljs no longer looks like this (test/api/opinions-import-export.test.ts checks that it does).
 */
export function sheetZipInput(ws: ExcelJS.Worksheet): Backlogged | null {
  const pipes = (ws as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes
  const first = pipes?.[0] as Partial<Backlogged> | undefined
  return first && typeof first._writableState?.length === 'number' && typeof first.on === 'function' ? (first as Backlogged) : null
}

/** Bytes allowed to wait in exceljs's zip input before the rows stop: a few of its 64 KB batches. */
const ZIP_BACKLOG = 1 << 20

/** One sheet with a bold, frozen header row and the rows of `rows`; the returned stream is the .xlsx file. */
export function xlsxStream(sheetName: string, columns: XlsxColumn[], rows: AsyncIterable<XlsxCell[]>): Readable {
  const out = new PassThrough()
  // level 1: deflating at the default level was the slowest step of a large export (the file is ~10 % larger)
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false, zip: { zlib: { level: 1 } } })
  const write = async () => {
    const ws = wb.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
    ws.columns = columns.map((c, i) => ({ header: c.header, key: `c${i}`, width: c.width ?? 16 }))
    ws.getRow(1).font = { bold: true }
    ws.getRow(1).commit()
    const zipInput = sheetZipInput(ws)
    for await (const r of rows) {
      ws.addRow(r.map(cellValue)).commit()
      // let the zip and a slow reader catch up before producing more; a reader gone away ends the export
      if (zipInput && zipInput._writableState.length > ZIP_BACKLOG) await drainedOrClosed(zipInput, out)
      if (out.writableLength > out.writableHighWaterMark * 16) await drainedOrClosed(out, out)
      if (out.destroyed) return
    }
    ws.commit()
    await wb.commit()
  }
  write().catch((e) => out.destroy(e instanceof Error ? e : new Error(String(e))))
  return out
}

/** Resolves when `s` drains or `out` closes. */
function drainedOrClosed(s: NodeJS.EventEmitter, out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      s.off('drain', done)
      out.off('close', done)
      resolve()
    }
    s.on('drain', done)
    out.on('close', done)
  })
}
