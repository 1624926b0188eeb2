/** Reading the XML parts of a DOCX/XLSX in tests: paragraphs' text, attributes, parts by name. */
import JSZip from 'jszip'

/** The zip's text parts by path. */
export async function unzipText(file: Buffer): Promise<{ zip: JSZip; part: (path: string) => Promise<string> }> {
  const zip = await JSZip.loadAsync(file)
  return {
    zip,
    part: async (path: string) => {
      const f = zip.file(path)
      if (!f) throw new Error(`no part ${path}`)
      return f.async('string')
    },
  }
}

function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

/** Each <w:p> of a WordprocessingML part: its XML and its text (the <w:t> runs joined). */
export function paragraphs(xml: string): { xml: string; text: string }[] {
  const out: { xml: string; text: string }[] = []
  for (const m of xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    const p = m[0]
    const text = [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescapeXml(t[1] ?? '')).join('')
    out.push({ xml: p, text })
  }
  return out
}

/** The value of attribute `attr` on the first element `tag` in `xml` (e.g. w:pgSz w:w). */
export function attr(xml: string, tag: string, name: string): string | undefined {
  const el = new RegExp(`<${tag}\\b[^>]*>`).exec(xml)?.[0]
  return el ? new RegExp(`\\b${name}="([^"]*)"`).exec(el)?.[1] : undefined
}
