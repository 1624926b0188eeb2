/**
 * A PartyDocument as PDF (pdfmake), laid out like the DOCX (src/documents/docx.ts): A4 portrait, the same margins,
 * header block, type name, trích yếu, body, signature beside "Nơi nhận:", page numbers at the top from page 2.
 * The serif is Tinos (Times New Roman metrics, OFL), embedded as a subset, so the file looks the same everywhere.
 */
import { createRequire } from 'node:module'
import type { Content, ContentTable, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces'
import { DEFAULT_MARGINS, type DocBlock, type DocChart, type DocTable, type PageMargins, type PartyDocument } from './model.ts'
import { A4_PT, RULE_MM, columnAlign, mmToPt, nfc, numberLine, placeAndDate, signatureLines } from './layout.ts'
import { SERIF_FAMILY, SERIF_FILES } from './fonts.ts'
import { CHART_SIZE, chartPng } from './charts.ts'
import { tableColumnWidths } from './docx.ts'

// pdfmake is a CommonJS singleton (module.exports = new pdfmake()): required, not imported, to reach its methods
const require = createRequire(import.meta.url)
const pdfmake = require('pdfmake') as typeof import('pdfmake')

export type RenderPdfOptions = { margins?: PageMargins }

const FONTS: TFontDictionary = { [SERIF_FAMILY]: { ...SERIF_FILES } }
const FONT_PATHS = new Set<string>(Object.values(SERIF_FILES))
/** first-line indent 1 cm and 6 pt after each paragraph, as in the DOCX */
const INDENT = mmToPt(10)
const AFTER = 6
const LINE = 1.1
/** headlineLevel of table captions (headings use 1–3) */
const CAPTION = 9

function upper(s: string): string {
  return nfc(s).toLocaleUpperCase('vi')
}

function headerBlock(doc: PartyDocument): Content {
  const rule = mmToPt(RULE_MM)
  const left: Content[] = []
  if (doc.superiorBody) left.push({ text: upper(doc.superiorBody), fontSize: 14 })
  left.push({ text: upper(doc.issuingBody), fontSize: 14, bold: true })
  left.push({ text: '*', fontSize: 14 })
  left.push({ text: numberLine(doc), fontSize: 14, margin: [0, 3, 0, 0] })
  return {
    columns: [
      { width: '50%', stack: left, alignment: 'center' },
      {
        width: '50%',
        alignment: 'center',
        stack: [
          { text: 'ĐẢNG CỘNG SẢN VIỆT NAM', fontSize: 15, bold: true },
          // the rule under the Party's name (the column's centring centres it)
          { canvas: [{ type: 'line', x1: 0, y1: 1, x2: rule, y2: 1, lineWidth: 0.6 }] },
          { text: placeAndDate(doc.place, doc.date), fontSize: 14, italics: true, margin: [0, 12, 0, 0] },
        ],
      },
    ],
    columnGap: 0,
  }
}

function titleBlock(doc: PartyDocument): Content[] {
  const out: Content[] = []
  if (doc.draftMark) {
    out.push({
      columns: [
        { width: '*', text: '' },
        { width: 'auto', table: { body: [[{ text: upper(doc.draftMark), bold: true, fontSize: 14, margin: [10, 1, 10, 1] }]] } },
        { width: '*', text: '' },
      ],
      margin: [0, 12, 0, 0],
    })
  }
  out.push({ text: upper(doc.typeName), fontSize: 16, bold: true, alignment: 'center', margin: [0, 18, 0, 0], headlineLevel: 1 })
  out.push({ text: nfc(doc.summary), fontSize: 14, bold: true, alignment: 'center', headlineLevel: 1 })
  out.push({ text: '-----', fontSize: 14, alignment: 'center', margin: [0, 0, 0, 12] })
  return out
}

function bodyText(text: string, style: { bold?: boolean; italics?: boolean } = {}, extra: Partial<{ headlineLevel: number; marginTop: number }> = {}): Content {
  return {
    text: nfc(text),
    fontSize: 14,
    alignment: 'justify',
    leadingIndent: INDENT,
    lineHeight: LINE,
    bold: style.bold,
    italics: style.italics,
    margin: [0, extra.marginTop ?? 0, 0, AFTER],
    ...(extra.headlineLevel ? { headlineLevel: extra.headlineLevel } : {}),
  }
}

function dataTable(table: DocTable, width: number): Content[] {
  const out: Content[] = []
  if (table.title) out.push({ text: nfc(table.title), fontSize: 13, bold: true, alignment: 'center', margin: [0, 6, 0, 6], headlineLevel: CAPTION })
  // the DOCX's widths, converted from twips to points
  const widths = tableColumnWidths(table, Math.round(width * 20)).map((w) => w / 20 - 8)
  const row = (cells: string[], bold: boolean, header: boolean) =>
    table.header.map((_, c) => ({
      text: nfc(cells[c] ?? ''),
      bold,
      fontSize: 13,
      alignment: header ? 'center' : columnAlign(table.align, c),
    }))
  const body = [row(table.header, true, true), ...table.rows.map((r) => row(r, false, false)), ...(table.total ? [row(table.total, true, false)] : [])]
  const t: ContentTable = {
    table: { headerRows: 1, dontBreakRows: true, widths, body: body as ContentTable['table']['body'] },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => 2,
      paddingBottom: () => 2,
    },
    margin: [0, 0, 0, 12],
  }
  out.push(t)
  return out
}

/** Charts 16 cm wide, as in the DOCX. */
const CHART_WIDTH = mmToPt(160)

function chartBlock(chart: DocChart): Content[] {
  const png = chartPng(chart)
  return [{
    // caption and picture never part
    unbreakable: true,
    stack: [
      { text: nfc(chart.title), fontSize: 13, bold: true, alignment: 'center', margin: [0, 6, 0, 3] },
      { image: `data:image/png;base64,${png.toString('base64')}`, width: CHART_WIDTH, height: (CHART_WIDTH * CHART_SIZE.height) / CHART_SIZE.width, alignment: 'center', margin: [0, 0, 0, 6] },
    ],
  }]
}

function block(b: DocBlock, width: number): Content[] {
  switch (b.kind) {
    case 'heading': {
      const text = b.level === 1 ? upper(b.text) : b.text
      return [bodyText(text, { bold: true, italics: b.level === 3 }, { headlineLevel: b.level, marginTop: b.level === 1 ? 6 : 3 })]
    }
    case 'paragraph': return [bodyText(b.text, { bold: b.bold, italics: b.italic })]
    case 'bullets': return b.items.map((item) => bodyText(/^\s*[-+•]/.test(item) ? item.trim() : `- ${item.trim()}`))
    case 'table': return dataTable(b.table, width)
    case 'chart': return chartBlock(b.chart)
  }
}

function closingBlock(doc: PartyDocument): Content {
  const sig = signatureLines(doc)
  return {
    unbreakable: true,
    margin: [0, 12, 0, 0],
    columns: [
      {
        width: '45%',
        stack: [
          { text: 'Nơi nhận:', fontSize: 12, bold: true, italics: true },
          ...doc.recipients.map((r) => ({ text: nfc(r), fontSize: 11 })),
        ],
      },
      {
        width: '55%',
        alignment: 'center',
        stack: [
          { text: sig.onBehalfOf, fontSize: 14, bold: true },
          { text: sig.title, fontSize: 14, bold: true },
          { text: sig.name, fontSize: 14, bold: true, margin: [0, 64, 0, 0] },
        ],
      },
    ],
    columnGap: 0,
  }
}

/** The pdfmake document definition (exported for tests of the layout without parsing a PDF). */
export function pdfDefinition(doc: PartyDocument, opts: RenderPdfOptions = {}): TDocumentDefinitions {
  const m = opts.margins ?? DEFAULT_MARGINS
  const width = A4_PT.width - mmToPt(m.left) - mmToPt(m.right)
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [mmToPt(m.left), mmToPt(m.top), mmToPt(m.right), mmToPt(m.bottom)],
    info: {
      title: nfc(`${doc.typeName} ${doc.summary}`),
      author: nfc(doc.issuingBody),
      subject: numberLine(doc),
      creator: 'Cầu Nối',
    },
    defaultStyle: { font: SERIF_FAMILY, fontSize: 14 },
    // page numbers at the top, centred, from page 2 (the first page carries the header block instead)
    header: (currentPage: number) =>
      currentPage === 1 ? null : { text: String(currentPage), fontSize: 14, alignment: 'center', margin: [mmToPt(m.left), mmToPt(10), mmToPt(m.right), 0] },
    // a heading or caption never ends a page: it moves to the next one with what it introduces
    // (a table caption also when it stands in the last eighth of the page: pdfmake may still count the table's header
    // row as following it there, then move the row to the next page)
    pageBreakBefore: (node, nodes) =>
      Boolean(node.headlineLevel) &&
      (nodes.getFollowingNodesOnPage().length === 0 || (node.headlineLevel === CAPTION && node.startPosition.verticalRatio > 0.875)),
    content: [
      headerBlock(doc),
      ...titleBlock(doc),
      ...doc.body.flatMap((b) => block(b, width)),
      closingBlock(doc),
    ],
  }
}

/** Renders the document as a PDF with the serif font embedded. */
export async function renderPdf(doc: PartyDocument, opts: RenderPdfOptions = {}): Promise<Buffer> {
  pdfmake.setFonts(FONTS)
  // nothing is fetched and no file is read but the font files
  pdfmake.setUrlAccessPolicy(() => false)
  pdfmake.setLocalAccessPolicy((path) => FONT_PATHS.has(path))
  return pdfmake.createPdf(pdfDefinition(doc, opts)).getBuffer()
}
