/** Unit and account imports through POST /api/units/import and /api/users/import (multipart CSV or XLSX). */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import zlib from 'node:zlib'
import ExcelJS from 'exceljs'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { multipartFile, signIn, startTestApp, type Client, type TestApp } from '../helpers/app.ts'
import vi from '../../src/shared/i18n/vi.json' with { type: 'json' }

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const upload = (c: Client, url: string, filename: string, content: Buffer | string, type = 'text/csv') => {
  const m = multipartFile(filename, content, type)
  return c.request('POST', url, m.payload, m.headers)
}
type Row = { row: number; column: string | null; code: string; message: string }
const rowsOf = (r: LightMyRequestResponse) => (json(r).error.details.rows as Row[])
const msg = (code: string) => (vi.errors as Record<string, string>)[code]

/** A zip whose one entry declares 20 MB of zeros in a few kilobytes: what a zip bomb looks like to the guard. */
function zipBomb(): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml')
  const plain = Buffer.alloc(20 * 1024 * 1024)
  const packed = zlib.deflateRawSync(plain, { level: 9 })
  const crc = zlib.crc32(plain)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(8, 8)
  local.writeUInt32LE(crc, 14); local.writeUInt32LE(packed.length, 18); local.writeUInt32LE(plain.length, 22); local.writeUInt16LE(name.length, 26)
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(8, 10)
  central.writeUInt32LE(crc, 16); central.writeUInt32LE(packed.length, 20); central.writeUInt32LE(plain.length, 24); central.writeUInt16LE(name.length, 28)
  const cdOffset = local.length + name.length + packed.length
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0); eocd.writeUInt16LE(1, 8); eocd.writeUInt16LE(1, 10)
  eocd.writeUInt32LE(central.length + name.length, 12); eocd.writeUInt32LE(cdOffset, 16)
  return Buffer.concat([local, name, packed, central, name, eocd])
}

const UNITS_CSV = [
  'code,name,kind,parent_code,active_from,active_to,areas',
  // the child comes before its parent; kinds as codes or Vietnamese labels; dates in both forms
  'IMP-CB1,Chi bộ Tổ dân phố 3,Chi bộ,IMP-DB,2026-03-15,,HB-TDP03',
  'IMP-DB,Đảng bộ Khối Nhập,dang_bo,HB,01/02/2026,,',
  'IMP-CB2,"Chi bộ Tổ 4, khu Bắc",chi_bo,IMP-DB,5/3/2026,,HB-TDP04;HB-TDP05',
  'IMP-MT,Ban công tác Mặt trận khu 3,Mặt trận Tổ quốc,HB,,,',
].join('\r\n')

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: unit import`, () => {
    let t: TestApp
    let admin: Client
    const count = async (table: 'unit' | 'unit_history' | 'audit_event') =>
      Number((await t.conn.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    const unitByCode = async (code: string) => (json(await admin.get(`/api/units?includeInactive=1&q=${code}`)).items as any[]).find((u) => u.code === code)

    before(async () => {
      t = await startTestApp(dialect)
      admin = await signIn(t.app, 'admin')
    })
    after(() => t.close())

    it('creates every unit of the file, parents after children included', async () => {
      const res = await upload(admin, '/api/units/import', 'don-vi.csv', UNITS_CSV)
      assert.equal(res.statusCode, 200, res.body)
      assert.deepEqual(json(res), { created: 4, updated: 0, unchanged: 0, rejected: [] })
      const [db, cb1, cb2, mt] = await Promise.all(['IMP-DB', 'IMP-CB1', 'IMP-CB2', 'IMP-MT'].map(unitByCode))
      assert.equal(cb1.parentId, db.id)
      assert.equal(cb1.path, `${db.path}${cb1.id}/`)
      assert.equal(cb1.kind, 'chi_bo')
      assert.equal(mt.kind, 'mttq')
      assert.deepEqual([db.activeFrom, cb1.activeFrom, cb2.activeFrom], ['2026-02-01', '2026-03-15', '2026-03-05'])
      assert.equal(cb2.name, 'Chi bộ Tổ 4, khu Bắc')
      assert.deepEqual(cb2.areas.map((a: { code: string }) => a.code), ['HB-TDP04', 'HB-TDP05'])
    })

    it('a second import of the same file changes nothing and leaves only the summary event', async () => {
      const [units, history, events] = [await count('unit'), await count('unit_history'), await count('audit_event')]
      const res = await upload(admin, '/api/units/import', 'don-vi.csv', UNITS_CSV)
      assert.deepEqual(json(res), { created: 0, updated: 0, unchanged: 4, rejected: [] })
      assert.equal(await count('unit'), units)
      assert.equal(await count('unit_history'), history)
      assert.equal(await count('audit_event'), events + 1)
      const last = json(await admin.get('/api/audit?pageSize=1')).items[0]
      assert.equal(last.action, 'unit.import')
      assert.deepEqual(last.details, { file: 'don-vi.csv', created: 0, updated: 0, unchanged: 4, dryRun: false })
    })

    it('a file with bad rows lists every one of them and imports nothing', async () => {
      const csv = [
        'code,name,kind,parent_code,active_from',
        'BAD-1,"=HYPERLINK(""http://x.example"",""bấm"")",chi_bo,HB,',
        'BAD-2,@SUM(A1),chi_bo,HB,',
        'BAD-3,Loại lạ,thu_vien,HB,',
        'BAD-4,Cấp trên lạ,chi_bo,KHONG-CO,',
        'BAD-5,Ngày sai,chi_bo,HB,30/02/2026',
        'BAD-6,Trùng một,chi_bo,HB,',
        'BAD-6,Trùng hai,chi_bo,HB,',
        'CYC-A,Vòng A,chi_bo,CYC-B,',
        'CYC-B,Vòng B,chi_bo,CYC-A,',
        'GOOD-1,Dòng hợp lệ,chi_bo,HB,',
      ].join('\n')
      const units = await count('unit')
      const res = await upload(admin, '/api/units/import', 'loi.csv', csv)
      assert.equal(res.statusCode, 400)
      assert.equal(json(res).error.code, 'IMPORT_INVALID')
      assert.equal(json(res).error.message, msg('IMPORT_INVALID'))
      const expected = [
        [2, 'name', 'ROW_FORMULA'], [3, 'name', 'ROW_FORMULA'], [4, 'kind', 'ROW_UNKNOWN_KIND'], [5, 'parent_code', 'ROW_UNKNOWN_PARENT'],
        [6, 'active_from', 'ROW_DATE_FORMAT'], [8, 'code', 'ROW_DUPLICATE'], [9, 'parent_code', 'ROW_PARENT_CYCLE'], [10, 'parent_code', 'ROW_PARENT_CYCLE'],
      ].map(([row, column, code]) => ({ row, column, code, message: msg(code as string) }))
      assert.deepEqual(rowsOf(res), expected)
      assert.equal(await count('unit'), units)
      assert.equal(await unitByCode('GOOD-1'), undefined)
    })

    it('a semicolon-separated CSV with a BOM and Vietnamese headers works', async () => {
      const csv = '\uFEFFMã đơn vị;Tên đơn vị;Loại;Mã cấp trên;Từ ngày\r\nSC-1;Chi bộ Khu tập thể Cảng;Chi bộ;HB;20/11/2025\r\n'
      const res = await upload(admin, '/api/units/import', 'excel-vn.csv', csv)
      assert.deepEqual(json(res), { created: 1, updated: 0, unchanged: 0, rejected: [] })
      const u = await unitByCode('SC-1')
      assert.equal(u.name, 'Chi bộ Khu tập thể Cảng')
      assert.equal(u.activeFrom, '2025-11-20')
    })

    it('an XLSX works, with real date cells and row numbers as the spreadsheet shows them', async () => {
      const wb = new ExcelJS.Workbook()
      const ws = wb.addWorksheet('Đơn vị')
      ws.addRow(['code', 'name', 'kind', 'parent_code', 'active_from'])
      ws.addRow(['XL-1', 'Chi bộ Trường THPT Hoà Bình', 'Chi bộ', 'HB', new Date(Date.UTC(2026, 0, 5))])
      ws.addRow(['XL-2', 'Tổ công tác xlsx', 'other', 'XL-1', '2026-01-06'])
      const data = Buffer.from(await wb.xlsx.writeBuffer())
      const res = await upload(admin, '/api/units/import', 'don-vi.xlsx', data, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      assert.deepEqual(json(res), { created: 2, updated: 0, unchanged: 0, rejected: [] })
      assert.equal((await unitByCode('XL-1')).activeFrom, '2026-01-05')
      assert.equal((await unitByCode('XL-2')).parentId, (await unitByCode('XL-1')).id)

      ws.addRow(['XL-3', 'Loại sai', 'ban_chi_dao', 'HB', ''])
      const bad = await upload(admin, '/api/units/import', 'don-vi.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))
      assert.deepEqual(rowsOf(bad).map((r) => [r.row, r.column, r.code]), [[4, 'kind', 'ROW_UNKNOWN_KIND']])
    })

    it('a zip bomb, a binary file and a zip named .csv get clear errors and import nothing', async () => {
      const units = await count('unit')
      const bomb = await upload(admin, '/api/units/import', 'bom.xlsx', zipBomb())
      assert.equal(bomb.statusCode, 413)
      assert.equal(json(bomb).error.code, 'IMPORT_FILE_TOO_LARGE')
      const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0, 0xa1])
      for (const name of ['anh.csv', 'anh.xlsx', 'anh.png']) {
        const res = await upload(admin, '/api/units/import', name, binary)
        assert.equal(res.statusCode, 400, `${name}: ${res.body}`)
        assert.equal(json(res).error.code, 'IMPORT_FILE_UNREADABLE')
        assert.equal(json(res).error.message, msg('IMPORT_FILE_UNREADABLE'))
      }
      const zipAsCsv = await upload(admin, '/api/units/import', 'nen.csv', zipBomb())
      assert.equal(zipAsCsv.statusCode, 400)
      assert.ok(['IMPORT_FILE_TYPE', 'IMPORT_FILE_UNREADABLE'].includes(json(zipAsCsv).error.code), zipAsCsv.body)
      assert.equal(await count('unit'), units)
    })

    it('a dry run reports the exact counts and keeps nothing', async () => {
      const units = await count('unit')
      const m = multipartFile('thu.csv', 'code,name,kind,parent_code\nDRY-1,Chạy thử,chi_bo,HB\nIMP-MT,Ban công tác Mặt trận khu 3 (mới),mttq,HB\n')
      const res = await admin.request('POST', '/api/units/import?dryRun=1', m.payload, m.headers)
      assert.deepEqual(json(res), { created: 1, updated: 1, unchanged: 0, rejected: [] })
      assert.equal(await count('unit'), units)
      assert.equal((await unitByCode('IMP-MT')).name, 'Ban công tác Mặt trận khu 3')
    })

    it('an import cannot put a unit under its own descendant already in the database', async () => {
      const before = await unitByCode('HB-DUUB')
      const res = await upload(admin, '/api/units/import', 'vong.csv', 'code,name,kind,parent_code\nHB-DUUB,Đảng uỷ Uỷ ban nhân dân phường,dang_bo,HB-CB-UBND\n')
      assert.equal(res.statusCode, 400, `moving HB-DUUB under its own child: ${res.body}`)
      assert.deepEqual(rowsOf(res).map((r) => [r.row, r.column, r.code]), [[2, 'parent_code', 'ROW_PARENT_CYCLE']])
      assert.equal((await unitByCode('HB-DUUB')).path, before.path)
    })

    it('an import cannot close a unit whose children stay active', async () => {
      const res = await upload(admin, '/api/units/import', 'dong.csv', 'code,name,kind,parent_code,active_to\nIMP-DB,Đảng bộ Khối Nhập,dang_bo,HB,2026-11-01\n')
      assert.equal(res.statusCode, 400, `closing IMP-DB with active IMP-CB1 and IMP-CB2 under it: ${res.body}`)
      assert.equal((await unitByCode('IMP-DB')).activeTo, null)
    })
    it('an import cannot create a unit under a closed parent', async () => {
      const closed = await unitByCode('HB-CB-KDC10')
      assert.equal((await admin.post(`/api/units/${closed.id}/deactivate`, {})).statusCode, 200)
      const res = await upload(admin, '/api/units/import', 'con.csv', 'code,name,kind,parent_code\nUNDER-CLOSED,Chi bộ dưới đơn vị đã đóng,chi_bo,HB-CB-KDC10\n')
      assert.equal(res.statusCode, 400, `the API refuses this with UNIT_PARENT_INACTIVE; the import: ${res.body}`)
      assert.equal(await unitByCode('UNDER-CLOSED'), undefined)
    })
  })

  describe(`${dialect.name}: account import`, () => {
    let t: TestApp
    let admin: Client
    const USERS_CSV = [
      'username,full_name,phone,email,active,roles,password',
      'nhap-mot,Nguyễn Văn Một,+84 912 345 678,Mot@Example.vn,1,unit_officer@HB-CB-KDC02*;collaborator@HB-CB-KDC03,',
      'nhap-hai,Trần Thị Hai,,,có,Người xem@HB,matkhau-hai-123',
    ].join('\n')

    before(async () => {
      t = await startTestApp(dialect)
      admin = await signIn(t.app, 'admin')
    })
    after(() => t.close())

    it('creates accounts with roles; a temporary password only where the file gives none', async () => {
      const res = await upload(admin, '/api/users/import', 'tai-khoan.csv', USERS_CSV)
      assert.equal(res.statusCode, 200, res.body)
      const r = json(res)
      assert.deepEqual([r.created, r.updated, r.unchanged], [2, 0, 0])
      assert.deepEqual(r.temporaryPasswords.map((p: { username: string }) => p.username), ['nhap-mot'])

      const mot = await signIn(t.app, 'nhap-mot', r.temporaryPasswords[0].password)
      const me = json(await mot.get('/api/auth/me'))
      assert.equal(me.mustChangePassword, true)
      assert.equal(me.phone, '+84 912 345 678')
      assert.equal(me.email, 'mot@example.vn')
      assert.deepEqual(me.roles.map((x: any) => `${x.role}@${x.unitCode}${x.isResponsible ? '*' : ''}`).sort(), ['collaborator@HB-CB-KDC03', 'unit_officer@HB-CB-KDC02*'])
      const hai = json(await (await signIn(t.app, 'nhap-hai', 'matkhau-hai-123')).get('/api/auth/me'))
      assert.equal(hai.mustChangePassword, false)
      assert.deepEqual(hai.roles.map((x: any) => `${x.role}@${x.unitCode}`), ['viewer@HB'])
      const kdc02 = (json(await admin.get('/api/units?q=KDC02')).items as any[])[0]
      assert.equal(kdc02.responsible.username, 'nhap-mot')
    })

    it('a second import of the same file changes nothing and makes no new password', async () => {
      const res = await upload(admin, '/api/users/import', 'tai-khoan.csv', USERS_CSV)
      assert.deepEqual(json(res), { created: 0, updated: 0, unchanged: 2, rejected: [], temporaryPasswords: [] })
    })

    it('refuses to make someone responsible where phutrach already is, and imports nothing', async () => {
      const csv = 'username,full_name,roles\nnhap-ba,Lê Văn Ba,unit_officer@HB-CB-KDC01*\nnhap-bon,Phạm Bốn,viewer@HB\n'
      const res = await upload(admin, '/api/users/import', 'trung.csv', csv)
      assert.equal(res.statusCode, 400)
      assert.deepEqual(rowsOf(res), [{ row: 2, column: 'roles', code: 'ROW_RESPONSIBLE_TAKEN', message: msg('ROW_RESPONSIBLE_TAKEN') }])
      const found = await t.conn.db.selectFrom('app_user').select('username').where('username', 'in', ['nhap-ba', 'nhap-bon']).execute()
      assert.deepEqual(found, [])
    })

    it('lists every bad account row', async () => {
      const csv = [
        'username,full_name,email,active,roles,password',
        'Nguyen Van A,Nguyễn Văn A,,,,',
        'nhap-nam,=cmd|calc,,,,',
        'nhap-sau,Sáu,khong-phai-email,,,',
        'nhap-bay,Bảy,,có lẽ,,',
        'nhap-tam,Tám,,,thu_truong@HB,',
        'nhap-chin,Chín,,,viewer@KHONG-CO,',
        'nhap-muoi,Mười,,,,ngan',
      ].join('\n')
      const res = await upload(admin, '/api/users/import', 'loi.csv', csv)
      assert.equal(res.statusCode, 400)
      assert.deepEqual(rowsOf(res).map((r) => [r.row, r.column, r.code]), [
        [2, 'username', 'ROW_USERNAME_FORMAT'], [3, 'full_name', 'ROW_FORMULA'], [4, 'email', 'ROW_EMAIL_FORMAT'], [5, 'active', 'ROW_BOOLEAN'],
        [6, 'roles', 'ROW_UNKNOWN_ROLE'], [7, 'roles', 'ROW_UNKNOWN_UNIT'], [8, 'password', 'ROW_PASSWORD_SHORT'],
      ])
      for (const r of rowsOf(res)) assert.equal(r.message, msg(r.code))
    })
  })
}
