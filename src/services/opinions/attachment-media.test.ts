import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { detectMedia, safeFilename, stripJpeg, stripMetadata, stripWebp } from './attachment-media.ts'
import { jpegSegment, jpegWithGps } from '../../../test/helpers/media.ts'

const pad = (b: Buffer) => Buffer.concat([b, Buffer.alloc(32)])
const box = (type: string, body: Buffer) => {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(8 + body.length)
  head.write(type, 4, 'latin1')
  return Buffer.concat([head, body])
}
const hdlr = (handler: string) => box('hdlr', Buffer.concat([Buffer.alloc(8), Buffer.from(handler, 'latin1'), Buffer.alloc(12)]))
const riff = (form: string, chunks: Buffer[]) => {
  const body = Buffer.concat([Buffer.from(form, 'latin1'), ...chunks])
  const head = Buffer.alloc(8)
  head.write('RIFF', 0, 'latin1')
  head.writeUInt32LE(body.length, 4)
  return Buffer.concat([head, body])
}
const chunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(8)
  head.write(type, 0, 'latin1')
  head.writeUInt32LE(data.length, 4)
  return Buffer.concat([head, data, Buffer.alloc(data.length % 2)])
}

describe('attachment types by magic bytes', () => {
  const cases: [string, Buffer, string | null][] = [
    ['jpeg', pad(Buffer.from([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg'],
    ['png', pad(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'image/png'],
    ['webp', riff('WEBP', [chunk('VP8 ', Buffer.alloc(10))]), 'image/webp'],
    ['pdf', pad(Buffer.from('%PDF-1.7')), 'application/pdf'],
    ['mp3 with ID3', pad(Buffer.from('ID3\x04\x00')), 'audio/mpeg'],
    ['mp3 frame', pad(Buffer.from([0xff, 0xfb, 0x90, 0x64])), 'audio/mpeg'],
    ['aac (ADTS)', pad(Buffer.from([0xff, 0xf1, 0x50, 0x80])), 'audio/aac'],
    ['m4a', pad(box('ftyp', Buffer.from('M4A \0\0\0\0isomM4A '))), 'audio/mp4'],
    ['mp4 audio only', Buffer.concat([box('ftyp', Buffer.from('isom\0\0\0\0isom')), box('moov', hdlr('soun'))]), 'audio/mp4'],
    ['mp4 video', Buffer.concat([box('ftyp', Buffer.from('isom\0\0\0\0isom')), box('moov', Buffer.concat([hdlr('vide'), hdlr('soun')]))]), null],
    ['ogg', pad(Buffer.from('OggS\0\x02')), 'audio/ogg'],
    ['wav', riff('WAVE', [chunk('fmt ', Buffer.alloc(16))]), 'audio/wav'],
    ['webm', pad(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84, 0x77, 0x65, 0x62, 0x6d])), 'audio/webm'],
    ['zip (docx)', pad(Buffer.from('PK\x03\x04')), null],
    ['html', pad(Buffer.from('<!doctype html><script>')), null],
    ['exe', pad(Buffer.from('MZ\x90\x00')), null],
    ['too short', Buffer.from([0xff, 0xd8]), null],
  ]
  for (const [name, bytes, mime] of cases) it(name, () => assert.equal(detectMedia(bytes)?.mime ?? null, mime))
})

describe('stripping location metadata', () => {
  it('JPEG: APP1 and APP13 go, every other segment and the scan data stay byte for byte', () => {
    const j = jpegWithGps()
    assert.deepEqual(stripJpeg(j.file), j.clean)
    assert.deepEqual(stripJpeg(j.clean), j.clean, 'idempotent')
    const iptc = Buffer.concat([j.clean.subarray(0, 2), jpegSegment(0xed, Buffer.from('Photoshop 3.0\0 8BIM city')), j.clean.subarray(2)])
    assert.deepEqual(stripJpeg(iptc), j.clean)
  })

  it('JPEG: data after EOI is dropped; restart markers and stuffed bytes in the scan are kept; an APP1 after a scan goes too', () => {
    const j = jpegWithGps()
    assert.deepEqual(stripJpeg(Buffer.concat([j.file, Buffer.from('trailer with GPS 21.02N')])), j.clean)
    const eoi = j.clean.length - 2
    const scan = Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56])
    const progressive = Buffer.concat([j.clean.subarray(0, eoi - 1), scan, jpegSegment(0xe1, Buffer.from('Exif\0\0late')), jpegSegment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])), Buffer.from([0x3f, 0xff, 0xd9])])
    const out = stripJpeg(progressive)
    assert.ok(out.includes(scan))
    assert.ok(!out.includes('Exif'))
    assert.deepEqual(out.subarray(-3), Buffer.from([0x3f, 0xff, 0xd9]))
  })

  it('JPEG: a truncated or malformed file is refused as ATTACHMENT_INVALID', () => {
    const j = jpegWithGps()
    for (const bad of [j.file.subarray(0, 30), Buffer.from([0xff, 0xd8, 0x00, 0x01, 0x02]), Buffer.concat([j.clean.subarray(0, 4), Buffer.from([0xff, 0xff])])])
      assert.throws(() => stripJpeg(bad), { code: 'ATTACHMENT_INVALID' })
  })

  it('WebP: EXIF and XMP chunks go and their VP8X flags are cleared; the RIFF size is rewritten', () => {
    const vp8x = Buffer.alloc(10)
    vp8x[0] = 0x0c | 0x10
    const file = riff('WEBP', [chunk('VP8X', vp8x), chunk('VP8 ', Buffer.alloc(11, 7)), chunk('EXIF', Buffer.from('II*\0GPS')), chunk('XMP ', Buffer.from('<x:xmpmeta/>'))])
    const out = stripWebp(file)
    assert.ok(!out.includes('EXIF') && !out.includes('XMP '))
    assert.equal(out.readUInt32LE(4), out.length - 8)
    assert.equal(out[20]! & 0x0c, 0)
    assert.equal(out[20]! & 0x10, 0x10, 'other flags stay')
    assert.deepEqual(out, riff('WEBP', [chunk('VP8X', Buffer.from([0x10, ...Array(9).fill(0)])), chunk('VP8 ', Buffer.alloc(11, 7))]))
  })

  it('PDF and audio are stored as they are', () => {
    const pdf = Buffer.from('%PDF-1.4 …')
    assert.equal(stripMetadata(pdf, 'application/pdf'), pdf)
  })
})

describe('file names', () => {
  it('keeps the name as typed, without folders, control characters or quotes', () => {
    assert.equal(safeFilename('Ảnh hiện trường.jpg'.normalize('NFD')), 'Ảnh hiện trường.jpg')
    assert.equal(safeFilename('../../etc/passwd'), 'passwd')
    assert.equal(safeFilename('C:\\Users\\a\\"bien ban".pdf'), 'bien ban.pdf')
    assert.equal(safeFilename('a\r\nb.pdf'), 'ab.pdf')
    assert.equal(safeFilename('..'), 'tep-dinh-kem')
    assert.equal(safeFilename(''), 'tep-dinh-kem')
  })
})
