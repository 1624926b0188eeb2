/** The DOCX in the Party form: page, margins, font, header block, title, sections, tables, charts, page numbers, NFC. */
import { describe, it, before } from 'node:test'
import assert from 'node:assert/strict'
import { renderDocx, tableColumnWidths } from '../../src/documents/docx.ts'
import { wardReportFixture } from './fixture.ts'
import { attr, paragraphs, unzipText } from './ooxml.ts'

describe('renderDocx', () => {
  let document = ''
  let styles = ''
  let texts: string[] = []
  let parts: Awaited<ReturnType<typeof unzipText>>
  before(async () => {
    parts = await unzipText(await renderDocx(wardReportFixture()))
    document = await parts.part('word/document.xml')
    styles = await parts.part('word/styles.xml')
    texts = paragraphs(document).map((p) => p.text)
  })

  it('is A4 portrait with the 20/20/30/15 mm margins and a different first page', () => {
    assert.equal(attr(document, 'w:pgSz', 'w:w'), '11906')
    assert.equal(attr(document, 'w:pgSz', 'w:h'), '16838')
    assert.equal(attr(document, 'w:pgMar', 'w:top'), '1134')
    assert.equal(attr(document, 'w:pgMar', 'w:bottom'), '1134')
    assert.equal(attr(document, 'w:pgMar', 'w:left'), '1701')
    assert.equal(attr(document, 'w:pgMar', 'w:right'), '850')
    assert.match(document, /<w:titlePg\/>|<w:titlePg w:val="(true|1)"\/>/)
  })

  it('takes other margins', async () => {
    const { part } = await unzipText(await renderDocx(wardReportFixture(), { margins: { top: 25, bottom: 20, left: 35, right: 20 } }))
    const xml = await part('word/document.xml')
    assert.equal(attr(xml, 'w:pgMar', 'w:top'), '1417')
    assert.equal(attr(xml, 'w:pgMar', 'w:left'), '1984')
    assert.equal(attr(xml, 'w:pgMar', 'w:right'), '1134')
  })

  it('sets Times New Roman 14 pt as the document font, in Vietnamese', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? ''
    assert.equal(attr(defaults, 'w:rFonts', 'w:ascii'), 'Times New Roman')
    assert.equal(attr(defaults, 'w:rFonts', 'w:hAnsi'), 'Times New Roman')
    assert.equal(attr(defaults, 'w:sz', 'w:val'), '28')
    assert.equal(attr(defaults, 'w:lang', 'w:val'), 'vi-VN')
  })

  it('has the header block as a borderless two-column table', () => {
    const first = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(document)?.[0] ?? ''
    assert.equal((first.match(/<w:gridCol /g) ?? []).length, 2)
    assert.doesNotMatch(/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(first)?.[0] ?? '', /w:val="single"/)
    const cells = first.split('<w:tc>').slice(1).map((c) => paragraphs(c).map((p) => p.text))
    assert.deepEqual(cells[0], ['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'ĐẢNG UỶ PHƯỜNG HỒNG BÀNG', '*', 'Số 07-BC/ĐU'])
    assert.deepEqual(cells[1]?.filter(Boolean), ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Hồng Bàng, ngày 02 tháng 10 năm 2025'])
  })

  it('sets the header texts in their sizes and styles', () => {
    const para = (text: string) => paragraphs(document).find((p) => p.text === text)?.xml ?? assert.fail(`no paragraph "${text}"`)
    const party = para('ĐẢNG CỘNG SẢN VIỆT NAM')
    assert.match(party, /<w:b\/>/)
    assert.match(party, /<w:sz w:val="30"\/>/)
    assert.match(para('ĐẢNG UỶ PHƯỜNG HỒNG BÀNG'), /<w:b\/>[\s\S]*<w:sz w:val="28"\/>/)
    assert.doesNotMatch(para('ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG'), /<w:b\/>/)
    assert.match(para('Hồng Bàng, ngày 02 tháng 10 năm 2025'), /<w:i\/>[\s\S]*<w:sz w:val="28"\/>/)
    const type = para('BÁO CÁO')
    assert.match(type, /<w:b\/>/)
    assert.match(type, /<w:sz w:val="32"\/>/)
    assert.match(type, /<w:jc w:val="center"\/>/)
    assert.match(para('tình hình tư tưởng, dư luận xã hội tháng 9 năm 2025'), /<w:b\/>[\s\S]*<w:sz w:val="28"\/>/)
    assert.match(para('Nơi nhận:'), /<w:b\/>[\s\S]*<w:i\/>[\s\S]*<w:sz w:val="24"\/>/)
    assert.match(para('- Lưu Văn phòng Đảng uỷ.'), /<w:sz w:val="22"\/>/)
  })

  it('has the sections in order, headings bold, body justified with a first-line indent', () => {
    const headings = ['I. TÌNH HÌNH TƯ TƯỞNG', 'II. DƯ LUẬN XÃ HỘI NỔI BẬT', 'III. DƯ LUẬN TIỀM ẨN, DỰ BÁO', 'IV. CÔNG TÁC NẮM BẮT, ĐỊNH HƯỚNG', 'V. ĐỀ XUẤT, KIẾN NGHỊ']
    const at = headings.map((h) => texts.indexOf(h))
    assert.ok(at.every((i) => i > 0), `headings found at ${at}`)
    assert.deepEqual([...at].sort((a, b) => a - b), at)
    const body = paragraphs(document).find((p) => p.text.startsWith('Cán bộ, đảng viên trong Đảng bộ phường'))?.xml ?? ''
    assert.match(body, /<w:jc w:val="both"\/>/)
    assert.match(body, /<w:ind w:firstLine="567"\/>/)
    assert.match(paragraphs(document).find((p) => p.text === 'a) Lĩnh vực đất đai, giải phóng mặt bằng')?.xml ?? '', /<w:b\/>[\s\S]*<w:i\/>/)
    assert.ok(texts.includes('- Ngập úng trên phố Trần Phú sau mưa lớn ngày 18/9, ảnh hưởng việc đi lại của học sinh;'))
  })

  it('draws the two data tables with borders and a bold, repeated header row', () => {
    const tables = [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0])
    const data = tables.filter((t) => (/<w:tblBorders>[\s\S]*?<\/w:tblBorders>/.exec(t)?.[0] ?? '').includes('w:val="single"'))
    assert.equal(data.length, 2)
    assert.equal(tables.length, 4) // + the header block and the signature block
    const headerRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(data[0] ?? '')?.[0] ?? ''
    assert.match(headerRow, /<w:tblHeader\/>/)
    assert.deepEqual(paragraphs(headerRow).map((p) => p.text), ['Lĩnh vực', 'Đồng tình', 'Băn khoăn', 'Phản đối', 'Trái chiều', 'Cộng'])
    assert.ok(paragraphs(headerRow).every((p) => p.xml.includes('<w:b/>')))
    const rows = data[0]?.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []
    assert.equal(rows.length, 7) // header, five rows, total
    assert.deepEqual(paragraphs(rows[6] ?? '').map((p) => p.text), ['Tổng cộng', '23', '25', '4', '5', '57'])
    assert.ok(texts.includes('Bảng 1. Luồng ý kiến theo lĩnh vực và chiều hướng'))
  })

  it('embeds the three charts as PNG images with their captions', async () => {
    const media = Object.keys(parts.zip.files).filter((f) => f.startsWith('word/media/'))
    assert.equal(media.length, 3)
    for (const f of media) {
      const png = await parts.zip.file(f)!.async('nodebuffer')
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    }
    assert.equal((document.match(/<w:drawing>/g) ?? []).length, 3)
    assert.ok(texts.includes('Biểu đồ 2. Cơ cấu thông tin theo kênh tiếp nhận'))
  })

  it('numbers pages in the header from page 2 only', async () => {
    const sect = /<w:sectPr[\s\S]*?<\/w:sectPr>/.exec(document)?.[0] ?? ''
    const rels = await parts.part('word/_rels/document.xml.rels')
    const target = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="([^"]+)"`).exec(sect)?.[1] ?? assert.fail(`no ${type} header`)
      const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(rels)?.[0] ?? ''
      return `word/${/Target="([^"]+)"/.exec(rel)?.[1]}`
    }
    const other = await parts.part(target('default'))
    const first = await parts.part(target('first'))
    assert.match(other, /PAGE/)
    assert.doesNotMatch(first, /PAGE/)
  })

  it('closes with the signature block and "Nơi nhận:"', () => {
    const i = texts.indexOf('T/M BAN THƯỜNG VỤ')
    assert.ok(i > texts.indexOf('V. ĐỀ XUẤT, KIẾN NGHỊ'))
    assert.equal(texts[i + 1], 'PHÓ BÍ THƯ')
    assert.ok(texts.slice(i + 2).includes('Nguyễn Thị Hải Yến'))
    assert.ok(texts.includes('Nơi nhận:'))
  })

  it('writes every text in NFC, even when given NFD', () => {
    assert.ok(texts.length > 40)
    for (const t of texts) assert.equal(t, t.normalize('NFC'))
    assert.ok(texts.includes('ĐẢNG UỶ PHƯỜNG HỒNG BÀNG'.normalize('NFC')))
  })

  it('marks a draft and leaves its number open', async () => {
    const { part } = await unzipText(await renderDocx(wardReportFixture({ number: null, draftMark: 'Dự thảo' })))
    const t = paragraphs(await part('word/document.xml')).map((p) => p.text)
    assert.ok(t.includes('DỰ THẢO'))
    assert.ok(t.some((x) => /^Số\s+-BC\/ĐU$/.test(x)), 'the number placeholder')
    assert.ok(!t.includes('Số 07-BC/ĐU'))
  })

  it('gives table columns room for their longest header word and fills the text width', () => {
    const table = { header: ['Lĩnh vực', 'Tán thành', 'Băn khoăn, lo lắng', 'Phản đối', 'Nhiều chiều', 'Chưa rõ', 'Cộng'], rows: [['Đất đai, giải phóng mặt bằng', '0', '1', '0', '0', '0', '1']] }
    const widths = tableColumnWidths(table, 9355)
    assert.equal(widths.reduce((a, b) => a + b, 0), 9355)
    table.header.forEach((h, c) => assert.ok((widths[c] ?? 0) >= Math.max(...h.split(' ').map((w) => w.length)) * 150 + 220, h))
    assert.ok((widths[0] ?? 0) > (widths[6] ?? 0) * 2, 'the labels get the room')
    // too many columns for the page: squeezed, still the whole width
    const wide = tableColumnWidths({ header: Array.from({ length: 14 }, (_, i) => `Tháng ${i + 1}`), rows: [] }, 9355)
    assert.equal(wide.reduce((a, b) => a + b, 0), 9355)
  })
})
