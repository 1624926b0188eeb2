/**
 * Phrase rules: data that the focal board can edit (a later UI reads and writes it as JSON). Phrases per topic
 * with weights, cues for direction, intensity and latent opinion. Compiled once into a longest-match index over
 * folded syllables, so accents, case and NFD/NFC make no difference.
 */
import { z } from 'zod'
import { NEGATORS, isNegatorAt } from './negation.ts'
import { syllables } from './tokenize.ts'
import { TOPIC_CODES, type TopicCode } from './taxonomy.ts'

const phrase = z.object({ phrase: z.string().min(1).max(200), weight: z.number().min(0).max(10) })
const phrases = z.array(phrase).max(5000)

/** Schema of the rules object (JSON-serialisable); `parseRules` validates input from a file or the UI. */
export const RULES_SCHEMA = z.object({
  version: z.literal(1),
  topics: z.object(Object.fromEntries(TOPIC_CODES.map((c) => [c, phrases])) as Record<TopicCode, typeof phrases>),
  directions: z.object({ support: phrases, concern: phrases, oppose: phrases, mixed: phrases }),
  intensity: z.object({ pressing: phrases, high: phrases, medium: phrases }),
  latent: phrases,
  amplifiers: z.array(z.string().min(1).max(100)).max(500),
  neutral: z.array(z.string().min(1).max(200)).max(5000),
})

/** The editable rules. */
export type Rules = z.infer<typeof RULES_SCHEMA>
export type WeightedPhrase = z.infer<typeof phrase>
export type DirectionCue = keyof Rules['directions']
export type IntensityCue = keyof Rules['intensity']

/** Validates rules read from JSON; on failure, the issues name the path of each bad field. */
export function parseRules(value: unknown): { ok: true; rules: Rules } | { ok: false; issues: { path: string; message: string }[] } {
  const r = RULES_SCHEMA.safeParse(value)
  if (r.success) return { ok: true, rules: r.data }
  return { ok: false, issues: r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) }
}

type Hit =
  | { kind: 'topic'; code: TopicCode; weight: number }
  | { kind: 'direction'; code: DirectionCue; weight: number }
  | { kind: 'intensity'; code: IntensityCue; weight: number }
  | { kind: 'latent'; weight: number }
  | { kind: 'amplifier' }

// kinds of cue, each matched longest-first on its own, so that a topic phrase never hides a direction cue
// ("vẫn băn khoăn" folds to "van ban khoan", where "văn bản" would otherwise take "van ban")
const GROUPS = 5 // topic, direction, intensity, latent, amplifier
type Entry = { tokens: string[]; group: number; hits: Hit[] }

type Slot = { single: Entry[]; bySecond: Map<string, Entry[]> }
/** Rules compiled for matching: entries by first syllable, then one-syllable ones and longer ones by second syllable (longest first). */
export type CompiledRules = { rules: Rules; byFirst: Map<string, Slot> }

/** Compiles rules into a longest-match index over folded syllables. */
export function compileRules(rules: Rules): CompiledRules {
  const byKey = new Map<string, Entry>()
  const add = (text: string, group: number, hit: Hit | null) => {
    const tokens = syllables(text)
    if (tokens.length === 0) return
    const key = `${group}|${tokens.join(' ')}`
    const e = byKey.get(key) ?? { tokens, group, hits: [] }
    if (hit) e.hits.push(hit)
    byKey.set(key, e)
  }
  for (const code of TOPIC_CODES) for (const p of rules.topics[code]) add(p.phrase, 0, { kind: 'topic', code, weight: p.weight })
  for (const code of ['support', 'concern', 'oppose', 'mixed'] as const) for (const p of rules.directions[code]) add(p.phrase, 1, { kind: 'direction', code, weight: p.weight })
  for (const code of ['pressing', 'high', 'medium'] as const) for (const p of rules.intensity[code]) add(p.phrase, 2, { kind: 'intensity', code, weight: p.weight })
  for (const p of rules.latent) add(p.phrase, 3, { kind: 'latent', weight: p.weight })
  for (const a of rules.amplifiers) add(a, 4, { kind: 'amplifier' })
  for (const n of rules.neutral) {
    add(n, 0, null)
    add(n, 1, null)
  }
  const byFirst = new Map<string, Slot>()
  for (const e of byKey.values()) {
    const first = e.tokens[0] as string
    const slot: Slot = byFirst.get(first) ?? { single: [], bySecond: new Map() }
    byFirst.set(first, slot)
    if (e.tokens.length === 1) slot.single.push(e)
    else {
      const second = e.tokens[1] as string
      slot.bySecond.set(second, [...(slot.bySecond.get(second) ?? []), e])
    }
  }
  for (const slot of byFirst.values()) for (const list of slot.bySecond.values()) list.sort((x, y) => y.tokens.length - x.tokens.length)
  return { rules, byFirst }
}

// Matches of the clause being read, in scratch arrays reused from clause to clause (the engine runs on one
// thread and applyRules consumes a clause's matches before it reads the next): start, end and hits of each.
let mStart = new Int32Array(64)
let mEnd = new Int32Array(64)
const mHits: Hit[][] = []
let mCount = 0
const free = new Int32Array(GROUPS)

function pushMatch(start: number, end: number, hits: Hit[]) {
  if (mCount === mStart.length) {
    const s = new Int32Array(2 * mCount)
    s.set(mStart)
    mStart = s
    const e = new Int32Array(2 * mCount)
    e.set(mEnd)
    mEnd = e
  }
  mStart[mCount] = start
  mEnd[mCount] = end
  mHits[mCount] = hits
  mCount++
}

function take(list: Entry[], tokens: readonly string[], i: number) {
  outer: for (const e of list) {
    if ((free[e.group] as number) > i) continue
    const n = e.tokens.length
    if (i + n > tokens.length) continue
    for (let k = 2; k < n; k++) if (tokens[i + k] !== e.tokens[k]) continue outer
    free[e.group] = i + n
    pushMatch(i, i + n, e.hits)
  }
}

// one pass: at each position, the longest phrase of each kind that starts there and does not overlap the
// previous match of the same kind; returns the number of matches (in the scratch arrays above)
function matchClause(compiled: CompiledRules, tokens: readonly string[]): number {
  mCount = 0
  free.fill(0)
  for (let i = 0; i < tokens.length; i++) {
    const slot = compiled.byFirst.get(tokens[i] as string)
    if (!slot) continue
    if (i + 1 < tokens.length && slot.bySecond.size > 0) {
      const list = slot.bySecond.get(tokens[i + 1] as string)
      if (list) take(list, tokens, i)
    }
    if (slot.single.length > 0) take(slot.single, tokens, i)
  }
  return mCount
}

/** What the rules found in a text. */
export type RuleEvidence = {
  topics: Record<TopicCode, number>
  /** topic scores of the first clause that names a topic with a typical or decisive phrase (weight ≥ 2): often the subject */
  firstTopics: Record<TopicCode, number>
  directions: Record<DirectionCue, number>
  intensity: Record<IntensityCue, number>
  latent: number
  /** a contrast ("…, nhưng …", "tuy nhiên") stands between a favourable and an unfavourable cue */
  contrast: number
  /** an amplifier ("rất", "quá", "vô cùng") stands before a negative cue */
  amplified: number
  /** the phrases matched, folded, for explanations (filled only when asked: building them costs time) */
  matched: string[]
  /**
   * The stance cues in reading order, for clause-level reasoning: kind (see CUE_KINDS), weight, and the segment
   * it stands in. A contrast ("nhưng", "tuy nhiên", "song", "có điều") starts a new segment; a concession
   * ("mặc dù", "dù", "tuy", "lúc đầu", "cứ tưởng") makes its own clause a segment of its own, so the clause after
   * it starts another. The last segment is the one that usually carries the writer's conclusion.
   */
  cues: { kind: number[]; weight: number[]; segment: number[] }
  /** number of the last segment (0 when the text has no contrast or concession) */
  segments: number
  /** contrast words and concessions found; `earlier`: of these, markers of a stance given up ("lúc đầu", "hóa ra") */
  markers: { contrast: number; concession: number; earlier: number }
  /** a majority ("đa số", "phần lớn", "nhìn chung") and a minority ("một số", "một bộ phận", "số khác") both named */
  groupSplit: boolean
  /** clauses worded as questions ("có … không", "bao giờ", "ở đâu", "làm sao") */
  questions: number
  /** clauses worded as a report of events ("tổ chức", "diễn ra", "từ ngày", "trong tháng", "xảy ra") */
  reports: number
  /** the segment of the last reservation ("còn ít", "chưa quen", "vẫn còn", "chưa đủ"), -1 when there is none */
  reserved: number
}

/** Kinds of stance cue recorded in `RuleEvidence.cues`. */
export const CUE_KINDS = ['support', 'concern', 'oppose', 'negated-support', 'negated-negative', 'mixed'] as const
const CUE_SUPPORT = 0
const CUE_CONCERN = 1
const CUE_OPPOSE = 2
const CUE_NEG_SUPPORT = 3
const CUE_NEG_NEGATIVE = 4
const CUE_MIXED = 5

const LOOKBACK = 3

function negatedAt(tokens: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - LOOKBACK; k--) {
    const t = tokens[k] as string
    if (t === 'nhung' || t === 'ma' || t === 'va') return false
    if (NEGATORS.has(t) && isNegatorAt(tokens, k)) return true
  }
  return false
}

const CONTRAST = 1
const CONCESSION = 2
// an earlier stance given up: "lúc đầu", "ban đầu", "cứ tưởng" (a concession of the past) and "hóa ra", "ai ngờ",
// "rốt cuộc" (a contrast that reverses an expectation)
const EARLIER = 3
const REVERSAL = 4
// "những" (plural) also folds to "nhung": inside a clause, "nhung" after these words is the plural
const BEFORE_PLURAL = new Set(['co', 'la', 'voi', 'cua', 'cho', 've', 'trong', 'ca', 'tat', 'nhu', 'tu', 'den', 'o', 'tai', 'va', 'boi', 'vao', 'giua', 'doi', 'tren', 'duoi', 'qua', 'sau', 'truoc', 'thay', 'nghe', 'gap', 'cac', 'mot', 'cung', 'hoac', 'hay', 'nhat', 'khong', 'chi', 'biet', 'nho', 'lam', 'dung', 'ngoai', 'gom', 'bao', 'la'])
// "tùy" folds to "tuy"; "dự án", "du lịch" to "du …"; "tường" (wall) to "tuong"; "sông" (river) to "song"
const NOT_AFTER_TUY = new Set(['theo', 'thuoc', 'tien', 'y', 'co', 'nghi', 'tung', 'vao'])
const NOT_AFTER_DU = new Set(['an', 'lich', 'hoc', 'kien', 'toan', 'bao', 'tinh', 'thao', 'tru', 'phong', 'luan', 'khach', 'dinh', 'so', 'thi', 'thau', 'ki', 'ky', 'chi'])
const NOT_AFTER_TUONG = new Set(['rao', 'nha', 'bao', 'dai', 'phat', 'niem', 'chay', 'ngan', 'xay', 'gach', 'lai', 'lua', 'tho', 'quan'])

/**
 * Is there a contrast (1: what follows outweighs what came before), a concession (2: this clause gives way to the
 * next), an earlier stance (3: "lúc đầu", "cứ tưởng" — a concession that is over) or a reversal (4: "hóa ra",
 * "ai ngờ" — a contrast that overturns an expectation) at token i of a clause? Returns the kind and the number
 * of tokens the marker takes (kind 0 when none).
 */
export function markerAt(tokens: readonly string[], i: number, clauseIndex: number): [kind: number, length: number] {
  const t = tokens[i] as string
  const next = tokens[i + 1]
  switch (t) {
    case 'nhung':
      if (next === 'ma') return [CONTRAST, 2]
      if (i === 0) return clauseIndex > 0 ? [CONTRAST, 1] : [0, 0]
      return BEFORE_PLURAL.has(tokens[i - 1] as string) ? [0, 0] : [CONTRAST, 1]
    case 'tuy':
      if (next === 'nhien' || next === 'vay' || next === 'the') return [CONTRAST, 2]
      return next !== undefined && !NOT_AFTER_TUY.has(next) ? [CONCESSION, 1] : [0, 0]
    case 'song':
      return i === 0 && clauseIndex > 0 ? [CONTRAST, 1] : [0, 0]
    case 'the':
    case 'vay':
      return next === 'ma' || (next === 'nhung' && tokens[i + 2] !== undefined) ? [CONTRAST, 2] : [0, 0]
    case 'ma':
      return i === 0 && clauseIndex > 0 && next !== undefined ? [CONTRAST, 1] : [0, 0]
    case 'co':
      return next === 'dieu' && i + 2 < tokens.length ? [CONTRAST, 2] : [0, 0]
    case 'chi':
      return next === 'tiec' || (next === 'co' && tokens[i + 2] === 'dieu') ? [CONTRAST, next === 'tiec' ? 2 : 3] : [0, 0]
    case 'ngat':
    case 'kho':
      return next === 'noi' ? [CONTRAST, 2] : [0, 0]
    case 'nguoc':
      return next === 'lai' && i === 0 ? [CONTRAST, 2] : [0, 0]
    case 'ben':
      return next === 'canh' && tokens[i + 2] === 'do' ? [CONTRAST, 3] : [0, 0]
    case 'ai':
      return next === 'ngo' ? [REVERSAL, 2] : [0, 0]
    case 'hoa':
      return next === 'ra' && i === 0 ? [REVERSAL, 2] : [0, 0]
    case 'roi':
      return next === 'cuoc' ? [REVERSAL, 2] : [0, 0]
    case 'mac':
      return next === 'du' ? [CONCESSION, 2] : [0, 0]
    case 'du':
      return (i === 0 || tokens[i - 1] === 'nhung' || tokens[i - 1] === 'va') && next !== undefined && !NOT_AFTER_DU.has(next) ? [CONCESSION, 1] : [0, 0]
    case 'dau':
      return next === 'rang' || next === 'sao' ? [CONCESSION, 2] : [0, 0]
    case 'luc':
    case 'ban':
    case 'moi':
      return next === 'dau' && (i === 0 || tokens[i - 1] === 'tu') ? [EARLIER, 2] : [0, 0]
    case 'truoc':
      return (next === 'day' || next === 'con' || next === 'kia') && i <= 1 ? [EARLIER, 2] : [0, 0]
    case 'cu':
      return next === 'tuong' ? [EARLIER, 2] : [0, 0]
    case 'tuong':
      return i === 0 && next !== undefined && !NOT_AFTER_TUONG.has(next) ? [EARLIER, 1] : [0, 0]
    default:
      return [0, 0]
  }
}

// a majority and a minority named in one text ("đa số đồng tình, một số còn băn khoăn"); question words
const MAJORITY = 1
const MINORITY = 2
const QUESTION = 4
const REPORT = 8
// by first word: the phrases starting with it, and whether a contrast/concession marker may start with it (one
// lookup per token serves both)
const GRAMMAR = new Map<string, { phrases: { tokens: string[]; flag: number }[]; marker: boolean }>()
for (const [flag, list] of [
  [MAJORITY, ['da so', 'phan lon', 'phan dong', 'hau het', 'nhin chung', 'co ban', 'nhieu nguoi', 'ai cung']],
  [MINORITY, ['mot so', 'mot bo phan', 'mot vai', 'vai ho', 'so it', 'so khac', 'co y kien', 'con y kien', 'mot it', 'co nguoi', 'nguoi thi']],
  // the wording of a report of events: what was held, when, how many
  [REPORT, ['to chuc', 'dien ra', 'thong bao', 'tu ngay', 'den ngay', 'vao sang', 'vao chieu', 'vao toi', 'tham du', 'tiep nhan', 'ra quan', 'da trao', 'trao tang', 'ke hoach', 'lich', 'theo du bao', 'thoi gian', 'dia diem', 'hoi nghi', 'trong thang', 'trong tuan', 'trong ky', 'xay ra', 'ghi nhan', 'ket qua', 'hoan thanh', 'tong so', 'luot nguoi', 'so ho', 'dat ty le', 'ban hanh', 'trien khai', 'phoi hop', 'kiem tra', 'xu phat', 'thu giu', 'chi tra', 'lap bien ban', 'ket nap', 'phat dong', 'cong bo', 'dien tap', 'ty le']],
  [QUESTION, ['bao gio', 'khi nao', 'o dau', 'the nao', 'ra sao', 'lam sao', 'bao nhieu', 'vi sao', 'tai sao', 'chung nao', 'co phai', 'hay khong', 'duoc khong', 'phai khong', 'o mo', 'cai gi', 'la gi']],
] as const) {
  for (const p of list) {
    const tokens = p.split(' ')
    const first = tokens[0] as string
    const g = GRAMMAR.get(first) ?? { phrases: [], marker: false }
    g.phrases.push({ tokens, flag })
    GRAMMAR.set(first, g)
  }
}

// first words of the contrast and concession markers (markerAt is only asked about these)
for (const w of ['nhung', 'tuy', 'song', 'the', 'vay', 'ma', 'co', 'chi', 'ngat', 'kho', 'nguoc', 'ben', 'ai', 'hoa', 'roi', 'mac', 'du', 'dau', 'luc', 'ban', 'moi', 'truoc', 'cu', 'tuong']) {
  const g = GRAMMAR.get(w) ?? { phrases: [], marker: false }
  g.marker = true
  GRAMMAR.set(w, g)
}

// positions in the current clause where a marker may start (filled by phraseFlags)
let markerCandidates = new Int32Array(16)
let candidateCount = 0

// which of the phrase kinds above occur in a clause (bit mask); notes where markers may start
function phraseFlags(tokens: readonly string[]): number {
  let flags = 0
  candidateCount = 0
  for (let i = 0; i < tokens.length; i++) {
    const g = GRAMMAR.get(tokens[i] as string)
    if (!g) continue
    if (g.marker) {
      if (candidateCount === markerCandidates.length) {
        const c = new Int32Array(2 * candidateCount)
        c.set(markerCandidates)
        markerCandidates = c
      }
      markerCandidates[candidateCount++] = i
    }
    for (const p of g.phrases) {
      let k = 1
      while (k < p.tokens.length && tokens[i + k] === p.tokens[k]) k++
      if (k === p.tokens.length) flags |= p.flag
    }
  }
  return flags
}

// "có … không", "được … chưa", "phải … không" ending a clause, or a question word anywhere
const QUESTION_END = new Set(['khong', 'chua', 'ko', 'k', 'hong', 'ha', 'nhi', 'sao', 'gi', 'dau', 'nao', 'khg'])

function isQuestion(tokens: readonly string[], flags: number): boolean {
  if (flags & QUESTION) return true
  const last = tokens[tokens.length - 1] as string
  if (tokens.length < 3 || !QUESTION_END.has(last)) return false
  return last === 'sao' || last === 'gi' || last === 'dau' || last === 'nao' || tokens.includes('co') || tokens.includes('duoc') || tokens.includes('phai')
}

const ZERO_TOPICS = Object.fromEntries(TOPIC_CODES.map((c) => [c, 0])) as Record<TopicCode, number>

// per clause: where amplifiers end and start (by token position), and the contrast/concession markers found
let ampEndAt = new Uint8Array(64)
let ampStartAt = new Uint8Array(64)
let markerPos = new Int32Array(16)
let markerKind = new Int32Array(16)

function isAmplifierOnly(hits: Hit[]): boolean {
  return hits.length === 1 && (hits[0] as Hit).kind === 'amplifier'
}

// a marker passed in reading order: counts it and says whether it closes its segment at the clause end
function passMarker(ev: RuleEvidence, stances: number[], kind: number): boolean {
  stances.push(0)
  if (kind === EARLIER || kind === REVERSAL) ev.markers.earlier++
  if (kind === CONTRAST || kind === REVERSAL) {
    ev.markers.contrast++
    return false
  }
  ev.markers.concession++
  return true
}

// Verbs of passing an opinion on ("Hội Phụ nữ phường phản ánh: …", "Chi bộ tổ 5 báo cáo: …", "Qua nắm bắt của Hội
// Người cao tuổi, …"): the organisation that reports is the source, not the matter. Its topic phrases before such a
// verb in the first clause (the Front and mass organisations, the Party's cells, the ward) count half and do not make that clause the subject (firstTopics).
const REPORT_VERBS: readonly (readonly string[])[] = ['bao cao', 'phan anh', 'ghi nhan', 'nam tinh hinh', 'nam bat', 'nam duoc', 'nhan xet', 'cho biet', 'tong hop', 'kien nghi', 'de nghi', 'de xuat', 'thong tin', 'chia se', 'dang bai', 'dang anh', 'dang tin', 'dang thong bao'].map((v) => v.split(' '))
const SOURCE_WEIGHT = 0.5
// the organisations that pass opinions on; other topics named before the verb are the matter ("tín đồ … đề nghị")
const SOURCE_TOPICS = new Set<string>(['mttq-doan-the', 'xd-dang', 'chinh-quyen'])

function reportVerbAt(tokens: readonly string[], i: number): boolean {
  for (const v of REPORT_VERBS) {
    if (i + v.length > tokens.length) continue
    let ok = true
    for (let k = 0; k < v.length && ok; k++) ok = tokens[i + k] === v[k]
    if (ok) return true
  }
  return false
}

/** Where the source ends in the first clause (the tokens before it name who reports), or 0 when it names none. */
export function sourceEnd(textClauses: readonly (readonly string[])[]): number {
  const first = textClauses[0]
  if (!first || first.length === 0) return 0
  // "Qua nắm bắt của …", "Theo phản ánh của …": the whole first clause, when something follows it
  if ((first[0] === 'qua' || first[0] === 'theo') && reportVerbAt(first, 1)) return textClauses.length > 1 ? first.length : 0
  const limit = Math.min(first.length - 1, 8)
  for (let i = 1; i <= limit; i++) if (reportVerbAt(first, i)) return i
  return 0
}

/** Applies compiled rules to the folded clauses of a text (see `clauses` in tokenize.ts). */
export function applyRules(compiled: CompiledRules, textClauses: readonly (readonly string[])[], options: { explain?: boolean } = {}): RuleEvidence {
  const topics = { ...ZERO_TOPICS }
  const cues = { kind: [] as number[], weight: [] as number[], segment: [] as number[] }
  const ev: RuleEvidence = {
    topics,
    firstTopics: { ...ZERO_TOPICS },
    directions: { support: 0, concern: 0, oppose: 0, mixed: 0 },
    intensity: { pressing: 0, high: 0, medium: 0 },
    latent: 0,
    contrast: 0,
    amplified: 0,
    matched: [],
    cues,
    segments: 0,
    markers: { contrast: 0, concession: 0, earlier: 0 },
    groupSplit: false,
    questions: 0,
    reports: 0,
    reserved: -1,
  }
  // the stance of each cue in reading order (+1 favourable, -1 unfavourable, 0 a contrast word)
  const stances: number[] = []
  let segment = 0
  let closeSegment = false
  let firstTopicClause = -1
  const source = sourceEnd(textClauses)
  let majority = false
  let minority = false
  for (let clauseIndex = 0; clauseIndex < textClauses.length; clauseIndex++) {
    const tokens = textClauses[clauseIndex] as readonly string[]
    if (closeSegment) {
      segment++
      closeSegment = false
    }
    const flags = phraseFlags(tokens)
    if (isQuestion(tokens, flags)) ev.questions++
    if (flags & REPORT) ev.reports++
    if (flags & MAJORITY) majority = true
    if (flags & MINORITY) minority = true
    const count = matchClause(compiled, tokens)
    // amplifiers stand before ("rất bức xúc") or after ("bức xúc lắm") the cue
    if (ampEndAt.length < tokens.length + 2) {
      ampEndAt = new Uint8Array(2 * tokens.length + 2)
      ampStartAt = new Uint8Array(2 * tokens.length + 2)
    } else {
      ampEndAt.fill(0, 0, tokens.length + 2)
      ampStartAt.fill(0, 0, tokens.length + 2)
    }
    for (let j = 0; j < count; j++) {
      if (!isAmplifierOnly(mHits[j] as Hit[])) continue
      ampStartAt[mStart[j] as number] = 1
      ampEndAt[mEnd[j] as number] = 1
    }
    // contrast and concession words, in order, unless inside a longer matched phrase
    let markers = 0
    let covered = -1 // a marker of two or three words covers the candidates inside it
    for (let c = 0; c < candidateCount; c++) {
      const i = markerCandidates[c] as number
      if (i <= covered) continue
      const [kind, length] = markerAt(tokens, i, clauseIndex)
      if (kind === 0) continue
      let inside = false
      for (let j = 0; j < count && !inside; j++) inside = (mHits[j] as Hit[]).length > 0 && (mStart[j] as number) <= i && i < (mEnd[j] as number) && (mEnd[j] as number) - (mStart[j] as number) > length
      if (inside) continue
      if (markers === markerPos.length) {
        const p = new Int32Array(2 * markers)
        p.set(markerPos)
        markerPos = p
        const k = new Int32Array(2 * markers)
        k.set(markerKind)
        markerKind = k
      }
      markerPos[markers] = i
      markerKind[markers] = kind
      markers++
      covered = i + length - 1
    }
    let next = 0
    for (let j = 0; j < count; j++) {
      const start = mStart[j] as number
      const end = mEnd[j] as number
      const hits = mHits[j] as Hit[]
      while (next < markers && (markerPos[next] as number) <= start) {
        if (passMarker(ev, stances, markerKind[next] as number)) closeSegment = true
        segment++
        next++
      }
      if (hits.length === 0) continue
      const negated = negatedAt(tokens, start)
      const amp = ampEndAt[start] === 1 || (start > 0 && ampEndAt[start - 1] === 1) || ampStartAt[end] === 1
      let used = false
      for (const h of hits) {
        switch (h.kind) {
          case 'topic':
            if (clauseIndex === 0 && end <= source && SOURCE_TOPICS.has(h.code)) {
              topics[h.code] += SOURCE_WEIGHT * h.weight
              used = true
              break
            }
            topics[h.code] += h.weight
            if (firstTopicClause < 0 && h.weight >= 2) firstTopicClause = clauseIndex
            if (firstTopicClause === clauseIndex) ev.firstTopics[h.code] += h.weight
            used = true
            break
          case 'direction': {
            const w = h.weight * (amp ? 1.5 : 1)
            let kind: number
            if (h.code === 'mixed') {
              if (negated) kind = -1
              else {
                ev.directions.mixed += w
                kind = CUE_MIXED
              }
            } else if (!negated) {
              ev.directions[h.code] += w
              stances.push(h.code === 'support' ? 1 : -1)
              kind = h.code === 'support' ? CUE_SUPPORT : h.code === 'concern' ? CUE_CONCERN : CUE_OPPOSE
            } else if (h.code === 'support') {
              // "không đồng tình", "chưa hài lòng" oppose; "không phản đối", "không lo lắng" lean to support
              ev.directions.oppose += 0.8 * w
              stances.push(-1)
              kind = CUE_NEG_SUPPORT
            } else {
              ev.directions.support += 0.5 * w
              stances.push(1)
              kind = CUE_NEG_NEGATIVE
            }
            if (kind >= 0) {
              cues.kind.push(kind)
              cues.weight.push(w)
              cues.segment.push(segment)
            }
            if (amp && !negated && h.code !== 'support') ev.amplified += 1
            used = true
            break
          }
          case 'intensity':
            if (!negated) ev.intensity[h.code] += h.weight
            used = true
            break
          case 'latent':
            ev.latent += h.weight
            used = true
            break
          case 'amplifier':
            break
        }
      }
      if (used && options.explain) ev.matched.push(tokens.slice(start, end).join(' '))
    }
    while (next < markers) {
      if (passMarker(ev, stances, markerKind[next] as number)) closeSegment = true
      segment++
      next++
    }
    // a reservation after the clause's last marker stands in the current segment
    if (hasReservation(tokens, markers > 0 ? (markerPos[markers - 1] as number) : 0)) ev.reserved = segment
  }
  ev.contrast = countTurns(stances)
  ev.segments = segment
  ev.groupSplit = majority && minority
  return ev
}

// "còn ít", "chưa quen", "vẫn còn", "chưa đủ": a reservation that is not a cue of its own ("còn" and "chưa" fold like
// "con" (child) and "chùa", so only these pairs count)
const RESERVATION: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['con', new Set(['it', 'cham', 'thap', 'cao', 'nhieu', 'thieu', 'chua', 'lung', 'han', 'kho', 'bat', 'tinh', 'truong', 'vuong', 'ngai', 'e', 'thac', 'mot', 'hoi', 'so'])],
  ['chua', new Set(['quen', 'du', 'nhieu', 'cao', 'dong', 'ro', 'kip', 'thuc', 'tuong', 'hop', 'bang', 'dap'])],
  ['van', new Set(['con', 'chua'])],
])

function hasReservation(tokens: readonly string[], from: number): boolean {
  for (let i = from; i + 1 < tokens.length; i++) {
    const set = RESERVATION.get(tokens[i] as string)
    if (set && set.has(tokens[i + 1] as string)) return true
  }
  return false
}

/** How many contrasts stand between cues of opposite stance: [+1, 0, -1] → 1, [+1, 0, +1] → 0. */
export function countTurns(stances: readonly number[]): number {
  let turns = 0
  let last = 0
  let pending = false
  for (const s of stances) {
    if (s === 0) pending = last !== 0
    else {
      if (pending && s !== last) turns++
      last = s
      pending = false
    }
  }
  return turns
}
