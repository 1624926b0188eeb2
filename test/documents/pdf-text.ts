/**
 * Text of a PDF page for tests, without a PDF reader: the page's content streams are inflated, the fonts' ToUnicode
 * maps read, and the glyph strings of Tj/TJ decoded (pdfkit writes two-byte glyph ids, Identity-H). Good enough to
 * find the header strings; not a general text extractor.
 */
import { inflateSync } from 'node:zlib'
import { PDFArray, PDFDict, PDFName, PDFRawStream, type PDFDocument, type PDFPage, PDFRef } from 'pdf-lib'

function streamText(doc: PDFDocument, ref: unknown): string {
  const obj = ref instanceof PDFRef ? doc.context.lookup(ref) : ref
  if (!(obj instanceof PDFRawStream)) return ''
  const filter = obj.dict.get(PDFName.of('Filter'))
  const bytes = filter === PDFName.of('FlateDecode') ? inflateSync(obj.contents) : Buffer.from(obj.contents)
  return bytes.toString('latin1')
}

/** glyph id (hex) → text, from a ToUnicode CMap */
function toUnicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>()
  const utf16 = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set((m[1] ?? '').toLowerCase(), utf16(m[2] ?? ''))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const lo = parseInt(m[1] ?? '0', 16)
      const hi = parseInt(m[2] ?? '0', 16)
      const width = (m[1] ?? '').length
      const dst = m[3] ?? ''
      const list = dst.startsWith('[') ? [...dst.matchAll(/<([0-9a-fA-F]+)>/g)].map((x) => x[1] ?? '') : null
      for (let g = lo; g <= hi; g++) {
        const key = g.toString(16).padStart(width, '0')
        if (list) map.set(key, utf16(list[g - lo] ?? ''))
        else {
          const base = parseInt(dst.slice(1, -1), 16) + (g - lo)
          map.set(key, String.fromCodePoint(base))
        }
      }
    }
  }
  return map
}

/** The text shown on a page, pieces in drawing order separated by spaces. */
export function pageText(doc: PDFDocument, page: PDFPage): string {
  const fonts = new Map<string, Map<string, string>>()
  const fontDict = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict)
  for (const [name, ref] of fontDict?.entries() ?? []) {
    const font = doc.context.lookup(ref, PDFDict)
    const tu = font.get(PDFName.of('ToUnicode'))
    fonts.set(name.asString(), tu ? toUnicodeMap(streamText(doc, tu)) : new Map())
  }
  const contents = page.node.Contents()
  const streams = contents instanceof PDFArray ? contents.asArray() : [contents]
  const content = streams.map((s) => streamText(doc, s)).join('\n')
  let current = new Map<string, string>()
  const out: string[] = []
  for (const m of content.matchAll(/(\/[^\s/]+)\s+[\d.]+\s+Tf|\[((?:[^\]]*))\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
    if (m[1]) current = fonts.get(m[1]) ?? new Map()
    const hexes = m[2] !== undefined ? [...m[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1] ?? '') : m[3] !== undefined ? [m[3]] : []
    if (hexes.length) out.push(hexes.map((h) => (h.toLowerCase().match(/.{4}/g) ?? []).map((g) => current.get(g) ?? '').join('')).join(''))
  }
  return out.join(' ')
}

/** Whitespace removed: pdfkit places words apart by position, so compare text without spaces. */
export function squeeze(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, '')
}
