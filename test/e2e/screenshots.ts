/**
 * Not a test: screenshots of the pages at 1280×800 and 390×844 for a person to look at, and the README's pictures.
 *   node --import tsx test/e2e/screenshots.ts [outDir]   (default /tmp/caunoi-shots; README ones go to docs/screenshots)
 */
import fs from 'node:fs'
import path from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { DESKTOP, PHONE, apiAs, signInPage, startEnv } from './browser.ts'
import { periodOf, previousPeriod } from '../../src/domain/reporting/periods.ts'

const out = process.argv[2] ?? '/tmp/caunoi-shots'
/** The monthly reporting period that ended last (periods run from the 25th to the 24th). */
const LAST_MONTH = previousPeriod(periodOf('month', new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()))).key
fs.mkdirSync(out, { recursive: true })
const env = await startEnv()
const { url, browser } = env

/** Demo content so the pages show something: topics to watch and a few records. */
async function seed() {
  const bxdd = await apiAs(url, 'bxdd')
  const units = (await (await bxdd.get('/api/units')).json()) as { items: { id: string; code: string }[] }
  const id = (code: string) => units.items.find((u) => u.code === code)!.id
  for (const [i, title] of ['Ý kiến về việc sáp nhập tổ dân phố', 'Giá điện, nước sinh hoạt tăng', 'Tình hình an ninh trật tự khu chợ'].entries()) {
    await bxdd.post('/api/watch-topics', { data: { unitId: id('HB'), title, description: i === 0 ? 'Nắm tâm trạng người cao tuổi, cựu chiến binh' : '', topics: [['chinh-quyen', 'doi-song', 'ttatxh'][i]], position: i } })
  }
  const ctv = await apiAs(url, 'ctv')
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
  const records = [
    ['Lo ngại ngập úng đường Trần Phú', 'Sau mưa lớn nước ngập sâu, bà con đi lại khó khăn; đề nghị nạo vét cống.', 'moi-truong', 'concern', 'high'],
    ['Phấn khởi vì đường Lê Lợi được mở rộng', 'Nhiều hộ kinh doanh tán thành, mong thi công đúng tiến độ.', 'kt-xh', 'support', 'medium'],
    ['Bức xúc tiền đền bù giải phóng mặt bằng', 'Một số hộ cho rằng giá đền bù thấp hơn giá thị trường.', 'dat-dai', 'oppose', 'pressing'],
  ] as const
  for (const [title, content, topic, direction, intensity] of records) {
    await ctv.post('/api/opinions', { data: { channel: 'collaborator', unitId: id('HB-CB-KDC01'), heardOn: today, title, content, streams: [{ topics: [topic], direction, intensity, breadth: 'many', groups: ['nguoi-cao-tuoi'] }] } })
  }
  // an issue from the first record, referred to the cell
  const list = (await (await bxdd.get('/api/opinions')).json()) as { items: { title: string; streams: { id: string }[] }[] }
  const first = list.items.find((o) => o.title.startsWith('Bức xúc'))!
  const issue = (await (await bxdd.post('/api/issues', { data: { title: 'Giá đền bù giải phóng mặt bằng dự án đường Lê Lợi', topic: 'dat-dai', unitId: id('HB'), hotSpot: true, streamIds: [first.streams[0]!.id] } })).json()) as { id: string }
  const due = new Date(Date.now() + 10 * 86400_000).toISOString().slice(0, 10)
  await bxdd.post(`/api/issues/${issue.id}/referrals`, { data: { toUnitId: id('HB-CB-KDC01'), dueOn: due, note: 'Đề nghị nắm lại số hộ, ý kiến cụ thể.' } })
  // the ward report of the last finished month, drafted by the board from the demo's unit reports
  await bxdd.post('/api/reports/ward', { data: { periodKey: LAST_MONTH, unitId: id('HB') } })
  await bxdd.dispose()
  await ctv.dispose()
}

/** Two surveys for the survey pages: a closed periodic wave with 48 answers and weights, and an open ad hoc one. */
const surveys = { closed: '', open: '', openToken: '' }
async function seedSurveys() {
  const bxdd = await apiAs(url, 'bxdd')
  const ctv = await apiAs(url, 'ctv')
  const units = (await (await bxdd.get('/api/units')).json()) as { items: { id: string; code: string }[] }
  const ward = units.items.find((u) => u.code === 'HB')!.id
  const choices = (...labels: string[]) => labels.map((label, i) => ({ value: String(i + 1), label }))
  const questionnaire = {
    title: 'Phiếu khảo sát sự hài lòng với bộ phận một cửa phường',
    sections: [
      { name: 's1', title: 'Thông tin người trả lời', questions: [
        { name: 'gioi_tinh', type: 'single', label: 'Giới tính', required: true, choices: choices('Nam', 'Nữ') },
        { name: 'tuoi', type: 'single', label: 'Nhóm tuổi', required: true, choices: choices('18–34', '35–59', '60 trở lên') },
      ] },
      { name: 's2', title: 'Đánh giá', questions: [
        { name: 'hai_long', type: 'likert5', label: 'Cán bộ một cửa phục vụ tận tình, đúng hẹn', required: true },
        { name: 'dich_vu', type: 'multiple', label: 'Thủ tục ông/bà đã làm trong 6 tháng qua', choices: choices('Chứng thực', 'Hộ tịch', 'Đất đai', 'Xây dựng') },
        { name: 'gop_y', type: 'long_text', label: 'Điều gì làm ông/bà chưa hài lòng?', relevant: "${hai_long} = '1' or ${hai_long} = '2'" },
      ] },
    ],
  }
  const created = (await (await bxdd.post('/api/surveys', { data: {
    title: 'Hài lòng với bộ phận một cửa — 6 tháng cuối năm', unitId: ward, kind: 'periodic', waveLabel: '6 tháng cuối năm', seriesKey: 'hai-long-mot-cua',
    questionnaire, plannedSample: 60,
    quotas: { fields: { sex: 'gioi_tinh' }, cells: [{ key: 'nam', criteria: { sex: '1' }, target: 30 }, { key: 'nu', criteria: { sex: '2' }, target: 30 }], whenFull: 'accept' },
  } })).json()) as { id: string }
  surveys.closed = created.id
  await bxdd.post(`/api/surveys/${created.id}/open`, { data: {} })
  // 48 answers from a fixed sequence, so the pictures are the same every time
  let x = 7
  const next = (n: number) => { x = (x * 1103515245 + 12345) % 2147483648; return Math.floor(x / 65536) % n }
  for (let i = 0; i < 48; i++) {
    const hl = String(1 + Math.min(4, next(3) + next(3)))
    const answers: Record<string, unknown> = { gioi_tinh: String(1 + next(2)), tuoi: String(1 + next(3)), hai_long: hl, dich_vu: ['1', '2', '3', '4'].filter(() => next(3) === 0) }
    if (hl === '1' || hl === '2') answers.gop_y = ['Phải đi lại nhiều lần mới xong hồ sơ đất đai.', 'Cán bộ hẹn trả kết quả nhưng trễ một tuần.', 'Phòng chờ chật, không có chỗ ngồi.'][next(3)]
    await ctv.post(`/api/surveys/${created.id}/responses`, { data: { clientId: crypto.randomUUID(), channel: i % 3 ? 'interviewer' : 'paper', answers } })
  }
  await bxdd.post(`/api/surveys/${created.id}/close`, { data: {} })
  await bxdd.put(`/api/surveys/${created.id}/weights`, { data: { margins: { gioi_tinh: { '1': 0.48, '2': 0.52 } } } })
  const open = (await (await bxdd.post('/api/surveys', { data: {
    title: 'Ý kiến về ngập úng đường Trần Phú', unitId: ward, kind: 'ad_hoc',
    questionnaire: { title: 'Ý kiến về ngập úng đường Trần Phú', sections: [{ name: 's1', title: '', questions: [
      { name: 'ngap', type: 'single', label: 'Nhà ông/bà có bị ngập trong đợt mưa vừa qua không?', required: true, choices: [{ value: 'co', label: 'Có' }, { value: 'khong', label: 'Không' }] },
      { name: 'muc', type: 'integer', label: 'Nước ngập sâu khoảng bao nhiêu cm?', required: true, relevant: "${ngap} = 'co'", min: 0, max: 300 },
      { name: 'nguyen_nhan', type: 'multiple', label: 'Theo ông/bà, nguyên nhân chính là gì?', choices: [{ value: 'cong', label: 'Cống nhỏ, tắc' }, { value: 'mua', label: 'Mưa lớn bất thường' }, { value: 'xay', label: 'Công trình xây dựng lấn dòng chảy' }] },
      { name: 'hai_long', type: 'rating', label: 'Mức hài lòng với cách xử lý của phường (1–5)', scaleMax: 5 },
    ] }] },
  } })).json()) as { id: string; publicToken: string }
  await bxdd.post(`/api/surveys/${open.id}/open`, { data: {} })
  surveys.open = open.id
  surveys.openToken = open.publicToken
  await bxdd.dispose()
  await ctv.dispose()
}

async function shoot(context: BrowserContext, page: Page, name: string, size: string) {
  await page.waitForLoadState('networkidle').catch(() => undefined)
  await page.waitForTimeout(400)
  await page.screenshot({ path: path.join(out, `${name}-${size}.png`), fullPage: size === 'phone' })
  // what a phone shows first, without scrolling
  if (size === 'phone') await page.screenshot({ path: path.join(out, `${name}-${size}-top.png`) })
  void context
}

/** Extra steps before a shot (open a drawer, a dialog). */
const steps: Record<string, (page: Page) => Promise<void>> = {
  'opinion-detail': async (page) => { await page.getByTestId('opinion-title').first().click(); await page.getByTestId('opinion-detail').waitFor() },
  'opinion-form': async (page) => { await page.getByTestId('opinion-create').click(); await page.getByTestId('opinion-form').waitFor() },
  'issue-detail': async (page) => { await page.getByTestId('issue-title').first().click(); await page.getByTestId('issue-detail').waitFor() },
  'collaborator-form': async (page) => { await page.getByTestId('collaborator-create').click(); await page.getByTestId('collaborator-form').waitFor() },
  'meeting-detail': async (page) => { await page.getByTestId('meeting-title').first().click(); await page.getByTestId('meeting-detail').waitFor() },
  'capture-en': async (page) => { await page.getByTestId('language-switch').getByText('EN').click(); await page.getByText('Record an opinion').waitFor() },
  'opinions-en': async (page) => { await page.getByTestId('language-switch').getByText('EN').click(); await page.getByText('Public opinion').first().waitFor() },
  'opinions-search': async (page) => { await page.getByTestId('opinion-snippet').first().waitFor() },
  'survey-builder': async (page) => { await page.goto(`${url}/surveys/${surveys.open}?tab=builder`); await page.getByTestId('phone-preview').waitFor() },
  'survey-fieldwork': async (page) => { await page.goto(`${url}/surveys/${surveys.closed}?tab=fieldwork`); await page.getByTestId('fieldwork-total').waitFor() },
  'survey-results': async (page) => { await page.goto(`${url}/surveys/${surveys.closed}?tab=results`); await page.locator('[data-testid="result-hai_long-chart"][data-rendered="1"]').waitFor() },
  'survey-crosstab': async (page) => { await page.goto(`${url}/surveys/${surveys.closed}?tab=results&rtab=crosstab&row=gioi_tinh&col=hai_long`); await page.getByTestId('crosstab-reading').waitFor() },
  'survey-weights': async (page) => { await page.goto(`${url}/surveys/${surveys.closed}?tab=results&rtab=weights`); await page.getByTestId('weights-summary').waitFor() },
  'survey-paper': async (page) => { await page.goto(`${url}/surveys/${surveys.open}?tab=entry`); await page.getByTestId('paper-entry').waitFor() },
  'survey-public': async (page) => { await page.goto(`${url}/khao-sat/${surveys.openToken}`); await page.getByTestId('sq-ngap-opt-co').click(); await page.getByTestId('sq-muc').waitFor() },
  'survey-interview': async (page) => { await page.getByTestId('interview-form').waitFor() },
  'report-form': async (page) => { await page.getByTestId('report-open').first().click(); await page.getByTestId('section-I').waitFor() },
  compliance: async (page) => { await page.locator('[data-testid="compliance-chart"][data-rendered="1"]').waitFor() },
  'ward-report': async (page) => { await page.getByTestId('doc-preview').waitFor() },
  trends: async (page) => { for (const id of ['chart-volume', 'chart-direction', 'chart-heat', 'chart-forecast']) await page.locator(`[data-testid="${id}"][data-rendered="1"]`).waitFor() },
}

const only = process.env.SHOTS?.split(',')
const pages0: [string, string, string][] = [
  ['capture', 'ctv', '/ghi-nhan'],
  ['capture-en', 'ctv', '/ghi-nhan'],
  ['opinions-en', 'bxdd', '/opinions'],
  ['opinions', 'bxdd', '/opinions'],
  ['opinions-search', 'bxdd', '/opinions?q=duong'],
  ['opinion-detail', 'bxdd', '/opinions'],
  ['opinion-form', 'bxdd', '/opinions'],
  ['issues', 'bxdd', '/issues'],
  ['issue-detail', 'bxdd', '/issues'],
  ['collaborators', 'bxdd', '/collaborators'],
  ['collaborators-watch', 'bxdd', '/collaborators?tab=watch'],
  ['collaborators-activity', 'bxdd', '/collaborators?tab=activity'],
  ['collaborators-settings', 'admin', '/collaborators?tab=settings'],
  ['collaborator-form', 'bxdd', '/collaborators'],
  ['meetings', 'bxdd', '/meetings'],
  ['meeting-detail', 'bxdd', '/meetings'],
  ['trends', 'bxdd', '/trends?alerts=90&terms=30'],
  ['reports', 'phutrach', '/reports'],
  ['report-form', 'phutrach', '/reports'],
  ['compliance', 'bxdd', `/compliance?period=${LAST_MONTH}`],
  ['compliance-grid', 'bxdd', `/compliance?period=${LAST_MONTH}&tab=grid`],
  ['ward-report', 'bxdd', `/ward-reports?period=${LAST_MONTH}&tab=preview`],
  ['surveys', 'bxdd', '/surveys'],
  ['survey-builder', 'bxdd', '/surveys'],
  ['survey-fieldwork', 'bxdd', '/surveys'],
  ['survey-results', 'bxdd', '/surveys'],
  ['survey-crosstab', 'bxdd', '/surveys'],
  ['survey-weights', 'bxdd', '/surveys'],
  ['survey-paper', 'bxdd', '/surveys'],
  ['survey-public', 'bxdd', '/surveys'],
  ['survey-interview', 'ctv', '/phieu-dieu-tra'],
]
const pages = pages0.filter(([name]) => !only || only.includes(name))
try {
  await seed()
  await seedSurveys()
  for (const [size, opts] of [['desktop', DESKTOP], ['phone', PHONE]] as const) {
    for (const [name, user, route] of pages) {
      const context = await browser.newContext({ ...opts, locale: 'vi-VN' })
      const page = await context.newPage()
      await signInPage(page, url, user, route)
      await steps[name]?.(page)
      await shoot(context, page, name, size)
      await context.close()
    }
  }
  if (process.env.README_SHOTS === '1') {
    fs.copyFileSync(path.join(out, 'capture-phone-top.png'), 'docs/screenshots/capture-phone.png')
    fs.copyFileSync(path.join(out, 'opinions-desktop.png'), 'docs/screenshots/opinions.png')
    fs.copyFileSync(path.join(out, 'compliance-desktop.png'), 'docs/screenshots/compliance.png')
    fs.copyFileSync(path.join(out, 'ward-report-desktop.png'), 'docs/screenshots/ward-report.png')
    fs.copyFileSync(path.join(out, 'survey-results-desktop.png'), 'docs/screenshots/survey-results.png')
    fs.copyFileSync(path.join(out, 'survey-fieldwork-desktop.png'), 'docs/screenshots/survey-fieldwork.png')
  }
  console.log(`screenshots in ${out}`)
} finally {
  await env.close()
}
