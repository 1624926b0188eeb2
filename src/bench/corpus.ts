/**
 * The benchmark corpus (DESIGN §6, issue #7): seeded and reproducible — the same seed gives the same units, areas
 * and records on every machine. Pure: no I/O, no clock (the corpus ends on `endDay`).
 *
 * - Units: a city (thành phố) → `wards` wards (Đảng bộ phường) → cells, organisations and residential groups, 700
 *   in all by default; areas (tổ dân phố) 60 by default, spread over the wards and linked to the ward's units.
 * - Records: 80–1 500 characters (most short, a long tail), built from the labelled sentences of the text engine
 *   (so topic and direction are those of real-looking text) with connecting phrases, places and numbers, so that no
 *   sentence is simply repeated; a third typed without accents, a sixth in decomposed Unicode (NFD); every topic
 *   and direction; two years of days; injected bursts (one topic in one area on one day) for spike detection; 5 %
 *   near-duplicates (the same story retold with a few words changed or copied to another group).
 */
import { BREADTHS, INTENSITIES, SOCIAL_GROUPS, type Channel, type UnitKind } from '../shared/enums.ts'
import { LABELLED, type LabelledRecord } from '../text/data/labelled.ts'
import { fold } from '../text/fold.ts'
import { lowerFirst, makeRng, type Rng } from '../services/system/demo-phrasing.ts'

export type BenchUnit = { code: string; name: string; kind: UnitKind; parentCode: string | null }
export type BenchArea = { code: string; name: string; wardCode: string }
/** One record as the opinion import reads it (src/services/opinions/import-opinions.ts OPINION_COLUMNS). */
export type BenchRecord = {
  external_id: string
  received_on: string
  channel: Channel
  unit_code: string
  area_code: string
  topic: string
  direction: string
  intensity: string
  breadth: string
  groups: string
  latent: string
  title: string
  content: string
}

export type CorpusOptions = { seed?: string; units?: number; wards?: number; areas?: number; endDay?: string; days?: number }
const DEFAULTS = { seed: 'cau-noi-bench-1', units: 700, wards: 20, areas: 60, endDay: '2026-11-24', days: 730 }

/** The unit tree: one city, `wards` wards, and cells/organisations/groups up to `units` in all. */
export function benchUnits(opts: CorpusOptions = {}): BenchUnit[] {
  const o = { ...DEFAULTS, ...opts }
  const out: BenchUnit[] = [{ code: 'TP', name: 'Đảng bộ Thành phố Mẫu', kind: 'dang_bo', parentCode: null }]
  const wardCode = (w: number) => `P${String(w + 1).padStart(2, '0')}`
  for (let w = 0; w < o.wards; w++) out.push({ code: wardCode(w), name: `Đảng bộ phường số ${w + 1}`, kind: 'dang_bo', parentCode: 'TP' })
  const kinds: [UnitKind, string][] = [['chi_bo', 'Chi bộ khu dân cư số'], ['to_dan_pho', 'Tổ dân phố số'], ['doan_the', 'Chi hội'], ['mttq', 'Ban công tác Mặt trận số']]
  for (let i = 0; out.length < o.units; i++) {
    const w = i % o.wards
    const [kind, stem] = kinds[Math.floor(i / o.wards) % kinds.length]!
    const n = Math.floor(i / (o.wards * kinds.length)) + 1
    out.push({ code: `${wardCode(w)}-${kind.toUpperCase().replaceAll('_', '')}${String(n).padStart(2, '0')}`, name: `${stem} ${n} phường số ${w + 1}`, kind, parentCode: wardCode(w) })
  }
  return out
}

/** The areas (tổ dân phố), spread evenly over the wards. */
export function benchAreas(opts: CorpusOptions = {}): BenchArea[] {
  const o = { ...DEFAULTS, ...opts }
  return Array.from({ length: o.areas }, (_, i) => {
    const w = i % o.wards
    return { code: `KV${String(i + 1).padStart(3, '0')}`, name: `Khu vực ${i + 1} phường số ${w + 1}`, wardCode: `P${String(w + 1).padStart(2, '0')}` }
  })
}

/** The labelled parts the records are built from: 1–22, fixed — the bench's corpus must not change when labels are added, or runs cannot be compared. */
const BENCH_LAST_PART = 22
const SOURCE = LABELLED.filter((r) => r.part <= BENCH_LAST_PART)

const OPENERS = [
  'Qua nắm bắt tại địa bàn, ', 'Theo phản ánh của bà con, ', 'Tại buổi sinh hoạt chi bộ, ', 'Cộng tác viên ghi nhận: ', 'Nhiều hộ dân cho biết ',
  'Trong tuần qua, ', 'Qua trao đổi với người dân, ', 'Ý kiến tại hội nghị tiếp xúc cử tri: ', 'Trên nhóm Zalo của khu phố, ', '',
]
const LINKS = [' Ngoài ra, ', ' Bên cạnh đó, ', ' Một số ý kiến khác cho rằng ', ' Đồng thời, ', ' Cũng có người nói ', ' ', ' Thêm nữa, ']
const PLACES = ['ngõ', 'khu tập thể', 'chợ', 'trường tiểu học', 'trạm y tế', 'nhà văn hoá', 'tuyến phố', 'khu tái định cư', 'bến xe', 'công viên']
const TAILS = [
  ' Đề nghị cấp trên quan tâm giải quyết.', ' Đề nghị tiếp tục theo dõi.', ' Cần có thông tin chính thức để người dân yên tâm.',
  ' Bà con mong sớm có câu trả lời.', ' Chi bộ sẽ tiếp tục nắm bắt.', '', '',
]

/** How many records each day gets, relative: a weekly rhythm and a slow rise over the two years. */
function dayWeight(i: number, days: number): number {
  const weekday = ((i % 7) + 7) % 7
  return (weekday >= 5 ? 0.6 : 1) * (0.7 + 0.6 * (i / days))
}

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)
}

/** A burst: extra records of one topic in one area on one day (what spike detection must find). */
export type Burst = { day: string; areaCode: string; topic: string; count: number }

/** The bursts of a corpus of `count` records: 12 of them, each 0.2 % of the records (none in a corpus under 500). */
export function benchBursts(count: number, opts: CorpusOptions = {}): Burst[] {
  const o = { ...DEFAULTS, ...opts }
  const rng = makeRng(`${o.seed}:bursts`)
  const areas = benchAreas(o)
  const topics = [...new Set(SOURCE.map((r) => r.topics[0]!))].sort()
  return Array.from({ length: 12 }, (_, i) => ({
    day: addDays(o.endDay, -Math.floor(((i + 1) / 13) * o.days) + rng.int(5)),
    areaCode: rng.pick(areas).code,
    topic: rng.pick(topics),
    count: Math.round(count * 0.002),
  })).filter((b) => b.count > 0)
}

/**
 * The records, generated lazily: `for (const r of benchRecords(1_000_000)) …`. Record i is the same for a seed
 * whatever the count asked for (except the bursts' share), so a quick run is a prefix-like sample of the full one.
 */
export function* benchRecords(count: number, opts: CorpusOptions = {}): Generator<BenchRecord> {
  const o = { ...DEFAULTS, ...opts }
  const rng = makeRng(o.seed)
  const units = benchUnits(o).filter((u) => u.parentCode !== null && u.parentCode !== 'TP')
  const areasByWard = new Map<string, BenchArea[]>()
  for (const a of benchAreas(o)) areasByWard.set(a.wardCode, [...(areasByWard.get(a.wardCode) ?? []), a])
  const byTopic = new Map<string, LabelledRecord[]>()
  for (const r of SOURCE) byTopic.set(r.topics[0]!, [...(byTopic.get(r.topics[0]!) ?? []), r])
  const topics = [...byTopic.keys()].sort()
  const bursts = benchBursts(count, o)
  const burstTotal = bursts.reduce((s, b) => s + b.count, 0)
  const weights = Array.from({ length: o.days }, (_, i) => dayWeight(i, o.days))
  const cumulative: number[] = []
  weights.reduce((s, w, i) => (cumulative[i] = s + w), 0)
  const totalWeight = cumulative[cumulative.length - 1]!
  const startDay = addDays(o.endDay, -(o.days - 1))
  const pickDay = () => {
    const x = rng.next() * totalWeight
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! < x) lo = mid + 1
      else hi = mid
    }
    return addDays(startDay, lo)
  }
  const recent: BenchRecord[] = []
  const plainCount = Math.max(0, count - burstTotal)
  let burstIndex = 0
  let burstLeft = bursts[0]?.count ?? 0
  for (let i = 0; i < count; i++) {
    const burst = i >= plainCount ? bursts[burstIndex] : undefined
    let rec: BenchRecord
    if (!burst && recent.length > 20 && rng.chance(0.05)) {
      rec = nearDuplicate(rng, rng.pick(recent), `B${i}`, units)
    } else {
      const topic = burst ? burst.topic : rng.pick(topics)
      const unit = burst ? pickUnitOfWard(rng, units, areaWard(burst.areaCode, areasByWard)) : rng.pick(units)
      const ward = unit.parentCode!
      const area = burst ? burst.areaCode : rng.pick(areasByWard.get(ward) ?? [{ code: '', name: '', wardCode: ward }]).code
      rec = freshRecord(rng, `B${i}`, burst ? burst.day : pickDay(), unit.code, area, byTopic.get(topic)!, byTopic, topics)
    }
    if (burst && --burstLeft === 0) burstLeft = bursts[++burstIndex]?.count ?? 0
    if (recent.length < 200) recent.push(rec)
    else recent[rng.int(200)] = rec
    yield rec
  }
}

function areaWard(areaCode: string, areasByWard: Map<string, BenchArea[]>): string {
  for (const [ward, areas] of areasByWard) if (areas.some((a) => a.code === areaCode)) return ward
  throw new Error(`unknown area ${areaCode}`)
}

function pickUnitOfWard(rng: Rng, units: BenchUnit[], ward: string): BenchUnit {
  const own = units.filter((u) => u.parentCode === ward)
  return rng.pick(own)
}

/** A new record: a labelled sentence of the topic first, then more sentences until the target length. */
function freshRecord(rng: Rng, id: string, day: string, unitCode: string, areaCode: string, pool: LabelledRecord[], byTopic: Map<string, LabelledRecord[]>, topics: string[]): BenchRecord {
  const lead = rng.pick(pool)
  // most records are short notes; a long tail are a cell's paragraph or a transcript (80–1 500 characters)
  const target = 80 + Math.floor(rng.next() ** 3 * 1420)
  const opener = rng.pick(OPENERS)
  let text = opener ? opener + lowerFirst(lead.text) : lead.text
  while (text.length < target) {
    const more = rng.chance(0.7) ? rng.pick(pool) : rng.pick(byTopic.get(rng.pick(topics))!)
    text += rng.pick(LINKS) + (rng.chance(0.3) ? `ở ${rng.pick(PLACES)} số ${1 + rng.int(60)}, ` : '') + more.text
    if (rng.chance(0.2)) text += rng.pick(TAILS)
  }
  if (text.length > 1495) text = text.slice(0, text.lastIndexOf(' ', 1495)) + '…'
  const title = lead.text.length > 80 ? `${lead.text.slice(0, lead.text.lastIndexOf(' ', 80))}…` : lead.text
  const typed = typing(rng, `${title}\u0000${text}`).split('\u0000')
  return {
    external_id: id,
    received_on: day,
    channel: rng.weighted<Channel>({ collaborator: 45, unit_report: 15, voter_meeting: 8, front: 6, dialogue: 3, survey: 2, press: 6, social: 10, hotline: 4, other: 1 }),
    unit_code: unitCode,
    area_code: areaCode,
    topic: lead.topics.join(';'),
    direction: lead.direction,
    intensity: rng.pick(INTENSITIES),
    breadth: rng.pick(BREADTHS),
    groups: rng.chance(0.6) ? [...new Set([rng.pick(SOCIAL_GROUPS), rng.pick(SOCIAL_GROUPS)])].slice(0, 1 + rng.int(2)).join(';') : '',
    latent: rng.chance(0.05) ? '1' : '0',
    title: typed[0]!,
    content: typed[1]!,
  }
}

/** How people type: a third without accents (a phone without Telex), a sixth in decomposed Unicode (an old driver). */
function typing(rng: Rng, s: string): string {
  const r = rng.next()
  if (r < 0.33) return foldKeepCase(s)
  if (r < 0.5) return s.normalize('NFD')
  return s
}

/** The text without tone or vowel marks but with its capitals, as a phone without Telex types it. */
function foldKeepCase(s: string): string {
  return [...s.normalize('NFC')].map((ch) => {
    const f = fold(ch)
    return ch !== ch.toLowerCase() ? f.toUpperCase() : f || ch
  }).join('')
}

const SWAPS: [RegExp, string][] = [
  [/người dân/g, 'bà con'], [/bà con/g, 'nhân dân'], [/rất/g, 'khá'], [/phản ánh/g, 'kêu'], [/đề nghị/g, 'kiến nghị'], [/tổ dân phố/g, 'khu phố'],
]

/** The same story retold: a few words changed, an opener added or dropped, sometimes copied to another unit. */
function nearDuplicate(rng: Rng, of: BenchRecord, id: string, units: BenchUnit[]): BenchRecord {
  let content = of.content
  for (const [re, by] of SWAPS) if (rng.chance(0.5)) content = content.replace(re, by)
  const shorter = content.replace(/^[^,]{0,40}, /, '')
  const longer = `Nhiều người chia sẻ lại: ${content}`
  content = (rng.chance(0.5) || shorter.normalize('NFC').length < 80) && longer.normalize('NFC').length <= 1500 ? longer : shorter
  const sameUnit = rng.chance(0.5)
  const unit = sameUnit ? of.unit_code : rng.pick(units.filter((u) => u.parentCode === of.unit_code.slice(0, 3))).code
  return { ...of, external_id: id, unit_code: unit, area_code: sameUnit ? of.area_code : '', content }
}
