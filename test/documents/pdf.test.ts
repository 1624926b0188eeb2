/** The PDF in the Party form: A4 pages, the serif embedded, the header texts, sections, images, page numbers from page 2. */
import { describe, it, before } from 'node:test'
import assert from 'node:assert/strict'
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { pdfDefinition, renderPdf } from '../../src/documents/pdf.ts'
import { wardReportFixture } from './fixture.ts'
import { pageText, squeeze } from './pdf-text.ts'

describe('renderPdf', () => {
  let pdf: PDFDocument
  let pages: string[] = []
  before(async () => {
    const file = await renderPdf(wardReportFixture())
    assert.equal(file.subarray(0, 5).toString('latin1'), '%PDF-')
    pdf = await PDFDocument.load(file)
    pages = pdf.getPages().map((p) => pageText(pdf, p))
  })

  it('has A4 portrait pages', () => {
    assert.ok(pdf.getPageCount() >= 2)
    for (const page of pdf.getPages()) {
      const box = page.getMediaBox()
      assert.equal(Math.round(box.width * 100) / 100, 595.28)
      assert.equal(Math.round(box.height * 100) / 100, 841.89)
    }
  })

  it('embeds the Tinos serif (TrueType font files) in its four styles, and uses no other font', () => {
    const descriptors: string[] = []
    const fontNames: string[] = []
    for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
      if (!(obj instanceof PDFDict)) continue
      const type = obj.get(PDFName.of('Type'))
      if (type === PDFName.of('FontDescriptor')) {
        const file = obj.get(PDFName.of('FontFile2'))
        assert.ok(file, 'the descriptor has a FontFile2')
        assert.ok(pdf.context.lookup(file) instanceof PDFRawStream)
        descriptors.push(String(obj.get(PDFName.of('FontName'))))
      }
      if (type === PDFName.of('Font')) fontNames.push(String(obj.get(PDFName.of('BaseFont'))))
    }
    assert.equal(descriptors.length, 4, descriptors.join())
    for (const style of ['Tinos-Regular', 'Tinos-Bold', 'Tinos-Italic', 'Tinos-BoldItalic']) assert.ok(descriptors.some((d) => d.endsWith(`+${style}`)), style)
    assert.ok(fontNames.every((n) => n.includes('Tinos')), fontNames.join())
  })

  it('shows the header block, the type name and the trích yếu on page 1', () => {
    const first = squeeze(pages[0] ?? '')
    for (const s of ['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'ĐẢNG UỶ PHƯỜNG HỒNG BÀNG', 'Số 07-BC/ĐU', 'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Hồng Bàng, ngày 02 tháng 10 năm 2025', 'BÁO CÁO', 'tình hình tư tưởng, dư luận xã hội tháng 9 năm 2025', 'I. TÌNH HÌNH TƯ TƯỞNG']) {
      assert.ok(first.includes(squeeze(s)), `page 1 shows "${s}"`)
    }
  })

  it('has every section, the tables, the signature block and "Nơi nhận:" in order', () => {
    const all = squeeze(pages.join(' '))
    const marks = ['I. TÌNH HÌNH TƯ TƯỞNG', 'II. DƯ LUẬN XÃ HỘI NỔI BẬT', 'Bảng 1. Luồng ý kiến', 'Tổng cộng', 'Biểu đồ 1.',
      'III. DƯ LUẬN TIỀM ẨN, DỰ BÁO', 'IV. CÔNG TÁC NẮM BẮT, ĐỊNH HƯỚNG', 'V. ĐỀ XUẤT, KIẾN NGHỊ', 'Nơi nhận:', 'T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Nguyễn Thị Hải Yến']
    const at = marks.map((m) => all.indexOf(squeeze(m)))
    assert.ok(at.every((i) => i >= 0), `found at ${at}`)
    assert.deepEqual([...at].sort((a, b) => a - b), at)
  })

  it('draws the three charts as images', () => {
    // resvg's PNGs have an alpha channel: each is a colour image plus its grey soft mask
    const colour = [...pdf.context.enumerateIndirectObjects()].filter(([, o]) =>
      o instanceof PDFRawStream && o.dict.get(PDFName.of('Subtype')) === PDFName.of('Image') && o.dict.get(PDFName.of('ColorSpace')) === PDFName.of('DeviceRGB'))
    assert.equal(colour.length, 3)
  })

  it('numbers pages at the top from page 2', () => {
    const def = pdfDefinition(wardReportFixture())
    const header = def.header as (page: number, count: number, size: unknown) => { text: string; alignment: string } | null
    assert.equal(header(1, 4, {}), null)
    assert.equal(header(2, 4, {})?.text, '2')
    assert.equal(header(2, 4, {})?.alignment, 'center')
  })

  it('draws the page numbers: a long document without figures in its body shows "2", "3" on those pages only', async () => {
    const words = 'Nhân dân trên địa bàn quan tâm đến việc mở rộng đường và giá bồi thường giải phóng mặt bằng. '
    const body = Array.from({ length: 40 }, () => ({ kind: 'paragraph' as const, text: words.repeat(4) }))
    const long = await PDFDocument.load(await renderPdf(wardReportFixture({ body })))
    assert.ok(long.getPageCount() >= 3)
    const pieces = long.getPages().map((p) => pageText(long, p).split(/\s+/))
    assert.ok(!pieces[0]?.includes('1'))
    for (let n = 2; n <= long.getPageCount(); n++) assert.ok(pieces[n - 1]?.includes(String(n)), `page ${n} is numbered`)
  })

  it('keeps the default margins 20/20/30/15 mm and takes others', () => {
    const mm = (v: number) => Math.round(((v * 25.4) / 72) * 10) / 10
    assert.deepEqual((pdfDefinition(wardReportFixture()).pageMargins as number[]).map(mm), [30, 20, 15, 20])
    assert.deepEqual((pdfDefinition(wardReportFixture(), { margins: { top: 25, bottom: 20, left: 35, right: 20 } }).pageMargins as number[]).map(mm), [35, 25, 20, 20])
  })

  it('marks a draft', async () => {
    const draft = await PDFDocument.load(await renderPdf(wardReportFixture({ number: null, draftMark: 'DỰ THẢO' })))
    const first = squeeze(pageText(draft, draft.getPage(0)))
    assert.ok(first.includes('DỰTHẢO'))
    assert.ok(first.includes('Số-BC/ĐU'))
    assert.ok(!first.includes('Số07-BC/ĐU'))
  })
})
