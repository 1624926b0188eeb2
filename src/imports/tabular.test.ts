import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import { headerKey, looksLikeFormula, parseDay, parseFlag, readTabular, type ColumnSpec } from './tabular.ts'
import { clean } from '../text/fold.ts'
import { DomainError } from '../domain/errors.ts'

describe('headerKey()', () => {
  it('turns Vietnamese headers into plain keys, however they are typed', () => {
    const cases: [string, string][] = [
      ['Mã đơn vị', 'ma_don_vi'], ['Tên đơn vị', 'ten_don_vi'], [' Loại ', 'loai'], ['Mã cấp trên', 'ma_cap_tren'],
      ['Họ và tên', 'ho_va_ten'], ['Số điện thoại', 'so_dien_thoai'], ['ĐỊA BÀN', 'dia_ban'], ['Hoạt động?', 'hoat_dong'],
      ['parent_code', 'parent_code'], ['Active From', 'active_from'], ['Mã đơn vị'.normalize('NFD'), 'ma_don_vi'], ['Tên\u200B đơn vị', 'ten_don_vi'],
    ]
    for (const [header, key] of cases) assert.equal(headerKey(header), key, header)
  })
  it('is idempotent and yields only a-z, 0-9 and inner underscores', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (h) => {
      const k = headerKey(h)
      assert.equal(headerKey(k), k)
      assert.match(k, /^([a-z0-9]+(_[a-z0-9]+)*)?$/)
    }))
  })
})

describe('looksLikeFormula()', () => {
  it('catches what a spreadsheet would run', () => {
    for (const v of ['=1+1', '=HYPERLINK("http://x","bấm")', '@SUM(A1)', '+A1', '-A1', '+cmd|calc', '-=1', '-HYPERLINK("http://x")', '+SUM(A1:A3)', '-AB12']) assert.equal(looksLikeFormula(v), true, v)
  })
  it('lets phone numbers, negative numbers and ordinary text through', () => {
    for (const v of ['+84 912 345 678', '+84912345678', '-5', '-0.5', '0912 345 678', 'Hoà Bình', 'a=b', '', 'Tổ 3 - khu Bắc', '-Người dân tổ 5 phản ánh (nhiều hộ)', '- Ngập úng kéo dài']) assert.equal(looksLikeFormula(v), false, v)
  })
})

describe('parseDay()', () => {
  it('reads YYYY-MM-DD and DD/MM/YYYY (one-digit day and month too)', () => {
    assert.equal(parseDay('2026-11-20'), '2026-11-20')
    assert.equal(parseDay('20/11/2026'), '2026-11-20')
    assert.equal(parseDay('5/3/2026'), '2026-03-05')
    assert.equal(parseDay('29/02/2028'), '2028-02-29')
  })
  it('refuses dates that do not exist and other layouts', () => {
    for (const v of ['30/02/2026', '2026-02-30', '29/02/2026', '31/04/2026', '2026-13-01', '00/01/2026', '2026/11/20', '20-11-2026', '11/20/2026', '20/11/26', '', 'hôm nay'])
      assert.equal(parseDay(v), null, v)
  })
  it('both layouts of any real day give the same ISO day', () => {
    const day = fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
    fc.assert(fc.property(day, (d) => {
      const iso = d.toISOString().slice(0, 10)
      const [y, m, dd] = iso.split('-')
      assert.equal(parseDay(iso), iso)
      assert.equal(parseDay(`${dd}/${m}/${y}`), iso)
      assert.equal(parseDay(`${Number(dd)}/${Number(m)}/${y}`), iso)
    }))
  })
})

describe('parseFlag()', () => {
  it('reads yes and no in Vietnamese and English; null otherwise', () => {
    for (const v of ['1', 'có', 'Có', 'CÓ', 'có'.normalize('NFD'), 'co', 'yes', 'TRUE', 'x', 'X']) assert.equal(parseFlag(v), true, v)
    for (const v of ['0', 'không', 'Không', 'KHÔNG', 'khong', 'no', 'false', '']) assert.equal(parseFlag(v), false, v)
    for (const v of ['có lẽ', '2', 'đúng', 'y']) assert.equal(parseFlag(v), null, v)
  })
})

const COLUMNS: ColumnSpec[] = [{ name: 'id', required: true }, { name: 'ten', aliases: ['ho_va_ten'] }, { name: 'ghi_chu' }]

// Vietnamese letters (NFC and NFD), separators, quotes, line breaks and invisible characters.
// U+FFFD is left out: the reader takes it as the mark of a file that is not UTF-8.
const piece = fc.constantFrom('Hoà', 'Bình', 'Nguyễn', 'Thị', 'Đặng', 'Uỷ', 'ban', 'Hòa'.normalize('NFD'), 'ủy'.normalize('NFD'),
  ',', ';', '"', "'", '\n', '\r\n', ' ', '  ', '\t', '\u200B', '\u00A0', '=', '+84', '-', '@', '1', '2026', 'a', 'Z', '😀')
const cell = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''))

describe('readTabular()', () => {
  it('CSV round trip: random cells written by csv-stringify read back the same, as NFC and trimmed', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 8 }), fc.boolean(), async (rows, bom) => {
      const text = stringify([['id', 'Họ và tên', 'ghi_chu'], ...rows.map(([a, b], i) => [`r${i}`, a, b])])
      const data = Buffer.from((bom ? '\uFEFF' : '') + text)
      const table = await readTabular('du-lieu.csv', data, COLUMNS)
      assert.deepEqual(table.rows, rows.map(([a, b], i) => ({ row: i + 2, cells: { id: `r${i}`, ten: clean(a), ghi_chu: clean(b) } })))
      for (const r of table.rows) for (const v of Object.values(r.cells)) assert.equal(v, v.normalize('NFC'))
      const formulas = rows.flatMap(([a, b], i) => [[i + 2, 'ten', a], [i + 2, 'ghi_chu', b]] as const).filter(([, , v]) => looksLikeFormula(clean(v)))
      assert.deepEqual(table.rejected, formulas.map(([row, column]) => ({ row, column, code: 'ROW_FORMULA' })))
    }), { numRuns: 200 })
  })

  it('an XLSX reads back the same cells; dates become YYYY-MM-DD', async () => {
    const wb = new ExcelJS.Workbook()
    const ws = wb.addWorksheet('Trang 1')
    ws.addRow(['ID', 'Họ và tên', 'Ghi chú'])
    ws.addRow(['r0', 'Nguyễn Thị Hoà'.normalize('NFD'), new Date(Date.UTC(2026, 10, 20))])
    ws.addRow([])
    ws.addRow([42, { richText: [{ text: 'Uỷ ban ' }, { text: 'nhân dân' }] }, null])
    const table = await readTabular('tep.xlsx', Buffer.from(await wb.xlsx.writeBuffer()), COLUMNS)
    assert.deepEqual(table.rows, [
      { row: 2, cells: { id: 'r0', ten: 'Nguyễn Thị Hoà', ghi_chu: '2026-11-20' } },
      { row: 4, cells: { id: '42', ten: 'Uỷ ban nhân dân', ghi_chu: '' } },
    ])
  })

  it('refuses unknown and missing columns on row 1, extra cells and empty files', async () => {
    const code = async (text: string) => {
      try {
        await readTabular('x.csv', Buffer.from(text), COLUMNS)
        return null
      } catch (e) {
        return e instanceof DomainError ? [e.code, e.details] : e
      }
    }
    assert.deepEqual(await code('ten,mau\nA,đỏ\n'), ['IMPORT_INVALID', { rows: [{ row: 1, column: 'mau', code: 'IMPORT_UNKNOWN_COLUMN' }, { row: 1, column: 'id', code: 'IMPORT_MISSING_COLUMN' }] }])
    assert.deepEqual((await code('id\n')), ['IMPORT_EMPTY', undefined])
    assert.deepEqual((await code('')), ['IMPORT_EMPTY', undefined])
    const extra = await readTabular('x.csv', Buffer.from('id,ten\n1,A,thừa\n2,B\n'), COLUMNS)
    assert.deepEqual(extra.rejected, [{ row: 2, column: null, code: 'ROW_COLUMN_COUNT' }])
  })
})
