/** Attachments through the API: type by magic bytes, location metadata stripped, size and count limits, content-addressed storage, scoped download. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHash } from 'node:crypto'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { multipartFile, signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { jpegWithGps, pngWithMetadata } from '../helpers/media.ts'
import vi from '../../src/shared/i18n/vi.json' with { type: 'json' }

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: attachments`, () => {
    let t: TestApp
    let dir: string
    let ctv: Client, phutrach: Client, bxdd: Client, xem: Client
    let kdc01: string, kdc02: string

    const record = async (c: Client, unit: string, title = 'Có ảnh') => {
      const res = await c.post('/api/opinions', { channel: 'collaborator', unitId: unit, heardOn: '2026-11-10', title, content: 'Ảnh hiện trường', streams: [{ topics: ['moi-truong'], direction: 'concern' }] })
      assert.equal(res.statusCode, 201, res.body)
      return json(res).id as string
    }
    const upload = (c: Client, id: string, name: string, data: Buffer, type = 'application/octet-stream') => {
      const m = multipartFile(name, data, type)
      return c.request('POST', `/api/opinions/${id}/attachments`, m.payload, m.headers)
    }
    const stored = (hash: string) => path.join(dir, 'attachments', hash.slice(0, 2), hash)

    before(async () => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caunoi-att-'))
      t = await startTestApp(dialect, { config: { dataDir: dir } })
      ctv = await signIn(t.app, 'ctv')
      phutrach = await signIn(t.app, 'phutrach')
      bxdd = await signIn(t.app, 'bxdd')
      xem = await signIn(t.app, 'xem')
      kdc01 = await unitId(t.conn, 'HB-CB-KDC01')
      kdc02 = await unitId(t.conn, 'HB-CB-KDC02')
    })
    after(async () => {
      await t.close()
      fs.rmSync(dir, { recursive: true, force: true })
    })

    it('a JPEG loses its Exif GPS and XMP segments and nothing else; stored under its SHA-256; downloaded as an attachment', async () => {
      const id = await record(ctv, kdc01)
      const jpeg = jpegWithGps()
      assert.ok(jpeg.file.includes(jpeg.gpsIfd) && jpeg.file.includes('Exif\0\0'))
      const res = await upload(ctv, id, 'Ảnh hiện trường.jpg', jpeg.file, 'image/jpeg')
      assert.equal(res.statusCode, 201, res.body)
      const a = json(res)
      assert.equal(a.mime, 'image/jpeg')
      assert.equal(a.filename, 'Ảnh hiện trường.jpg')
      assert.equal(a.size, jpeg.clean.length)
      const onDisk = fs.readFileSync(stored(sha(jpeg.clean)))
      assert.deepEqual(onDisk, jpeg.clean)
      assert.ok(!onDisk.includes(jpeg.gpsIfd))
      assert.ok(!onDisk.includes('Exif'))
      assert.ok(!onDisk.includes('GPSLatitude'))
      const row = await t.conn.db.selectFrom('attachment').selectAll().where('id', '=', a.id).executeTakeFirstOrThrow()
      assert.equal(row.sha256, sha(jpeg.clean))

      const view = json(await ctv.get(`/api/opinions/${id}`))
      assert.deepEqual(view.attachments, [{ id: a.id, filename: 'Ảnh hiện trường.jpg', mime: 'image/jpeg', size: jpeg.clean.length }])
      const dl = await ctv.get(`/api/opinions/${id}/attachments/${a.id}`)
      assert.equal(dl.statusCode, 200)
      assert.deepEqual(dl.rawPayload, jpeg.clean)
      assert.equal(dl.headers['content-type'], 'image/jpeg')
      assert.equal(dl.headers['x-content-type-options'], 'nosniff')
      assert.match(String(dl.headers['content-disposition']), /^attachment; filename="Anh hien truong\.jpg"; filename\*=UTF-8''%E1%BA%A2nh%20hi%E1%BB%87n%20tr%C6%B0%E1%BB%9Dng\.jpg$/)
      const ev = await t.conn.db.selectFrom('audit_event').select(['action', 'actor_username']).where('action', '=', 'attachment.create').where('resource_id', '=', id).execute()
      assert.deepEqual(ev, [{ action: 'attachment.create', actor_username: 'ctv' }])
    })

    it('a PNG loses eXIf, tEXt, iTXt and zTXt chunks', async () => {
      const id = await record(ctv, kdc01)
      const png = pngWithMetadata()
      const res = await upload(ctv, id, 'so-do.png', png.file, 'image/png')
      assert.equal(res.statusCode, 201, res.body)
      assert.equal(json(res).mime, 'image/png')
      assert.deepEqual(fs.readFileSync(stored(sha(png.clean))), png.clean)
    })

    it('the type comes from the bytes, not the name: a PDF named .jpg is a PDF; text named .mp3 is refused with the "Mật" notice', async () => {
      const id = await record(ctv, kdc01)
      const pdf = await upload(ctv, id, 'anh.jpg', PDF, 'image/jpeg')
      assert.equal(pdf.statusCode, 201, pdf.body)
      assert.equal(json(pdf).mime, 'application/pdf')
      for (const [name, bytes] of [['ghi-am.mp3', Buffer.from('đây là văn bản, không phải ghi âm')], ['anh.png', Buffer.from('<html><script>alert(1)</script></html>')], ['x.docx', Buffer.from('PK\x03\x04' + 'x'.repeat(40))]] as const) {
        const res = await upload(ctv, id, name, bytes)
        assert.equal(res.statusCode, 415, name)
        assert.equal(json(res).error.code, 'ATTACHMENT_TYPE')
        assert.match(json(res).error.message, /“Mật”/)
      }
      assert.match(vi.errors.ATTACHMENT_SECRET_NOTICE, /Mật/)
      const empty = await upload(ctv, id, 'rong.jpg', Buffer.alloc(0))
      assert.equal(json(empty).error.code, 'ATTACHMENT_EMPTY')
    })

    it('at most 10 MB: a larger file is 413 and nothing is stored; exactly 10 MB is accepted', async () => {
      const id = await record(ctv, kdc01)
      const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024 + 1 - PDF.length, 0x20)])
      const res = await upload(ctv, id, 'lon.pdf', big)
      assert.equal(res.statusCode, 413)
      assert.equal(json(res).error.code, 'ATTACHMENT_TOO_LARGE')
      assert.match(json(res).error.message, /10 MB/)
      assert.ok(!fs.existsSync(stored(sha(big))))
      const limit = big.subarray(0, 10 * 1024 * 1024)
      assert.equal((await upload(ctv, id, 'vua.pdf', limit)).statusCode, 201)
      assert.ok(fs.existsSync(stored(sha(limit))))
    })

    it('at most 10 per record; the same bytes twice are stored once', async () => {
      const id = await record(ctv, kdc01)
      for (let i = 0; i < 10; i++) assert.equal((await upload(ctv, id, `tep-${i}.pdf`, PDF)).statusCode, 201)
      const eleventh = await upload(ctv, id, 'tep-11.pdf', PDF)
      assert.equal(eleventh.statusCode, 400)
      assert.equal(json(eleventh).error.code, 'ATTACHMENT_LIMIT')
      assert.deepEqual(fs.readdirSync(path.dirname(stored(sha(PDF)))).filter((f) => f.startsWith(sha(PDF))), [sha(PDF)])
    })

    it('scope: adding follows the right to edit, reading the right to read; outside it is 404', async () => {
      const mine = await record(ctv, kdc01)
      const officers = await record(phutrach, kdc01, 'Của người phụ trách')
      const elsewhere = await record(bxdd, kdc02, 'Khu dân cư số 2')
      const a = json(await upload(phutrach, officers, 'bien-ban.pdf', PDF))
      assert.equal((await upload(ctv, officers, 'x.pdf', PDF)).statusCode, 404)
      assert.equal((await ctv.get(`/api/opinions/${officers}/attachments/${a.id}`)).statusCode, 404)
      assert.equal((await upload(phutrach, elsewhere, 'x.pdf', PDF)).statusCode, 404)
      assert.equal((await upload(xem, officers, 'x.pdf', PDF)).statusCode, 403)
      assert.equal((await xem.get(`/api/opinions/${officers}/attachments/${a.id}`)).statusCode, 200, 'a viewer reads')
      assert.equal((await upload(phutrach, mine, 'bo-sung.pdf', PDF)).statusCode, 201, 'the officer edits the cell\'s records')
      // an attachment id of another record is not found through this one
      assert.equal((await phutrach.get(`/api/opinions/${mine}/attachments/${a.id}`)).statusCode, 404)
    })

    it('removing: the bytes go when no record uses them any more; deleting a record removes its files', async () => {
      const one = await record(phutrach, kdc01, 'Một')
      const two = await record(phutrach, kdc01, 'Hai')
      const own = Buffer.concat([PDF, Buffer.from('% chỉ dùng ở đây\n')])
      const a1 = json(await upload(phutrach, one, 'a.pdf', own))
      const a2 = json(await upload(phutrach, two, 'b.pdf', own))
      const file = stored(sha(own))
      assert.equal((await ctv.del(`/api/opinions/${one}/attachments/${a1.id}`)).statusCode, 404)
      assert.equal((await phutrach.del(`/api/opinions/${one}/attachments/${a1.id}`)).statusCode, 204)
      assert.ok(fs.existsSync(file), 'still used by the other record')
      assert.equal((await bxdd.del(`/api/opinions/${two}`)).statusCode, 204)
      assert.ok(!fs.existsSync(file))
      assert.equal((await phutrach.get(`/api/opinions/${two}/attachments/${a2.id}`)).statusCode, 404)
    })
  })
}
