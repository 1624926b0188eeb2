/**
 * Streamed XLSX writing: one sheet whose XML we write ourselves, row by row, into a zip stream (zip-stream, the
 * writer archiver and exceljs use, with ZIP64 when the sheet passes 4 GB), so an export of any size holds only a
 * few rows in memory. Cells are inline strings or numbers, never formulas.
 *
 * exceljs's streaming WorkbookWriter built a cell model per cell (styles looked up per cell, XML rendered through
 * its xform objects) and wrote into its zip without backpressure; for a large export that cell model was most of
 * the CPU. The file is the same workbook: one sheet, bold frozen header row, column widths, text and numbers.
 */
import { PassThrough, type Readable, type Writable } from 'node:stream'
import ZipStream from 'zip-stream'

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

const XML_SPECIAL = /[&<>\r]/
const XML_SPECIAL_G = /[&<>\r]/g
const XML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' }
/** Text as XML character data (a carriage return as a reference, which XML readers would otherwise turn into a line feed). */
function xmlText(s: string): string {
  return XML_SPECIAL.test(s) ? s.replace(XML_SPECIAL_G, (c) => XML_ENTITY[c]!) : s
}

/** Column letters: A … Z, AA … */
function columnName(i: number): string {
  let name = ''
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** One row of the sheet as XML: empty cells left out, text inline, numbers as numbers; `style` 1 is the bold header. */
function rowXml(n: number, cells: XlsxCell[], letters: string[], style = 0): string {
  const s = style ? ` s="${style}"` : ''
  let xml = `<row r="${n}">`
  for (let i = 0; i < cells.length; i++) {
    const v = cellValue(cells[i] ?? null)
    if (v === null || v === '') continue
    const ref = `${letters[i] ?? columnName(i)}${n}`
    xml += typeof v === 'number'
      ? (Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : '')
      : `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`
  }
  return xml + '</row>'
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'

/** The workbook's parts other than the sheet. */
function packageParts(sheetName: string): [string, string][] {
  const name = xmlText(sheetName).replaceAll('"', '&quot;')
  return [
    ['[Content_Types].xml', `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      + '</Types>'],
    ['_rels/.rels', `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">`
      + `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ['xl/workbook.xml', `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
      + `<bookViews><workbookView/></bookViews><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`],
    ['xl/_rels/workbook.xml.rels', `${XML_HEAD}<Relationships xmlns="${PKG_REL_NS}">`
      + `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>`
      + `<Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`],
    ['xl/styles.xml', `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}">`
      + '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>'
      + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
      + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
      + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
      + '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
      + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'],
  ]
}

/** Sheet XML gathered up to this many characters before it is written to the zip. */
const CHUNK = 64 * 1024

/** One sheet with a bold, frozen header row and the rows of `rows`; the returned stream is the .xlsx file. */
export function xlsxStream(sheetName: string, columns: XlsxColumn[], rows: AsyncIterable<XlsxCell[]>): Readable {
  // level 1: deflating at the default level was the slowest step of a large export (the file is ~10 % larger)
  const zip = new ZipStream({ zlib: { level: 1 } })
  const out = new PassThrough()
  zip.on('error', (e: Error) => out.destroy(e))
  zip.pipe(out)
  const entry = (source: string | Readable, name: string) => new Promise<void>((resolve, reject) => {
    zip.entry(source, { name, date: new Date('1980-01-01T00:00:00Z') }, (e) => (e ? reject(e) : resolve()))
  })
  const write = async () => {
    for (const [name, text] of packageParts(sheetName.slice(0, 31))) await entry(text, name)
    const sheet = new PassThrough()
    const done = entry(sheet, 'xl/worksheets/sheet1.xml')
    const letters = columns.map((_, i) => columnName(i))
    let xml = `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`
      + '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
      + '<selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>'
      + `<cols>${columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 16}" customWidth="1"/>`).join('')}</cols>`
      + `<sheetData>${rowXml(1, columns.map((c) => c.header), letters, 1)}`
    let n = 1
    for await (const r of rows) {
      xml += rowXml(++n, r, letters)
      if (xml.length < CHUNK) continue
      // let the zip and a slow reader catch up before producing more; a reader gone away ends the export
      if (!sheet.write(xml)) await drainedOrClosed(sheet, out)
      xml = ''
      if (out.destroyed) {
        sheet.destroy()
        return
      }
    }
    sheet.end(xml + '</sheetData></worksheet>')
    await done
    await zip.finalize()
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
