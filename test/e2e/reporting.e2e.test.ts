/**
 * Browser journey of the reporting cycle (#4) on the demo ward: the unit officer (phutrach) writes this period's report
 * — sections, a linked opinion stream found without accents, Ctrl+S, the automatic figures and the records behind one
 * of them — and submits it after a confirmation; the focal board (bxdd) sees it on the compliance board and returns it
 * with a comment; the officer reads the comment at the top of the report and submits again; the board accepts it; the
 * board drafts the ward report and edits it; a leader (lanhdao) approves it and its number shows; the DOCX downloads.
 * Then the same pages on a phone fit the screen.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { CHROMIUM, DESKTOP, PHONE, apiAs, confirmDialog, failureShot, hasChromium, signInPage, startEnv, watchProblems, type Env } from './browser.ts'

let env: Env | undefined
before(async () => {
  if (hasChromium) env = await startEnv()
})
after(async () => {
  await env?.close()
})

const RECORD_TITLE = 'Đèn đường hỏng kéo dài trên phố Trần Phú'
const COMMENT = 'Đề nghị bổ sung số hộ có ý kiến và kiến nghị cụ thể về đèn đường.'

/** Signs `username` in on a new desktop page; the caller closes its context. */
async function pageAs(browser: Browser, username: string, route: string, size = DESKTOP): Promise<{ page: Page; problems: string[]; close(): Promise<void> }> {
  const context = await browser.newContext({ ...size, locale: 'vi-VN', acceptDownloads: true })
  const page = await context.newPage()
  const problems = watchProblems(page)
  await signInPage(page, env!.url, username, route)
  return { page, problems, close: () => context.close() }
}

/** Clicks the OK button of the open confirmation dialog. */
const confirm = (page: Page) => confirmDialog(page, '[data-testid="confirm-ok"]')

/** The compliance table's row of the officer's cell. */
function kdc01Row(page: Page) {
  return page.getByTestId('compliance-table').locator('tr').filter({ has: page.locator('[data-code="HB-CB-KDC01"]') })
}

test('a monthly report goes from the unit officer to the board and back, is accepted, and the ward report is approved with a number', async (t) => {
  if (!hasChromium) {
    t.skip(`no chromium at ${CHROMIUM} (apt-get install chromium)`)
    return
  }
  const { url, browser } = env!
  // a record heard today in the officer's cell, so this period has a stream to link and a figure to trace
  const officerApi = await apiAs(url, 'phutrach')
  const units = (await (await officerApi.get('/api/units')).json()) as { items: { id: string; code: string }[] }
  const kdc01 = units.items.find((u) => u.code === 'HB-CB-KDC01')!.id
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
  const created = await officerApi.post('/api/opinions', { data: {
    channel: 'unit_report', unitId: kdc01, heardOn: today, title: RECORD_TITLE,
    content: 'Nhiều hộ dân phản ánh đèn đường hỏng hơn hai tuần, đi lại buổi tối không an toàn.',
    streams: [{ summary: 'Lo lắng vì đèn đường hỏng, đi lại buổi tối không an toàn', topics: ['ttatxh'], direction: 'concern', breadth: 'many' }],
  } })
  assert.equal(created.status(), 201, await created.text())
  await officerApi.dispose()

  const officer = await pageAs(browser, 'phutrach', '/')
  const board = await pageAs(browser, 'bxdd', '/')
  const leader = await pageAs(browser, 'lanhdao', '/')
  let current: Page = officer.page
  try {
    // ——— the officer opens this period's report from the menu
    let page = officer.page
    await page.getByTestId('nav-reports').click()
    await page.getByRole('heading', { name: 'Báo cáo', exact: true }).waitFor()
    // leaders and the board have the compliance and ward pages; a unit officer does not
    assert.equal(await page.getByTestId('nav-compliance').count(), 0)
    await page.getByTestId('report-open-current').click()
    await page.waitForURL(/\/reports\/[^/?]+$/)
    const reportUrl = page.url()
    await page.getByTestId('section-I').waitFor()
    assert.match(await page.getByTestId('report-title').innerText(), /^Báo cáo Tháng \d{1,2}\/\d{4}$/)
    for (const code of ['I', 'II', 'III', 'IV', 'V']) await page.getByTestId(`section-${code}`).waitFor()
    assert.equal(await page.getByTestId('section-VI').count(), 0, 'a monthly report has sections I–V only')

    await page.getByTestId('section-I').getByTestId('section-body').fill('Cán bộ, đảng viên và Nhân dân trong chi bộ phấn khởi, tin tưởng.')
    await page.getByTestId('section-V').getByTestId('section-body').fill('Đề nghị Uỷ ban nhân dân phường sớm thay đèn đường phố Trần Phú.')
    // link the stream of today's record to section II, found by typing without accents
    await page.getByTestId('section-II').getByTestId('section-link').click()
    const picker = page.getByTestId('stream-picker')
    await picker.getByTestId('stream-search').locator('input').fill('den duong hong')
    await picker.getByTestId('stream-search').locator('input').press('Enter')
    await picker.getByTestId('stream-candidate').filter({ hasText: 'đèn đường hỏng' }).first().locator('input[type="checkbox"]').check()
    await page.locator('.ant-modal:visible').getByRole('button', { name: /Gắn \(1\)/ }).click()
    await page.getByTestId('section-II').getByTestId('section-streams').filter({ hasText: 'đèn đường hỏng' }).waitFor()
    await page.getByTestId('report-dirty').waitFor()
    // Ctrl+S saves
    await page.keyboard.press('Control+s')
    await page.getByTestId('report-dirty').waitFor({ state: 'hidden' })
    await page.getByTestId('report-history').locator('[data-action="save"]').first().waitFor()

    // the figures: updated, and one of them opens the records behind it
    await page.getByTestId('stats-refresh').click()
    await page.getByTestId('stats-topic-direction').waitFor()
    const link = page.getByTestId('stats-topic-direction').getByRole('link', { name: /Trật tự an toàn xã hội · Băn khoăn/ })
    const href = (await link.getAttribute('href'))!
    assert.match(href, new RegExp(`^/opinions\\?from=\\d{4}-\\d{2}-\\d{2}&to=\\d{4}-\\d{2}-\\d{2}&unitId=${kdc01}&topic=ttatxh&direction=concern$`))
    await link.click()
    await page.waitForURL(/\/opinions\?/)
    await page.getByTestId('opinion-title').filter({ hasText: RECORD_TITLE }).first().waitFor()
    await page.goto(reportUrl)
    await page.getByTestId('section-I').waitFor()
    assert.equal(await page.getByTestId('section-I').getByTestId('section-body').inputValue(), 'Cán bộ, đảng viên và Nhân dân trong chi bộ phấn khởi, tin tưởng.')

    // submit, after the confirmation
    await page.getByTestId('report-submit').click()
    await page.locator('.ant-modal-confirm-title', { hasText: 'Nộp báo cáo này?' }).waitFor()
    await confirm(page)
    await page.locator('[data-testid="report-status"][data-status="submitted"]').first().waitFor()
    assert.equal(await page.getByTestId('report-save').count(), 0, 'a submitted report is no longer editable by the unit')

    // ——— the board sees the compliance board updated and returns the report with a comment
    page = board.page
    current = page
    await page.getByTestId('nav-compliance').click()
    await page.getByTestId('compliance-cards').waitFor()
    await kdc01Row(page).getByTestId('compliance-status').and(page.locator('[data-status="on_time"]')).waitFor()
    assert.ok(Number(await page.getByTestId('compliance-submitted').locator('.ant-statistic-content').innerText()) >= 1)
    await kdc01Row(page).getByTestId('compliance-return').click()
    // the comment is required
    await page.getByTestId('return-ok').click()
    await page.getByText('Cần ghi góp ý khi trả lại báo cáo.').first().waitFor()
    await page.getByTestId('return-comment').fill(COMMENT)
    await page.getByTestId('return-ok').click()
    await kdc01Row(page).locator('[data-testid="report-status"][data-status="returned"]').waitFor()

    // ——— the officer reads the comment at the top of the report and submits again
    page = officer.page
    current = page
    await page.goto(`${url}/reports`)
    await page.getByTestId('report-returned-alert').waitFor()
    await page.getByTestId('report-returned-alert').getByRole('button').click()
    assert.match(await page.getByTestId('report-review-comment').innerText(), new RegExp(COMMENT.replace(/[.]/g, '\\.')))
    await page.getByTestId('section-II').getByTestId('section-body').fill('Khoảng 40 hộ ở tổ dân phố số 1 phản ánh đèn đường hỏng; kiến nghị thay trong tháng.')
    await page.getByTestId('report-submit').click()
    await confirm(page)
    await page.locator('[data-testid="report-status"][data-status="submitted"]').first().waitFor()
    await page.getByTestId('report-review-comment').waitFor({ state: 'hidden' })
    assert.ok(await page.getByTestId('report-history').locator('[data-action="return"]').count() >= 1, 'the return stays in the history')

    // ——— the board accepts it
    page = board.page
    current = page
    await page.reload()
    await kdc01Row(page).getByTestId('compliance-accept').click()
    await confirm(page)
    await kdc01Row(page).locator('[data-testid="report-status"][data-status="accepted"]').waitFor()

    // ——— the board drafts the ward report of the period and edits it
    await page.getByTestId('nav-ward-reports').click()
    await page.getByTestId('ward-draft').or(page.getByTestId('ward-redraft')).first().waitFor()
    if (await page.getByTestId('ward-draft').count()) await page.getByTestId('ward-draft').click()
    else {
      await page.getByTestId('ward-redraft').click()
      await confirm(page)
    }
    await page.getByTestId('section-I').getByTestId('section-body').waitFor()
    const body = page.getByTestId('section-I').getByTestId('section-body')
    await body.fill(`${await body.inputValue()}\n\nBan Xây dựng Đảng bổ sung: tình hình ổn định.`)
    await page.getByTestId('report-save').click()
    await page.getByText('Đã lưu báo cáo.').first().waitFor()
    await page.getByTestId('ward-tab-preview').click()
    await page.getByTestId('doc-preview').getByText('ĐẢNG CỘNG SẢN VIỆT NAM').waitFor()
    await page.getByTestId('doc-preview').getByText('Ban Xây dựng Đảng bổ sung: tình hình ổn định.').waitFor()
    await page.getByTestId('doc-draft').waitFor()

    // ——— a leader approves it after a confirmation; the number shows
    page = leader.page
    current = page
    await page.getByTestId('nav-ward-reports').click()
    await page.getByTestId('ward-approve').click()
    await page.locator('.ant-modal-confirm-content', { hasText: 'Khi duyệt, báo cáo được cấp số văn bản' }).waitFor()
    await confirm(page)
    const number = await page.getByTestId('ward-number').innerText()
    assert.match(number, /^(Số )?\d{2}-BC\/ĐU$/)
    await page.getByTestId('ward-tab-preview').click()
    assert.match(await page.getByTestId('doc-number').innerText(), new RegExp(`${number.replace(/^Số /, '').replace('/', '\\/')}$`))
    assert.equal(await page.getByTestId('doc-draft').count(), 0)
    assert.equal(await page.getByTestId('ward-approve').count(), 0)

    // ——— the DOCX downloads as a DOCX
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-docx').click()])
    assert.match(download.suggestedFilename(), /\.docx$/)
    const file = await download.path()
    assert.equal(fs.readFileSync(file).subarray(0, 2).toString('latin1'), 'PK', 'a DOCX is a zip')

    for (const p of [officer, board, leader]) assert.deepEqual(p.problems, [])
  } catch (err) {
    await failureShot(current, 'reporting')
    throw err
  } finally {
    await officer.close()
    await board.close()
    await leader.close()
  }
})

test('on a phone the reporting pages fit the screen', async (t) => {
  if (!hasChromium) {
    t.skip(`no chromium at ${CHROMIUM} (apt-get install chromium)`)
    return
  }
  const board = await pageAs(env!.browser, 'bxdd', '/', PHONE)
  try {
    for (const route of ['/compliance', '/compliance?tab=grid', '/reports', '/ward-reports']) {
      await board.page.goto(`${env!.url}${route}`)
      await board.page.getByRole('heading', { level: 3 }).first().waitFor()
      await board.page.waitForLoadState('networkidle')
      const overflow = await board.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      assert.ok(overflow <= 1, `${route} scrolls sideways by ${overflow}px`)
    }
    assert.deepEqual(board.problems, [])
  } catch (err) {
    await failureShot(board.page, 'reporting-phone')
    throw err
  } finally {
    await board.close()
  }
})
