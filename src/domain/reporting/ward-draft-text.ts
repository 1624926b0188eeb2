/**
 * Vietnamese wording for the ward report draft (văn phong hành chính): numbers and percentages as vi-VN writes them,
 * days as "25/10/2026", periods as "tháng 11 năm 2026", and the labels of topics, directions, intensities, breadths,
 * channels and social groups in lower case for use inside a sentence. Pure.
 */
import vi from '../../shared/i18n/vi.json' with { type: 'json' }
import type { Period } from './periods.ts'

const intFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 })
const pctFormat = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

/** 1234 → "1.234". */
export function fmtInt(n: number): string {
  return intFormat.format(n)
}

/** part of whole as "35,1%"; "0%" when the whole is 0. */
export function pct(part: number, whole: number): string {
  if (whole <= 0) return '0%'
  return `${pctFormat.format((100 * part) / whole)}%`
}

/** "2026-10-25" → "25/10/2026". */
export function dayVi(day: string): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`
}

/** The period as written in a summary: "tháng 11 năm 2026", "6 tháng đầu năm 2026", "năm 2026", "từ ngày … đến ngày …". */
export function periodPhrase(p: Pick<Period, 'kind' | 'key' | 'from' | 'to'>): string {
  if (p.kind === 'month') return `tháng ${Number(p.key.slice(5, 7))} năm ${p.key.slice(0, 4)}`
  if (p.kind === 'half') return `6 tháng ${p.key.endsWith('H1') ? 'đầu' : 'cuối'} năm ${p.key.slice(0, 4)}`
  if (p.kind === 'year') return `năm ${p.key}`
  return `từ ngày ${dayVi(p.from)} đến ngày ${dayVi(p.to)}`
}

/** Lower-cases the first letter unless the word is an acronym ("Đất đai" → "đất đai", "MTTQ và đoàn thể" stays). */
export function inSentence(label: string): string {
  const [a, b] = [label.charAt(0), label.charAt(1)]
  return b && b === b.toLocaleUpperCase('vi') && b !== b.toLocaleLowerCase('vi') ? label : a.toLocaleLowerCase('vi') + label.slice(1)
}

const table = (t: Record<string, string>, code: string) => t[code] ?? code

/** "đất đai, giải phóng mặt bằng". */
export const topicText = (code: string) => inSentence(table(vi.topics, code))
/** "cộng tác viên", "tiếp xúc cử tri". */
export const channelText = (code: string) => inSentence(table(vi.channels, code))
/** "người cao tuổi". */
export const groupText = (code: string) => inSentence(table(vi.socialGroups, code))

/** Directions as an official report words them. */
const DIRECTION_TEXT: Record<string, string> = {
  support: 'tán thành, đồng tình',
  concern: 'băn khoăn, lo lắng',
  oppose: 'phản đối, không đồng tình',
  mixed: 'nhiều chiều',
  unknown: 'chưa rõ khuynh hướng',
}
/** "băn khoăn, lo lắng". */
export const directionText = (code: string) => DIRECTION_TEXT[code] ?? code

const INTENSITY_TEXT: Record<string, string> = { low: 'thấp', medium: 'trung bình', high: 'cao', pressing: 'bức xúc' }
/** "cao", "bức xúc". */
export const intensityText = (code: string) => INTENSITY_TEXT[code] ?? code

const BREADTH_TEXT: Record<string, string> = { few: 'một bộ phận Nhân dân', many: 'nhiều người dân', majority: 'đa số Nhân dân', overwhelming: 'tuyệt đại đa số Nhân dân' }
/** Who voices it, by breadth: "đa số Nhân dân". */
export const breadthText = (code: string) => BREADTH_TEXT[code] ?? code

/**
 * "a", "a và b", "a, b và c"; items that hold commas themselves ("đất đai, giải phóng mặt bằng") are separated by
 * semicolons instead, so the list still reads as a list.
 */
export function joinVi(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? ''
  if (items.some((i) => i.includes(','))) return items.join('; ')
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`
}

/** At most `max` names, then "và N đơn vị khác": "A, B, C và 4 đơn vị khác". */
export function namesVi(names: readonly string[], max = 8): string {
  if (names.length <= max) return joinVi(names)
  return `${names.slice(0, max).join(', ')} và ${names.length - max} đơn vị khác`
}

/** The first sentence(s) of a text up to about `max` characters, cut on a word and closed with "…" when cut. */
export function excerpt(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max)
  const stop = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('; '))
  if (stop > max / 2) return cut.slice(0, stop + 1)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max)}…`
}

/** A text as one line without its closing punctuation ("Giá đền bù thấp." → "Giá đền bù thấp"), to embed in a sentence. */
export function clause(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/[.;,]+$/, '')
}
