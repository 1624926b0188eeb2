/**
 * Exporting reports through the real API on every dialect: a unit's report and the ward's approved report as DOCX,
 * PDF and the XLSX annex, with the file name and type, the audit event, and the scope (another unit's officer gets
 * 404, an account without export right 403); and `caunoi report export` in a child process on a SQLite file.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import ExcelJS from 'exceljs'
import { PDFDocument } from 'pdf-lib'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { buildOpinion } from '../helpers/opinion-factory.ts'
import { createUser } from '../../src/services/users/create-user.ts'
import { openReport } from '../../src/services/reporting/open-report.ts'
import { draftWardReport } from '../../src/services/reporting/ward/draft-ward-report.ts'
import { approveWardReport } from '../../src/services/reporting/ward/approve-ward-report.ts'
import { exportFileName } from '../../src/services/reporting/export-report.ts'
import { loadConfig } from '../../src/config.ts'
import { openDatabase, systemContext } from '../../src/runtime.ts'
import { paragraphs, unzipText } from './ooxml.ts'
import { pageText, squeeze } from './pdf-text.ts'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

async function docxTexts(body: Buffer): Promise<string[]> {
  const { part } = await unzipText(body)
  return paragraphs(await part('word/document.xml')).map((p) => p.text)
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: report export`, () => {
    let t: TestApp
    let officer: Client
    let officer2: Client
    let focal: Client
    let viewer: Client
    let collaborator: Client
    let unitReport: string
    let wardReport: string

    before(async () => {
      t = await startTestApp(dialect)
      const [hb, kdc01, kdc02] = await Promise.all(['HB', 'HB-CB-KDC01', 'HB-CB-KDC02'].map((c) => unitId(t.conn, c)))
      await createUser(t.ctx(), { username: 'phutrach2', fullName: 'Nguyễn Thị Hoa', password: 'matkhau-123', roles: [{ role: 'unit_officer', unitId: kdc02!, isResponsible: true }] })
      await buildOpinion(t.ctx(), { unitId: kdc01!, title: 'Giá đền bù giải phóng mặt bằng thấp', topics: ['dat-dai'], heardOn: '2026-11-10' })
      await buildOpinion(t.ctx(), { unitId: kdc01!, title: 'Ngập phố Trần Phú sau mưa', topics: ['moi-truong'], heardOn: '2026-11-12' })
      unitReport = (await openReport(t.ctx(), { periodKey: '2026-11', unitId: kdc01! })).report.id
      wardReport = (await draftWardReport(t.ctx(), { periodKey: '2026-11', unitId: hb! })).report.id
      await approveWardReport(t.ctx(), { reportId: wardReport })
      ;[officer, officer2, focal, viewer, collaborator] = await Promise.all([
        signIn(t.app, 'phutrach'), signIn(t.app, 'phutrach2', 'matkhau-123'), signIn(t.app, 'bxdd'), signIn(t.app, 'xem'), signIn(t.app, 'ctv'),
      ])
    })
    after(() => t.close())

    it("gives a unit officer the unit's report as DOCX in the Party form, as an attachment, and audits it", async () => {
      const r = await officer.get(`/api/reports/${unitReport}/export?format=docx`)
      assert.equal(r.statusCode, 200, r.body)
      assert.equal(r.headers['content-type'], DOCX)
      assert.match(String(r.headers['content-disposition']), /^attachment; filename="bao-cao-2026-11-HB-CB-KDC01-du-thao\.docx"; filename\*=UTF-8''/)
      const texts = await docxTexts(r.rawPayload)
      for (const s of ['ĐẢNG CỘNG SẢN VIỆT NAM', 'BÁO CÁO', 'DỰ THẢO', 'I. TÌNH HÌNH TƯ TƯỞNG']) assert.ok(texts.includes(s), s)
      assert.ok(texts.some((x) => x.includes('CHI BỘ KHU DÂN CƯ SỐ 1')), 'the issuing unit')
      const events = await t.conn.db.selectFrom('audit_event').select(['action', 'details_json', 'unit_path']).where('resource_id', '=', unitReport).where('action', '=', 'report.export').execute()
      assert.equal(events.length, 1)
      assert.equal(JSON.parse(events[0]!.details_json!).format, 'docx')
      assert.ok(events[0]!.unit_path)
    })

    it('gives the same report as a PDF with the serif embedded and as the XLSX annex of its statistics', async () => {
      const pdf = await officer.get(`/api/reports/${unitReport}/export?format=pdf`)
      assert.equal(pdf.statusCode, 200, pdf.body)
      assert.equal(pdf.headers['content-type'], 'application/pdf')
      const doc = await PDFDocument.load(pdf.rawPayload)
      assert.ok(squeeze(pageText(doc, doc.getPage(0))).includes(squeeze('ĐẢNG CỘNG SẢN VIỆT NAM')))
      assert.ok(pdf.rawPayload.includes('/FontFile2'))
      const xlsx = await officer.get(`/api/reports/${unitReport}/export?format=xlsx`)
      assert.equal(xlsx.statusCode, 200, xlsx.body)
      assert.equal(xlsx.headers['content-type'], XLSX)
      assert.match(String(xlsx.headers['content-disposition']), /phu-luc\.xlsx"/)
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
      assert.ok(wb.worksheets.length >= 1)
      assert.match(String(wb.worksheets[0]!.getCell('A2').value), /^Kèm theo Báo cáo \(dự thảo\)/)
    })

    it("gives the board the ward's approved report with its number, audited as ward_report.export", async () => {
      const r = await focal.get(`/api/reports/${wardReport}/export?format=docx`)
      assert.equal(r.statusCode, 200, r.body)
      assert.match(String(r.headers['content-disposition']), /filename="bao-cao-2026-11-HB-so-01-bc-du\.docx"/)
      const texts = await docxTexts(r.rawPayload)
      assert.ok(texts.includes('Số 01-BC/ĐU'))
      assert.ok(!texts.includes('DỰ THẢO'))
      assert.equal((await viewer.get(`/api/reports/${wardReport}/export?format=pdf`)).statusCode, 200)
      const events = await t.conn.db.selectFrom('audit_event').select('action').where('resource_id', '=', wardReport).where('action', '=', 'ward_report.export').execute()
      assert.equal(events.length, 2)
    })

    it("is not found outside the actor's scope, forbidden without an export right for its level, and names a bad format", async () => {
      const other = await officer2.get(`/api/reports/${unitReport}/export?format=docx`)
      assert.equal(other.statusCode, 404, other.body)
      assert.equal(JSON.parse(other.body).error.code, 'REPORT_NOT_FOUND')
      // a unit officer may export no ward report anywhere: refused, as the policy says
      assert.equal((await officer.get(`/api/reports/${wardReport}/export?format=docx`)).statusCode, 403)
      assert.equal((await focal.get('/api/reports/no-such-report/export?format=docx')).statusCode, 404)
      assert.equal((await collaborator.get(`/api/reports/${unitReport}/export?format=docx`)).statusCode, 403)
      const bad = await officer.get(`/api/reports/${unitReport}/export?format=odt`)
      assert.equal(bad.statusCode, 400, bad.body)
      assert.deepEqual(JSON.parse(bad.body).error.details.fields.map((f: { path: string; code: string }) => [f.path, f.code]), [['format', 'FIELD_INVALID']])
      const none = await t.conn.db.selectFrom('audit_event').select('action').where('resource_id', '=', unitReport).where('action', '=', 'report.export').where('actor_username', '=', 'phutrach2').execute()
      assert.equal(none.length, 0, 'nothing exported, nothing audited as an export')
    })
  })
}

describe('exportFileName', () => {
  it('is plain ASCII from the period, the unit and the number', () => {
    assert.equal(exportFileName({ periodKey: '2026-11', unitCode: 'HB', number: 'Số 07-BC/ĐU', format: 'pdf' }), 'bao-cao-2026-11-HB-so-07-bc-du.pdf')
    assert.equal(exportFileName({ periodKey: '2026-H1', unitCode: 'HB-CB-KDC01', number: null, format: 'xlsx' }), 'bao-cao-2026-H1-HB-CB-KDC01-du-thao-phu-luc.xlsx')
    assert.equal(exportFileName({ periodKey: 'A:2026-11-01..2026-11-05:ab12', unitCode: 'HB', number: null, format: 'docx' }), 'bao-cao-A-2026-11-01..2026-11-05-ab12-HB-du-thao.docx')
  })
})

describe('sqlite: caunoi report export', () => {
  let dir: string
  const ROOT = path.resolve(import.meta.dirname, '../..')
  const run = (...args: string[]) => {
    const env: Record<string, string | undefined> = { ...process.env, CAUNOI_DATA_DIR: dir }
    delete env.DATABASE_URL
    return spawnSync(process.execPath, ['bin/caunoi.mjs', ...args], { cwd: ROOT, env, encoding: 'utf8' })
  }
  let reportId: string
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caunoi-cli-export-'))
    // the ward's units through the unit import, then a report opened by the operator
    const units = path.join(dir, 'units.csv')
    fs.writeFileSync(units, 'code,name,kind,parent_code\nHP,Đảng bộ thành phố Hải Phòng,dang_bo,\nHB,Đảng bộ phường Hồng Bàng,dang_bo,HP\nHB-CB-KDC01,Chi bộ khu dân cư số 1,chi_bo,HB\n')
    const imported = run('units', 'import', units)
    assert.equal(imported.status, 0, imported.stderr)
    const config = loadConfig({ ...process.env, CAUNOI_DATA_DIR: dir, DATABASE_URL: undefined })
    const conn = await openDatabase(config)
    try {
      const ctx = systemContext(conn, config)
      const kdc = await conn.db.selectFrom('unit').select('id').where('code', '=', 'HB-CB-KDC01').executeTakeFirstOrThrow()
      reportId = (await openReport({ ...ctx, now: new Date('2026-11-20T03:00:00Z') }, { periodKey: '2026-11', unitId: kdc.id })).report.id
    } finally {
      await conn.close()
    }
  })
  after(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('writes the DOCX and PDF files (the XLSX goes the same way) and refuses an unknown format with its code', () => {
    for (const format of ['docx', 'pdf']) {
      const out = path.join(dir, `r.${format}`)
      const r = run('report', 'export', reportId, '--format', format, '--out', out)
      assert.equal(r.status, 0, r.stderr)
      assert.match(r.stdout, /Đã ghi/)
      const head = fs.readFileSync(out).subarray(0, 4).toString('latin1')
      assert.equal(head, format === 'pdf' ? '%PDF' : 'PK\u0003\u0004')
    }
    const bad = run('report', 'export', reportId, '--format', 'odt', '--out', path.join(dir, 'x'))
    assert.equal(bad.status, 1)
    assert.match(bad.stderr, /Lỗi VALIDATION/)
  })
})
