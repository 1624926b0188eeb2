/** Small media files built byte by byte for attachment tests: a 1×1 JPEG with Exif GPS and XMP, a PNG with metadata chunks. */

/** A JPEG marker segment: FF, marker, 2-byte length (payload + 2), payload. */
export function jpegSegment(marker: number, payload: Buffer): Buffer {
  const len = payload.length + 2
  return Buffer.concat([Buffer.from([0xff, marker, len >> 8, len & 0xff]), payload])
}

/** An Exif APP1 payload (little-endian TIFF) whose IFD0 points to a GPS IFD at 21°01'30" N, 105°51'12" E. */
export function exifWithGps(): { payload: Buffer; gpsIfd: Buffer } {
  const le = (n: number, bytes: number) => {
    const b = Buffer.alloc(bytes)
    if (bytes === 2) b.writeUInt16LE(n)
    else b.writeUInt32LE(n)
    return b
  }
  const entry = (tag: number, type: number, count: number, value: Buffer) => Buffer.concat([le(tag, 2), le(type, 2), le(count, 4), Buffer.concat([value, Buffer.alloc(4 - value.length)])])
  // TIFF header (8) + IFD0 with one entry (2 + 12 + 4 = 18) → the GPS IFD starts at offset 26
  const gpsOffset = 26
  const ifd0 = Buffer.concat([le(1, 2), entry(0x8825, 4, 1, le(gpsOffset, 4)), le(0, 4)])
  // GPS IFD: 4 entries (2 + 48 + 4 = 54 bytes), then the two rational triples
  const dataAt = gpsOffset + 54
  const rationals = (a: number[]) => Buffer.concat(a.flatMap((v) => [le(v, 4), le(1, 4)]))
  const gpsIfd = Buffer.concat([
    le(4, 2),
    entry(0x0001, 2, 2, Buffer.from('N\0')),
    entry(0x0002, 5, 3, le(dataAt, 4)),
    entry(0x0003, 2, 2, Buffer.from('E\0')),
    entry(0x0004, 5, 3, le(dataAt + 24, 4)),
    le(0, 4),
    rationals([21, 1, 30]),
    rationals([105, 51, 12]),
  ])
  const tiff = Buffer.concat([Buffer.from('II*\0'), le(8, 4), ifd0, gpsIfd])
  return { payload: Buffer.concat([Buffer.from('Exif\0\0'), tiff]), gpsIfd }
}

/**
 * A baseline 1×1 grey JPEG: SOI, APP0 (JFIF), APP1 (Exif with GPS), APP1 (XMP with a location), DQT, SOF0, two
 * one-code Huffman tables, SOS and one byte of scan data (DC difference 0, end of block), EOI. `clean` is the
 * same file without the two APP1 segments, as the server must store it.
 */
export function jpegWithGps(): { file: Buffer; clean: Buffer; gpsIfd: Buffer } {
  const exif = exifWithGps()
  const soi = Buffer.from([0xff, 0xd8])
  const app0 = jpegSegment(0xe0, Buffer.from([0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00]))
  const app1 = jpegSegment(0xe1, exif.payload)
  const xmp = jpegSegment(0xe1, Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>21,1.5N</exif:GPSLatitude></x:xmpmeta>'))
  const dqt = jpegSegment(0xdb, Buffer.concat([Buffer.from([0x00]), Buffer.alloc(64, 1)]))
  const sof0 = jpegSegment(0xc0, Buffer.from([8, 0, 1, 0, 1, 1, 1, 0x11, 0]))
  const oneCode = (tableClass: number) => jpegSegment(0xc4, Buffer.concat([Buffer.from([tableClass]), Buffer.from([1, ...Array(15).fill(0)]), Buffer.from([0])]))
  const sos = jpegSegment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0]))
  const scan = Buffer.from([0x3f])
  const eoi = Buffer.from([0xff, 0xd9])
  const rest = [dqt, sof0, oneCode(0x00), oneCode(0x10), sos, scan, eoi]
  return { file: Buffer.concat([soi, app0, app1, xmp, ...rest]), clean: Buffer.concat([soi, app0, ...rest]), gpsIfd: exif.gpsIfd }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
function crc32(b: Buffer): number {
  let c = 0xffffffff
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A PNG chunk: length, type, data, CRC of type and data. */
export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])))
  return Buffer.concat([head, data, crc])
}

/** A 1×1 grey PNG with eXIf, tEXt, iTXt and zTXt chunks; `clean` is the same file without them. */
export function pngWithMetadata(): { file: Buffer; clean: Buffer } {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const ihdr = pngChunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]))
  // zlib stream of one scanline: filter 0, grey 0x80 (stored block)
  const idat = pngChunk('IDAT', Buffer.from([0x78, 0x01, 0x01, 0x02, 0x00, 0xfd, 0xff, 0x00, 0x80, 0x00, 0x82, 0x00, 0x81]))
  const iend = pngChunk('IEND', Buffer.alloc(0))
  const meta = [
    pngChunk('eXIf', exifWithGps().payload.subarray(6)),
    pngChunk('tEXt', Buffer.from('Location\0Phuong Hoa Binh, 21.025N 105.853E')),
    pngChunk('iTXt', Buffer.from('Comment\0\0\0vi\0\0Ảnh chụp tại nhà ông A')),
    pngChunk('zTXt', Buffer.from('Author\0\0x\x9c\x03\x00\x00\x00\x00\x01')),
  ]
  return { file: Buffer.concat([sig, ihdr, ...meta, idat, iend]), clean: Buffer.concat([sig, ihdr, idat, iend]) }
}
