/**
 * How the demo's records are worded: a seeded random source, who speaks ("nhiều hộ dân tổ 7", "một số đảng viên"),
 * sentence frames by direction and intensity, the voice of each channel (a collaborator's quick note, a cell's
 * monthly report, a voter's petition, a hotline call, a Zalo post), and how people type (no accents on a phone,
 * decomposed Unicode from an old keyboard driver, "hòa" or "hoà"). Pure: no I/O, no clock.
 */
import type { Breadth, Channel, Direction, Intensity, SocialGroup, Topic } from '../../shared/enums.ts'
import type { Scenario, Where } from './demo-scenarios.ts'

// ---- random source ----

/** A seeded pseudo-random source (mulberry32 over an FNV-1a hash of the seed): the same seed, the same demo. */
export type Rng = {
  next(): number
  int(n: number): number
  pick<T>(items: readonly T[]): T
  chance(p: number): boolean
  weighted<K extends string>(weights: Partial<Record<K, number>>): K
}

export function makeRng(seed: string): Rng {
  let h = 0x811c9dc5
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193)
  let a = h >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const rng: Rng = {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[Math.floor(next() * items.length)]!
    },
    chance: (p) => next() < p,
    weighted: (weights) => {
      const entries = Object.entries(weights).filter(([, w]) => (w as number) > 0) as [string, number][]
      const total = entries.reduce((s, [, w]) => s + w, 0)
      let r = next() * total
      for (const [k, w] of entries) if ((r -= w) < 0) return k as never
      return entries[entries.length - 1]![0] as never
    },
  }
  return rng
}

// ---- small text helpers ----

export const capFirst = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s)
// words that keep their capital inside a sentence ("Nhân dân", "Uỷ ban", "Đoàn Thanh niên")
const KEEP_CAPITAL = /^(Uỷ|Ủy|UBND|MTTQ|Đoàn|Hội|Đảng|Nhân|Trạm|Trường|Công ty|Chi nhánh|Ban|Giáo họ|Khu)\b/
export const lowerFirst = (s: string) => (KEEP_CAPITAL.test(s) ? s : s ? s[0]!.toLowerCase() + s.slice(1) : s)
const endSentence = (s: string) => (/[.!?…:]$/.test(s) ? s : `${s}.`)

// ---- who speaks ----

const QUANTIFIERS: Record<Breadth, readonly string[]> = {
  few: ['một số', 'một vài', 'một bộ phận'],
  many: ['nhiều', 'không ít'],
  majority: ['đa số', 'phần lớn'],
  overwhelming: ['hầu hết', 'tuyệt đại đa số'],
}

const GROUP_NOUNS: Record<SocialGroup, readonly string[]> = {
  'can-bo-dang-vien': ['đảng viên', 'cán bộ, đảng viên', 'đảng viên cao tuổi', 'cán bộ hưu trí'],
  'cong-nhan': ['công nhân', 'người lao động', 'công nhân thuê trọ'],
  'nong-dan': ['hộ còn đất canh tác', 'hộ trồng rau màu'],
  'tri-thuc': ['giáo viên', 'cán bộ hưu trí', 'người làm chuyên môn'],
  'doanh-nhan': ['chủ doanh nghiệp', 'hộ kinh doanh', 'chủ cơ sở sản xuất'],
  'thanh-nien-hoc-sinh': ['đoàn viên thanh niên', 'bạn trẻ', 'thanh niên'],
  'phu-nu': ['chị em phụ nữ', 'hội viên phụ nữ', 'chị em'],
  'cuu-chien-binh': ['hội viên cựu chiến binh', 'cựu chiến binh'],
  'nguoi-cao-tuoi': ['người cao tuổi', 'cụ cao tuổi', 'hội viên người cao tuổi'],
  'ton-giao': ['giáo dân', 'phật tử', 'đồng bào có đạo'],
  'dan-toc-thieu-so': ['công nhân người dân tộc thiểu số'],
  'tieu-thuong': ['tiểu thương', 'hộ buôn bán', 'hộ kinh doanh nhỏ'],
}
const PEOPLE = ['hộ dân', 'người dân', 'bà con', 'hộ gia đình', 'cư dân']

/** Where the speaker is heard, as the speaker's voice needs it. */
export type Voice = {
  channel: Channel
  where: Where | 'ward'
  unit: string
  /** tổ dân phố number, or null */
  area: number | null
  day: string
  /** a collaborator of the youth union speaks of "đoàn viên", a unit report of "đảng viên" and "Nhân dân" */
  youth?: boolean
}

function place(rng: Rng, v: Voice): string {
  if (v.area == null) return ''
  return rng.pick([` tổ ${v.area}`, ` ở tổ dân phố số ${v.area}`, ` tổ dân phố ${v.area}`, ` trên địa bàn tổ ${v.area}`, ''])
}

function subject(rng: Rng, sc: Scenario, breadth: Breadth, groups: readonly SocialGroup[], v: Voice): string {
  const q = rng.pick(QUANTIFIERS[breadth])
  if (v.channel === 'social') return rng.pick(breadth === 'few' ? ['một số tài khoản', 'có bình luận', 'một vài thành viên nhóm'] : [`${q} bình luận`, `${q} thành viên nhóm`, `${q} ý kiến bình luận`])
  if (v.channel === 'press') return rng.pick([`${q} ý kiến bạn đọc`, `${q} bình luận dưới bài viết`, 'bạn đọc'])
  const r = rng.next()
  if (sc.who && r < 0.4) {
    const who = rng.pick(sc.who)
    return who.startsWith('các ') ? who : `${q} ${who}`
  }
  if (groups.length > 0 && r < 0.75) return `${q} ${rng.pick(GROUP_NOUNS[rng.pick(groups)])}${place(rng, v)}`
  if (breadth === 'few' && rng.chance(0.3)) return rng.pick(['có ý kiến', 'một số ý kiến'])
  if (breadth === 'many' && rng.chance(0.2)) return 'nhiều ý kiến'
  if (v.area != null && rng.chance(0.25)) return `bà con tổ ${v.area}`
  if (v.where === 'kdc' && rng.chance(0.15)) return `${q} ${rng.pick(['cán bộ, đảng viên và Nhân dân', 'quần chúng Nhân dân'])}${place(rng, v)}`
  return `${q} ${rng.pick(PEOPLE)}${place(rng, v)}`
}

// ---- what they say, by direction ----

const SUPPORT_VERBS: Record<Intensity, readonly string[]> = {
  low: ['đồng tình với', 'ủng hộ', 'nhất trí với'],
  medium: ['đồng tình với', 'hoan nghênh', 'ủng hộ', 'đánh giá cao'],
  high: ['rất phấn khởi trước', 'đồng tình cao với', 'đánh giá rất cao', 'nhiệt liệt hoan nghênh'],
  pressing: ['rất phấn khởi trước', 'đồng tình cao với'],
}
const OPPOSE_VERBS: Record<Intensity, readonly string[]> = {
  low: ['phàn nàn vì', 'chưa hài lòng vì', 'có ý kiến cho rằng'],
  medium: ['không đồng tình vì', 'phản ánh', 'cho rằng', 'chưa đồng tình vì'],
  high: ['bức xúc vì', 'phản đối vì', 'bức xúc phản ánh', 'tỏ ra bức xúc khi'],
  pressing: ['rất bức xúc vì', 'hết sức bức xúc, cho rằng', 'bức xúc gay gắt vì', 'kiên quyết không đồng ý vì'],
}
const FEAR_VERBS: Record<Intensity, readonly string[]> = {
  low: ['có phần lo', 'băn khoăn vì', 'e ngại'],
  medium: ['lo ngại', 'lo lắng', 'băn khoăn vì', 'lo'],
  high: ['rất lo ngại', 'hết sức lo lắng vì', 'rất lo'],
  pressing: ['rất lo ngại', 'hoang mang, lo lắng vì'],
}
const QUESTION_VERBS = ['băn khoăn không biết', 'hỏi', 'chưa rõ', 'muốn biết', 'thắc mắc không biết', 'đặt câu hỏi']
const AGENTS = ['phường', 'UBND phường', 'chính quyền', 'cấp có thẩm quyền', 'các cơ quan chức năng']
const PRESSING_TAILS = ['Đề nghị cấp có thẩm quyền sớm xem xét, giải quyết dứt điểm.', 'Bà con nói đã kiến nghị nhiều lần mà chưa thấy chuyển biến.']
// what a pressing complaint about land or the environment may turn into
const MASS_COMPLAINT_TAILS = ['Nếu không được giải quyết, bà con có thể làm đơn gửi lên thành phố.', 'Đây là vấn đề kéo dài, dễ phát sinh khiếu kiện đông người.']
const tailsFor = (topic: Topic | undefined) => (topic === 'dat-dai' || topic === 'moi-truong' ? [...PRESSING_TAILS, ...MASS_COMPLAINT_TAILS] : PRESSING_TAILS)
const LATENT_LEADS = ['Tuy chưa nói ra ở các cuộc họp nhưng ', 'Chưa thành ý kiến công khai, song ', 'Qua trò chuyện riêng, ', 'Âm ỉ trong một bộ phận Nhân dân: ']

/** One opinion stream before it is put into words. */
export type StreamPlan = {
  sc: Scenario
  direction: Direction
  intensity: Intensity
  breadth: Breadth
  groups: SocialGroup[]
  latent: boolean
  hotSpot: boolean
  topics: Topic[]
  /** the issue key the stream is linked to, decided by the timeline */
  issue: string | null
  /** a proposal in the text, also the stream's proposed handling */
  ask: string | null
}

export type Said = { text: string; summary: string; proposedHandling: string | null }

/** A phrase not yet used in this record when there is one ("used" collects what the record already says). */
function fresh(rng: Rng, items: readonly string[], used: Set<string>): string {
  const unused = items.filter((x) => !used.has(x))
  const x = rng.pick(unused.length > 0 ? unused : items)
  used.add(x)
  return x
}

/** Puts one stream into a sentence (or two); `lead` is a context clause it continues ("Qua trò chuyện với bà con tổ 5, "). */
export function sayStream(rng: Rng, p: StreamPlan, v: Voice, lead = '', used = new Set<string>()): Said {
  const sc = p.sc
  const S = subject(rng, sc, p.breadth, p.groups, v)
  let body: string
  let summary: string
  switch (p.direction) {
    case 'support': {
      const g = fresh(rng, sc.good!, used)
      const frame = rng.int(4)
      if (frame === 0 && !lead) body = `${capFirst(g)} được ${S} ${rng.pick(['đồng tình, ủng hộ', 'đánh giá cao', 'hoan nghênh'])}`
      else if (frame === 1) body = `${S} bày tỏ sự đồng tình với ${g}`
      else body = `${S} ${rng.pick(SUPPORT_VERBS[p.intensity])} ${g}`
      summary = `${rng.pick(['Đồng tình với', 'Hoan nghênh', 'Ủng hộ'])} ${g}`
      break
    }
    case 'oppose': {
      const b = fresh(rng, sc.bad!, used)
      body = p.intensity === 'pressing' && rng.chance(0.2) ? `${S} bức xúc, có ý kiến gay gắt cho rằng ${b}` : `${S} ${rng.pick(OPPOSE_VERBS[p.intensity])} ${b}`
      summary = capFirst(b)
      break
    }
    case 'concern': {
      const useQ = sc.q && (!sc.fear || rng.chance(0.45))
      if (useQ) {
        const q = fresh(rng, sc.q!, used)
        body = `${S} ${rng.pick(QUESTION_VERBS)} ${q}`
        summary = `Băn khoăn ${q}`
      } else {
        const f = fresh(rng, sc.fear!, used)
        body = rng.chance(0.2) ? `${S} băn khoăn về ${sc.noun}, lo ${f}` : `${S} ${rng.pick(FEAR_VERBS[p.intensity])} ${f}`
        summary = `Lo ngại ${f}`
      }
      break
    }
    case 'mixed': {
      const g = fresh(rng, sc.good!, used)
      const worries: [string, string][] = [
        ...(sc.q ?? []).map((q): [string, string] => [q, `vẫn còn băn khoăn ${q}`]),
        ...(sc.fear ?? []).map((f): [string, string] => [f, `vẫn lo ${f}`]),
        ...(sc.bad ?? []).map((b): [string, string] => [b, `cho rằng ${b}`]),
      ]
      const unused = worries.filter(([k]) => !used.has(k))
      const [key, w] = rng.pick(unused.length > 0 ? unused : worries)
      used.add(key)
      body = rng.chance(0.35) && !lead
        ? `Bên cạnh ý kiến đồng tình với ${g}, ${S} ${w}`
        : `${S} ${rng.pick(['cơ bản đồng tình với', 'ủng hộ', 'đồng tình với'])} ${g}${rng.pick([', tuy nhiên ', ' nhưng ', '; song '])}${w}`
      summary = `Đồng tình với ${g} nhưng ${w.replace(/^vẫn (còn )?/, 'còn ')}`
      break
    }
    default: {
      const f = fresh(rng, sc.fact!, used)
      body = lead ? lowerFirst(f) : rng.chance(0.3) ? `Trong tháng, ${lowerFirst(f)}` : f
      summary = f
    }
  }
  if (p.latent) body = rng.pick(LATENT_LEADS) + lowerFirst(body)
  let text = lead ? lead + lowerFirst(body) : capFirst(body)
  let proposedHandling: string | null = null
  if (p.ask && !used.has(p.ask)) {
    used.add(p.ask)
    const agent = rng.pick(AGENTS)
    proposedHandling = `Đề nghị ${agent} ${p.ask}`
    text += rng.pick([`, đề nghị ${agent} ${p.ask}`, `. Đề nghị ${agent} ${p.ask}`, `. Bà con mong ${agent} ${p.ask}`, `; kiến nghị ${agent} ${p.ask}`])
  }
  text = endSentence(text)
  if (p.intensity === 'pressing' && p.direction === 'oppose' && rng.chance(0.5)) text += ` ${rng.pick(tailsFor(p.topics[0]))}`
  return { text, summary: clip(summary, 240), proposedHandling }
}

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).replace(/[\s,;]+\S*$/, '')}…`)

// ---- the voice of each channel ----

const KDC_LEADS = (v: Voice, month: number, year: number) => [
  'Tình hình tư tưởng cán bộ, đảng viên và Nhân dân trên địa bàn cơ bản ổn định. ',
  'Đảng viên, quần chúng trong khu dân cư tin tưởng vào sự lãnh đạo của Đảng uỷ phường. ',
  `Qua họp tổ dân phố tháng ${month}, `,
  'Qua các đồng chí đảng viên phụ trách hộ, ',
  `Qua sinh hoạt chi bộ tháng ${month}, `,
  `Trong tháng ${month}/${year}, chi bộ nắm bắt được một số ý kiến sau:`,
  'Tại buổi sinh hoạt chi bộ định kỳ, ',
  'Qua nắm tình hình từ các tổ trưởng tổ dân phố, ',
  v.area != null ? `Qua nắm bắt tại tổ dân phố số ${v.area}, ` : 'Qua nắm bắt tại các tổ dân phố, ',
]
const UNIT_LEADS: Record<string, readonly string[]> = {
  school: ['Qua họp phụ huynh, ', 'Qua trao đổi với phụ huynh và giáo viên, ', 'Tư tưởng cán bộ, giáo viên, nhân viên nhà trường ổn định. '],
  health: ['Qua công tác khám, chữa bệnh tại trạm, ', 'Tư tưởng cán bộ, nhân viên trạm ổn định. '],
  police: ['Qua công tác nắm tình hình địa bàn, ', 'Qua tiếp nhận tin báo của quần chúng, '],
  army: ['Qua công tác tuyển quân và huấn luyện dân quân, ', 'Tư tưởng cán bộ, chiến sĩ dân quân ổn định. '],
  enterprise: ['Qua nắm bắt tư tưởng công nhân, người lao động, ', 'Tình hình sản xuất, kinh doanh của công ty còn một số khó khăn. '],
  office: ['Qua sinh hoạt chi bộ cơ quan, ', 'Tư tưởng cán bộ, công chức cơ quan cơ bản ổn định. '],
}
const FRONT_LEADS: Record<string, readonly string[]> = {
  'HB-HPN': ['Qua sinh hoạt các chi hội phụ nữ, ', 'Hội Liên hiệp Phụ nữ phường tổng hợp ý kiến hội viên:'],
  'HB-CCB': ['Qua sinh hoạt chi hội cựu chiến binh, ', 'Hội Cựu chiến binh phường nắm bắt: '],
  'HB-NCT': ['Tại buổi sinh hoạt câu lạc bộ người cao tuổi, ', 'Qua các chi hội người cao tuổi, '],
  'HB-DTN': ['Qua sinh hoạt chi đoàn, ', 'Đoàn phường nắm bắt tư tưởng đoàn viên, thanh niên: '],
  'HB-CD': ['Qua nắm bắt ý kiến đoàn viên công đoàn, ', 'Công đoàn phường tổng hợp ý kiến người lao động: '],
  'HB-MTTQ': ['Qua các Ban công tác Mặt trận ở khu dân cư, ', 'Uỷ ban MTTQ phường tổng hợp ý kiến từ các Ban công tác Mặt trận:', 'Qua sinh hoạt của Ban công tác Mặt trận, '],
}
const WEEKDAYS = ['chủ nhật', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy']
const COLLAB_LEADS = (v: Voice) => {
  const dow = WEEKDAYS[new Date(`${v.day}T00:00:00Z`).getUTCDay()]!
  const here = v.area != null ? `tổ ${v.area}` : 'khu dân cư'
  return [
    `Qua trò chuyện với bà con ${here}, `, 'Sáng nay ở chợ, ', `Sáng ${dow} ở chợ tạm, `, `Tối ${dow} họp tổ dân phố, `, 'Mấy hôm nay ',
    'Đi vận động quỹ khuyến học, em thấy ', 'Ngồi quán nước đầu ngõ nghe ', 'Chiều nay ', 'Hôm qua đi sinh hoạt chi hội, ',
    'Tranh thủ lúc tập thể dục sáng ở vườn hoa, ', 'Nói chuyện với mấy chị bán hàng đầu ngõ, ', `Đi phát giấy mời họp ${here}, `,
    'Đi thăm mấy cụ ốm trong tổ, ', 'Ở cổng trường lúc đón con, ', `Chiều ${dow} đi đám hiếu ở ${here}, `, 'Qua nhóm Zalo của tổ, ',
    'Hôm nay đi thu tiền vệ sinh, ', 'Buổi sáng ở quán phở đầu phố, ', 'Cuối tuần đi họp chi hội phụ nữ, ',
  ]
}
const YOUTH_LEADS = [
  'Qua sinh hoạt chi đoàn, ', 'Trao đổi với đoàn viên, ', 'Trên nhóm Zalo của chi đoàn, ', 'Đi tình nguyện cuối tuần, ', 'Ở khu nhà trọ công nhân tối qua, ',
  'Qua buổi giao lưu với thanh niên công nhân, ', 'Đá bóng với anh em thanh niên chiều qua, ', 'Trên fanpage của Đoàn phường, ',
]
const COLLAB_ENDS = [
  'Em báo cáo để chi bộ nắm.', 'Báo cáo để các đồng chí biết.', 'Tôi đã giải thích bước đầu nhưng bà con vẫn chưa yên tâm.',
  'Đề nghị cấp trên sớm có thông tin chính thức.', 'Sẽ tiếp tục nắm thêm và báo cáo.', 'Nhờ phường quan tâm.', 'Bà con nhờ chuyển ý kiến lên phường.',
]
const REPORT_ENDS = [
  'Chi bộ đã chỉ đạo đảng viên tuyên truyền, giải thích để Nhân dân hiểu, đồng thuận.', 'Đề nghị Đảng uỷ, UBND phường quan tâm chỉ đạo giải quyết.',
  'Chi bộ tiếp tục theo dõi, nắm bắt và báo cáo kịp thời.', 'Đảng viên trong chi bộ tiếp tục bám nắm địa bàn, báo cáo khi có diễn biến mới.',
]
const DIALOGUE_ENDS = [
  'Đồng chí Chủ tịch UBND phường đã trả lời, làm rõ một số nội dung thuộc thẩm quyền.',
  'Các ý kiến chưa trả lời tại hội nghị được giao bộ phận chuyên môn nghiên cứu, trả lời bằng văn bản.',
]
const JOINERS = [' ', ' Bên cạnh đó, ', ' Ngoài ra, ', ' Đồng thời, ']

/** A record put into words: title, content and each stream's summary and proposed handling. */
export type Worded = { title: string; content: string; said: Said[] }

function titleOf(rng: Rng, sc: Scenario, v: Voice, direction: Direction): string {
  // a scenario's own titles name its problem ("Mất trộm xe máy"); approval and plain facts get a neutral title
  const neutral = [capFirst(sc.noun), `Ý kiến về ${sc.noun}`, `Dư luận về ${sc.noun}`]
  const base = rng.pick(sc.titles && direction !== 'support' && direction !== 'unknown' ? sc.titles : neutral)
  return v.area != null && rng.chance(0.3) && !/tổ \d/.test(base) ? `${base} (tổ ${v.area})` : base
}

/** Words one record of `plans` (1–3 streams) in the voice of its channel and unit. */
export function wordRecord(rng: Rng, plans: StreamPlan[], v: Voice): Worded {
  const [y, m] = v.day.split('-').map(Number) as [number, number]
  const first = plans[0]!
  let title = titleOf(rng, first.sc, v, first.direction)
  const said: Said[] = []
  const parts: string[] = []
  const used = new Set<string>()
  const joiners = [...JOINERS]
  // a lead is a clause the first stream continues ("Qua sinh hoạt chi bộ, "), a sentence of its own ("… ổn định. "),
  // or a heading ("… một số ý kiến sau:") under which several streams become a list
  const sayAll = (lead: string) => {
    const heading = lead.endsWith(':')
    const listed = heading && plans.length > 1
    // a bare fact does not continue "Qua sinh hoạt chi bộ, …": it stands alone
    if (!heading && !lead.endsWith('. ') && first.direction === 'unknown') lead = ''
    const standalone = heading || lead.endsWith('. ')
    if (standalone) parts.push(lead.trimEnd())
    plans.forEach((p, i) => {
      const s = sayStream(rng, p, v, i === 0 && !standalone ? lead : '', used)
      said.push(s)
      if (listed) parts.push(`\n- ${s.text}`)
      else if (parts.length === 0) parts.push(s.text)
      else if (i === 0) parts.push(` ${s.text}`)
      else {
        const j = joiners.length > 1 ? joiners.splice(rng.int(joiners.length), 1)[0]! : ' '
        parts.push(j === ' ' ? ` ${s.text}` : `${j}${lowerFirst(s.text)}`)
      }
    })
  }
  switch (v.channel) {
    case 'collaborator':
      sayAll(rng.chance(0.5) ? rng.pick(v.youth ? YOUTH_LEADS : COLLAB_LEADS(v)) : '')
      if (rng.chance(0.35)) parts.push(` ${rng.pick(COLLAB_ENDS)}`)
      break
    case 'unit_report': {
      const leads = v.where === 'kdc' ? KDC_LEADS(v, m, y) : UNIT_LEADS[v.where] ?? UNIT_LEADS.office!
      sayAll(rng.chance(0.75) ? rng.pick(leads) : '')
      if (rng.chance(0.5)) {
        // the cell's own proposal, unless the streams already made one
        const asks = plans.some((p) => p.ask) ? [] : plans.flatMap((p) => p.sc.ask ?? [])
        parts.push(` ${asks.length > 0 && rng.chance(0.5) ? `Chi bộ đề nghị ${rng.pick(AGENTS)} ${rng.pick(asks)}.` : rng.pick(REPORT_ENDS)}`)
      }
      if (plans.length > 1 && rng.chance(0.6))
        title = rng.pick([`Tình hình tư tưởng, dư luận tháng ${m}/${y}`, `Dư luận xã hội tháng ${m}/${y}`, `${title} và một số ý kiến khác`, `Báo cáo nhanh tình hình dư luận tháng ${m}`])
      break
    }
    case 'front':
      sayAll(rng.pick(FRONT_LEADS[v.unit] ?? FRONT_LEADS['HB-MTTQ']!))
      break
    case 'dialogue':
      sayAll(rng.pick([
        'Tại hội nghị đối thoại giữa người đứng đầu cấp uỷ, chính quyền phường với Nhân dân, ',
        v.area != null ? `Tại buổi đối thoại với các hộ dân tổ ${v.area}, ` : 'Tại buổi đối thoại với các hộ dân, ',
        'Tại buổi tiếp công dân định kỳ của Bí thư Đảng uỷ phường, ',
      ]))
      parts.push(` ${rng.pick(DIALOGUE_ENDS)}`)
      title = `${rng.pick(['Đối thoại', 'Ý kiến tại buổi đối thoại', 'Tiếp công dân'])}: ${lowerFirst(title)}`
      break
    case 'press': {
      const sc = first.sc
      const b = sc.bad ? rng.pick(sc.bad) : null
      parts.push(rng.pick([
        `Báo điện tử của thành phố có bài viết về ${sc.noun}.`,
        `Trang thông tin điện tử của phường đăng tin về ${sc.noun}.`,
        b ? `Một số báo điện tử phản ánh ${b}.` : `Một số báo điện tử đăng loạt bài về ${sc.noun}.`,
        `Bản tin truyền thanh của phường phát nội dung về ${sc.noun}, sau đó được chia sẻ lại trên mạng.`,
      ]))
      sayAll('')
      if (rng.chance(0.4)) title = `Báo chí: ${lowerFirst(title)}`
      break
    }
    case 'social': {
      const sc = first.sc
      const k = 20 + rng.int(300)
      parts.push(rng.pick([
        `Trên nhóm Zalo "Cư dân tổ ${v.area ?? 1 + rng.int(20)}" có bài đăng về ${sc.noun}, thu hút ${k} bình luận.`,
        `Trang Facebook "Hóng chuyện Hoà Bình" đăng bài về ${sc.noun}, có hơn ${k} lượt chia sẻ.`,
        `Một tài khoản TikTok đăng video về ${sc.noun}, lượt xem tăng nhanh.`,
        `Trên nhóm Facebook "Phụ huynh Hoà Bình", nhiều thành viên bàn luận về ${sc.noun}.`,
        `Nhóm Zalo của khu dân cư chia sẻ lại bài viết về ${sc.noun}.`,
      ]))
      sayAll('')
      if (rng.chance(0.3)) title = `MXH: ${lowerFirst(title)}`
      break
    }
    case 'hotline': {
      const sc = first.sc
      const b = rng.pick(sc.bad!)
      const who = v.area != null ? `Một người dân tổ ${v.area}` : 'Một người dân'
      const opening = rng.chance(0.5)
        ? `Đường dây nóng của UBND phường nhận ${2 + rng.int(9)} cuộc gọi phản ánh ${b}.`
        : `${who} gọi đường dây nóng phản ánh ${b}${sc.ask ? `, đề nghị phường ${rng.pick(sc.ask)}` : ''}.`
      parts.push(opening)
      said.push({ text: opening, summary: capFirst(b), proposedHandling: null })
      for (const p of plans.slice(1)) {
        const s = sayStream(rng, p, v)
        said.push(s)
        parts.push(` ${s.text}`)
      }
      if (rng.chance(0.4)) title = `Đường dây nóng: ${lowerFirst(title)}`
      break
    }
    case 'other':
      sayAll(rng.pick([
        `Hòm thư góp ý tại Trung tâm phục vụ hành chính công nhận thư của người dân${v.area != null ? ` tổ ${v.area}` : ''}. `,
        'Qua phiếu góp ý tại hội nghị tổ dân phố, ',
        'Qua hộp thư điện tử của phường, ',
      ]))
      break
    default:
      sayAll('')
  }
  return { title: clip(title, 300), content: parts.join('').replace(/ {2,}/g, ' ').trim(), said }
}

/** A voter's petition (kiến nghị cử tri) at a voter meeting: one stream, always with a proposal. */
export function wordPetition(rng: Rng, p: StreamPlan, v: Voice): Worded {
  const sc = p.sc
  const ask = p.ask ?? rng.pick(sc.ask!)
  const agent = rng.pick(['UBND phường', 'HĐND phường', 'các cơ quan chức năng', 'thành phố'])
  const who = v.area != null ? rng.pick([`Cử tri tổ ${v.area}`, `Cử tri tổ dân phố số ${v.area}`, `Một số cử tri tổ ${v.area}`]) : 'Cử tri'
  let content: string
  let summary: string
  if (p.direction === 'oppose' && sc.bad) {
    const b = rng.pick(sc.bad)
    content = rng.chance(0.5) ? `${who} phản ánh ${b}, đề nghị ${agent} ${ask}.` : `${who} kiến nghị ${agent} ${ask}. Theo cử tri, ${b}.`
    summary = capFirst(b)
  } else if (p.direction === 'support' && sc.good) {
    const g = rng.pick(sc.good)
    content = `${who} đồng tình với ${g}, đồng thời đề nghị ${agent} ${ask}.`
    summary = `Đồng tình với ${g}`
  } else {
    const q = sc.q ? rng.pick(sc.q) : null
    content = q ? `${who} băn khoăn ${q}, đề nghị ${agent} ${ask}.` : `${who} kiến nghị ${agent} ${ask}.`
    summary = q ? `Băn khoăn ${q}` : capFirst(ask)
  }
  if (p.intensity === 'pressing') content += ` ${rng.pick(tailsFor(p.topics[0]))}`
  const title = `Kiến nghị cử tri: ${lowerFirst(rng.pick(sc.titles ?? [capFirst(sc.noun)]))}`
  return { title: clip(title, 300), content, said: [{ text: content, summary: clip(summary, 240), proposedHandling: `Đề nghị ${agent} ${ask}` }] }
}

/** A quick survey (khảo sát nhanh): shares of support and worry, and what the worried ones worry about. */
export function wordSurvey(rng: Rng, plans: [StreamPlan, StreamPlan], v: Voice, shares: [number, number, number]): Worded {
  const [support, concern] = plans
  const sc = support.sc
  const n = 40 + 10 * rng.int(12)
  const where = v.area != null ? `tổ dân phố số ${v.area}` : rng.pick(['một số tổ dân phố', '10 khu dân cư', 'Trung tâm phục vụ hành chính công'])
  const worry = concern.sc.q && rng.chance(0.5) ? `chủ yếu băn khoăn ${rng.pick(concern.sc.q)}` : `chủ yếu lo ${rng.pick(concern.sc.fear ?? concern.sc.q!)}`
  const g = rng.pick(sc.good!)
  const content =
    `Khảo sát nhanh ${n} người dân tại ${where} về ${sc.noun}: ${shares[0]}% đồng tình, ${shares[1]}% còn băn khoăn, ${shares[2]}% chưa đồng tình. ` +
    `Người đồng tình đánh giá cao ${g}; những người còn băn khoăn ${worry}.`
  return {
    title: `Kết quả khảo sát nhanh về ${sc.noun}`,
    content,
    said: [
      { text: content, summary: `Đồng tình với ${g} (${shares[0]}%)`, proposedHandling: null },
      { text: content, summary: capFirst(worry.replace(/^chủ yếu /, '')), proposedHandling: null },
    ],
  }
}

// ---- how people type ----

const MARKS = /[\u0300-\u036f]/g
/** Vietnamese without accents, as typed on a phone in a hurry ("khong duoc" or "ko dc"). */
export function withoutAccents(rng: Rng, text: string): string {
  let s = text.normalize('NFD').replace(MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D')
  if (rng.chance(0.6)) s = s.replace(/\bkhong\b/g, 'ko').replace(/\bduoc\b/g, 'dc').replace(/\bnguoi\b/g, 'ng')
  if (rng.chance(0.5)) s = s.toLowerCase()
  return rng.chance(0.5) ? s.replace(/\.$/, '') : s
}

// old and new tone placement: "hoà"/"hòa", "uỷ"/"ủy", "khoẻ"/"khỏe" (only where the syllable ends)
const NEW_STYLE: [RegExp, string][] = [
  [/oà(?![a-zà-ỹ])/g, 'òa'], [/oá(?![a-zà-ỹ])/g, 'óa'], [/oả(?![a-zà-ỹ])/g, 'ỏa'], [/oã(?![a-zà-ỹ])/g, 'õa'], [/oạ(?![a-zà-ỹ])/g, 'ọa'],
  [/oè(?![a-zà-ỹ])/g, 'òe'], [/oẻ(?![a-zà-ỹ])/g, 'ỏe'], [/uỷ(?![a-zà-ỹ])/g, 'ủy'], [/Uỷ(?![a-zà-ỹ])/g, 'Ủy'], [/uý(?![a-zà-ỹ])/g, 'úy'],
]
/** The same words with the tone mark on the first vowel ("hòa", "ủy"), as many people and keyboards write them. */
export function newToneStyle(text: string): string {
  return NEW_STYLE.reduce((s, [re, to]) => s.replace(re, to), text)
}
