/** Import (CSV, XLSX, JSON Lines; all or nothing, or good rows only; idempotent) and export (CSV with BOM and neutralised formulas, XLSX, one row per stream) through the API. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { multipartFile, signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import type { OpinionView } from '../../src/shared/opinion.schema.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const HEADER = 'external_id,received_on,channel,unit_code,area_code,topic,direction,intensity,breadth,groups,latent,title,content'

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: opinion import and export`, () => {
    let t: TestApp
    let bxdd: Client, phutrach: Client, ctv: Client, lanhdao: Client
    let hb: string

    const upload = (c: Client, name: string, content: Buffer | string, query = '') => {
      const m = multipartFile(name, content)
      return c.request('POST', `/api/opinions/import${query}`, m.payload, m.headers)
    }
    const count = async () => Number((await t.conn.db.selectFrom('opinion_report').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    const byExternal = async (externalId: string): Promise<OpinionView> => {
      const row = await t.conn.db.selectFrom('opinion_report').select('id').where('external_id', '=', externalId).executeTakeFirstOrThrow()
      return json(await bxdd.get(`/api/opinions/${row.id}`))
    }

    before(async () => {
      t = await startTestApp(dialect)
      bxdd = await signIn(t.app, 'bxdd')
      phutrach = await signIn(t.app, 'phutrach')
      ctv = await signIn(t.app, 'ctv')
      lanhdao = await signIn(t.app, 'lanhdao')
      hb = await unitId(t.conn, 'HB')
    })
    after(() => t.close())

    describe('import', () => {
      it('the example file: codes and Vietnamese labels, both date forms, several topics and groups, latent as 1/0/có/không', async () => {
        const res = await upload(bxdd, 'opinions.csv', fs.readFileSync('docs/examples/opinions.csv'))
        assert.equal(res.statusCode, 200, res.body)
        assert.deepEqual(json(res), { imported: 4, unchanged: 0, rejected: [] })
        const a = await byExternal('KDC01-2611-001')
        assert.equal(a.heardOn, '2026-11-03')
        assert.equal(a.unit.code, 'HB-CB-KDC01')
        assert.equal(a.area?.code, 'HB-TDP01')
        assert.equal(a.enteredBy?.username, 'bxdd')
        assert.deepEqual(a.streams.map((s) => [s.topics, s.direction, s.intensity, s.breadth, s.groups, s.latent]), [[['dat-dai', 'kt-xh'], 'concern', 'high', 'many', ['nguoi-cao-tuoi', 'phu-nu'], false]])
        const b = await byExternal('KDC01-2611-002')
        assert.deepEqual([b.channel, b.heardOn, b.streams[0]!.topics, b.streams[0]!.direction, b.streams[0]!.intensity, b.streams[0]!.breadth, b.streams[0]!.groups, b.streams[0]!.latent],
          ['collaborator', '2026-11-05', ['moi-truong'], 'oppose', 'pressing', 'majority', ['nguoi-cao-tuoi'], true])
        const m = await byExternal('MTTQ-2611-001')
        assert.deepEqual([m.channel, m.area, m.streams[0]!.topics, m.streams[0]!.direction, m.streams[0]!.groups], ['front', null, ['doi-song', 'y-te'], 'concern', ['can-bo-dang-vien', 'cuu-chien-binh']])
        // imported records are searched like the others
        const found = json(await bxdd.get(`/api/opinions?q=${encodeURIComponent('bãi tập kết rác tạm')}&from=2026-11-05&to=2026-11-05`)).items.map((i: OpinionView) => i.externalId)
        assert.ok(found.includes('KDC01-2611-002'))
        const ev = await t.conn.db.selectFrom('audit_event').select('details_json').where('action', '=', 'opinion.import').where('details_json', 'like', '%"opinions.csv"%').orderBy('id').executeTakeFirstOrThrow()
        assert.deepEqual(JSON.parse(ev.details_json!), { file: 'opinions.csv', created: 4, updated: 0, unchanged: 0, rejected: 0, skipInvalid: false })
      })

      it('the same file again adds nothing: every row is "unchanged"', async () => {
        const before = await count()
        assert.deepEqual(json(await upload(bxdd, 'opinions.csv', fs.readFileSync('docs/examples/opinions.csv'))), { imported: 0, unchanged: 4, rejected: [] })
        assert.equal(await count(), before)
      })

      it('changed values for the same (unit, external_id) update that record in place and count as imported', async () => {
        const before = await count()
        const old = await byExternal('KDC02-2611-001')
        const csv = `${HEADER}\nKDC02-2611-001,2026-11-07,unit_report,HB-CB-KDC02,HB-TDP03,giao-duc;y-te,mixed,medium,majority,thanh-nien-hoc-sinh,không,Trường Tiểu học sửa xong đúng hạn,Phụ huynh tán thành nhưng lo về bếp ăn bán trú.\n`
        assert.deepEqual(json(await upload(bxdd, 'sua.csv', csv)), { imported: 1, unchanged: 0, rejected: [] })
        assert.equal(await count(), before)
        const now = await byExternal('KDC02-2611-001')
        assert.equal(now.id, old.id)
        assert.equal(now.version, old.version + 1)
        assert.equal(now.content, 'Phụ huynh tán thành nhưng lo về bếp ăn bán trú.')
        assert.deepEqual(now.streams.map((s) => [s.id, s.topics, s.direction]), [[old.streams[0]!.id, ['giao-duc', 'y-te'], 'mixed']])
        assert.deepEqual(json(await upload(bxdd, 'sua.csv', csv)), { imported: 0, unchanged: 1, rejected: [] })
        // the same external id in another unit is another record
        const other = csv.replace(/HB-CB-KDC02,HB-TDP03/, 'HB-CB-KDC01,HB-TDP01')
        assert.deepEqual(json(await upload(bxdd, 'khac.csv', other)), { imported: 1, unchanged: 0, rejected: [] })
        assert.equal(await count(), before + 1)
        // moving the KDC02 record to KDC01, where its key is taken, is refused with the field, not a 500
        const moved = await bxdd.patch(`/api/opinions/${now.id}`, { unitId: await unitId(t.conn, 'HB-CB-KDC01'), areaId: null, version: now.version })
        assert.equal(moved.statusCode, 409, moved.body)
        assert.equal(json(moved).error.code, 'OPINION_EXTERNAL_ID_TAKEN')
        assert.equal(json(moved).error.details.fields[0].path, 'unitId')
        assert.equal((await byExternal('KDC02-2611-001')).unit.code, 'HB-CB-KDC02')
      })

      const BAD = [
        HEADER,
        'OK-1,2026-11-01,hotline,HB-CB-KDC01,,khac,unknown,,,,,Dòng tốt,Nội dung tốt',
        'BAD-2,31/02/2026,hotline,HB-CB-KDC01,,khac,unknown,,,,,Ngày sai,x',
        'BAD-3,2026-11-01,truyen-hinh,HB-CB-KDC01,,khac,unknown,,,,,Kênh sai,x',
        'BAD-4,2026-11-01,hotline,HB-KHONG-CO,,khac,unknown,,,,,Đơn vị sai,x',
        'BAD-5,2026-11-01,hotline,HB-CB-KDC01,HB-TDP09,linh-vuc-la,ung ho,rat cao,ca nuoc,sinh vien,co le,Sai nhiều cột,x',
        'BAD-6,2026-11-01,hotline,HB-CB-KDC01,,khac,unknown,,,,,=HYPERLINK("http://x"),x',
        'OK-1,2026-11-02,hotline,HB-CB-KDC01,,khac,unknown,,,,,Trùng mã trong tệp,x',
        ',2026-12-30,hotline,HB-CB-KDC01,,,unknown,,,,,,x',
        'OK-9,2026-11-01,press,HB-CB-KDC02,HB-TDP04,Giáo dục,Tán thành,,,,1,Dòng tốt thứ hai,Nội dung',
      ].join('\n')

      it('a file with bad rows imports nothing and lists every bad row with its column, code and Vietnamese message', async () => {
        const before = await count()
        const res = await upload(bxdd, 'loi.csv', BAD)
        assert.equal(res.statusCode, 400)
        const err = json(res).error
        assert.equal(err.code, 'IMPORT_INVALID')
        const rows = err.details.rows.map((r: { row: number; column: string; code: string }) => `${r.row}:${r.column}:${r.code}`)
        assert.deepEqual(rows, [
          '3:received_on:ROW_DATE_FORMAT',
          '4:channel:ROW_UNKNOWN_CHANNEL',
          '5:unit_code:ROW_UNKNOWN_UNIT',
          '6:area_code:ROW_AREA_NOT_IN_UNIT',
          '6:breadth:ROW_UNKNOWN_BREADTH',
          '6:direction:ROW_UNKNOWN_DIRECTION',
          '6:groups:ROW_UNKNOWN_GROUP',
          '6:intensity:ROW_UNKNOWN_INTENSITY',
          '6:latent:ROW_BOOLEAN',
          '6:topic:ROW_UNKNOWN_TOPIC',
          '7:title:ROW_FORMULA',
          '8:external_id:ROW_DUPLICATE',
          '9:external_id:ROW_REQUIRED',
          '9:received_on:ROW_FUTURE_DATE',
          '9:title:ROW_REQUIRED',
          '9:topic:ROW_REQUIRED',
        ])
        assert.equal(err.details.rows[0].message, 'Ngày phải theo dạng YYYY-MM-DD hoặc DD/MM/YYYY.')
        assert.equal(await count(), before)
      })

      it('with skipInvalid the good rows go in and the bad ones are listed; a second run leaves the good ones unchanged', async () => {
        const before = await count()
        const res = await upload(bxdd, 'loi.csv', BAD, '?skipInvalid=1')
        assert.equal(res.statusCode, 200, res.body)
        const r = json(res)
        assert.equal(r.imported, 2)
        assert.equal(r.unchanged, 0)
        assert.deepEqual([...new Set(r.rejected.map((x: { row: number }) => x.row))], [3, 4, 5, 6, 7, 8, 9])
        assert.ok(r.rejected.every((x: { message: string }) => x.message.length > 0))
        assert.equal(await count(), before + 2)
        assert.equal((await byExternal('OK-1')).title, 'Dòng tốt', 'the first of two rows with the same key')
        assert.equal((await byExternal('OK-9')).streams[0]!.latent, true)
        const again = json(await upload(bxdd, 'loi.csv', BAD, '?skipInvalid=1'))
        assert.deepEqual([again.imported, again.unchanged, again.rejected.length], [0, 2, r.rejected.length])
      })

      it('JSON Lines: one object per line, arrays and booleans allowed; a bad line is a rejected row', async () => {
        const lines = [
          JSON.stringify({ external_id: 'JL-1', received_on: '2026-11-15', channel: 'social', unit_code: 'HB-CB-KDC01', topic: ['ttatxh', 'Môi trường'], direction: 'oppose', groups: ['tieu-thuong'], latent: true, title: 'Đua xe đêm', content: 'Thanh niên đua xe gây ồn ào khu chợ.' }),
          '',
          '{"external_id": "JL-2", "received_on": ',
          JSON.stringify({ external_id: 'JL-3', received_on: '16/11/2026', channel: 'Đường dây nóng', unit_code: 'hb-cb-kdc01', topic: 'y-te', direction: 'support', title: 'Tiêm chủng', content: 'Người dân hài lòng.', mystery: 1 }),
          '[1, 2]',
          JSON.stringify({ external_id: 'JL-4', received_on: '2026-11-16', channel: 'hotline', unit_code: 'HB-CB-KDC01', topic: 'y-te', direction: 'support', title: 'Ổn', content: 'Ổn', latent: 0 }),
        ].join('\n')
        const refused = await upload(bxdd, 'y-kien.jsonl', lines)
        assert.equal(refused.statusCode, 400)
        assert.deepEqual(json(refused).error.details.rows.map((r: { row: number; column: string | null; code: string }) => [r.row, r.column, r.code]), [
          [3, null, 'ROW_JSON_INVALID'], [4, 'mystery', 'IMPORT_UNKNOWN_COLUMN'], [5, null, 'ROW_JSON_INVALID'],
        ])
        const res = json(await upload(bxdd, 'y-kien.jsonl', lines, '?skipInvalid=1'))
        assert.equal(res.imported, 2)
        const jl = await byExternal('JL-1')
        assert.deepEqual([jl.channel, jl.streams[0]!.topics, jl.streams[0]!.groups, jl.streams[0]!.latent], ['social', ['moi-truong', 'ttatxh'], ['tieu-thuong'], true])
        assert.equal((await byExternal('JL-4')).streams[0]!.latent, false)
      })

      it('XLSX with Vietnamese headers (as the export writes them)', async () => {
        const wb = new ExcelJS.Workbook()
        const ws = wb.addWorksheet('Ý kiến')
        ws.addRow(['Mã phiếu', 'Ngày nắm bắt', 'Kênh', 'Mã đơn vị', 'Mã địa bàn', 'Lĩnh vực', 'Khuynh hướng', 'Mức độ', 'Phạm vi', 'Tầng lớp', 'Tiềm ẩn', 'Tiêu đề', 'Nội dung'])
        ws.addRow(['XL-1', new Date(Date.UTC(2026, 10, 12)), 'Báo chí', 'HB-CB-KDC02', 'HB-TDP04', 'Văn hoá', 'Nhiều chiều', 'Cao', 'Nhiều', 'Trí thức;Doanh nhân', 'không', 'Lễ hội đường phố', 'Báo địa phương đưa tin lễ hội gây tranh luận.'])
        const res = await upload(bxdd, 'y-kien.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))
        assert.equal(res.statusCode, 200, res.body)
        assert.deepEqual(json(res), { imported: 1, unchanged: 0, rejected: [] })
        const x = await byExternal('XL-1')
        assert.deepEqual([x.heardOn, x.channel, x.area?.code, x.streams[0]!.topics, x.streams[0]!.direction, x.streams[0]!.intensity, x.streams[0]!.breadth, x.streams[0]!.groups],
          ['2026-11-12', 'press', 'HB-TDP04', ['van-hoa'], 'mixed', 'high', 'many', ['doanh-nhan', 'tri-thuc']])
      })

      it('scope: a unit officer imports only into the cell; a collaborator and a leader may not import', async () => {
        const csv = `${HEADER}\nPT-1,2026-11-01,collaborator,HB-CB-KDC01,,khac,unknown,,,,,Trong phạm vi,x\nPT-2,2026-11-01,collaborator,HB-CB-KDC02,,khac,unknown,,,,,Ngoài phạm vi,x\n`
        const res = await upload(phutrach, 'pt.csv', csv)
        assert.equal(res.statusCode, 400)
        assert.deepEqual(json(res).error.details.rows.map((r: { row: number; column: string; code: string }) => [r.row, r.column, r.code]), [[3, 'unit_code', 'ROW_OUT_OF_SCOPE']])
        assert.equal(json(await upload(phutrach, 'pt.csv', csv, '?skipInvalid=1')).imported, 1)
        assert.equal((await upload(ctv, 'pt.csv', csv)).statusCode, 403)
        assert.equal((await upload(lanhdao, 'pt.csv', csv)).statusCode, 403)
      })

      it('a missing required column or an unknown one refuses the file even with skipInvalid', async () => {
        const res = await upload(bxdd, 'thieu.csv', 'external_id,received_on,channel,unit_code,topic,title,content,ghi_chu\nX,2026-11-01,hotline,HB,khac,T,N,z\n', '?skipInvalid=1')
        assert.equal(res.statusCode, 400)
        assert.deepEqual(json(res).error.details.rows.map((r: { column: string; code: string }) => [r.column, r.code]), [['ghi_chu', 'IMPORT_UNKNOWN_COLUMN'], ['direction', 'IMPORT_MISSING_COLUMN']])
      })
    })

    describe('export', () => {
      before(async () => {
        const create = async (title: string, content: string, streams: Record<string, unknown>[]) => {
          const res = await bxdd.post('/api/opinions', { channel: 'social', unitId: hb, heardOn: '2026-11-18', title, content, streams })
          assert.equal(res.statusCode, 201, res.body)
        }
        await create('=HYPERLINK("http://evil.example","bấm vào")', '+cmd|calc xuatfile', [{ topics: ['khac'], direction: 'unknown' }])
        await create('@SUM(A1:A9)', '-2+3 xuatfile', [{ topics: ['y-te'], direction: 'support' }, { topics: ['giao-duc', 'van-hoa'], direction: 'oppose', groups: ['phu-nu'], latent: true, summary: 'Lo về học phí' }])
        await create('Ba luồng', 'xuatfile ba luồng', [{ topics: ['khac'], direction: 'unknown' }, { topics: ['khac'], direction: 'mixed' }, { topics: ['dat-dai'], direction: 'concern' }])
      })

      it('CSV: UTF-8 with BOM, Vietnamese header, one row per stream, formula prefixes neutralised, labels in Vietnamese', async () => {
        const res = await bxdd.get('/api/opinions/export.csv?q=xuatfile')
        assert.equal(res.statusCode, 200)
        assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8')
        assert.match(String(res.headers['content-disposition']), /^attachment; filename="y-kien-2026-11-20\.csv"/)
        assert.ok(res.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])))
        const rows: string[][] = parse(res.body.replace(/^\uFEFF/, ''))
        assert.equal(rows[0]![0], 'Mã hệ thống')
        assert.equal(rows[0]![12], 'Lĩnh vực')
        assert.equal(rows.length - 1, 6, 'six streams in three records')
        const cells = rows.slice(1).flat()
        assert.ok(cells.includes(`'=HYPERLINK("http://evil.example","bấm vào")`))
        assert.ok(cells.includes("'@SUM(A1:A9)"))
        assert.ok(cells.includes("'+cmd|calc xuatfile"))
        assert.ok(cells.includes("'-2+3 xuatfile"))
        assert.ok(!cells.some((c) => /^[=+\-@]/.test(c)), 'no cell starts with a formula prefix')
        const study = rows.find((r) => r[11] === 'Lo về học phí')!
        assert.deepEqual([study[3], study[12], study[13], study[16], study[17]], ['Mạng xã hội', 'Giáo dục; Văn hoá', 'Phản đối', 'Phụ nữ', 'có'])
        const ev = await t.conn.db.selectFrom('audit_event').select(['actor_username', 'details_json']).where('action', '=', 'opinion.export').orderBy('id', 'desc').executeTakeFirstOrThrow()
        assert.equal(ev.actor_username, 'bxdd')
        assert.equal(JSON.parse(ev.details_json!).format, 'csv')
      })

      it('the export holds exactly the streams of the filtered, scoped list, with no row cap', async () => {
        // every page of the list: the records and their streams
        const streams = async (c: Client, q: string) => {
          let n = 0
          for (let page = 1; ; page++) {
            const list = json(await c.get(`/api/opinions?pageSize=200&page=${page}${q}`))
            n += list.items.reduce((k: number, i: OpinionView) => k + i.streams.length, 0)
            if (page * 200 >= list.total) return n
          }
        }
        for (const [c, q] of [[bxdd, ''], [phutrach, ''], [bxdd, '&channel=hotline'], [lanhdao, '&topic=khac']] as const) {
          const csv = await c.get(`/api/opinions/export.csv?${q.slice(1)}`)
          assert.equal(csv.statusCode, 200, csv.body)
          const rows: string[][] = parse(csv.body.replace(/^\uFEFF/, ''))
          assert.equal(rows.length - 1, await streams(c, q))
        }
        // the unit officer's export never holds the ward's records
        const officer = await phutrach.get('/api/opinions/export.csv')
        assert.ok(!officer.body.includes('xuatfile'))
        assert.ok(officer.body.includes('Trong phạm vi'))
        // more records than one page of the export's reader
        const before = Number((parse((await bxdd.get('/api/opinions/export.csv')).body.replace(/^\uFEFF/, '')) as string[][]).length)
        const lines = Array.from({ length: 1200 }, (_, i) => `NHIEU-${i},2026-11-19,hotline,HB,,khac,unknown,,,,,Phiếu ${i},Nội dung ${i}`)
        assert.equal(json(await upload(bxdd, 'nhieu.csv', `${HEADER}\n${lines.join('\n')}\n`)).imported, 1200)
        const all: string[][] = parse((await bxdd.get('/api/opinions/export.csv')).body.replace(/^\uFEFF/, ''))
        assert.equal(all.length, before + 1200)
        assert.equal(new Set(all.slice(1).map((r) => `${r[0]}#${r[10]}`)).size, all.length - 1, 'no row twice across pages')
      })

      it('XLSX opens with exceljs: same header and rows, text never a formula', async () => {
        const res = await bxdd.get('/api/opinions/export.xlsx?q=xuatfile')
        assert.equal(res.statusCode, 200)
        assert.equal(res.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        const wb = new ExcelJS.Workbook()
        await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
        const ws = wb.worksheets[0]!
        assert.equal(ws.name, 'Ý kiến')
        assert.equal(ws.getRow(1).getCell(1).value, 'Mã hệ thống')
        assert.equal(ws.actualRowCount, 7)
        const values: unknown[] = []
        ws.eachRow((row) => row.eachCell((cell) => values.push(cell.value)))
        assert.ok(values.includes('=HYPERLINK("http://evil.example","bấm vào")'), 'kept as text')
        assert.ok(values.every((v) => typeof v !== 'object' || v === null || !('formula' in (v as object))))
        const en = await bxdd.request('GET', '/api/opinions/export.xlsx?q=xuatfile', undefined, { 'accept-language': 'en' })
        const wbEn = new ExcelJS.Workbook()
        await wbEn.xlsx.load(en.rawPayload as unknown as ArrayBuffer)
        assert.equal(wbEn.worksheets[0]!.getRow(1).getCell(1).value, 'System id')
      })

      it('a collaborator may not export (403, audited as denied)', async () => {
        const res = await ctv.get('/api/opinions/export.csv')
        assert.equal(res.statusCode, 403)
        assert.equal(json(res).error.code, 'FORBIDDEN')
        const denied = await t.conn.db.selectFrom('audit_event').select('action').where('actor_username', '=', 'ctv').where('outcome', '=', 'denied').execute()
        assert.ok(denied.some((d) => d.action === 'opinion.export'))
      })
    })
  })
}
