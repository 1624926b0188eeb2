/**
 * The consolidated ward report drafted from what the period holds (báo cáo tổng hợp của Đảng uỷ phường): sections I–V
 * of DESIGN §3 for every report, VI–X for six-month and annual reports, as editable Vietnamese text in official style,
 * with the streams each section cites and every figure it states together with the opinion-list filter (`trace`)
 * that finds the records behind it. Pure: the service gathers the inputs.
 *
 * Notable streams (dư luận nổi bật) are the period's streams grouped by topic and direction (a stream with several
 * topics counts in each), ranked by
 *   score = 0.25·V + 0.30·B + 0.30·I + 0.15·R, each part in [0, 1]:
 *   V (volume)     = streams of the group / streams of the largest group;
 *   B (breadth)    = ½·(mean breadth − 1)/3 + ½·(units reporting the group / units reporting anything), breadth
 *                    few=1 … overwhelming=4: how widely it is voiced and how many cells, organisations hear it;
 *   I (intensity)  = (mean intensity − 1)/3 with low=1 … pressing=4, raised to 1 when a third or more of the group's
 *                    streams are marked hot spots (điểm nóng);
 *   R (recurrence) = months among the three reporting months before the period in which the same topic and
 *                    direction were heard, / 3: what keeps coming back.
 * Ties: more streams, then topic and direction codes. Breadth and intensity weigh most because the plan asks first
 * for "những vấn đề bức xúc, nổi cộm"; recurrence separates the chronic from the one-off.
 */
import type { ReportStats } from '../../shared/report.schema.ts'
import { breadthText, channelText, clause, dayVi, directionText, excerpt, fmtInt, groupText, intensityText, joinVi, namesVi, pct, periodPhrase, topicText } from './ward-draft-text.ts'
import type { Period } from './periods.ts'
import { templateFor } from './template.ts'

/** Filters of the opinion list that find the records behind a figure (`/opinions?from=&to=&unitId=&topic=…`). */
export type Trace = { from: string; to: string; unitId: string; topic?: string; direction?: string; channel?: string }
/** A figure the text states, with its trace. */
export type Figure = { key: string; label: string; value: number; trace: Trace }

/** Section codes: I–V for every report, VI–X added for six-month and annual ones (titles from the template). */
export const WARD_SECTION_CODES = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'] as const
export type WardSectionCode = (typeof WARD_SECTION_CODES)[number]

/** A drafted section. */
export type DraftSection = { code: WardSectionCode; title: string; body: string; streamIds: string[]; figures: Figure[] }

/** Statistics as stored in report.stats_json (the contract). */
export type WardStats = ReportStats

/** One stream of the period with what ranking and wording need. */
export type StreamFact = {
  id: string
  unitId: string
  unitName: string
  channel: string
  direction: string
  intensity: string
  breadth: string
  latent: boolean
  hotSpot: boolean
  summary: string
  topics: string[]
  groups: string[]
}

/** A unit's accepted report: its name, lateness and section bodies by code. */
export type UnitReportFact = { unitId: string; unitName: string; isLate: boolean; sections: { code: string; body: string }[] }
/** Compliance of the period (from the compliance board). */
export type ComplianceFact = {
  expected: number
  submitted: number
  onTime: number
  late: number
  missing: number
  extended: number
  units: { name: string; status: string }[]
}
/** An issue open in, or handled during, the period. */
export type IssueFact = { id: string; title: string; topic: string; status: string; hotSpot: boolean; unitName: string }
/** Next period's forecast for a topic, with this period's count. */
export type ForecastFact = { topic: string; current: number; point: number; lower: number; upper: number }
/** One month of a six-month or annual report. */
export type MonthFact = { key: string; records: number; streams: number; expected: number; onTime: number; late: number; missing: number }

/** Everything the draft is made from. */
export type WardDraftInput = {
  period: Pick<Period, 'kind' | 'key' | 'from' | 'to'>
  /** the ward's party committee unit: every trace is scoped to it */
  unitId: string
  /** the place as written ("phường Hoà Bình") */
  placeName: string
  stats: WardStats
  streams: StreamFact[]
  /** "topic|direction" → months (0–3) of the three before the period in which it was heard */
  recurrence: Record<string, number>
  unitReports: UnitReportFact[]
  compliance: ComplianceFact
  issues: IssueFact[]
  forecast: ForecastFact[]
  /** the next period's phrase is computed from this one; for six-month and annual reports, the months */
  months: MonthFact[]
  nextPeriod: Pick<Period, 'kind' | 'key' | 'from' | 'to'> | null
}

/** A ranked group of streams (luồng dư luận nổi bật). */
export type NotableGroup = {
  topic: string
  direction: string
  streams: number
  units: number
  meanBreadth: number
  meanIntensity: number
  hotSpots: number
  recurrence: number
  score: number
  streamIds: string[]
  unitNames: string[]
  groups: string[]
  summaries: string[]
  trace: Trace
}

const BREADTH_SCORE: Record<string, number> = { few: 1, many: 2, majority: 3, overwhelming: 4 }
const INTENSITY_SCORE: Record<string, number> = { low: 1, medium: 2, high: 3, pressing: 4 }
const round4 = (x: number) => Math.round(x * 10_000) / 10_000

/**
 * Ranks the period's streams grouped by topic and direction (formula in the file comment); best first. With `limit`,
 * only the best `limit` groups, and only theirs get the lists of streams, units, groups and summaries (the ranking
 * needs none of them: a city's month has tens of thousands of streams in ~150 groups).
 */
export function rankNotable(streams: readonly StreamFact[], recurrence: Record<string, number>, base: Omit<Trace, 'topic' | 'direction' | 'channel'>, limit = Infinity): NotableGroup[] {
  const groups = new Map<string, StreamFact[]>()
  for (const s of streams) {
    for (const t of s.topics) {
      const key = `${t}|${s.direction}`
      const g = groups.get(key)
      if (g) g.push(s)
      else groups.set(key, [s])
    }
  }
  const reportingUnits = Math.max(1, new Set(streams.map((s) => s.unitId)).size)
  const largest = Math.max(1, ...[...groups.values()].map((g) => g.length))
  const scored: (Omit<NotableGroup, 'streamIds' | 'unitNames' | 'groups' | 'summaries'> & { members: StreamFact[] })[] = []
  for (const [key, g] of groups) {
    const [topic, direction] = key.split('|') as [string, string]
    const units = new Set(g.map((s) => s.unitId))
    const meanBreadth = g.reduce((a, s) => a + (BREADTH_SCORE[s.breadth] ?? 1), 0) / g.length
    const meanIntensity = g.reduce((a, s) => a + (INTENSITY_SCORE[s.intensity] ?? 2), 0) / g.length
    const hotSpots = g.filter((s) => s.hotSpot).length
    const rec = Math.min(3, Math.max(0, recurrence[key] ?? 0))
    const V = g.length / largest
    const B = 0.5 * ((meanBreadth - 1) / 3) + 0.5 * (units.size / reportingUnits)
    const I = hotSpots * 3 >= g.length ? 1 : (meanIntensity - 1) / 3
    const R = rec / 3
    scored.push({
      topic, direction, streams: g.length, units: units.size,
      meanBreadth: round4(meanBreadth), meanIntensity: round4(meanIntensity), hotSpots, recurrence: rec,
      score: round4(0.25 * V + 0.3 * B + 0.3 * I + 0.15 * R),
      trace: { ...base, topic, direction },
      members: g,
    })
  }
  scored.sort((a, b) => b.score - a.score || b.streams - a.streams || a.topic.localeCompare(b.topic) || a.direction.localeCompare(b.direction))
  return scored.slice(0, limit).map(({ members: g, ...x }) => {
    const groupCount = new Map<string, number>()
    for (const s of g) for (const gr of s.groups) groupCount.set(gr, (groupCount.get(gr) ?? 0) + 1)
    const byWeight = [...g].sort((a, b) => (INTENSITY_SCORE[b.intensity] ?? 0) - (INTENSITY_SCORE[a.intensity] ?? 0) || (BREADTH_SCORE[b.breadth] ?? 0) - (BREADTH_SCORE[a.breadth] ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    return {
      topic: x.topic, direction: x.direction, streams: x.streams, units: x.units,
      meanBreadth: x.meanBreadth, meanIntensity: x.meanIntensity, hotSpots: x.hotSpots, recurrence: x.recurrence, score: x.score,
      streamIds: byWeight.map((s) => s.id),
      unitNames: [...new Set(byWeight.map((s) => s.unitName))],
      groups: [...groupCount.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k),
      summaries: [...new Set(byWeight.map((s) => clause(s.summary)).filter((x) => x.length > 0))],
      trace: x.trace,
    }
  })
}

/** How many notable groups section II describes. */
export const NOTABLE_LIMIT = 5

/**
 * Builds the sections of the draft, in order. `ranked`: the notable groups already ranked from the same input (at
 * least the first NOTABLE_LIMIT, best first), when the caller needs them too.
 */
export function buildWardDraft(input: WardDraftInput, ranked?: readonly NotableGroup[]): DraftSection[] {
  const base: Trace = { from: input.period.from, to: input.period.to, unitId: input.unitId }
  const notable = (ranked ?? rankNotable(input.streams, input.recurrence, base, NOTABLE_LIMIT)).slice(0, NOTABLE_LIMIT)
  const make: Record<WardSectionCode, () => Omit<DraftSection, 'code' | 'title'>> = {
    I: () => sectionI(input, base),
    II: () => sectionII(input, base, notable),
    III: () => sectionIII(input, base),
    IV: () => sectionIV(input, base),
    V: () => sectionV(input, notable),
    VI: () => sectionVI(input, base),
    VII: () => sectionVII(input),
    VIII: () => sectionVIII(input),
    IX: () => sectionIX(input, base),
    X: () => sectionX(input, notable),
  }
  return templateFor(input.period.kind).map((s) => ({ code: s.code as WardSectionCode, title: s.title, ...make[s.code as WardSectionCode]() }))
}

// ---- the sections ----

type Part = Omit<DraftSection, 'code' | 'title'>
const DIRECTION_ORDER = ['support', 'concern', 'oppose', 'mixed', 'unknown']

/** Streams per direction (a stream once), from the streams themselves. */
function byDirection(streams: readonly StreamFact[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const s of streams) m.set(s.direction, (m.get(s.direction) ?? 0) + 1)
  return m
}

function unitBodies(input: WardDraftInput, code: string): string[] {
  return input.unitReports
    .map((r) => ({ name: r.unitName, body: r.sections.find((s) => s.code === code)?.body.trim() ?? '' }))
    .filter((x) => x.body.length > 0)
    .map((x) => `- ${x.name}: ${excerpt(x.body)}`)
}

function sectionI(input: WardDraftInput, base: Trace): Part {
  const { stats, streams } = input
  const dirs = byDirection(streams)
  const figures: Figure[] = [
    { key: 'records', label: 'Phiếu thông tin', value: stats.total, trace: base },
    { key: 'streams', label: 'Luồng ý kiến', value: stats.streams, trace: base },
  ]
  const lines: string[] = []
  const phrase = periodPhrase(input.period)
  if (stats.streams === 0) {
    lines.push(`Trong ${phrase} (từ ngày ${dayVi(input.period.from)} đến ngày ${dayVi(input.period.to)}), chưa ghi nhận phiếu thông tin dư luận xã hội nào trên địa bàn ${input.placeName}.`)
    return { body: lines.join('\n\n'), streamIds: [], figures }
  }
  const parts = DIRECTION_ORDER.filter((d) => (dirs.get(d) ?? 0) > 0).map((d) => {
    const n = dirs.get(d)!
    figures.push({ key: `direction.${d}`, label: directionText(d), value: n, trace: { ...base, direction: d } })
    return `${fmtInt(n)} luồng ý kiến ${directionText(d)} (${pct(n, stats.streams)})`
  })
  lines.push(
    `Trong ${phrase} (từ ngày ${dayVi(input.period.from)} đến ngày ${dayVi(input.period.to)}), các chi, đảng bộ trực thuộc, Mặt trận Tổ quốc, các đoàn thể và đội ngũ cộng tác viên dư luận xã hội đã nắm bắt, phản ánh ${fmtInt(stats.total)} phiếu thông tin với ${fmtInt(stats.streams)} luồng ý kiến của cán bộ, đảng viên và Nhân dân trên địa bàn ${input.placeName}. Trong đó có ${joinVi(parts)}.`,
  )
  const negative = (dirs.get('concern') ?? 0) + (dirs.get('oppose') ?? 0)
  const share = negative / stats.streams
  const worry = topTopics(streams.filter((s) => s.direction === 'concern' || s.direction === 'oppose'), 3).map(topicText)
  if (share < 0.3) {
    lines.push('Nhìn chung, tình hình tư tưởng của cán bộ, đảng viên và các tầng lớp Nhân dân trên địa bàn ổn định; đa số tin tưởng vào sự lãnh đạo của Đảng, sự quản lý, điều hành của chính quyền, đồng tình với các chủ trương, chính sách được triển khai trên địa bàn.' +
      (worry.length ? ` Một bộ phận Nhân dân còn băn khoăn về ${joinVi(worry)}.` : ''))
  } else if (share < 0.5) {
    lines.push(`Tình hình tư tưởng của cán bộ, đảng viên và Nhân dân cơ bản ổn định; tuy nhiên còn một bộ phận băn khoăn, lo lắng hoặc chưa đồng tình (${pct(negative, stats.streams)} số luồng ý kiến), tập trung vào ${joinVi(worry)}.`)
  } else {
    lines.push(`Tình hình tư tưởng có diễn biến cần quan tâm: ý kiến băn khoăn, lo lắng và phản đối chiếm ${pct(negative, stats.streams)} số luồng ý kiến, tập trung vào ${joinVi(worry)}; cần chỉ đạo nắm chắc tình hình, kịp thời thông tin, giải thích để định hướng dư luận.`)
  }
  const cadre = streams.filter((s) => s.groups.includes('can-bo-dang-vien'))
  lines.push(`1. Trong cán bộ, đảng viên: ${cadre.length ? `ghi nhận ${fmtInt(cadre.length)} luồng ý kiến, chủ yếu về ${joinVi(topTopics(cadre, 3).map(topicText))}; đa số cán bộ, đảng viên giữ vững lập trường, tư tưởng, gương mẫu thực hiện các chủ trương của Đảng, chính sách, pháp luật của Nhà nước.` : 'tư tưởng ổn định, chấp hành nghiêm các chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương.'}`)
  const groupCounts = countBy(streams.flatMap((s) => s.groups.filter((g) => g !== 'can-bo-dang-vien')))
  const topGroups = groupCounts.slice(0, 4).map(([g, n]) => `${groupText(g)} (${fmtInt(n)} luồng ý kiến)`)
  lines.push(`2. Trong các tầng lớp Nhân dân: ${topGroups.length ? `ý kiến tập trung ở ${joinVi(topGroups)}; ` : ''}Nhân dân quan tâm nhiều nhất đến ${joinVi(topTopics(streams, 3).map(topicText))}.`)
  const fromUnits = unitBodies(input, 'I')
  if (fromUnits.length) lines.push(['Các chi, đảng bộ trực thuộc phản ánh:', ...fromUnits].join('\n'))
  return { body: lines.join('\n\n'), streamIds: [], figures }
}

function sectionII(input: WardDraftInput, base: Trace, notable: NotableGroup[]): Part {
  const lines: string[] = []
  const figures: Figure[] = []
  const streamIds: string[] = []
  if (notable.length === 0) lines.push('Trong kỳ, chưa ghi nhận luồng dư luận xã hội nổi bật trên địa bàn.')
  else lines.push('1. Dư luận xã hội theo lĩnh vực')
  notable.forEach((g, i) => {
    figures.push({ key: `notable.${g.topic}.${g.direction}`, label: `${topicText(g.topic)} — ${directionText(g.direction)}`, value: g.streams, trace: g.trace })
    streamIds.push(...g.streamIds.slice(0, 3))
    const breadth = breadthText(g.meanBreadth >= 3.5 ? 'overwhelming' : g.meanBreadth >= 2.5 ? 'majority' : g.meanBreadth >= 1.5 ? 'many' : 'few')
    const intensity = intensityText(g.hotSpots * 3 >= g.streams ? 'pressing' : g.meanIntensity >= 3.5 ? 'pressing' : g.meanIntensity >= 2.5 ? 'high' : g.meanIntensity >= 1.5 ? 'medium' : 'low')
    const who = g.groups.length ? `, tập trung ở ${joinVi(g.groups.slice(0, 3).map(groupText))}` : ''
    const rec = g.recurrence >= 2 ? ` Đây là nội dung được phản ánh nhiều tháng liên tiếp (${g.recurrence}/3 tháng trước).` : ''
    const says = g.summaries.length ? ` Nội dung chủ yếu: ${g.summaries.slice(0, 3).map((s) => `"${excerpt(s, 160)}"`).join('; ')}.` : ''
    const where = g.unitNames.length ? ` Nguồn: ${namesVi(g.unitNames, 4)}.` : ''
    lines.push(`${String.fromCharCode(97 + i)}) Về ${topicText(g.topic)}: ${fmtInt(g.streams)} luồng ý kiến ${directionText(g.direction)} từ ${fmtInt(g.units)} đơn vị, được ${breadth} quan tâm, mức độ ${intensity}${who}.${says}${rec}${where}`)
  })
  const channels = new Map(input.stats.byChannel.map((c) => [c.channel, c.count]))
  const voters = ['voter_meeting', 'front', 'dialogue'].filter((c) => (channels.get(c) ?? 0) > 0)
  for (const c of voters) figures.push({ key: `channel.${c}`, label: channelText(c), value: channels.get(c)!, trace: { ...base, channel: c } })
  lines.push(`2. Ý kiến, kiến nghị của cử tri, Mặt trận Tổ quốc và các đoàn thể: ${voters.length ? `${joinVi(voters.map((c) => `${fmtInt(channels.get(c)!)} phiếu qua ${channelText(c)}`))}; các ý kiến chủ yếu đề nghị quan tâm giải quyết những vấn đề dân sinh bức thiết, tập trung vào ${joinVi(topTopics(input.streams.filter((s) => voters.includes(s.channel)), 3).map(topicText))}.` : 'trong kỳ chưa ghi nhận phiếu thông tin qua tiếp xúc cử tri, Mặt trận Tổ quốc và các đoàn thể.'}`)
  const media = ['press', 'social'].filter((c) => (channels.get(c) ?? 0) > 0)
  for (const c of media) figures.push({ key: `channel.${c}`, label: channelText(c), value: channels.get(c)!, trace: { ...base, channel: c } })
  lines.push(`3. Thông tin trên báo chí, mạng xã hội: ${media.length ? `ghi nhận ${joinVi(media.map((c) => `${fmtInt(channels.get(c)!)} phiếu từ ${channelText(c)}`))}, liên quan đến ${joinVi(topTopics(input.streams.filter((s) => media.includes(s.channel)), 3).map(topicText))}.` : 'trong kỳ chưa ghi nhận thông tin đáng chú ý liên quan đến địa bàn.'}`)
  const hot = input.issues.filter((i) => i.hotSpot && i.status !== 'closed')
  if (hot.length) lines.push(['4. Vấn đề, điểm nóng đang theo dõi:', ...hot.map((i) => `- ${clause(i.title)} (${topicText(i.topic)}; ${ISSUE_STATUS_TEXT[i.status] ?? i.status}).`)].join('\n'))
  return { body: lines.join('\n\n'), streamIds: [...new Set(streamIds)], figures }
}

const ISSUE_STATUS_TEXT: Record<string, string> = { new: 'mới ghi nhận', watching: 'đang theo dõi', referred: 'đã chuyển cơ quan chức năng', answered: 'đã trả lời', closed: 'đã kết thúc' }

function sectionIII(input: WardDraftInput, base: Trace): Part {
  const latent = input.streams.filter((s) => s.latent)
  const lines: string[] = []
  const figures: Figure[] = [{ key: 'latent', label: 'Luồng ý kiến tiềm ẩn', value: latent.length, trace: base }]
  if (latent.length === 0) lines.push('1. Dư luận tiềm ẩn: trong kỳ chưa phát hiện dư luận tiềm ẩn đáng chú ý.')
  else {
    lines.push(`1. Dư luận tiềm ẩn: qua nắm bắt, có ${fmtInt(latent.length)} luồng ý kiến chưa bộc lộ công khai nhưng có khả năng phát sinh thành vấn đề dư luận, chủ yếu về ${joinVi(topTopics(latent, 3).map(topicText))}:`)
    lines.push(latent.slice(0, 5).map((s) => `- ${s.summary.trim() ? `"${excerpt(clause(s.summary), 160)}"` : topicText(s.topics[0] ?? 'khac')} (${s.unitName}).`).join('\n'))
  }
  const next = input.nextPeriod ? periodPhrase(input.nextPeriod) : 'thời gian tới'
  const rising = input.forecast.filter((f) => f.point > 0).slice(0, 4)
  if (rising.length === 0) lines.push(`2. Dự báo: trong ${next}, chưa đủ số liệu để dự báo xu hướng dư luận theo lĩnh vực.`)
  else {
    lines.push(`2. Dự báo: trong ${next}, dư luận xã hội trên địa bàn dự báo tiếp tục quan tâm đến:`)
    lines.push(rising.map((f) => {
      const trend = f.point > f.current * 1.15 ? 'có xu hướng tăng' : f.point < f.current * 0.85 ? 'có xu hướng giảm' : 'tương đương kỳ này'
      figures.push({ key: `forecast.${f.topic}`, label: `Dự báo ${topicText(f.topic)}`, value: Math.round(f.point), trace: { ...base, topic: f.topic } })
      return `- ${capital(topicText(f.topic))}: khoảng ${fmtInt(Math.round(f.point))} luồng ý kiến (trong khoảng ${fmtInt(Math.floor(f.lower))}–${fmtInt(Math.ceil(f.upper))}), ${trend} (kỳ này ${fmtInt(f.current)}).`
    }).join('\n'))
  }
  return { body: lines.join('\n\n'), streamIds: latent.map((s) => s.id), figures }
}

function sectionIV(input: WardDraftInput, base: Trace): Part {
  const c = input.compliance
  const lines: string[] = []
  const figures: Figure[] = input.stats.byChannel.map((ch) => ({ key: `channel.${ch.channel}`, label: channelText(ch.channel), value: ch.count, trace: { ...base, channel: ch.channel } }))
  const channels = [...input.stats.byChannel].sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel))
  lines.push(`1. Công tác nắm bắt: ${channels.length ? `thông tin được nắm bắt qua ${joinVi(channels.map((ch) => `${channelText(ch.channel)} (${fmtInt(ch.count)} phiếu)`))}.` : 'trong kỳ chưa có phiếu thông tin.'}`)
  const names = (status: string) => c.units.filter((u) => u.status === status).map((u) => u.name)
  const rep = [`có ${fmtInt(c.submitted)}/${fmtInt(c.expected)} đơn vị gửi báo cáo (${pct(c.submitted, c.expected)}), trong đó ${fmtInt(c.onTime)} đơn vị gửi đúng hạn`]
  if (c.late) rep.push(`${fmtInt(c.late)} đơn vị gửi muộn (${namesVi(names('late'))})`)
  if (c.extended) rep.push(`${fmtInt(c.extended)} đơn vị được gia hạn (${namesVi(names('extended'))})`)
  if (c.missing) rep.push(`${fmtInt(c.missing)} đơn vị chưa gửi báo cáo (${namesVi(names('missing'))})`)
  lines.push(`2. Việc thực hiện chế độ báo cáo: ${rep.join('; ')}.`)
  const st = countBy(input.issues.map((i) => i.status))
  const stText = st.map(([s, n]) => `${fmtInt(n)} ${ISSUE_STATUS_TEXT[s] ?? s}`)
  lines.push(`3. Công tác định hướng, giải quyết: ${input.issues.length ? `theo dõi ${fmtInt(input.issues.length)} vấn đề, điểm nóng, trong đó ${joinVi(stText)}; các vấn đề được thông tin, giải thích kịp thời đến Nhân dân.` : 'trong kỳ không phát sinh vấn đề phải theo dõi, giải quyết.'}`)
  const fromUnits = unitBodies(input, 'IV')
  if (fromUnits.length) lines.push(['Kết quả của các đơn vị:', ...fromUnits].join('\n'))
  return { body: lines.join('\n\n'), streamIds: [], figures }
}

function sectionV(input: WardDraftInput, notable: NotableGroup[]): Part {
  const lines: string[] = []
  const fromUnits = unitBodies(input, 'V')
  lines.push(fromUnits.length ? ['1. Kiến nghị của các chi, đảng bộ trực thuộc:', ...fromUnits].join('\n') : '1. Kiến nghị của các chi, đảng bộ trực thuộc: trong kỳ các đơn vị không có kiến nghị.')
  const pressing = [...new Set(notable.filter((g) => g.direction === 'concern' || g.direction === 'oppose').map((g) => g.topic))].slice(0, 3)
  lines.push(`2. Đề xuất: ${pressing.length ? `đề nghị Uỷ ban nhân dân phường và các cơ quan chức năng quan tâm giải quyết, thông tin kịp thời, đầy đủ đến Nhân dân về ${joinVi(pressing.map(topicText))}; ` : ''}đề nghị các chi, đảng bộ trực thuộc tiếp tục nắm chắc tình hình, báo cáo kịp thời, đúng hạn trước ngày 25 hằng tháng.`)
  lines.push(`3. Nội dung cần tiếp tục nắm bắt trong ${input.nextPeriod ? periodPhrase(input.nextPeriod) : 'thời gian tới'}: ${joinVi(watchTopics(input, notable).map(topicText)) || 'các vấn đề dân sinh trên địa bàn'}.`)
  return { body: lines.join('\n\n'), streamIds: [], figures: [] }
}

function sectionVI(input: WardDraftInput, base: Trace): Part {
  const m = input.months
  const exp = sum(m.map((x) => x.expected))
  const onTime = sum(m.map((x) => x.onTime))
  const answered = input.issues.filter((i) => i.status === 'answered' || i.status === 'closed').length
  const lines = [
    `Trong ${periodPhrase(input.period)}, công tác dư luận xã hội được các cấp uỷ quan tâm lãnh đạo, chỉ đạo; toàn phường nắm bắt ${fmtInt(input.stats.total)} phiếu thông tin với ${fmtInt(input.stats.streams)} luồng ý kiến, bình quân ${fmtInt(Math.round(input.stats.streams / Math.max(1, m.length)))} luồng ý kiến mỗi tháng.`,
    m.length ? `Số luồng ý kiến theo tháng: ${m.map((x) => `tháng ${Number(x.key.slice(5, 7))}/${x.key.slice(0, 4)}: ${fmtInt(x.streams)}`).join('; ')}.` : '',
    `Các đơn vị gửi báo cáo đúng hạn ${fmtInt(onTime)}/${fmtInt(exp)} lượt (${pct(onTime, exp)}); ${fmtInt(answered)}/${fmtInt(input.issues.length)} vấn đề được trả lời, giải quyết.`,
  ].filter(Boolean)
  return { body: lines.join('\n\n'), streamIds: [], figures: [{ key: 'streams', label: 'Luồng ý kiến', value: input.stats.streams, trace: base }] }
}

function sectionVII(input: WardDraftInput): Part {
  const late = sum(input.months.map((x) => x.late))
  const missing = sum(input.months.map((x) => x.missing))
  const open = input.issues.filter((i) => i.status !== 'answered' && i.status !== 'closed').length
  const lines = [
    `1. Hạn chế: ${late || missing ? `còn ${fmtInt(late)} lượt báo cáo gửi muộn và ${fmtInt(missing)} lượt chưa gửi báo cáo` : 'chế độ báo cáo được thực hiện đầy đủ, song chất lượng một số báo cáo còn chung chung'}; ${open ? `${fmtInt(open)} vấn đề chưa được trả lời, giải quyết dứt điểm; ` : ''}việc nắm bắt dư luận tiềm ẩn, dư luận trên không gian mạng có lúc chưa kịp thời.`,
    '2. Nguyên nhân: một số cấp uỷ chưa thật sự quan tâm đúng mức đến công tác dư luận xã hội; đội ngũ cộng tác viên chủ yếu kiêm nhiệm, kỹ năng nắm bắt, phân tích thông tin còn hạn chế.',
  ]
  return { body: lines.join('\n\n'), streamIds: [], figures: [] }
}

function sectionVIII(_input: WardDraftInput): Part {
  const body = [
    '- Cấp uỷ, người đứng đầu trực tiếp lãnh đạo, chỉ đạo; xác định công tác dư luận xã hội là nhiệm vụ thường xuyên, gắn với công tác tư tưởng và xây dựng Đảng.',
    '- Nắm bắt thông tin thường xuyên, từ cơ sở, phản ánh khách quan, trung thực; báo cáo đúng hạn, đúng quy định.',
    '- Phối hợp chặt chẽ giữa Ban Xây dựng Đảng, Uỷ ban nhân dân, Mặt trận Tổ quốc và các đoàn thể trong giải quyết, thông tin trở lại cho Nhân dân.',
    '- Ứng dụng công nghệ thông tin, chuyển đổi số trong tổng hợp, phân tích, dự báo dư luận xã hội.',
  ].join('\n')
  return { body, streamIds: [], figures: [] }
}

function sectionIX(input: WardDraftInput, base: Trace): Part {
  const m = input.months
  const exp = sum(m.map((x) => x.expected))
  const onTime = sum(m.map((x) => x.onTime))
  const answered = input.issues.filter((i) => i.status === 'answered' || i.status === 'closed').length
  const collab = input.stats.byChannel.find((c) => c.channel === 'collaborator')?.count ?? 0
  const body = [
    `- Tỷ lệ báo cáo đúng hạn của các đơn vị: ${pct(onTime, exp)} (${fmtInt(onTime)}/${fmtInt(exp)} lượt).`,
    `- Số phiếu thông tin được nắm bắt: ${fmtInt(input.stats.total)} phiếu, ${fmtInt(input.stats.streams)} luồng ý kiến.`,
    `- Số phiếu do cộng tác viên dư luận xã hội phản ánh: ${fmtInt(collab)} phiếu (${pct(collab, input.stats.total)}).`,
    `- Tỷ lệ vấn đề được trả lời, giải quyết: ${pct(answered, input.issues.length)} (${fmtInt(answered)}/${fmtInt(input.issues.length)}).`,
  ].join('\n')
  return { body, streamIds: [], figures: [
    { key: 'records', label: 'Phiếu thông tin', value: input.stats.total, trace: base },
    { key: 'channel.collaborator', label: channelText('collaborator'), value: collab, trace: { ...base, channel: 'collaborator' } },
  ] }
}

function sectionX(input: WardDraftInput, notable: NotableGroup[]): Part {
  const topics = watchTopics(input, notable).map(topicText)
  const body = [
    '- Tiếp tục quán triệt, thực hiện nghiêm Chỉ thị số 47-CT/TW của Ban Bí thư và Kế hoạch của Ban Thường vụ Đảng uỷ phường về công tác dư luận xã hội.',
    `- Tập trung nắm bắt, định hướng dư luận về ${topics.length ? joinVi(topics) : 'các vấn đề dân sinh trên địa bàn'}; kịp thời thông tin, giải thích những vấn đề Nhân dân quan tâm.`,
    '- Nâng cao chất lượng, bảo đảm thời hạn báo cáo của các chi, đảng bộ trực thuộc (trước ngày 25 hằng tháng); kiện toàn, bồi dưỡng đội ngũ cộng tác viên dư luận xã hội.',
    '- Đẩy mạnh ứng dụng công nghệ thông tin, chuyển đổi số trong nắm bắt, phân tích và dự báo dư luận xã hội, nhất là trên không gian mạng.',
  ].join('\n')
  return { body, streamIds: [], figures: [] }
}

// ---- helpers ----

/** Topics of the notable groups and of the forecast, distinct, at most five. */
function watchTopics(input: WardDraftInput, notable: NotableGroup[]): string[] {
  return [...new Set([...notable.map((g) => g.topic), ...input.forecast.filter((f) => f.point > 0).map((f) => f.topic)])].slice(0, 5)
}

/** The `n` topics with most streams (ties by code). */
function topTopics(streams: readonly StreamFact[], n: number): string[] {
  return countBy(streams.flatMap((s) => s.topics)).slice(0, n).map(([t]) => t)
}

/** Counts of values, most frequent first, ties by value. */
function countBy(values: readonly string[]): [string, number][] {
  const m = new Map<string, number>()
  for (const v of values) m.set(v, (m.get(v) ?? 0) + 1)
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
const capital = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1)
