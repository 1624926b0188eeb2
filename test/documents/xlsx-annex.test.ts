/** The statistics annex: one sheet per table, headed by the document, figures as numbers, text never a formula. */
import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import ExcelJS from 'exceljs'
import { parseViNumber, renderXlsxAnnex, sheetNames } from '../../src/documents/xlsx-annex.ts'
import { wardReportFixture } from './fixture.ts'

async function load(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buf as unknown as ArrayBuffer)
  return wb
}

describe('renderXlsxAnnex', () => {
  it('puts every table of the document on its own sheet, headed by the document', async () => {
    const wb = await load(await renderXlsxAnnex(wardReportFixture()))
    assert.deepEqual(wb.worksheets.map((w) => w.name), ['Bảng 1. Luồng ý kiến theo lĩnh', 'Bảng 2. Thông tin dư luận theo'])
    const ws = wb.worksheets[0]!
    assert.equal(ws.getCell('A1').value, 'ĐẢNG UỶ PHƯỜNG HỒNG BÀNG')
    assert.equal(ws.getCell('A2').value, 'Kèm theo Báo cáo số 07-BC/ĐU ngày 02/10/2025 về tình hình tư tưởng, dư luận xã hội tháng 9 năm 2025')
    assert.equal(ws.getCell('A3').value, 'Bảng 1. Luồng ý kiến theo lĩnh vực và chiều hướng')
    assert.deepEqual((ws.getRow(5).values as unknown[]).slice(1), ['Lĩnh vực', 'Đồng tình', 'Băn khoăn', 'Phản đối', 'Trái chiều', 'Cộng'])
    assert.equal(ws.getCell('A5').font?.bold, true)
    assert.deepEqual((ws.getRow(6).values as unknown[]).slice(1), ['Đất đai, giải phóng mặt bằng', 2, 9, 3, 1, 15])
    assert.deepEqual((ws.getRow(11).values as unknown[]).slice(1), ['Tổng cộng', 23, 25, 4, 5, 57])
    assert.equal(ws.getCell('B11').font?.bold, true)
  })

  it('writes percentages as numbers with a percent format', async () => {
    const ws = (await load(await renderXlsxAnnex(wardReportFixture()))).worksheets[1]!
    assert.equal(ws.getCell('C6').value, 0.714)
    assert.equal(ws.getCell('C6').numFmt, '0.0%')
    assert.equal(ws.getCell('B10').value, 42)
    assert.equal(ws.getCell('C10').value, 1)
  })

  it('keeps formula-looking text as text', async () => {
    const doc = wardReportFixture({ body: [{ kind: 'table', table: { title: 'Bảng [1]: thử', header: ['Tên', 'Số'], rows: [['=HYPERLINK("http://x","y")', '+1'], ['@SUM(A1)', '1.234']] } }] })
    const wb = await load(await renderXlsxAnnex(doc))
    const ws = wb.worksheets[0]!
    assert.equal(ws.name, 'Bảng 1 thử')
    assert.equal(ws.getCell('A6').type, ExcelJS.ValueType.String)
    assert.equal(ws.getCell('A6').value, '=HYPERLINK("http://x","y")')
    assert.equal(ws.getCell('B6').value, '+1')
    assert.equal(ws.getCell('A7').value, '@SUM(A1)')
    assert.equal(ws.getCell('B7').value, 1234)
  })

  it('has one sheet saying so when the document has no table', async () => {
    const wb = await load(await renderXlsxAnnex(wardReportFixture({ body: [{ kind: 'paragraph', text: 'Không có số liệu.' }] })))
    assert.equal(wb.worksheets.length, 1)
    assert.equal(wb.worksheets[0]!.getCell('A2').value, 'Văn bản không có bảng số liệu.')
  })
})

describe('parseViNumber and sheetNames', () => {
  it('reads vi-VN figures and leaves other text alone', () => {
    assert.deepEqual(parseViNumber('1.234'), { value: 1234, numFmt: '#,##0' })
    assert.deepEqual(parseViNumber('71,4%'), { value: 0.714, numFmt: '0.0%' })
    assert.deepEqual(parseViNumber('-3,25'), { value: -3.25, numFmt: '#,##0.00' })
    assert.deepEqual(parseViNumber('2025'), { value: 2025, numFmt: '#,##0' })
    for (const t of ['Tổ 5', '12/2025', '1.23', '', '1.234.5', '+1']) assert.equal(parseViNumber(t), null, t)
  })

  it('makes unique names of at most 31 characters', () => {
    const t = { header: ['a'], rows: [] }
    assert.deepEqual(sheetNames([{ ...t, title: 'Bảng' }, { ...t, title: 'bảng' }, t, { ...t, title: 'x'.repeat(40) }]), ['Bảng', 'bảng 2', 'Bảng 3', 'x'.repeat(31)])
  })
})
