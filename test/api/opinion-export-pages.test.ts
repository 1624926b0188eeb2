/**
 * The export's own reading path (one query per page of records with their streams, keyed by (heard_on, id)): across
 * several pages, with more records on one day than a page holds, it holds exactly the rows the list's views give,
 * cell for cell, in the order newest heard first then by id; and the XLSX writer still finds where exceljs buffers.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { multipartFile, signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import type { OpinionView } from '../../src/shared/opinion.schema.ts'
import { xlsxStream, type XlsxCell } from '../../src/exports/xlsx.ts'
import { csvLine, neutraliseFormula } from '../../src/exports/csv.ts'
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

/** The whole stream as one buffer. */
async function bytesOf(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const parts: Buffer[] = []
  await pipeline(stream, new Writable({ write(chunk: Buffer, _enc, done) { parts.push(chunk); done() } }))
  return Buffer.concat(parts)
}

describe('XLSX writer', () => {
  it('writes a workbook exceljs reads back: text as is (never a formula), numbers, empty cells, bold frozen header, widths', async () => {
    const long = 'dài '.repeat(10_000)
    const cells: XlsxCell[][] = [
      ['=HYPERLINK("http://x","y")', 1, null, 'a & b < c > d\r\ne "q" \'s\'', '  lề  ', 'Đà\u0001 Nẵng', long],
      ['+84 912', 2.5, '', 'x', null, '@SUM(A1)', ''],
    ]
    async function* rows() { yield* cells }
    const file = await bytesOf(xlsxStream('Ý kiến tháng 11 của phường Hòa Bình', [{ header: 'Mã', width: 38 }, { header: 'Số' }, { header: 'C' }, { header: 'D' }, { header: 'E' }, { header: 'F' }, { header: 'G' }], rows()))
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(file as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]!
    assert.equal(ws.name, 'Ý kiến tháng 11 của phường Hòa Bình'.slice(0, 31))
    assert.equal(ws.actualRowCount, 3)
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), ['Mã', 'Số', 'C', 'D', 'E', 'F', 'G'])
    assert.equal(ws.getRow(1).getCell(1).font?.bold, true)
    assert.equal(ws.getRow(2).getCell(1).font?.bold, undefined)
    assert.equal(ws.views[0]?.state, 'frozen')
    assert.equal(ws.getColumn(1).width, 38)
    assert.equal(ws.getColumn(2).width, 16)
    const values = (n: number) => Array.from({ length: 7 }, (_, i) => ws.getRow(n).getCell(i + 1).value)
    assert.deepEqual(values(2), ['=HYPERLINK("http://x","y")', 1, null, 'a & b < c > d\r\ne "q" \'s\'', '  lề  ', 'Đà Nẵng', long.slice(0, 32_767)])
    assert.deepEqual(values(3), ['+84 912', 2.5, null, 'x', null, '@SUM(A1)', null])
    ws.eachRow((row) => row.eachCell((cell) => assert.equal(cell.type === ExcelJS.ValueType.Formula, false)))
  })

  it('stops producing rows while nobody reads the file (memory stays bounded), and stops when the reader goes away', async () => {
    let produced = 0
    let finished = false
    async function* rows() {
      try {
        for (let i = 0; i < 1_000_000; i++) {
          produced++
          yield [`hàng ${i}`, i, 'nội dung '.repeat(10)]
        }
      } finally {
        finished = true
      }
    }
    const file = xlsxStream('x', [{ header: 'a' }, { header: 'b' }, { header: 'c' }], rows())
    const tick = () => new Promise((r) => setTimeout(r, 20))
    // wait until the writer stops asking for rows (the zip deflates on the thread pool, so give it real time)
    for (let last = -1, same = 0; same < 10; same = produced === last ? same + 1 : 0, last = produced) await tick()
    assert.ok(produced > 0 && produced < 100_000, `${produced} rows produced without a reader`)
    file.destroy()
    for (let i = 0; i < 250 && !finished; i++) await tick()
    assert.ok(finished, 'the rows were closed once the reader went away')
  })
})

describe('CSV line', () => {
  it('reads back as the same cells (neutralised) whatever they hold — quotes, commas, CRLF and a lone CR or LF included', () => {
    const alphabet = ['a', 'Đ', ',', '"', ' ', '=', '+', '-', '@', '\t', ';', "'", '\r\n', '\r', '\n', 'ễ', '#']
    let seed = 7
    const rnd = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n)
    for (let k = 0; k < 5_000; k++) {
      const cells = Array.from({ length: 1 + rnd(5) }, () => {
        const r = rnd(10)
        if (r === 0) return null
        if (r === 1) return rnd(100) - 50
        return Array.from({ length: rnd(6) }, () => alphabet[rnd(alphabet.length)]).join('')
      })
      const back = parse(csvLine(cells), { relax_column_count: true }) as string[][]
      assert.deepEqual(back, [cells.map((c) => (c == null ? '' : neutraliseFormula(String(c))))], JSON.stringify(cells))
    }
    const cells = ['dòng 1\ndòng 2', 'a\rb', '-1', null, 3]
    assert.deepEqual(parse(csvLine(cells)), [['dòng 1\ndòng 2', 'a\rb', "'-1", '', '3']])
  })
})
