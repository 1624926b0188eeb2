/**
 * The export's own reading path (one query per page of records with their streams, keyed by (heard_on, id)): across
 * several pages, with more records on one day than a page holds, it holds exactly the rows the list's views give,
 * cell for cell, in the order newest heard first then by id; and the XLSX writer still finds where exceljs buffers.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { PassThrough } from 'node:stream'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { multipartFile, signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import type { OpinionView } from '../../src/shared/opinion.schema.ts'
import { sheetZipInput } from '../../src/exports/xlsx.ts'
import vi from '../../src/shared/i18n/vi.json' with { type: 'json' }

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const HEADER = 'external_id,received_on,channel,unit_code,area_code,topic,direction,intensity,breadth,groups,latent,title,content'
const label = (group: Record<string, string>, code: string) => group[code] ?? code

/** The export's row for each stream of a view, as the export wrote it from the views before it had its own query. */
function expectedRows(v: OpinionView): string[][] {
  const streams = v.streams.length > 0 ? v.streams : [null]
  return streams.map((s) => [
    v.id, v.externalId ?? '', v.heardOn, label(vi.channels, v.channel), v.unit.code, v.unit.name, v.area?.code ?? '', v.area?.name ?? '', v.title, v.content,
    s ? String(s.position + 1) : '', s?.summary ?? '', s ? s.topics.map((c) => label(vi.topics, c)).join('; ') : '',
    s ? label(vi.directions, s.direction) : '', s ? label(vi.intensities, s.intensity) : '', s ? label(vi.breadths, s.breadth) : '',
    s ? s.groups.map((c) => label(vi.socialGroups, c)).join('; ') : '',
    s ? (s.latent ? vi.opinionExport.yes : vi.opinionExport.no) : '', s ? (s.hotSpot ? vi.opinionExport.yes : vi.opinionExport.no) : '', s?.proposedHandling ?? '',
    s?.issue?.title ?? '', s?.issue ? label(vi.issueStatuses, s.issue.status) : '', v.enteredBy?.username ?? '', v.createdAt,
  ].map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: opinion export across pages`, () => {
    let t: TestApp
    let bxdd: Client
    let hb: string

    before(async () => {
      t = await startTestApp(dialect)
      bxdd = await signIn(t.app, 'bxdd')
      hb = await unitId(t.conn, 'HB')
      // 2 300 records heard on one day: the page key must break ties by id, across pages of 500
      const lines = Array.from({ length: 2300 }, (_, i) => `TRANG-${i},2026-11-19,hotline,HB,,${i % 3 ? 'khac' : 'y-te;giao-duc'},unknown,,,${i % 5 ? '' : 'phu-nu;thanh-nien'},${i % 2},Phiếu ${i},Nội dung ${i}`)
      const m = multipartFile('trang.csv', `${HEADER}\n${lines.join('\n')}\n`)
      const res = await bxdd.request('POST', '/api/opinions/import', m.payload, m.headers)
      assert.equal(json(res).imported, 2300, res.body)
      // records with several streams and on other days, some with no area, one with a summary that looks like a formula
      for (let i = 0; i < 5; i++) {
        const r = await bxdd.post('/api/opinions', {
          channel: 'social', unitId: hb, heardOn: `2026-11-${10 + i}`, title: `Nhiều luồng ${i}`, content: 'Nội dung',
          streams: [{ topics: ['khac'], direction: 'unknown' }, { topics: ['dat-dai', 'y-te'], direction: 'oppose', groups: ['phu-nu'], latent: true, summary: '=1+1' }],
        })
        assert.equal(r.statusCode, 201, r.body)
      }
    })
    after(() => t.close())

    it('the CSV holds, cell for cell, the rows of every record of the list, newest heard first then by id', async () => {
      const views: OpinionView[] = []
      for (let page = 1; ; page++) {
        const list = json(await bxdd.get(`/api/opinions?pageSize=200&page=${page}`))
        views.push(...list.items)
        if (page * 200 >= list.total) break
      }
      const res = await bxdd.get('/api/opinions/export.csv')
      assert.equal(res.statusCode, 200)
      const rows: string[][] = parse(res.body.replace(/^\uFEFF/, ''))
      const body = rows.slice(1)
      assert.ok(body.length >= 2300 + 10)
      const byKey = (r: string[]) => `${r[0]}#${r[10]}`
      const expected = new Map(views.flatMap(expectedRows).map((r) => [byKey(r), r]))
      assert.equal(body.length, expected.size, 'as many rows as streams in the list')
      for (const r of body) assert.deepEqual(r, expected.get(byKey(r)))
      // order: heard_on descending, then id descending, streams by position
      for (let i = 1; i < body.length; i++) {
        const [a, b] = [body[i - 1]!, body[i]!]
        const ok = a[2]! > b[2]! || (a[2] === b[2] && (a[0]! > b[0]! || (a[0] === b[0] && Number(a[10]) < Number(b[10]))))
        assert.ok(ok, `row ${i} out of order`)
      }
    })

    it('the XLSX holds the same rows as the CSV', async () => {
      const csv: string[][] = parse((await bxdd.get('/api/opinions/export.csv')).body.replace(/^\uFEFF/, ''))
      const res = await bxdd.get('/api/opinions/export.xlsx')
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
      const ws = wb.worksheets[0]!
      assert.equal(ws.actualRowCount, csv.length)
      for (const n of [2, 1001, 1002, csv.length]) {
        const cells = Array.from({ length: 11 }, (_, i) => ws.getRow(n).getCell(i + 1).value).map((v) => (v == null ? '' : String(v)))
        assert.deepEqual(cells, csv[n - 1]!.slice(0, 11).map((c) => c.replace(/^'(?=[=+\-@])/, '')))
      }
    })
  })
}

describe('XLSX writer', () => {
  it('finds the buffer where exceljs keeps a sheet\'s bytes before the zip (its backpressure)', () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough(), useStyles: false, useSharedStrings: false })
    const ws = wb.addWorksheet('x')
    assert.ok(sheetZipInput(ws), 'exceljs changed: xlsxStream no longer bounds its memory')
  })
})
