/**
 * What an uploaded file really is (by its first bytes, never by its name) and its bytes without the metadata
 * that can reveal where a photo was taken: JPEG APP1 (Exif with GPS, XMP) and APP13 (IPTC) segments, PNG
 * eXIf/tEXt/iTXt/zTXt chunks, WebP EXIF/XMP chunks. Pure functions on buffers.
 */
import { DomainError } from '../../domain/errors.ts'

export type Media = { mime: string; kind: 'image' | 'pdf' | 'audio' }

const ascii = (b: Buffer, from: number, to: number) => b.subarray(from, to).toString('latin1')

/** The media type of a file by its magic bytes, or null when it is none of the accepted kinds. */
export function detectMedia(b: Buffer): Media | null {
  if (b.length < 12) return null
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return { mime: 'image/jpeg', kind: 'image' }
  if (b.subarray(0, 8).equals(PNG_SIGNATURE)) return { mime: 'image/png', kind: 'image' }
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return { mime: 'image/webp', kind: 'image' }
  if (ascii(b, 0, 5) === '%PDF-') return { mime: 'application/pdf', kind: 'pdf' }
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WAVE') return { mime: 'audio/wav', kind: 'audio' }
  if (ascii(b, 0, 4) === 'OggS') return { mime: 'audio/ogg', kind: 'audio' }
  if (b.readUInt32BE(0) === 0x1a45dfa3 && b.subarray(0, 64).includes('webm')) return { mime: 'audio/webm', kind: 'audio' }
  if (ascii(b, 0, 3) === 'ID3') return { mime: 'audio/mpeg', kind: 'audio' }
  if (ascii(b, 4, 8) === 'ftyp' && isIsoAudio(b)) return { mime: 'audio/mp4', kind: 'audio' }
  if (b[0] === 0xff && (b[1]! & 0xe0) === 0xe0) {
    // ADTS (AAC) has layer bits 00; MPEG audio layers I–III have them set
    if ((b[1]! & 0xf6) === 0xf0) return { mime: 'audio/aac', kind: 'audio' }
    if ((b[1]! & 0x06) !== 0 && (b[2]! & 0xf0) !== 0xf0) return { mime: 'audio/mpeg', kind: 'audio' }
  }
  return null
}

/** An MP4 container holding sound and no picture: the M4A brands, or handlers "soun" without "vide". */
function isIsoAudio(b: Buffer): boolean {
  const brand = ascii(b, 8, 12)
  if (brand === 'M4A ' || brand === 'M4B ' || brand === 'M4P ') return true
  let sound = false
  for (let i = b.indexOf('hdlr'); i >= 0 && i + 16 <= b.length; i = b.indexOf('hdlr', i + 4)) {
    const handler = ascii(b, i + 12, i + 16)
    if (handler === 'vide') return false
    if (handler === 'soun') sound = true
  }
  return sound
}

/** The bytes to store: images without location metadata; other files unchanged. */
export function stripMetadata(b: Buffer, mime: string): Buffer {
  if (mime === 'image/jpeg') return stripJpeg(b)
  if (mime === 'image/png') return stripPng(b)
  if (mime === 'image/webp') return stripWebp(b)
  return b
}

const invalid = () => new DomainError('ATTACHMENT_INVALID')

/** JPEG segments that hold metadata: APP1 (Exif — where GPS lives — and XMP) and APP13 (Photoshop/IPTC). */
const JPEG_DROP = new Set([0xe1, 0xed])

/**
 * Copies a JPEG segment by segment, leaving out APP1 and APP13. Entropy-coded data after each SOS is copied
 * as it is up to the next marker (progressive files have several scans); anything after EOI is dropped.
 */
export function stripJpeg(b: Buffer): Buffer {
  if (b[0] !== 0xff || b[1] !== 0xd8) throw invalid()
  const parts: Buffer[] = [b.subarray(0, 2)]
  let i = 2
  while (i < b.length) {
    if (b[i] !== 0xff) throw invalid()
    let j = i
    while (j < b.length && b[j] === 0xff) j++ // fill bytes
    if (j >= b.length) throw invalid()
    const marker = b[j]!
    if (marker === 0xd9) {
      parts.push(Buffer.from([0xff, 0xd9]))
      return Buffer.concat(parts)
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      parts.push(Buffer.from([0xff, marker]))
      i = j + 1
      continue
    }
    if (j + 3 > b.length) throw invalid()
    const end = j + 1 + b.readUInt16BE(j + 1)
    if (end <= j + 2 || end > b.length) throw invalid()
    if (!JPEG_DROP.has(marker)) parts.push(Buffer.from([0xff, marker]), b.subarray(j + 1, end))
    i = end
    if (marker === 0xda) {
      // scan data: runs until a marker that is not a stuffed 0x00, a restart marker or a fill byte
      let k = end
      while (k < b.length - 1 && !(b[k] === 0xff && b[k + 1] !== 0x00 && b[k + 1] !== 0xff && !(b[k + 1]! >= 0xd0 && b[k + 1]! <= 0xd7))) k++
      if (k >= b.length - 1) throw invalid()
      parts.push(b.subarray(end, k))
      i = k
    }
  }
  throw invalid()
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** PNG chunks that hold metadata: Exif (with GPS) and the text chunks (where tools write locations and comments). */
const PNG_DROP = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt'])

/** Copies a PNG chunk by chunk up to IEND, leaving out the metadata chunks. */
export function stripPng(b: Buffer): Buffer {
  if (!b.subarray(0, 8).equals(PNG_SIGNATURE)) throw invalid()
  const parts: Buffer[] = [PNG_SIGNATURE]
  let i = 8
  while (i + 12 <= b.length) {
    const end = i + 12 + b.readUInt32BE(i)
    if (end > b.length) throw invalid()
    const type = ascii(b, i + 4, i + 8)
    if (!PNG_DROP.has(type)) parts.push(b.subarray(i, end))
    if (type === 'IEND') return Buffer.concat(parts)
    i = end
  }
  throw invalid()
}

/** Copies a WebP's RIFF chunks without EXIF and XMP, clearing their flags in the VP8X header. */
export function stripWebp(b: Buffer): Buffer {
  const parts: Buffer[] = []
  let i = 12
  while (i + 8 <= b.length) {
    const type = ascii(b, i, i + 4)
    const size = b.readUInt32LE(i + 4)
    const end = i + 8 + size + (size % 2)
    if (i + 8 + size > b.length) throw invalid()
    if (type === 'VP8X' && size >= 1) {
      const chunk = Buffer.from(b.subarray(i, Math.min(end, b.length)))
      chunk[8] = chunk[8]! & ~0x0c // bit 3: EXIF present, bit 2: XMP present
      parts.push(chunk)
    } else if (type !== 'EXIF' && type !== 'XMP ') parts.push(b.subarray(i, Math.min(end, b.length)))
    i = end
  }
  const body = Buffer.concat(parts)
  const head = Buffer.alloc(12)
  head.write('RIFF', 0, 'latin1')
  head.writeUInt32LE(body.length + 4, 4)
  head.write('WEBP', 8, 'latin1')
  return Buffer.concat([head, body])
}

/** A file name safe to store and to send back: no folders, no control characters, NFC, at most 200 characters. */
export function safeFilename(name: string): string {
  const base = name.normalize('NFC').split(/[/\\]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim().slice(-200)
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'tep-dinh-kem' : cleaned
}
