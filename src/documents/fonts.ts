/**
 * The serif font embedded in PDFs and used for chart text: Tinos (Steve Matteson, Google's Croscore family), which has
 * the metrics of Times New Roman, so a PDF lines up like the DOCX does in Word. SIL Open Font License 1.1; it comes from
 * the npm package @expo-google-fonts/tinos (the whole Google Fonts TTFs, Vietnamese included: "ắ ề ỗ ự đ").
 * The DOCX names "Times New Roman" (DESIGN §3) and lets the reader's machine supply it.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/** The font family name the DOCX asks for. */
export const DOCX_FONT = 'Times New Roman'
/** The family name of the embedded font (PDF, chart SVG). */
export const SERIF_FAMILY = 'Tinos'

/** Paths of the four Tinos TTF files (regular, bold, italic, bold italic). */
export const SERIF_FILES = {
  normal: require.resolve('@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf'),
  italics: require.resolve('@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf'),
  bolditalics: require.resolve('@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf'),
} as const

export type SerifStyle = keyof typeof SERIF_FILES

const cache = new Map<SerifStyle, Buffer>()

/** The bytes of one style, read once. */
export function serifFont(style: SerifStyle): Buffer {
  let b = cache.get(style)
  if (!b) {
    b = readFileSync(SERIF_FILES[style])
    cache.set(style, b)
  }
  return b
}
