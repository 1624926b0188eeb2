/**
 * The words of the demo's unit reports: sections I–V as a party cell, a committee, the Front or a mass organisation
 * writes them, built from the opinion streams the unit really recorded in the month (their topics, directions and
 * summaries), varied by a seeded choice so that no two months read alike. Pure: no I/O, no clock.
 */
import vi from '../../shared/i18n/vi.json' with { type: 'json' }
import type { StreamCandidate } from '../../shared/report.schema.ts'

/** A seeded choice (mulberry32 over a string hash): the same seed gives the same report text. */
export function seededRandom(seed: string): () => number {
  let h = 1779033703 ^ seed.length
  for (let i = 0; i < seed.length; i++) {
    h = Math.imul(h ^ seed.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  let a = h >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const pick = <T>(rnd: () => number, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
const topicLabel = (t: string) => ((vi.topics as Record<string, string>)[t] ?? t).toLowerCase()
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1)
const stripDot = (s: string) => s.trim().replace(/[.;:]+$/, '')

/** How a unit speaks of itself and its people. */
function voice(kind: string, name: string) {
  if (kind === 'chi_bo') return { org: 'chi bộ', members: 'đảng viên', people: 'quần chúng Nhân dân trên địa bàn', name }
  if (kind === 'dang_bo') return { org: 'đảng bộ', members: 'cán bộ, đảng viên', people: 'cán bộ, công chức và Nhân dân đến giao dịch', name }
  if (kind === 'mttq') return { org: 'Uỷ ban MTTQ phường', members: 'các tổ chức thành viên', people: 'các tầng lớp Nhân dân', name }
  if (kind === 'hdnd') return { org: 'Tổ đại biểu', members: 'đại biểu HĐND', people: 'cử tri', name }
  return { org: lowerFirst(name.replace(/ phường$/, '')), members: 'hội viên, đoàn viên', people: 'hội viên và gia đình', name }
}

const DIRECTION_PHRASE: Record<string, readonly string[]> = {
  support: ['đa số ý kiến đồng tình, đánh giá cao', 'bà con phấn khởi, đồng tình ủng hộ', 'nhìn chung ý kiến tán thành'],
  concern: ['nhiều ý kiến còn băn khoăn, lo lắng', 'một bộ phận bà con còn băn khoăn, mong được giải thích rõ', 'ý kiến còn lo lắng, chờ câu trả lời của cơ quan chức năng'],
  oppose: ['một số ý kiến chưa đồng tình, đề nghị xem xét lại', 'có ý kiến bức xúc, phản đối cách làm hiện nay', 'một số hộ chưa đồng thuận'],
  mixed: ['ý kiến còn nhiều chiều', 'dư luận chưa thống nhất, có cả ý kiến đồng tình và ý kiến băn khoăn'],
  unknown: ['dư luận đang được tiếp tục nắm bắt'],
}

const PROPOSAL: Record<string, string> = {
  'dat-dai': 'Đề nghị UBND phường công khai phương án bồi thường, hỗ trợ tái định cư và tổ chức đối thoại trực tiếp với các hộ dân bị ảnh hưởng.',
  'moi-truong': 'Đề nghị UBND phường chỉ đạo xử lý dứt điểm các điểm tập kết rác, thoát nước mà bà con phản ánh nhiều lần.',
  ttatxh: 'Đề nghị Công an phường tăng cường tuần tra vào ban đêm, xử lý nghiêm tình trạng tụ tập, đua xe, trộm cắp vặt.',
  'y-te': 'Đề nghị Trạm Y tế phường thông báo rộng rãi lịch tiêm chủng, khám bệnh bảo hiểm y tế để bà con chủ động.',
  'giao-duc': 'Đề nghị các nhà trường công khai các khoản thu, khoản vận động đầu năm học và lắng nghe ý kiến phụ huynh.',
  'chinh-quyen': 'Đề nghị bộ phận một cửa rút ngắn thời gian giải quyết thủ tục và hướng dẫn người cao tuổi sử dụng dịch vụ công trực tuyến.',
  'doi-song': 'Đề nghị quan tâm hỗ trợ hộ khó khăn, người lao động mất việc; giới thiệu việc làm cho thanh niên.',
  'kt-xh': 'Đề nghị thông tin kịp thời về giá điện, giá nước và các công trình đang thi công trên địa bàn.',
  'van-hoa': 'Đề nghị có quy định rõ về giờ giấc sử dụng loa, tổ chức sự kiện trong khu dân cư.',
  'xd-dang': 'Đề nghị Đảng uỷ phường sớm thông tin về chủ trương sắp xếp tổ chức bộ máy và chế độ đối với cán bộ dôi dư.',
  'mttq-doan-the': 'Đề nghị MTTQ và các đoàn thể tăng cường giám sát, phản biện các công trình dân sinh.',
  'qp-an': 'Đề nghị làm tốt công tác tuyên truyền về nghĩa vụ quân sự và chính sách hậu phương quân đội.',
  'ton-giao-dan-toc': 'Đề nghị tiếp tục phối hợp với chức sắc tôn giáo trong các hoạt động lễ hội, bảo đảm an ninh trật tự.',
  'doi-ngoai': 'Đề nghị tăng cường định hướng thông tin về tình hình quốc tế, Biển Đông trong sinh hoạt chi bộ.',
}

/** The sections a unit writes for a month, with the streams each cites, and a one-line summary of what stood out. */
export type DemoReportText = { sections: { code: string; body: string; streamIds: string[] }[] }

/** Writes sections I–V from the month's streams (`thin`: a first draft the board will send back as too general). */
export function demoReportText(input: { kind: string; unitName: string; month: number; year: number; streams: readonly StreamCandidate[]; thin?: boolean; seed: string }): DemoReportText {
  const rnd = seededRandom(input.seed)
  const v = voice(input.kind, input.unitName)
  const streams = input.streams
  const byTopic = new Map<string, StreamCandidate[]>()
  for (const s of streams) for (const t of s.topics.slice(0, 1)) byTopic.set(t, [...(byTopic.get(t) ?? []), s])
  const topics = [...byTopic.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
  const worried = streams.filter((s) => s.direction === 'concern' || s.direction === 'oppose')
  const month = `tháng ${input.month}`

  const first = pick(rnd, [
    `Cán bộ, ${v.members} trong ${v.org} cơ bản yên tâm công tác, tin tưởng vào sự lãnh đạo của Đảng, sự điều hành của chính quyền; chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước.`,
    `Tư tưởng của ${v.members} ổn định; các đồng chí gương mẫu tham gia các phong trào ở khu dân cư, không có biểu hiện suy thoái về tư tưởng chính trị, đạo đức, lối sống.`,
    `${v.members.charAt(0).toUpperCase() + v.members.slice(1)} đồng tình với chủ trương sắp xếp tổ chức bộ máy và việc triển khai Chỉ thị 47-CT/TW; một số đồng chí cao tuổi còn băn khoăn về chế độ, chính sách sau sắp xếp.`,
    `Trong ${month}, ${v.members} tích cực tham gia học tập, quán triệt các văn bản của cấp trên; tinh thần đoàn kết, thống nhất trong ${v.org} được giữ vững.`,
  ])
  const people = topics.length
    ? pick(rnd, [
      `Trong ${v.people}, tâm trạng chung phấn khởi; tuy vậy, một bộ phận còn quan tâm, băn khoăn về ${topicLabel(topics[0]![0])}.`,
      `${v.people.charAt(0).toUpperCase() + v.people.slice(1)} tin tưởng vào sự lãnh đạo của cấp uỷ, chính quyền; điều được bàn tán nhiều nhất trong tháng là ${topicLabel(topics[0]![0])}.`,
    ])
    : `Trong ${v.people}, tình hình tư tưởng ổn định, chưa phát sinh vấn đề phức tạp.`

  const cited = (input.thin ? topics.slice(0, 1) : topics.slice(0, 3)).map(([t, ss]) => ({ t, s: ss[0]! }))
  const outside = pick(rnd, [
    'Dư luận trong nước quan tâm tới việc sắp xếp đơn vị hành chính và kết quả phòng, chống tham nhũng, lãng phí; nhìn chung đồng tình, ủng hộ.',
    'Về tình hình trong nước, bà con quan tâm tới giá cả tiêu dùng, giá xăng dầu và chính sách tiền lương mới.',
    'Về tình hình quốc tế, một số ý kiến quan tâm đến diễn biến trên Biển Đông, đồng tình với quan điểm kiên quyết, kiên trì của Đảng và Nhà nước.',
  ])
  const local = cited.length === 0
    ? `Trên địa bàn, trong ${month} không phát sinh dư luận nổi bật.`
    : input.thin
      ? `Trên địa bàn, dư luận tập trung vào ${topicLabel(cited[0]!.t)}.`
      : [`Trên địa bàn, ${v.org} nắm bắt được ${streams.length} luồng ý kiến, nổi bật:`,
        ...cited.map(({ t, s }) => `- Về ${topicLabel(t)}: ${lowerFirst(stripDot(s.summary))}; ${pick(rnd, DIRECTION_PHRASE[s.direction] ?? DIRECTION_PHRASE.unknown!)}.`)].join('\n')

  // streams of other records often say the same thing: one mention per summary
  const said = new Set(cited.map((c) => c.s.summary))
  const watch = worried.filter((s) => !said.has(s.summary) && (said.add(s.summary), true)).slice(0, 2)
  const latent = watch.length
    ? watch.map((s) => `Cần tiếp tục theo dõi ý kiến về ${lowerFirst(stripDot(s.summary))}; ${pick(rnd, ['nếu không được giải thích kịp thời có thể phát sinh đơn thư', 'có khả năng lan rộng trong khu dân cư', 'dễ bị các đối tượng xấu lợi dụng, xuyên tạc'])}.`).join('\n')
    : pick(rnd, [
      `Chưa phát hiện dư luận tiềm ẩn phức tạp. Dự báo ${month === 'tháng 12' ? 'dịp cuối năm' : 'tháng tới'}, dư luận tiếp tục quan tâm tới ${topics[0] ? topicLabel(topics[0][0]) : 'đời sống, việc làm'}.`,
      `Dự báo trong thời gian tới, dư luận sẽ tập trung vào ${topics[0] ? topicLabel(topics[0][0]) : 'các chính sách an sinh xã hội'} và việc thực hiện các công trình dân sinh trên địa bàn.`,
    ])

  const work = pick(rnd, [
    `${v.org.charAt(0).toUpperCase() + v.org.slice(1)} đã chỉ đạo cộng tác viên, tổ trưởng tổ dân phố thường xuyên nắm bắt dư luận; ghi nhận ${streams.length} luồng ý kiến, báo cáo kịp thời các vụ việc phát sinh về Ban Xây dựng Đảng.`,
    `Duy trì nắm bắt dư luận qua sinh hoạt ${v.org}, gặp gỡ ${v.people} và mạng xã hội; tổ chức trao đổi, định hướng thông tin tại buổi sinh hoạt định kỳ ${month}.`,
    `Phối hợp với Ban công tác Mặt trận, chi hội các đoàn thể nắm tình hình; các ý kiến băn khoăn đã được giải thích ngay tại cơ sở, những ý kiến vượt thẩm quyền đã báo cáo lên trên.`,
  ])

  const proposals = [...new Set(worried.flatMap((s) => s.topics.slice(0, 1)))].map((t) => PROPOSAL[t]).filter((p): p is string => !!p).slice(0, input.thin ? 1 : 2)
  const next = topics.slice(0, 2).map(([t]) => topicLabel(t))
  const proposalText = [
    ...(proposals.length ? proposals : ['Chưa có kiến nghị mới; đề nghị cấp trên tiếp tục cung cấp thông tin định hướng kịp thời.']),
    ...(input.thin || next.length === 0 ? [] : [`Nội dung cần nắm bắt trong tháng tới: ${next.join('; ')}.`]),
  ].join('\n')

  return {
    sections: [
      { code: 'I', body: `${first}\n${people}`, streamIds: [] },
      { code: 'II', body: input.thin ? local : `${outside}\n${local}`, streamIds: cited.map((c) => c.s.id) },
      { code: 'III', body: latent, streamIds: watch.map((s) => s.id) },
      { code: 'IV', body: work, streamIds: [] },
      { code: 'V', body: proposalText, streamIds: [] },
    ],
  }
}
