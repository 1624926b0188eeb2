/**
 * The demo ward's two surveys, entered through the survey services from a fixed seed:
 * - a periodic survey of satisfaction with the ward's services (closed, published, weighted), about 400 answers
 *   whose sample leans to women and older people, as door-to-door fieldwork does, so the weights matter;
 * - an ad hoc consultation on the Lê Lợi street widening, open, with quotas by area and sex partly filled
 *   by interviewers, paper forms and the public link.
 */
import { randomUUID } from 'node:crypto'
import { localDay } from '../../domain/time.ts'
import { csvLine } from '../../exports/csv.ts'
import type { ServiceContext } from '../context.ts'
import { changeStatus } from '../surveys/change-survey-status.ts'
import { createSurvey } from '../surveys/create-survey.ts'
import { importResponses } from '../surveys/import-responses.ts'
import { setWeights } from '../surveys/set-weights.ts'
import { submitResponse } from '../surveys/submit-response.ts'
import { submitPublicResponse } from '../surveys/submit-public-response.ts'
import { createInvites } from '../surveys/create-invites.ts'
import { seededRandom } from '../../text/evaluate.ts'

export type DemoSurveysResult = { periodic: string; adHoc: string; responses: number }

const DAY = 86_400_000
const c = (value: string, label: string) => ({ value, label })

/** A small seeded generator (mulberry32, the text engine's): the same demo every time. */
const rng = seededRandom
function pick<T>(r: () => number, items: [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0)
  let x = r() * total
  for (const [v, w] of items) if ((x -= w) < 0) return v
  return items[items.length - 1]![0]
}

const AREAS = [c('kv1', 'Khu vực 1 (tổ 1–5)'), c('kv2', 'Khu vực 2 (tổ 6–10)'), c('kv3', 'Khu vực 3 (tổ 11–15)'), c('kv4', 'Khu vực 4 (tổ 16–20)')]
const SEX = [c('nam', 'Nam'), c('nu', 'Nữ')]
const AGE = [c('18_34', 'Từ 18 đến 34 tuổi'), c('35_59', 'Từ 35 đến 59 tuổi'), c('60_plus', 'Từ 60 tuổi trở lên')]
const profile = [
  { name: 'khu_vuc', type: 'single' as const, label: 'Ông/bà sinh sống ở khu vực nào?', required: true, choices: AREAS },
  { name: 'gioi_tinh', type: 'single' as const, label: 'Giới tính', required: true, choices: SEX },
  { name: 'nhom_tuoi', type: 'single' as const, label: 'Nhóm tuổi', required: true, choices: AGE },
]

const OPEN_TEXTS = [
  'Thủ tục cấp giấy tờ nhanh hơn trước, cán bộ niềm nở',
  'Đường trong ngõ ngập nước mỗi khi mưa to, đề nghị phường sớm khơi thông cống',
  'Rác thải ở chợ tạm chưa được thu gom kịp thời',
  'Mong phường bố trí thêm đèn chiếu sáng ở các ngõ nhỏ',
  'Cán bộ một cửa hướng dẫn tận tình, tôi rất hài lòng',
  'Tiếng ồn từ quán karaoke về khuya làm người dân bức xúc',
  'Cần thêm sân chơi cho trẻ em trong khu dân cư',
]

async function periodicSurvey(ctx: ServiceContext, unitId: string, r: () => number): Promise<{ id: string; n: number }> {
  const closes = localDay(new Date(ctx.now.getTime() - 20 * DAY))
  const opens = localDay(new Date(ctx.now.getTime() - 45 * DAY))
  const survey = await createSurvey(ctx, {
    title: 'Mức độ hài lòng của người dân với chính quyền phường năm 2026', unitId, kind: 'periodic', seriesKey: 'hai-long-chinh-quyen',
    waveLabel: 'Năm 2026', description: 'Điều tra định kỳ hằng năm về sự hài lòng của người dân với dịch vụ hành chính công và đời sống đô thị của phường.',
    opensOn: opens, closesOn: closes, access: 'link', resultsVisibleWhileOpen: false, plannedSample: 384,
    quotas: { fields: { area: 'khu_vuc', sex: 'gioi_tinh', ageGroup: 'nhom_tuoi' }, cells: [], whenFull: 'accept' },
    questionnaire: {
      title: 'Phiếu khảo sát mức độ hài lòng',
      sections: [
        { name: 'thong_tin', title: 'Thông tin người trả lời', questions: profile },
        {
          name: 'danh_gia', title: 'Đánh giá', questions: [
            { name: 'hai_long', type: 'likert5', label: 'Ông/bà hài lòng với cách giải quyết thủ tục hành chính của phường', required: true },
            { name: 'thoi_gian', type: 'single', label: 'Thời gian giải quyết hồ sơ so với hẹn', choices: [c('som', 'Sớm hơn hẹn'), c('dung', 'Đúng hẹn'), c('tre', 'Trễ hẹn')] },
            { name: 'uu_tien', type: 'multiple', label: 'Những việc phường cần ưu tiên trong năm tới', choices: [c('moi_truong', 'Vệ sinh môi trường'), c('giao_thong', 'Giao thông, ngập úng'), c('an_ninh', 'An ninh trật tự'), c('y_te', 'Y tế cơ sở'), c('giao_duc', 'Trường lớp')] },
            { name: 'diem', type: 'rating', label: 'Chấm điểm chung cho chính quyền phường (1–10)', scaleMax: 10 },
            { name: 'y_kien', type: 'long_text', label: 'Ý kiến khác' },
          ],
        },
      ],
    },
  })
  // door-to-door fieldwork finds more women and older people at home than the ward has
  const header = ['_id', '_submission_time', 'khu_vuc', 'gioi_tinh', 'nhom_tuoi', 'hai_long', 'thoi_gian', 'uu_tien', 'diem', 'y_kien']
  const lines = [csvLine(header)]
  const n = 400
  for (let i = 0; i < n; i++) {
    const area = pick(r, [['kv1', 30], ['kv2', 25], ['kv3', 25], ['kv4', 20]])
    const sex = pick(r, [['nam', 38], ['nu', 62]])
    const age = pick(r, [['18_34', 18], ['35_59', 42], ['60_plus', 40]])
    // older people are more satisfied, the young less; area 4 (the widening works) less
    const lift = (age === '60_plus' ? 0.8 : age === '18_34' ? -0.6 : 0) + (area === 'kv4' ? -0.7 : 0) + (sex === 'nu' ? 0.1 : 0)
    const score = Math.max(1, Math.min(5, Math.round(3.4 + lift + (r() - 0.5) * 2.4)))
    const time = pick(r, [['som', 15], ['dung', 65 + lift * 10], ['tre', 20 - lift * 8]])
    const priorities = ['moi_truong', 'giao_thong', 'an_ninh', 'y_te', 'giao_duc'].filter((p, k) => r() < [0.45, area === 'kv4' ? 0.7 : 0.4, 0.3, age === '60_plus' ? 0.5 : 0.2, age === '18_34' ? 0.45 : 0.15][k]!)
    const points = Math.max(1, Math.min(10, Math.round(score * 2 - 0.5 + (r() - 0.5) * 2)))
    const text = r() < 0.18 ? OPEN_TEXTS[Math.floor(r() * OPEN_TEXTS.length)]! : ''
    const at = new Date(Date.parse(`${opens}T01:00:00Z`) + Math.floor(r() * 24) * DAY + Math.floor(r() * 10) * 3_600_000).toISOString()
    lines.push(csvLine([`HL26-${String(i + 1).padStart(4, '0')}`, at, area, sex, age, String(score), time, priorities.join(' '), String(points), text]))
  }
  await changeStatus(ctx, survey.id, 'open')
  await importResponses(ctx, { surveyId: survey.id, filename: 'phieu-hai-long-2026.csv', data: Buffer.from(lines.join(''), 'utf8') })
  await changeStatus(ctx, survey.id, 'close')
  // the ward's population (Chi cục Thống kê, rounded): margins by sex, age group and area
  await setWeights(ctx, survey.id, {
    margins: {
      gioi_tinh: { nam: 0.49, nu: 0.51 },
      nhom_tuoi: { '18_34': 0.36, '35_59': 0.43, '60_plus': 0.21 },
      khu_vuc: { kv1: 0.27, kv2: 0.24, kv3: 0.26, kv4: 0.23 },
    },
  })
  await changeStatus(ctx, survey.id, 'publish')
  return { id: survey.id, n }
}

async function adHocSurvey(ctx: ServiceContext, unitId: string, r: () => number): Promise<{ id: string; n: number }> {
  const survey = await createSurvey(ctx, {
    title: 'Lấy ý kiến người dân về phương án mở rộng đường Lê Lợi', unitId, kind: 'ad_hoc', waveLabel: null, seriesKey: null,
    description: 'Lấy ý kiến nhanh các hộ dân tổ 5–8 và các khu vực lân cận về phương án bồi thường, hỗ trợ và tiến độ thi công.',
    opensOn: localDay(new Date(ctx.now.getTime() - 6 * DAY)), closesOn: localDay(new Date(ctx.now.getTime() + 10 * DAY)),
    access: 'link', resultsVisibleWhileOpen: false, plannedSample: 200,
    quotas: {
      fields: { area: 'khu_vuc', sex: 'gioi_tinh' },
      cells: [
        ...AREAS.map((a) => ({ key: a.value, criteria: { area: a.value }, target: 50, closeWhenFull: true })),
        { key: 'nam', criteria: { sex: 'nam' }, target: 100 },
        { key: 'nu', criteria: { sex: 'nu' }, target: 100 },
      ],
      whenFull: 'accept',
    },
    questionnaire: {
      title: 'Phiếu lấy ý kiến mở rộng đường Lê Lợi',
      sections: [
        { name: 'thong_tin', title: 'Thông tin người trả lời', questions: profile.slice(0, 2) },
        {
          name: 'y_kien', title: 'Ý kiến về phương án', questions: [
            { name: 'dong_tinh', type: 'single', label: 'Ông/bà có đồng tình với chủ trương mở rộng đường Lê Lợi không?', required: true, choices: [c('dong_tinh', 'Đồng tình'), c('phan_van', 'Còn băn khoăn'), c('khong', 'Không đồng tình')] },
            { name: 'ly_do', type: 'multiple', label: 'Điều ông/bà còn băn khoăn', relevant: "${dong_tinh} != 'dong_tinh'", choices: [c('gia_den_bu', 'Giá bồi thường'), c('tai_dinh_cu', 'Tái định cư'), c('tien_do', 'Tiến độ thi công'), c('bui_on', 'Bụi, tiếng ồn')] },
            { name: 'de_xuat', type: 'text', label: 'Đề xuất của ông/bà' },
          ],
        },
      ],
    },
  })
  await changeStatus(ctx, survey.id, 'open')
  const n = 86
  for (let i = 0; i < n; i++) {
    const area = pick(r, [['kv1', 15], ['kv2', 50], ['kv3', 25], ['kv4', 10]])
    const stance = pick(r, [['dong_tinh', area === 'kv2' ? 35 : 60], ['phan_van', 40], ['khong', area === 'kv2' ? 25 : 10]])
    const answers: Record<string, string | string[]> = { khu_vuc: area, gioi_tinh: pick(r, [['nam', 45], ['nu', 55]]), dong_tinh: stance }
    if (stance !== 'dong_tinh') answers.ly_do = ['gia_den_bu', 'tai_dinh_cu', 'tien_do', 'bui_on'].filter((_, k) => r() < [0.7, 0.35, 0.3, 0.25][k]!)
    if ((answers.ly_do as string[] | undefined)?.length === 0) delete answers.ly_do
    if (r() < 0.2) answers.de_xuat = pick(r, [['Đề nghị công khai đơn giá bồi thường từng thửa đất', 1], ['Mong thi công dứt điểm trước Tết', 1], ['Cần tưới nước chống bụi hằng ngày', 1]])
    const at = new Date(ctx.now.getTime() - Math.floor(r() * 6) * DAY - Math.floor(r() * 8) * 3_600_000)
    const channel = pick<'interviewer' | 'paper' | 'public'>(r, [['interviewer', 60], ['paper', 20], ['public', 20]])
    // a full area quota refuses further answers there, as during real fieldwork
    try {
      if (channel === 'public') await submitPublicResponse({ ...ctx, now: at }, survey.publicToken, { answers })
      else await submitResponse({ ...ctx, now: ctx.now }, survey.id, { clientId: randomUUID(), channel, answers, submittedAt: at.toISOString() })
    } catch (e) {
      if ((e as { code?: string }).code !== 'SURVEY_QUOTA_FULL') throw e
    }
  }
  await createInvites(ctx, survey.id, 20, (token) => `/khao-sat/${token}`)
  return { id: survey.id, n }
}

/** Loads the two demo surveys owned by the ward (`HB`). */
export async function loadDemoSurveys(ctx: ServiceContext, wardUnitId: string): Promise<DemoSurveysResult> {
  const r = rng(20261120)
  const periodic = await periodicSurvey(ctx, wardUnitId, r)
  const adHoc = await adHocSurvey(ctx, wardUnitId, r)
  return { periodic: periodic.id, adHoc: adHoc.id, responses: periodic.n + adHoc.n }
}
