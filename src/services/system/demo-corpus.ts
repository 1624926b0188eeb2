/**
 * The demo ward's year of opinion work, generated from a seed: several hundred records (phiếu thông tin DLXH) of
 * the 12 months before `now`, the collaborators who entered them, two voter meetings with their petitions, a
 * handful of issues in every status with their referrals and answers, and the topics to watch of the last two
 * months. Pure: no I/O; the same `now` and seed give the same corpus.
 *
 * The year has a shape, so trends and spikes have something true to find: Tết (food prices, gifts for the poor,
 * fireworks, conscription), the rainy season (flooding on Trần Phú street, dengue), school enrolment (June–August)
 * and fees (September), and one burst: the site-clearance price announcement of the Lê Lợi street widening,
 * 75 days before `now`, heard for weeks in tổ 5–8, with rumours before it and a referral still pending.
 */
import { SOCIAL_GROUPS, type Breadth, type Channel, type Direction, type Intensity, type IssueStatus, type SocialGroup, type Topic } from '../../shared/enums.ts'
import { addDays, daysBetween } from '../../domain/referral-reminders.ts'
import { localDay, startOfLocalDay } from '../../domain/time.ts'
import { SCENARIOS, type Scenario, type Where } from './demo-scenarios.ts'
import { makeRng, newToneStyle, withoutAccents, wordPetition, wordRecord, wordSurvey, type Rng, type StreamPlan, type Voice, type Worded } from './demo-phrasing.ts'

export const DEMO_SEED = 'phuong-hoa-binh'

// ---- what the corpus holds ----

export type DemoStream = {
  summary: string
  topics: Topic[]
  direction: Direction
  intensity: Intensity
  breadth: Breadth
  groups: SocialGroup[]
  latent: boolean
  hotSpot: boolean
  proposedHandling: string | null
  /** key of the issue the stream belongs to */
  issue: string | null
}
export type DemoContact = { fullName: string; phone: string; address: string; note: string }
export type DemoRecord = {
  key: string
  /** when it was entered (ISO UTC) */
  at: string
  heardOn: string
  channel: Channel
  /** unit code */
  unit: string
  /** area code (HB-TDP05) when the unit covers or owns it */
  area: string | null
  /** username of the account that entered it */
  author: string
  /** key of the voter meeting of a petition */
  meeting: string | null
  title: string
  content: string
  streams: DemoStream[]
  contact: DemoContact | null
}
export type DemoIssueStep =
  | { act: 'watch'; at: string; by: string }
  | { act: 'refer'; at: string; by: string; toUnit: string | null; toAgency: string | null; dueOn: string; note: string }
  | { act: 'answer'; at: string; by: string; text: string; public: boolean }
  | { act: 'close'; at: string; by: string; reason: string | null }
export type DemoIssue = {
  key: string
  title: string
  description: string
  topic: Topic
  unit: string
  hotSpot: boolean
  at: string
  by: string
  steps: DemoIssueStep[]
  /** the status once every step is done */
  status: IssueStatus
  /** streams heard from this day (and until `linkTo`) belong to it */
  linkFrom: string
  linkTo: string | null
  areas: readonly number[] | null
}
export type DemoMeeting = { key: string; at: string; by: string; heldOn: string; place: string; area: string | null; delegates: string[]; attendance: number; notes: string }
export type DemoWatchTopic = { at: string; by: string; unit: string; month: string; title: string; description: string; topics: Topic[]; position: number }
export type DemoAccount = { username: string; fullName: string; role: 'collaborator' | 'unit_officer'; unit: string; responsible: boolean; phone: string }
export type DemoCollaborator = {
  fullName: string
  phone: string
  unit: string
  /** area codes */
  areas: string[]
  groups: SocialGroup[]
  username: string | null
  decisionNo: string
  decisionOn: string
  contractFrom: string
  contractTo: string
  allowanceKind: 'fixed' | 'coefficient'
  allowanceAmount: number | null
  allowanceCoefficient: number | null
  /** the status now; the roster starts with everyone active and a 'roster' event changes it when it happened */
  status: 'active' | 'suspended' | 'ended'
}
export type DemoEvent =
  | { at: string; kind: 'record'; record: DemoRecord }
  | { at: string; kind: 'issue'; issue: DemoIssue }
  | { at: string; kind: 'issue-step'; issue: string; step: DemoIssueStep }
  | { at: string; kind: 'meeting'; meeting: DemoMeeting; petitions: DemoRecord[] }
  | { at: string; kind: 'watch-topic'; topic: DemoWatchTopic }
  /** an account disabled by the administrator (a collaborator whose contract ended) */
  | { at: string; kind: 'account'; username: string; active: boolean }
  /** a collaborator put on leave or whose contract ended (the roster starts with everyone active) */
  | { at: string; kind: 'roster'; fullName: string; status: 'suspended' | 'ended' }

export type DemoCorpus = {
  /** first and last local day of the year of records */
  from: string
  to: string
  /** when the roster, the base salary and the allowance condition were set up */
  setupAt: string
  accounts: DemoAccount[]
  collaborators: DemoCollaborator[]
  baseSalaries: { amount: number; effectiveFrom: string }[]
  allowanceCondition: { minRecords: number; requireOnTime: boolean }
  /** everything else, in the order it happened */
  timeline: DemoEvent[]
  records: DemoRecord[]
  issues: DemoIssue[]
  meetings: DemoMeeting[]
  watchTopics: DemoWatchTopic[]
}

// ---- the ward's people and places ----

/** Accounts the opinion demo adds to the ward's (password DEMO_PASSWORD). */
export const DEMO_EXTRA_ACCOUNTS: DemoAccount[] = [
  { username: 'ctv-kdc03', fullName: 'Đặng Văn Long', role: 'collaborator', unit: 'HB-CB-KDC03', responsible: false, phone: '0912 345 603' },
  { username: 'ctv-kdc04', fullName: 'Trịnh Thị Thu', role: 'collaborator', unit: 'HB-CB-KDC04', responsible: false, phone: '0912 345 604' },
  { username: 'ctv-kdc06', fullName: 'Ngô Quang Huy', role: 'collaborator', unit: 'HB-CB-KDC06', responsible: false, phone: '0912 345 606' },
  { username: 'ctv-kdc08', fullName: 'Lý Thị Hoa', role: 'collaborator', unit: 'HB-CB-KDC08', responsible: false, phone: '0912 345 608' },
  { username: 'ctv-kdc09', fullName: 'Tạ Thị Bích', role: 'collaborator', unit: 'HB-CB-KDC09', responsible: false, phone: '0912 345 609' },
  { username: 'ctv-kdc10', fullName: 'Cao Văn Lợi', role: 'collaborator', unit: 'HB-CB-KDC10', responsible: false, phone: '0912 345 610' },
  { username: 'ctv-dtn', fullName: 'Phan Minh Tuấn', role: 'collaborator', unit: 'HB-DTN', responsible: false, phone: '0912 345 611' },
  { username: 'mttq', fullName: 'Lương Thị Nga', role: 'unit_officer', unit: 'HB-MTTQ', responsible: true, phone: '0912 345 612' },
]

type Roster = { fullName: string; phone: string; unit: string; areas: number[]; groups: SocialGroup[]; username: string | null; kind: 'fixed' | 'coefficient'; value: number; status: 'active' | 'suspended' | 'ended' }
const ROSTER: Roster[] = [
  { fullName: 'Hoàng Thị Mai', phone: '0912 345 602', unit: 'HB-CB-KDC01', areas: [1, 2], groups: ['phu-nu', 'tieu-thuong'], username: 'ctv', kind: 'coefficient', value: 0.3, status: 'active' },
  { fullName: 'Đặng Văn Long', phone: '0912 345 603', unit: 'HB-CB-KDC03', areas: [5, 6], groups: ['tieu-thuong', 'cong-nhan'], username: 'ctv-kdc03', kind: 'coefficient', value: 0.3, status: 'active' },
  { fullName: 'Trịnh Thị Thu', phone: '0912 345 604', unit: 'HB-CB-KDC04', areas: [7, 8], groups: ['phu-nu', 'nguoi-cao-tuoi'], username: 'ctv-kdc04', kind: 'coefficient', value: 0.3, status: 'active' },
  { fullName: 'Ngô Quang Huy', phone: '0912 345 606', unit: 'HB-CB-KDC06', areas: [11, 12], groups: ['cuu-chien-binh', 'nguoi-cao-tuoi'], username: 'ctv-kdc06', kind: 'fixed', value: 700_000, status: 'active' },
  { fullName: 'Lý Thị Hoa', phone: '0912 345 608', unit: 'HB-CB-KDC08', areas: [15, 16], groups: ['phu-nu', 'ton-giao'], username: 'ctv-kdc08', kind: 'coefficient', value: 0.3, status: 'active' },
  { fullName: 'Phan Minh Tuấn', phone: '0912 345 611', unit: 'HB-DTN', areas: [], groups: ['thanh-nien-hoc-sinh', 'cong-nhan'], username: 'ctv-dtn', kind: 'fixed', value: 500_000, status: 'active' },
  // her contract ended 100 days before `now`; her account was disabled the next day
  { fullName: 'Tạ Thị Bích', phone: '0912 345 609', unit: 'HB-CB-KDC09', areas: [17, 18], groups: ['phu-nu'], username: 'ctv-kdc09', kind: 'coefficient', value: 0.25, status: 'ended' },
  // on leave for his health since 75 days before `now`
  { fullName: 'Cao Văn Lợi', phone: '0912 345 610', unit: 'HB-CB-KDC10', areas: [19, 20], groups: ['cong-nhan'], username: 'ctv-kdc10', kind: 'coefficient', value: 0.25, status: 'suspended' },
]

const pad2 = (n: number) => String(n).padStart(2, '0')
export const areaCode = (n: number) => `HB-TDP${pad2(n)}`
const kdcOf = (area: number) => `HB-CB-KDC${pad2(Math.ceil(area / 2))}`
const UNITS: Record<Exclude<Where, 'kdc' | 'front'>, readonly string[]> = {
  school: ['HB-CB-THHB', 'HB-CB-THCS', 'HB-CB-MNHS'],
  health: ['HB-CB-YT'],
  police: ['HB-CB-CA'],
  army: ['HB-CB-QS'],
  enterprise: ['HB-CB-DNCK', 'HB-CB-DNCX'],
  office: ['HB-CB-UBND', 'HB-CB-HDND', 'HB-CB-VPDU', 'HB-CB-MTTQ'],
}
const FRONT_OF: Partial<Record<SocialGroup, string>> = {
  'phu-nu': 'HB-HPN', 'thanh-nien-hoc-sinh': 'HB-DTN', 'cuu-chien-binh': 'HB-CCB', 'nguoi-cao-tuoi': 'HB-NCT', 'cong-nhan': 'HB-CD',
}
const HOT_ISSUES = new Set(['gpmb-le-loi', 'rac-to-7'])
const CONTACT_NAMES = ['Nguyễn Thị Hằng', 'Trần Văn Phúc', 'Lê Thị Thanh Hương', 'Phạm Văn Khải', 'Đỗ Thị Nhung', 'Bùi Quang Vinh', 'Hoàng Văn Sơn', 'Vũ Thị Lụa', 'Đặng Thị Yến', 'Ngô Văn Bình']
const STREETS = ['Lê Lợi', 'Trần Phú', 'Quang Trung', 'Hai Bà Trưng', 'Lý Thường Kiệt', 'Tô Hiệu']
// Tết Nguyên đán: few records are written in its first days
const TET = ['2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26', '2029-02-13', '2030-02-03', '2031-01-23']
// more is heard before Tết and in the rainy season
const MONTH_FACTOR = [0, 1.15, 1.05, 1, 0.9, 0.95, 1, 1.05, 1.1, 1.15, 1.05, 1, 1.05]

// ---- calendar ----

const monthOf = (day: string) => Number(day.slice(5, 7))
const dayOfWeek = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay()
/** An instant at a local time of a day ("2026-03-04", 8.5 → 08:30 in Hà Nội). */
const at = (day: string, hours: number) => new Date(startOfLocalDay(day).getTime() + Math.round(hours * 60) * 60_000).toISOString()
/** The Saturday on or before a day. */
const saturdayBefore = (day: string) => addDays(day, -((dayOfWeek(day) + 1) % 7))

function dayWeight(day: string): number {
  const dow = dayOfWeek(day)
  let w = dow === 0 ? 0.45 : dow === 6 ? 0.7 : 1
  if (TET.some((t) => { const d = daysBetween(t, day); return d >= -1 && d <= 3 })) w *= 0.15
  return w * MONTH_FACTOR[monthOf(day)]!
}

function pickDay(rng: Rng, from: string, to: string): string {
  const n = daysBetween(from, to) + 1
  const days = Array.from({ length: n }, (_, i) => addDays(from, i))
  const weights = Object.fromEntries(days.map((d) => [d, dayWeight(d)]))
  return rng.weighted(weights)
}

/** Days the corpus is anchored on, all relative to `now`. */
type Anchors = { today: string; from: string; burst: string; marketClosed: string; recent: string }

function scenarioWeight(sc: Scenario, day: string, a: Anchors): number {
  const m = monthOf(day)
  if (sc.months && !sc.months.includes(m)) return 0
  if (sc.window && (day < sc.window[0] || day > sc.window[1])) return 0
  if (sc.phase === 'pre-burst' && day >= a.burst) return 0
  if (sc.phase === 'post-burst' && day < a.burst) return 0
  if (sc.phase === 'market-open' && day >= a.marketClosed) return 0
  if (sc.phase === 'market-after' && day < a.marketClosed) return 0
  if (sc.phase === 'recent' && day < a.recent) return 0
  return sc.weight * (sc.peak?.includes(m) ? 3 : 1)
}

// ---- the generator ----

/** Builds the demo's year before `now`; `since` is the first day records may have (the units' opening day). */
export function buildDemoCorpus(now: Date, opts: { seed?: string; since?: string } = {}): DemoCorpus {
  const rng = makeRng(`${opts.seed ?? DEMO_SEED}|${localDay(now)}`)
  const today = localDay(now)
  const yearBefore = addDays(today, -364)
  const from = opts.since && opts.since > yearBefore ? opts.since : yearBefore
  const a: Anchors = { today, from, burst: addDays(today, -75), marketClosed: addDays(today, -270), recent: addDays(today, -45) }
  const clampAt = (iso: string) => (iso < now.toISOString() ? iso : new Date(now.getTime() - (1 + rng.int(90)) * 60_000).toISOString())
  const setupAt = at(addDays(from, -10), 9)

  const issues = buildIssues(a, now)
  const issueByKey = new Map(issues.map((i) => [i.key, i]))
  const contents = new Set<string>()
  /** scenarios some record already speaks of, and each record's scenarios by stream */
  const heard = new Set<string>()
  const sources = new Map<DemoRecord, string[]>()
  const records: DemoRecord[] = []
  let contactsLeft = 4

  // -- streams --
  const planStream = (sc: Scenario, day: string, unit: string, area: number | null, channel: Channel, direction?: Direction): StreamPlan => {
    const dir = direction ?? rng.weighted(sc.dir)
    const burst = sc.id === 'gpmb-le-loi' && daysBetween(a.burst, day) >= 0 && daysBetween(a.burst, day) < 25
    const drawn = rng.weighted<Intensity>(
      dir === 'oppose' ? (burst ? { medium: 1, high: 3, pressing: 4 } : { low: 0.5, medium: 3, high: 3, pressing: 1.5 })
        : dir === 'concern' ? (burst ? { medium: 2, high: 3, pressing: 1 } : { low: 1, medium: 4, high: 2, pressing: 0.3 })
          : dir === 'support' ? { low: 2, medium: 3, high: 1.5 }
            : dir === 'mixed' ? { low: 1, medium: 3, high: 1 } : { low: 3, medium: 1 },
    )
    // Party life, defence and foreign affairs are talked of seriously, not as pressing grievances
    const intensity: Intensity = drawn === 'pressing' && ['xd-dang', 'qp-an', 'doi-ngoai'].includes(sc.topics[0]!) ? 'high' : drawn
    // latent opinion (dư luận tiềm ẩn) is what collaborators and units pick up before it is voiced in public
    const quiet = channel === 'collaborator' || channel === 'unit_report' || channel === 'front' || channel === 'other'
    const latent = quiet && dir !== 'support' && dir !== 'unknown' && rng.chance(sc.latent ?? (dir === 'concern' ? 0.05 : 0.01))
    // latent opinion is not yet widely voiced; one letter or call speaks for a few
    const narrow = latent || channel === 'other' || channel === 'hotline'
    const breadth = narrow ? rng.weighted<Breadth>({ few: 3, many: 1 }) : rng.weighted<Breadth>(
      dir === 'support' ? { few: 1, many: 3, majority: 3, overwhelming: 1 }
        : dir === 'oppose' ? (burst ? { many: 3, majority: 2, few: 1 } : { few: 3, many: 3, majority: 1 })
          : dir === 'concern' ? { few: 3, many: 3, majority: 1 } : dir === 'mixed' ? { few: 1, many: 2, majority: 2 } : { few: 2, many: 1 },
    )
    const groups = sc.groups.length === 0 ? [] : [...new Set([rng.pick(sc.groups), ...(rng.chance(0.3) ? [rng.pick(sc.groups)] : [])])]
    const topics = [sc.topics[0]!, ...sc.topics.slice(1).filter((_, i) => rng.chance(i === 0 ? 0.5 : 0.25))]
    const issue = sc.issue ? issueByKey.get(sc.issue) : undefined
    const linked = !!issue && day >= issue.linkFrom && (issue.linkTo == null || day <= issue.linkTo)
      && (!issue.areas || (area != null && issue.areas.includes(area))) && (issue.unit === 'HB' || issue.unit === unit)
    const hotSpot = HOT_ISSUES.has(sc.issue ?? '') && (dir === 'oppose' || dir === 'concern') && (intensity === 'high' || intensity === 'pressing')
    const askP = channel === 'unit_report' || channel === 'front' ? 0.45 : 0.25
    const ask = sc.ask && (dir === 'oppose' || dir === 'concern' || dir === 'mixed') && rng.chance(askP) ? rng.pick(sc.ask) : null
    return { sc, direction: dir, intensity, breadth, groups, latent, hotSpot, topics, issue: linked ? issue!.key : null, ask }
  }

  const sameArea = (sc: Scenario, area: number | null) => !sc.areas || (area != null && sc.areas.includes(area))
  /** 1–3 streams: the same subject seen two ways, or other subjects the same unit hears of. */
  const planStreams = (sc: Scenario, day: string, unit: string, area: number | null, channel: Channel, where: Where | 'ward', sizes: [number, number, number]): StreamPlan[] => {
    const n = 1 + Number(rng.weighted({ 0: sizes[0], 1: sizes[1], 2: sizes[2] }))
    const plans = [planStream(sc, day, unit, area, channel)]
    while (plans.length < n) {
      const used = new Set(plans.map((p) => p.sc.id))
      const otherDirs = Object.keys(sc.dir).filter((d) => !plans.some((p) => p.sc === sc && p.direction === d)) as Direction[]
      // a post, a call, a letter or a survey is about one subject; units and collaborators report several
      const oneSubject = !['unit_report', 'front', 'collaborator'].includes(channel)
      if (oneSubject && otherDirs.length === 0) break
      if ((oneSubject || rng.chance(0.45)) && otherDirs.length > 0) {
        plans.push(planStream(sc, day, unit, area, channel, rng.pick(otherDirs)))
        continue
      }
      const pool = SCENARIOS.filter((s) => !used.has(s.id) && sameArea(s, area) && (where === 'ward' || where === 'front' || s.where.includes(where as Where)))
      const weights = Object.fromEntries(pool.map((s) => [s.id, scenarioWeight(s, day, a)]))
      if (!Object.values(weights).some((w) => w > 0)) break
      const next = pickScenario(rng, weights)
      plans.push(planStream(next, day, unit, area, channel))
    }
    return plans
  }

  // -- records --
  const style = (w: Worded, channel: Channel): Worded => {
    let { title, content } = w
    if (rng.chance(0.45)) {
      title = newToneStyle(title)
      content = newToneStyle(content)
    }
    const phone = channel === 'collaborator' || channel === 'social'
    if (phone && rng.chance(channel === 'social' ? 0.25 : 0.14)) {
      content = withoutAccents(rng, content)
      title = withoutAccents(rng, title)
    } else if ((channel === 'unit_report' || channel === 'front') && rng.chance(0.08)) content = content.normalize('NFD')
    return { ...w, title, content }
  }
  const entered = (day: string, channel: Channel): string => {
    const delay = channel === 'unit_report' ? 1 + rng.int(5)
      : channel === 'collaborator' ? rng.weighted({ 0: 60, 1: 25, 3: 9, 5: 3, 10: 3 }) : channel === 'front' ? rng.int(4) : rng.int(2)
    const hour = channel === 'unit_report' ? 8 + rng.next() * 9 : 7 + rng.next() * 15
    const iso = clampAt(at(addDays(day, Number(delay)), hour))
    const start = startOfLocalDay(day).toISOString()
    return iso < start ? start : iso
  }
  const contactFor = (area: number | null): DemoContact => {
    const k = records.length
    return {
      fullName: CONTACT_NAMES[k % CONTACT_NAMES.length]!,
      phone: `0983 210 ${String(400 + (k % 100)).padStart(3, '0')}`,
      address: `Số ${3 + rng.int(90)}, ngõ ${2 + rng.int(60)} ${rng.pick(STREETS)}${area != null ? `, tổ ${area}` : ''}`,
      note: rng.pick(['Đề nghị được trả lời bằng văn bản', 'Muốn được gặp cán bộ phụ trách để trình bày trực tiếp', 'Liên hệ buổi tối sau 18 giờ']),
    }
  }
  const toRecord = (w: Worded, plans: StreamPlan[], r: { day: string; at: string; channel: Channel; unit: string; area: number | null; areaAllowed: boolean; author: string; meeting?: string; contact?: boolean }): DemoRecord | null => {
    for (let attempt = 0; ; attempt++) {
      if (!contents.has(w.content)) break
      if (attempt > 12) return null
      w = r.channel === 'voter_meeting' ? wordPetition(rng, plans[0]!, voiceOf(r)) : wordRecord(rng, plans, voiceOf(r))
    }
    contents.add(w.content)
    for (const p of plans) heard.add(p.sc.id)
    const rec: DemoRecord = {
      key: '', at: r.at, heardOn: r.day, channel: r.channel, unit: r.unit, area: r.areaAllowed && r.area != null ? areaCode(r.area) : null, author: r.author,
      meeting: r.meeting ?? null, title: w.title, content: w.content, contact: r.contact ? contactFor(r.area) : null,
      streams: plans.map((p, i) => ({
        summary: w.said[i]!.summary, topics: p.topics, direction: p.direction, intensity: p.intensity, breadth: p.breadth, groups: p.groups,
        latent: p.latent, hotSpot: p.hotSpot, proposedHandling: w.said[i]!.proposedHandling, issue: p.issue,
      })),
    }
    records.push(rec)
    sources.set(rec, plans.map((p) => p.sc.id))
    return rec
  }
  const voiceOf = (r: { channel: Channel; unit: string; area: number | null; day: string }): Voice => ({
    channel: r.channel, unit: r.unit, area: r.area, day: r.day, youth: r.unit === 'HB-DTN',
    where: r.unit.startsWith('HB-CB-KDC') ? 'kdc' : (Object.entries(UNITS).find(([, us]) => us.includes(r.unit))?.[0] as Where | undefined) ?? (r.unit.startsWith('HB-') && FRONT_UNITS.has(r.unit) ? 'front' : 'ward'),
  })
  const addRecord = (sc: Scenario, day: string, channel: Channel, placed: Placement, sizes: [number, number, number], direction?: Direction, contact = false): DemoRecord | null => {
    const v = voiceOf({ channel, unit: placed.unit, area: placed.area, day })
    let plans = planStreams(sc, day, placed.unit, placed.area, channel, v.where, sizes)
    if (direction) plans[0] = planStream(sc, day, placed.unit, placed.area, channel, direction)
    if (channel === 'hotline') plans[0] = { ...plans[0]!, direction: 'oppose', ask: null }
    let w: Worded
    if (channel === 'survey') {
      const support = planStream(sc, day, placed.unit, placed.area, channel, 'support')
      const concern = planStream(sc, day, placed.unit, placed.area, channel, 'concern')
      const s = 55 + rng.int(35)
      const c = Math.min(100 - s, 8 + rng.int(25))
      support.breadth = s >= 85 ? 'overwhelming' : s >= 60 ? 'majority' : 'many'
      concern.breadth = c >= 25 ? 'many' : 'few'
      plans = [support, concern]
      w = wordSurvey(rng, [support, concern], v, [s, c, 100 - s - c])
    } else w = wordRecord(rng, plans, v)
    return toRecord(style(w, channel), plans, { day, at: entered(day, channel), channel, ...placed, contact })
  }

  // -- A. collaborators, a few records each month --
  const months = monthsBetween(from, today)
  const suspendedFrom = addDays(today, -75)
  const endedOn = addDays(today, -100)
  const thin = { who: 'ctv-kdc08', month: months[Math.max(0, months.length - 5)]! }
  for (const c of ROSTER) {
    const until = c.status === 'ended' ? endedOn : c.status === 'suspended' ? suspendedFrom : today
    for (const m of months) {
      const first = m.first < from ? from : m.first
      const last = m.last > until ? until : m.last
      if (first > last) continue
      const share = (daysBetween(first, last) + 1) / (daysBetween(m.first, m.last) + 1)
      let n = Math.round((2 + rng.int(3)) * share)
      if (c.username === thin.who && m.first === thin.month.first) n = 1
      for (let i = 0; i < n; i++) {
        const day = pickDay(rng, first, last)
        const pool = SCENARIOS.filter((s) => (c.unit === 'HB-DTN'
          ? !s.areas && (s.where.includes('front') || s.groups.includes('thanh-nien-hoc-sinh') || s.groups.includes('cong-nhan'))
          : s.where.includes('kdc') && (!s.areas || s.areas.some((x) => c.areas.includes(x)))))
        const weights = Object.fromEntries(pool.map((s) => [s.id, scenarioWeight(s, day, a)]))
        if (!Object.values(weights).some((w) => w > 0)) continue
        const sc = pickScenario(rng, weights)
        const options = sc.areas ? sc.areas.filter((x) => c.areas.includes(x)) : c.areas
        const area = options.length > 0 ? rng.pick(options) : null
        const author = c.username ?? 'bxdd'
        const wantsContact = contactsLeft > 2 && !!sc.issue && (sc.issue === 'cho-tam' || sc.issue === 'rac-to-7') && rng.chance(0.3)
        if (wantsContact) contactsLeft--
        addRecord(sc, day, 'collaborator', { unit: c.unit, area, areaAllowed: true, author }, [70, 25, 5], undefined, wantsContact)
      }
    }
  }

  // -- B. units, the Front, the press, social media, the hotline, dialogues, surveys --
  const CHANNEL_WEIGHTS = { unit_report: 44, front: 16, social: 11, hotline: 9, press: 6, dialogue: 4, survey: 3, other: 5 }
  const generalRecord = (channel: Channel, sc: Scenario, day: string) => {
    // the life of a Party cell is reported by the cells, not discussed at public dialogues or on the hotline
    const placed = INTERNAL.has(sc.id) && channel !== 'unit_report' && channel !== 'front' ? null : place(rng, channel, sc)
    if (!placed) {
      // the subject does not suit the channel (a hotline call needs a complaint): the unit hears of it instead
      const report = placeUnitReport(rng, sc)
      return report ? addRecord(sc, day, 'unit_report', report, [35, 40, 25]) : addRecord(sc, day, 'front', frontPlacement(rng, sc), [35, 40, 25])
    }
    const sizes: [number, number, number] = channel === 'unit_report' || channel === 'front' ? [35, 40, 25] : [70, 30, 0]
    const contact = channel === 'hotline' && contactsLeft > 0 && !!sc.issue && rng.chance(0.4)
    if (contact) contactsLeft--
    return addRecord(sc, day, channel, placed, sizes, undefined, contact)
  }
  for (const m of months) {
    const first = m.first < from ? from : m.first
    const last = m.last > today ? today : m.last
    if (first > last) continue
    const share = (daysBetween(first, last) + 1) / (daysBetween(m.first, m.last) + 1)
    const n = Math.round(18 * share * MONTH_FACTOR[monthOf(m.first)]!)
    for (let i = 0; i < n; i++) {
      const day = pickDay(rng, first, last)
      const weights = Object.fromEntries(SCENARIOS.map((s) => [s.id, scenarioWeight(s, day, a)]))
      generalRecord(rng.weighted(CHANNEL_WEIGHTS) as Channel, pickScenario(rng, weights), day)
    }
  }

  // -- C. the burst after the site-clearance price announcement in tổ 5–8 --
  const gpmb = SCENARIOS.find((s) => s.id === 'gpmb-le-loi')!
  if (a.burst >= from) {
    const announce = gpmb.fact![0]!
    const notice: StreamPlan = { ...planStream(gpmb, a.burst, 'HB-CB-KDC03', 5, 'unit_report', 'unknown'), issue: null }
    toRecord({ title: 'Niêm yết dự thảo phương án bồi thường đường Lê Lợi', content: `${announce}. Chi bộ đã phân công đảng viên nắm tình hình các hộ bị ảnh hưởng.`, said: [{ text: '', summary: announce, proposedHandling: null }] },
      [notice], { day: a.burst, at: at(a.burst, 16.5), channel: 'unit_report', unit: 'HB-CB-KDC03', area: 5, areaAllowed: true, author: 'bxdd' })
    const mix = { collaborator: 10, unit_report: 6, hotline: 6, social: 8, front: 3, press: 2, dialogue: 1 }
    for (let i = 0; i < 40; i++) {
      const offset = Number(rng.weighted(Object.fromEntries(Array.from({ length: 25 }, (_, d) => [d, Math.exp(-d / 4) + 0.05]))))
      const day = addDays(a.burst, offset)
      if (day > today) continue
      const area = 5 + rng.int(4)
      const channel = rng.weighted(mix) as Channel
      const dir = rng.weighted<Direction>({ oppose: 6, concern: 3, mixed: 1 })
      let placed: Placement
      if (channel === 'collaborator') placed = { unit: kdcOf(area), area, areaAllowed: true, author: area <= 6 ? 'ctv-kdc03' : 'ctv-kdc04' }
      else if (channel === 'unit_report') placed = { unit: kdcOf(area), area, areaAllowed: true, author: 'bxdd' }
      else if (channel === 'front') placed = { unit: rng.pick(['HB-MTTQ', 'HB-HPN', 'HB-NCT']), area, areaAllowed: false, author: 'mttq' }
      else placed = { unit: 'HB', area, areaAllowed: true, author: 'bxdd' }
      const contact = (channel === 'hotline' || channel === 'collaborator') && contactsLeft > 0 && rng.chance(0.25)
      if (contact) contactsLeft--
      addRecord(gpmb, day, channel, placed, channel === 'unit_report' ? [50, 40, 10] : [75, 25, 0], channel === 'hotline' ? 'oppose' : dir, contact)
    }
  }

  // -- D. every subject is heard at least once, every issue has its streams, every channel is used --
  for (const sc of SCENARIOS) {
    if (heard.has(sc.id)) continue
    const days = daysIn(from, today).filter((d) => scenarioWeight(sc, d, a) > 0)
    if (days.length > 0) generalRecord(rng.pick(['unit_report', 'front'] as const), sc, rng.pick(days))
  }
  for (const issue of issues) {
    const sc = SCENARIOS.find((s) => s.issue === issue.key)
    if (!sc) continue
    for (let tries = 0; tries < 40 && records.filter((r) => r.streams.some((s) => s.issue === issue.key)).length < 3; tries++) {
      const days = daysIn(issue.linkFrom < from ? from : issue.linkFrom, issue.linkTo ?? today).filter((d) => scenarioWeight(sc, d, a) > 0)
      if (days.length === 0) break
      const area = issue.areas ? rng.pick(issue.areas) : sc.areas ? rng.pick(sc.areas) : 1 + rng.int(20)
      const unit = issue.unit === 'HB' ? kdcOf(area) : issue.unit
      const author = unit === 'HB-CB-KDC01' ? 'phutrach' : 'bxdd'
      const voiced = (['oppose', 'concern'] as const).filter((d) => sc.dir[d])
      addRecord(sc, rng.pick(days), 'unit_report', { unit, area, areaAllowed: true, author }, [100, 0, 0], voiced.length > 0 ? rng.pick(voiced) : undefined)
    }
  }
  for (const channel of Object.keys(CHANNEL_WEIGHTS) as Channel[]) {
    if (records.some((r) => r.channel === channel)) continue
    const sc = SCENARIOS.find((s) => s.id === 'rac-to-7')!
    generalRecord(channel, sc, pickDay(rng, from, today))
  }

  // every social group is named somewhere: a stream of a subject that concerns a missing group gets it
  for (const g of SOCIAL_GROUPS) {
    if (records.some((r) => r.streams.some((s) => s.groups.includes(g)))) continue
    const ids = new Set(SCENARIOS.filter((s) => s.groups.includes(g)).map((s) => s.id))
    const hit = records.find((r) => sources.get(r)?.some((id) => ids.has(id)))
    const i = hit ? sources.get(hit)!.findIndex((id) => ids.has(id)) : -1
    if (hit && i >= 0) hit.streams[i]!.groups.push(g)
  }

  // -- E. two voter meetings and their petitions --
  const meetings: DemoMeeting[] = []
  const meetingEvents: DemoEvent[] = []
  const meetingPlans: [string, number, string[], string, number][] = [
    ['tx-giua-nam', 160, ['so-do-dong-hoa'], 'Nhà văn hoá tổ dân phố số 9', 112],
    ['tx-cuoi-nam', 24, ['gpmb-le-loi', 'rac-to-7'], 'Hội trường UBND phường', 135],
  ]
  for (const [key, ago, forced, placeName, attendance] of meetingPlans) {
    const heldOn = saturdayBefore(addDays(today, -ago))
    if (heldOn < from) continue
    const meeting: DemoMeeting = {
      key, at: at(heldOn, 11.5), by: 'daibieu', heldOn, place: placeName, area: placeName.includes('tổ dân phố số 9') ? areaCode(9) : null,
      delegates: key === 'tx-giua-nam' ? ['Vũ Đức Thắng', 'Nguyễn Thị Thu Hà', 'Đinh Văn Quý'] : ['Vũ Đức Thắng', 'Trần Thị Ngọc Ánh', 'Đinh Văn Quý'],
      attendance,
      notes: key === 'tx-giua-nam'
        ? 'Tiếp xúc cử tri trước kỳ họp giữa năm của HĐND phường. Cử tri phát biểu 9 lượt ý kiến; các đại biểu tiếp thu, trả lời tại chỗ một số nội dung, tổng hợp 7 kiến nghị gửi UBND phường.'
        : 'Tiếp xúc cử tri trước kỳ họp cuối năm của HĐND phường. Nhiều ý kiến tập trung vào phương án bồi thường dự án mở rộng đường Lê Lợi và trạm trung chuyển rác tổ 7; tổng hợp 8 kiến nghị.',
    }
    const pool = SCENARIOS.filter((s) => s.ask && !forced.includes(s.id) && scenarioWeight(s, heldOn, a) > 0)
    const chosen = [...forced.map((id) => SCENARIOS.find((s) => s.id === id)!)]
    while (chosen.length < (key === 'tx-giua-nam' ? 7 : 8) && pool.length > 0) {
      const weights = Object.fromEntries(pool.filter((s) => !chosen.includes(s)).map((s) => [s.id, scenarioWeight(s, heldOn, a)]))
      if (Object.keys(weights).length === 0) break
      chosen.push(pickScenario(rng, weights))
    }
    const petitions: DemoRecord[] = []
    chosen.forEach((sc, i) => {
      const area = sc.areas ? rng.pick(sc.areas) : 1 + rng.int(20)
      const dir: Direction = sc.bad && rng.chance(0.65) ? 'oppose' : sc.q ? 'concern' : sc.good ? 'support' : 'oppose'
      const plan = { ...planStream(sc, heldOn, 'HB-HDND', area, 'voter_meeting', dir), latent: false }
      const r = toRecord(wordPetition(rng, plan, voiceOf({ channel: 'voter_meeting', unit: 'HB-HDND', area, day: heldOn })), [plan], {
        day: heldOn, at: new Date(Date.parse(meeting.at) + (i + 1) * 60_000).toISOString(), channel: 'voter_meeting', unit: 'HB-HDND', area,
        areaAllowed: false, author: 'daibieu', meeting: key, contact: i < forced.length && i < 2,
      })
      if (r) {
        records.splice(records.indexOf(r), 1)
        petitions.push(r)
      }
    })
    meetings.push(meeting)
    meetingEvents.push({ at: meeting.at, kind: 'meeting', meeting, petitions })
  }

  // -- keys, in the order records were entered --
  const all = [...records, ...meetingEvents.flatMap((e) => (e.kind === 'meeting' ? e.petitions : []))].sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : 0))
  all.forEach((r, i) => (r.key = `r${String(i + 1).padStart(4, '0')}`))

  const watchTopics = buildWatchTopics(a, now)
  const timeline: DemoEvent[] = [
    ...records.map((r): DemoEvent => ({ at: r.at, kind: 'record', record: r })),
    ...meetingEvents,
    ...issues.map((i): DemoEvent => ({ at: i.at, kind: 'issue', issue: i })),
    ...issues.flatMap((i) => i.steps.map((s): DemoEvent => ({ at: s.at, kind: 'issue-step', issue: i.key, step: s }))),
    ...watchTopics.map((t): DemoEvent => ({ at: t.at, kind: 'watch-topic', topic: t })),
    ...ROSTER.filter((c) => c.status === 'ended' && c.username).map((c): DemoEvent => ({ at: at(addDays(endedOn, 1), 8), kind: 'account', username: c.username!, active: false })),
    ...ROSTER.filter((c) => c.status !== 'active').map((c): DemoEvent => ({
      at: at(addDays(c.status === 'ended' ? endedOn : suspendedFrom, 1), 8.25), kind: 'roster', fullName: c.fullName, status: c.status as 'suspended' | 'ended',
    })),
  ]
  const order = (e: DemoEvent) => (e.kind === 'issue' ? 0 : e.kind === 'issue-step' ? 1 : 2)
  timeline.sort((x, y) => (x.at < y.at ? -1 : x.at > y.at ? 1 : order(x) - order(y)))

  return {
    from, to: today, setupAt,
    accounts: DEMO_EXTRA_ACCOUNTS,
    collaborators: ROSTER.map((c, i) => ({
      fullName: c.fullName, phone: c.phone, unit: c.unit, areas: c.areas.map(areaCode), groups: c.groups, username: c.username,
      decisionNo: `${150 + i}-QĐ/ĐU`, decisionOn: addDays(from, -12), contractFrom: addDays(from, -10),
      contractTo: c.status === 'ended' ? endedOn : `${Number(today.slice(0, 4)) + 1}-12-31`,
      allowanceKind: c.kind, allowanceAmount: c.kind === 'fixed' ? c.value : null, allowanceCoefficient: c.kind === 'coefficient' ? c.value : null,
      status: c.status,
    })),
    // mức lương cơ sở: Nghị định 24/2023/NĐ-CP (1 800 000 đ from 1/7/2023), Nghị định 73/2024/NĐ-CP (2 340 000 đ from 1/7/2024)
    baseSalaries: [{ amount: 1_800_000, effectiveFrom: '2023-07-01' }, { amount: 2_340_000, effectiveFrom: '2024-07-01' }],
    allowanceCondition: { minRecords: 2, requireOnTime: true },
    timeline, records: all, issues, meetings, watchTopics,
  }
}

/** One scenario drawn by weight (scenario id → weight). */
function pickScenario(rng: Rng, weights: Record<string, number>): Scenario {
  const id = rng.weighted(weights)
  return SCENARIOS.find((s) => s.id === id)!
}

// ---- placing a record ----

type Placement = { unit: string; area: number | null; areaAllowed: boolean; author: string }
const FRONT_UNITS = new Set(['HB-MTTQ', 'HB-HPN', 'HB-DTN', 'HB-CCB', 'HB-NCT', 'HB-CD'])
const INTERNAL = new Set(['sinh-hoat-chi-bo', 'dai-hoi-dang-bo', 'tinh-gon-bo-may'])

function placeUnitReport(rng: Rng, sc: Scenario): Placement | null {
  const kinds = sc.where.filter((w) => w !== 'front')
  if (kinds.length === 0) return null
  const where = rng.pick(kinds)
  if (where === 'kdc') {
    const area = sc.areas ? rng.pick(sc.areas) : 1 + rng.int(20)
    const unit = kdcOf(area)
    return { unit, area, areaAllowed: true, author: unit === 'HB-CB-KDC01' ? 'phutrach' : 'bxdd' }
  }
  return { unit: rng.pick(UNITS[where]), area: null, areaAllowed: false, author: 'bxdd' }
}

function frontPlacement(rng: Rng, sc: Scenario): Placement {
  const g = sc.groups.find((x) => FRONT_OF[x])
  const unit = g && rng.chance(0.7) ? FRONT_OF[g]! : 'HB-MTTQ'
  return { unit, area: sc.areas ? rng.pick(sc.areas) : null, areaAllowed: false, author: 'mttq' }
}

/** Where a record of this channel is filed and who enters it; null when the subject does not suit the channel. */
function place(rng: Rng, channel: Channel, sc: Scenario): Placement | null {
  const someArea = (p: number) => (sc.areas ? rng.pick(sc.areas) : rng.chance(p) ? 1 + rng.int(20) : null)
  // ward-level channels: filed at the ward (which owns every area) when they concern a tổ dân phố
  const ward = (area: number | null, otherwise: string): Placement => ({ unit: area != null ? 'HB' : otherwise, area, areaAllowed: area != null, author: 'bxdd' })
  switch (channel) {
    case 'unit_report': return placeUnitReport(rng, sc)
    case 'front': return frontPlacement(rng, sc)
    case 'dialogue': return ward(someArea(0.5), 'HB-UBND')
    case 'survey': return sc.good && (sc.fear || sc.q) ? ward(someArea(0.4), 'HB-BXDD') : null
    case 'press': case 'social': return ward(sc.areas && rng.chance(0.5) ? rng.pick(sc.areas) : null, 'HB-BXDD')
    case 'hotline': return sc.bad ? ward(someArea(0.8), 'HB-UBND') : null
    case 'other': return ward(someArea(0.5), 'HB-UBND')
    default: return null
  }
}

// ---- issues, watch topics, calendar helpers ----

function monthsBetween(from: string, to: string): { first: string; last: string }[] {
  const out: { first: string; last: string }[] = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  while (`${y}-${pad2(m)}` <= to.slice(0, 7)) {
    const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
    out.push({ first: `${y}-${pad2(m)}-01`, last: `${y}-${pad2(m)}-${pad2(lastDay)}` })
    if (m === 12) {
      m = 1
      y++
    } else m++
  }
  return out
}

function daysIn(from: string, to: string): string[] {
  const n = daysBetween(from, to) + 1
  return n > 0 ? Array.from({ length: n }, (_, i) => addDays(from, i)) : []
}

/** The latest of these month-days (of this year or the last) that leaves `after` days before today and lies after `from`. */
function latest(a: Anchors, monthDays: string[], after: number): string | null {
  const year = Number(a.today.slice(0, 4))
  const candidates = [year, year - 1].flatMap((y) => monthDays.map((md) => `${y}-${md}`))
    .filter((d) => daysBetween(d, a.today) >= after && daysBetween(a.from, d) >= 30).sort()
  return candidates.at(-1) ?? null
}

function buildIssues(a: Anchors, now: Date): DemoIssue[] {
  const t = (ago: number, hour = 9) => at(addDays(a.today, -ago), hour)
  const d = (ago: number) => addDays(a.today, -ago)
  const out: DemoIssue[] = []
  const add = (i: DemoIssue) => {
    if (i.at.slice(0, 10) >= a.from && i.steps.every((s) => s.at < now.toISOString())) out.push(i)
  }
  const burstAgo = daysBetween(a.burst, a.today)
  add({
    key: 'gpmb-le-loi', title: 'Giá bồi thường, hỗ trợ giải phóng mặt bằng dự án mở rộng đường Lê Lợi', topic: 'dat-dai', unit: 'HB', hotSpot: true,
    description: 'Sau khi niêm yết dự thảo phương án bồi thường, nhiều hộ tổ 5, 6, 7, 8 phản ánh giá bồi thường đất ở thấp hơn nhiều so với giá thị trường, phần nhà xây thêm chỉ được hỗ trợ; đề nghị định giá lại và hoàn thiện hạ tầng khu tái định cư trước khi bàn giao mặt bằng.',
    at: t(burstAgo - 1, 10), by: 'bxdd', status: 'referred', linkFrom: a.burst, linkTo: null, areas: [5, 6, 7, 8],
    steps: [
      { act: 'watch', at: t(burstAgo - 2, 8.5), by: 'bxdd' },
      { act: 'refer', at: t(burstAgo - 20, 14), by: 'bxdd', toUnit: 'HB-UBND', toAgency: null, dueOn: addDays(a.today, 10),
        note: 'Đề nghị UBND phường chủ trì, phối hợp Ban quản lý dự án rà soát đơn giá bồi thường, trả lời các hộ trước khi trình phê duyệt phương án.' },
    ],
  })
  add({
    key: 'rac-to-7', title: 'Trạm trung chuyển rác tổ 7 gây mùi hôi, nước rỉ rác tràn ra đường', topic: 'moi-truong', unit: 'HB', hotSpot: true,
    description: 'Cư dân quanh trạm trung chuyển rác tổ 7 phản ánh nhiều lần về mùi hôi, ruồi nhặng, xe thu gom tập kết muộn; đề nghị di dời trạm, tăng tần suất thu gom và khử mùi.',
    at: t(85), by: 'bxdd', status: 'referred', linkFrom: d(150), linkTo: null, areas: [7, 8],
    steps: [
      { act: 'watch', at: t(84, 8.5), by: 'bxdd' },
      { act: 'refer', at: t(55, 15), by: 'bxdd', toUnit: null, toAgency: 'Công ty TNHH MTV Môi trường đô thị', dueOn: d(25),
        note: 'Đề nghị Công ty kiểm tra, khắc phục tình trạng nước rỉ rác, điều chỉnh giờ tập kết và báo cáo phương án di dời trạm trung chuyển.' },
    ],
  })
  const rain = latest(a, ['06-15', '07-20', '08-25', '09-20', '10-05'], 20)
  if (rain) {
    add({
      key: 'ngap-tran-phu', title: 'Ngập úng đường Trần Phú, ngõ 42 sau mưa lớn', topic: 'moi-truong', unit: 'HB', hotSpot: false,
      description: 'Sau các trận mưa lớn, đường Trần Phú đoạn qua tổ 13, tổ 14 và ngõ 42 ngập sâu 40–50 cm, nước tràn vào nhà dân; cống thoát nước bị bồi lắng.',
      at: at(rain, 9), by: 'bxdd', status: 'answered', linkFrom: addDays(rain, -30), linkTo: null, areas: [13, 14],
      steps: [
        { act: 'refer', at: at(addDays(rain, 1), 10), by: 'bxdd', toUnit: 'HB-UBND', toAgency: null, dueOn: addDays(rain, 16), note: 'Đề nghị UBND phường kiểm tra hệ thống thoát nước khu vực tổ 13, 14 và trả lời cử tri.' },
        { act: 'answer', at: at(addDays(rain, 13), 16), by: 'bxdd', public: true,
          text: 'UBND phường đã phối hợp đơn vị quản lý thoát nước nạo vét 650 m cống dọc đường Trần Phú và ngõ 42, thay 6 nắp hố ga bị vỡ, lắp thêm 2 cửa thu nước tại điểm trũng trước số nhà 118. Trong mùa mưa, phường bố trí máy bơm di động và lực lượng dân quân trực tại tổ 13 khi có mưa lớn. Dự án cải tạo tuyến cống chính đường Trần Phú đã được đưa vào kế hoạch đầu tư công năm tới; phường sẽ thông báo tiến độ tại các hội nghị tổ dân phố.' },
      ],
    })
  }
  add({
    key: 'so-do-dong-hoa', title: 'Chậm cấp giấy chứng nhận quyền sử dụng đất cho hộ tái định cư Đồng Hoà', topic: 'dat-dai', unit: 'HB', hotSpot: false,
    description: 'Nhiều hộ khu tái định cư Đồng Hoà đã nhận đất hơn ba năm nhưng chưa được cấp giấy chứng nhận, không thể thế chấp, sang tên.',
    at: t(210), by: 'bxdd', status: 'answered', linkFrom: d(270), linkTo: null, areas: [17, 18],
    steps: [
      { act: 'refer', at: t(205, 14), by: 'bxdd', toUnit: null, toAgency: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực', dueOn: d(180), note: 'Đề nghị cho biết vướng mắc và thời hạn cấp giấy chứng nhận cho các hộ tái định cư Đồng Hoà.' },
      { act: 'answer', at: t(176, 15), by: 'bxdd', public: true,
        text: 'Chi nhánh Văn phòng Đăng ký đất đai khu vực cho biết: hồ sơ của 112 hộ tái định cư Đồng Hoà chậm do dự án chưa hoàn thành thủ tục nghiệm thu hạ tầng. Thủ tục này đã xong; Chi nhánh tổ chức tiếp nhận, hướng dẫn hồ sơ tại nhà văn hoá tổ 17 vào các sáng thứ bảy và trả giấy chứng nhận theo từng đợt, đợt đầu 46 hộ. Các hộ không phải nộp thêm tiền sử dụng đất đối với diện tích được giao theo phương án tái định cư.' },
    ],
  })
  add({
    key: 'cho-tam', title: 'Chợ tạm lấn chiếm lòng đường Quang Trung', topic: 'kt-xh', unit: 'HB-CB-KDC01', hotSpot: false,
    description: 'Trong thời gian xây lại chợ Hoà Bình, chợ tạm trên đường Quang Trung lấn ra lòng đường, mất an toàn giao thông giờ tan học, mất vệ sinh.',
    at: t(310), by: 'phutrach', status: 'closed', linkFrom: a.from, linkTo: addDays(a.marketClosed, -1), areas: [1, 2],
    steps: [
      { act: 'watch', at: t(308, 8.5), by: 'phutrach' },
      { act: 'refer', at: t(300, 10), by: 'bxdd', toUnit: 'HB-UBND', toAgency: null, dueOn: d(288), note: 'Đề nghị UBND phường sắp xếp lại chợ tạm, bảo đảm trật tự, an toàn giao thông.' },
      { act: 'answer', at: t(291, 16), by: 'bxdd', public: true,
        text: 'UBND phường đã sắp xếp lại chợ tạm: các hộ kinh doanh ngồi gọn trên vỉa hè phía bên phải đường Quang Trung, kẻ vạch giới hạn, bố trí tổ trật tự trực giờ cao điểm và thu gom rác sau mỗi buổi chợ. Chợ Hoà Bình dự kiến hoàn thành, đưa vào sử dụng trong năm tới; việc bốc thăm ki-ốt sẽ được công khai.' },
      { act: 'close', at: t(270, 9), by: 'bxdd', reason: null },
    ],
  })
  const school = latest(a, ['09-12'], 30)
  if (school) {
    add({
      key: 'bhyt-hoc-sinh', title: 'Thu bảo hiểm y tế học sinh đầu năm học', topic: 'giao-duc', unit: 'HB', hotSpot: false,
      description: 'Phụ huynh phản ánh việc vận động mua bảo hiểm y tế học sinh cả năm một lần, kể cả học sinh đã có thẻ theo bố mẹ.',
      at: at(school, 9), by: 'bxdd', status: 'closed', linkFrom: addDays(school, -25), linkTo: addDays(school, 19), areas: null,
      steps: [
        { act: 'refer', at: at(addDays(school, 1), 14), by: 'bxdd', toUnit: 'HB-CB-THCS', toAgency: null, dueOn: addDays(school, 11), note: 'Đề nghị nhà trường rà soát, hướng dẫn phụ huynh đúng quy định.' },
        { act: 'answer', at: at(addDays(school, 8), 16), by: 'bxdd', public: false,
          text: 'Nhà trường đã thông báo lại: học sinh đã có thẻ bảo hiểm y tế theo hộ gia đình hoặc theo bố mẹ không phải mua lại; phụ huynh được đóng theo hai đợt.' },
        { act: 'close', at: at(addDays(school, 20), 9), by: 'bxdd', reason: null },
      ],
    })
  }
  add({
    key: 'tin-don-bat-coc', title: 'Tin đồn bắt cóc trẻ em ở cổng trường', topic: 'khac', unit: 'HB', hotSpot: false,
    description: 'Tin đồn trên nhóm Zalo phụ huynh về việc trẻ em bị bắt cóc ở cổng trường gây hoang mang.',
    at: t(165), by: 'bxdd', status: 'closed', linkFrom: d(175), linkTo: d(141), areas: null,
    steps: [
      { act: 'watch', at: t(164, 8.5), by: 'bxdd' },
      { act: 'close', at: t(140, 10), by: 'bxdd', reason: 'Công an phường đã xác minh, thông tin là tin đồn thất thiệt; dư luận đã lắng xuống.' },
    ],
  })
  add({
    key: 'lua-dao-mang', title: 'Lừa đảo qua mạng, giả danh công an, ngân hàng', topic: 'ttatxh', unit: 'HB', hotSpot: false,
    description: 'Các cuộc gọi, tin nhắn giả danh công an, ngân hàng, điện lực nhắm vào người cao tuổi; đã có người bị chiếm đoạt tiền.',
    at: t(130), by: 'bxdd', status: 'watching', linkFrom: d(180), linkTo: null, areas: null,
    steps: [{ act: 'watch', at: t(129, 8.5), by: 'bxdd' }],
  })
  add({
    key: 'gia-thuc-pham', title: 'Giá thực phẩm, hàng tiêu dùng tăng ảnh hưởng đời sống', topic: 'doi-song', unit: 'HB', hotSpot: false,
    description: 'Giá thịt lợn, rau xanh và một số mặt hàng thiết yếu tăng, hộ thu nhập thấp và công nhân thuê trọ gặp khó khăn.',
    at: t(40), by: 'bxdd', status: 'watching', linkFrom: d(75), linkTo: null, areas: null,
    steps: [{ act: 'watch', at: t(39, 8.5), by: 'bxdd' }],
  })
  add({
    key: 'karaoke-to-11', title: 'Tiếng ồn karaoke đêm khuya ở tổ 11, tổ 12', topic: 'moi-truong', unit: 'HB', hotSpot: false,
    description: 'Quán karaoke đầu ngõ 7 Lý Thường Kiệt và một số hộ hát karaoke đến khuya, ảnh hưởng sinh hoạt của người dân.',
    at: t(6, 10), by: 'bxdd', status: 'new', linkFrom: d(40), linkTo: null, areas: [11, 12], steps: [],
  })
  add({
    key: 'sap-nhap-tdp', title: 'Băn khoăn về việc sắp xếp, sáp nhập tổ dân phố', topic: 'chinh-quyen', unit: 'HB', hotSpot: false,
    description: 'Dư luận tiềm ẩn ở các tổ 17–20 về việc sáp nhập tổ dân phố: nhà văn hoá, quỹ của tổ, cán bộ tổ dân phố lâu năm.',
    at: t(3, 10), by: 'bxdd', status: 'new', linkFrom: d(45), linkTo: null, areas: null, steps: [],
  })
  return out
}

/** The topics to watch (nội dung cần nắm bắt) the focal board set for the current and the previous month. */
function buildWatchTopics(a: Anchors, now: Date): DemoWatchTopic[] {
  const out: DemoWatchTopic[] = []
  const thisMonth = a.today.slice(0, 7)
  const [y, m] = thisMonth.split('-').map(Number) as [number, number]
  const prevMonth = m === 1 ? `${y - 1}-12` : `${y}-${pad2(m - 1)}`
  for (const month of [prevMonth, thisMonth]) {
    const mm = Number(month.slice(5))
    let day = `${month}-01`
    while (dayOfWeek(day) === 0 || dayOfWeek(day) === 6) day = addDays(day, 1)
    let when = at(day, 8.5)
    if (when >= now.toISOString()) when = new Date(now.getTime() - 5 * 60_000).toISOString()
    const items: [string, string, Topic[]][] = []
    if (daysBetween(a.burst, `${month}-01`) > -40 && daysBetween(a.burst, `${month}-01`) < 100)
      items.push(['Dư luận các hộ bị ảnh hưởng bởi dự án mở rộng đường Lê Lợi', 'Tâm trạng, ý kiến của các hộ tổ 5–8 về phương án bồi thường, hỗ trợ, tái định cư; các ý kiến có nguy cơ phát sinh khiếu kiện đông người.', ['dat-dai', 'chinh-quyen']])
    if ([12, 1, 2].includes(mm)) items.push(['Tình hình Nhân dân trước, trong và sau Tết Nguyên đán', 'Giá cả, việc chăm lo Tết cho hộ nghèo, gia đình chính sách, thưởng Tết của công nhân; pháo nổ; công tác tuyển quân.', ['doi-song', 'qp-an']])
    if ([5, 6, 7, 8].includes(mm)) items.push(['Dư luận về tuyển sinh đầu cấp', 'Phân tuyến tuyển sinh lớp 6 Trường THCS Lê Lợi, thi vào lớp 10, chỗ học mầm non.', ['giao-duc']])
    if ([7, 8, 9, 10].includes(mm)) items.push(['Ngập úng, phòng chống mưa bão', 'Các điểm ngập trên đường Trần Phú, ngõ 42; nhà xuống cấp, cây xanh có nguy cơ gãy đổ; dịch sốt xuất huyết.', ['moi-truong', 'y-te']])
    if ([8, 9, 10].includes(mm)) items.push(['Các khoản thu đầu năm học', 'Bảo hiểm y tế học sinh, quỹ lớp, quỹ hội phụ huynh, vận động tài trợ.', ['giao-duc']])
    if ([10, 11].includes(mm)) items.push(['Ngày hội Đại đoàn kết toàn dân tộc và việc sắp xếp tổ dân phố', 'Ý kiến của Nhân dân về tổ chức ngày hội ở khu dân cư; dư luận, kể cả dư luận tiềm ẩn, về việc sáp nhập tổ dân phố.', ['mttq-doan-the', 'chinh-quyen']])
    if ([11, 12, 1].includes(mm)) items.push(['Trộm cắp, cháy nổ dịp cuối năm', 'Mất trộm xe máy, phòng cháy ở nhà trọ, nhà ống, sạc xe điện qua đêm.', ['ttatxh']])
    items.push(['Giá cả, việc làm và đời sống của Nhân dân', 'Giá thực phẩm, giá điện; việc làm của công nhân Công ty Cảng Xanh, Công ty Cơ khí Hoà Bình.', ['doi-song', 'kt-xh']])
    items.push(['Thủ đoạn lừa đảo qua mạng', 'Các thủ đoạn giả danh công an, ngân hàng, điện lực; người cao tuổi bị lừa; hiệu quả tuyên truyền.', ['ttatxh']])
    items.slice(0, 5).forEach(([title, description, topics], position) => out.push({ at: when, by: 'bxdd', unit: 'HB', month, title, description, topics, position }))
  }
  return out
}
