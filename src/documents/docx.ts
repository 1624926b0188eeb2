/**
 * A PartyDocument as a Word file in the Party document form (Hướng dẫn 36-HD/VPTW 2018, DESIGN §3): A4 portrait,
 * margins 20/20/30/15 mm by default, Times New Roman; the header block as a borderless two-column table (superior
 * body, issuing body, "*", number | "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule, place and date), type name, trích yếu,
 * the body (headings I./1./a), paragraphs, tables, charts as PNG), the signature block beside "Nơi nhận:", and page
 * numbers at the top from page 2. All text NFC.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HeightRule,
  LineRuleType,
  ImageRun,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type IParagraphOptions,
  type IRunOptions,
} from 'docx'
import { DEFAULT_MARGINS, type DocBlock, type DocChart, type DocTable, type PageMargins, type PartyDocument } from './model.ts'
import { A4_TWIPS, RULE_MM, columnAlign, mmToTwips, nfc, numberLine, placeAndDate, signatureLines } from './layout.ts'
import { DOCX_FONT } from './fonts.ts'
import { CHART_SIZE, chartPng } from './charts.ts'

export type RenderDocxOptions = { margins?: PageMargins }

// sizes in half-points (Word's unit for font sizes): 14 pt = 28
const PT = (pt: number) => pt * 2
/** first-line indent of body paragraphs: 1 cm (36-HD: 1–1.27 cm) */
const INDENT = mmToTwips(10)
/** 6 pt between paragraphs, lines at 1.15 */
const SPACING = { before: 0, after: 120, line: 276 }
const NO_BORDER: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER }
const THIN: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const THIN_BORDERS = { top: THIN, bottom: THIN, left: THIN, right: THIN, insideHorizontal: THIN, insideVertical: THIN }
const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const

/** A run of NFC text (every piece of text in the file goes through here). */
function run(text: string, opts: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ ...opts, text: nfc(text) })
}

function upper(s: string): string {
  return nfc(s).toLocaleUpperCase('vi')
}

function para(children: (TextRun | ImageRun)[], opts: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ ...opts, children })
}

function centred(text: string, runOpts: Omit<IRunOptions, 'text'>, opts: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return para([run(text, runOpts)], { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 }, ...opts })
}

/** The header block: a borderless table, left the issuing side, right the Party's name and the place and date. */
function headerBlock(doc: PartyDocument, width: number): Table {
  // halves: "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" (14 pt) and "Hồng Bàng, ngày 02 tháng 10 năm 2025" (14 pt italic) are
  // each about 80 mm wide, and the text width is 165 mm
  const leftWidth = Math.round(width / 2)
  const rightWidth = width - leftWidth
  const left: Paragraph[] = []
  if (doc.superiorBody) left.push(centred(upper(doc.superiorBody), { size: PT(14) }))
  left.push(centred(upper(doc.issuingBody), { size: PT(14), bold: true }))
  left.push(centred('*', { size: PT(14) }))
  left.push(centred(numberLine(doc), { size: PT(14) }, { spacing: { before: 60, after: 0 } }))
  // the rule under "ĐẢNG CỘNG SẢN VIỆT NAM": a bottom border of its paragraph, drawn as wide as the words
  const ruleInset = Math.max(0, Math.round((rightWidth - mmToTwips(RULE_MM)) / 2))
  const right: Paragraph[] = [
    centred('ĐẢNG CỘNG SẢN VIỆT NAM', { size: PT(15), bold: true }),
    // an empty 2 pt line whose top border is the rule, inset so it is as wide as the words above
    centred('', { size: 4 }, {
      border: { top: { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 1 } },
      indent: { left: ruleInset, right: ruleInset },
      spacing: { before: 0, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    }),
    centred(placeAndDate(doc.place, doc.date), { size: PT(14), italics: true }, { spacing: { before: 200, after: 0 } }),
  ]
  const cell = (children: Paragraph[], w: number) =>
    new TableCell({ children, width: { size: w, type: WidthType.DXA }, borders: NO_BORDERS, margins: { left: 0, right: 0 } })
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, rightWidth)], cantSplit: true })],
  })
}

/** Type name, trích yếu and the short line of five dashes beneath it (36-HD). */
function titleBlock(doc: PartyDocument): Paragraph[] {
  const out: Paragraph[] = []
  if (doc.draftMark) {
    const box: IBorderOptions = { style: BorderStyle.SINGLE, size: 8, color: '000000', space: 2 }
    out.push(centred(upper(doc.draftMark), { size: PT(14), bold: true }, {
      spacing: { before: 240, after: 0 },
      border: { top: box, bottom: box, left: box, right: box },
      indent: { left: mmToTwips(62), right: mmToTwips(62) },
    }))
  }
  out.push(centred(upper(doc.typeName), { size: PT(16), bold: true }, { spacing: { before: 360, after: 0 }, keepNext: true }))
  out.push(centred(doc.summary, { size: PT(14), bold: true }, { keepNext: true }))
  out.push(centred('-----', { size: PT(14) }, { spacing: { before: 0, after: 240 } }))
  return out
}

function bodyParagraph(text: string, runOpts: Omit<IRunOptions, 'text'> = {}, opts: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return para([run(text, { size: PT(14), ...runOpts })], {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: SPACING,
    ...opts,
  })
}

function heading(level: 1 | 2 | 3, text: string): Paragraph {
  // I. TÌNH HÌNH TƯ TƯỞNG (bold caps) · 1. … (bold) · a) … (bold italic); kept with what follows
  const t = level === 1 ? upper(text) : text
  return bodyParagraph(t, { bold: true, italics: level === 3 }, { keepNext: true, keepLines: true, spacing: { ...SPACING, before: level === 1 ? 120 : 60 } })
}

/**
 * Column widths in twips: each column at least as wide as its longest unbreakable word of the header and its longest
 * cell (13 pt: about 150 twips a character, plus the cell margins), so "Cộng" never breaks inside the word; the room
 * left goes mostly to the first column (the labels). Squeezed proportionally when even that does not fit.
 */
export function tableColumnWidths(table: DocTable, width: number): number[] {
  const CHAR = 150
  const PAD = 220
  const body = [...table.rows, ...(table.total ? [table.total] : [])]
  const need = table.header.map((h, c) => {
    const word = Math.max(0, ...h.split(/\s+/).map((w) => w.length))
    const cell = Math.max(0, ...body.map((r) => (c === 0 ? 0 : (r[c] ?? '').length)))
    return Math.max(word, cell, 3) * CHAR + PAD
  })
  const total = need.reduce((a, b) => a + b, 0)
  if (total >= width) {
    const widths = need.map((n) => Math.floor((n * width) / total))
    widths[0] = (widths[0] ?? 0) + width - widths.reduce((a, b) => a + b, 0)
    return widths
  }
  // what each column would like beyond its minimum: its longest text on one line
  const want = table.header.map((h, c) => Math.max(0, Math.max(h.length, ...body.map((r) => (r[c] ?? '').length)) * CHAR + PAD - (need[c] ?? 0)))
  want[0] = (want[0] ?? 0) * 3 + 1
  const wantSum = want.reduce((a, b) => a + b, 0)
  const room = width - total
  const widths = need.map((n, c) => n + Math.floor((room * (want[c] ?? 0)) / wantSum))
  widths[0] = (widths[0] ?? 0) + width - widths.reduce((a, b) => a + b, 0)
  return widths
}

function dataTable(table: DocTable, width: number): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = []
  if (table.title) out.push(centred(table.title, { size: PT(13), bold: true }, { spacing: { before: 120, after: 120 }, keepNext: true }))
  const widths = tableColumnWidths(table, width)
  const cell = (text: string, c: number, opts: { bold?: boolean; header?: boolean }) =>
    new TableCell({
      width: { size: widths[c] ?? 0, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [para([run(text, { size: PT(13), bold: opts.bold })], {
        alignment: opts.header ? AlignmentType.CENTER : ALIGN[columnAlign(table.align, c)],
        spacing: { before: 0, after: 0 },
      })],
    })
  const row = (cells: string[], opts: { bold?: boolean; header?: boolean }) =>
    new TableRow({
      tableHeader: opts.header,
      cantSplit: true,
      height: { value: 400, rule: HeightRule.ATLEAST },
      children: table.header.map((_, c) => cell(cells[c] ?? '', c, opts)),
    })
  out.push(new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: THIN_BORDERS,
    rows: [
      row(table.header, { bold: true, header: true }),
      ...table.rows.map((r) => row(r, {})),
      ...(table.total ? [row(table.total, { bold: true })] : []),
    ],
  }))
  out.push(para([], { spacing: { before: 0, after: 120 } }))
  return out
}

/** Charts are drawn 16 cm wide (at 96 px to the inch, as docx measures images). */
const CHART_PX = { width: 605, height: Math.round((605 * CHART_SIZE.height) / CHART_SIZE.width) }

function chartBlock(chart: DocChart): Paragraph[] {
  const png = chartPng(chart)
  return [
    centred(chart.title, { size: PT(13), bold: true }, { spacing: { before: 120, after: 60 }, keepNext: true }),
    para([new ImageRun({
      type: 'png',
      data: png,
      transformation: CHART_PX,
      altText: { name: nfc(chart.title), description: nfc(chart.title), title: nfc(chart.title) },
    })], { alignment: AlignmentType.CENTER, spacing: { before: 0, after: 120 } }),
  ]
}

function block(b: DocBlock, width: number): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading': return [heading(b.level, b.text)]
    case 'paragraph': return [bodyParagraph(b.text, { italics: b.italic, bold: b.bold })]
    // "- " items as the Party form writes lists; an item that already starts with a dash or plus keeps it
    case 'bullets': return b.items.map((item) => bodyParagraph(/^\s*[-+•]/.test(item) ? item.trim() : `- ${item.trim()}`))
    case 'table': return dataTable(b.table, width)
    case 'chart': return chartBlock(b.chart)
  }
}

/** "Nơi nhận:" with its list on the left, the signature block on the right, side by side and never split. */
function closingBlock(doc: PartyDocument, width: number): Table {
  const leftWidth = Math.round(width * 0.45)
  const rightWidth = width - leftWidth
  const sig = signatureLines(doc)
  const left = [
    para([run('Nơi nhận:', { size: PT(12), bold: true, italics: true })], { spacing: { before: 0, after: 0 } }),
    ...doc.recipients.map((r) => para([run(r, { size: PT(11) })], { spacing: { before: 0, after: 0 } })),
  ]
  const right = [
    centred(sig.onBehalfOf, { size: PT(14), bold: true }),
    centred(sig.title, { size: PT(14), bold: true }),
    // room for the signature and the seal
    ...[0, 1, 2, 3].map(() => centred('', { size: PT(14) })),
    centred(sig.name, { size: PT(14), bold: true }),
  ]
  const cell = (children: Paragraph[], w: number) =>
    new TableCell({ children, width: { size: w, type: WidthType.DXA }, borders: NO_BORDERS, margins: { left: 0, right: 0 } })
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [leftWidth, rightWidth],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, rightWidth)], cantSplit: true })],
  })
}

/** Renders the document as a .docx file. */
export async function renderDocx(doc: PartyDocument, opts: RenderDocxOptions = {}): Promise<Buffer> {
  const m = opts.margins ?? DEFAULT_MARGINS
  const width = A4_TWIPS.width - mmToTwips(m.left) - mmToTwips(m.right)
  const children: (Paragraph | Table)[] = [
    headerBlock(doc, width),
    ...titleBlock(doc),
    ...doc.body.flatMap((b) => block(b, width)),
    para([], { spacing: { before: 0, after: 120 } }),
    closingBlock(doc, width),
  ]
  const document = new Document({
    creator: nfc(doc.issuingBody),
    title: nfc(`${doc.typeName} ${doc.summary}`),
    description: numberLine(doc),
    styles: {
      default: {
        document: {
          run: { font: DOCX_FONT, size: PT(14), language: { value: 'vi-VN' } },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
    },
    sections: [{
      properties: {
        page: {
          size: { width: A4_TWIPS.width, height: A4_TWIPS.height, orientation: PageOrientation.PORTRAIT },
          margin: {
            top: mmToTwips(m.top),
            bottom: mmToTwips(m.bottom),
            left: mmToTwips(m.left),
            right: mmToTwips(m.right),
            header: mmToTwips(10),
            footer: mmToTwips(10),
          },
        },
        // page numbers from page 2: the first page has its own (empty) header
        titlePage: true,
      },
      headers: {
        first: new Header({ children: [para([])] }),
        default: new Header({
          children: [para([new TextRun({ children: [PageNumber.CURRENT], size: PT(14) })], { alignment: AlignmentType.CENTER })],
        }),
      },
      children,
    }],
  })
  return Packer.toBuffer(document)
}
