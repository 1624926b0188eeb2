/**
 * Browser journey of one opinion: a collaborator records it on a phone; the cell's opinion officer finds it by an
 * unaccented search, links it to a new issue and refers the issue to a unit with a due day; the officer of that unit
 * answers; the focal board sees the issue answered with the answer in its timeline.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { BrowserContext, Page } from 'playwright-core'
import { CHROMIUM, DESKTOP, PHONE, failureShot, hasChromium, pickInTreeSelect, pickOption, signInPage, startEnv, watchProblems, type Env } from './browser.ts'

let env: Env | undefined
before(async () => {
  if (hasChromium) env = await startEnv()
})
after(async () => {
  await env?.close()
})

const TITLE = 'Đường Nguyễn Trãi xuống cấp nghiêm trọng'
const ANSWER = 'Phường đã đưa tuyến đường vào kế hoạch sửa chữa quý I năm 2027.'

test('an opinion goes from a phone to an answered issue', async (t) => {
  if (!hasChromium) {
    t.skip(`no chromium at ${CHROMIUM} (apt-get install chromium)`)
    return
  }
  const { url, browser } = env!
  const contexts: BrowserContext[] = []
  const open = async (username: string, from: string, options: object): Promise<{ page: Page; problems: string[] }> => {
    const context = await browser.newContext({ ...options, locale: 'vi-VN' })
    contexts.push(context)
    const page = await context.newPage()
    const problems = watchProblems(page)
    await signInPage(page, url, username, from)
    return { page, problems }
  }
  let page: Page | undefined
  try {
    // 1. the collaborator records it online on a phone
    const ctv = await open('ctv', '/ghi-nhan', PHONE)
    page = ctv.page
    await page.getByTestId('capture-title').fill(TITLE)
    await page.getByTestId('capture-content').fill('Mặt đường nhiều ổ gà, trời mưa đọng nước, người cao tuổi đi lại rất khó khăn.')
    await pickOption(page, 'stream-0-topics', 'kinh te', 'Kinh tế - xã hội')
    await page.getByTestId('stream-0-direction').getByText('Băn khoăn, lo lắng').click()
    await page.getByTestId('capture-submit').click()
    await page.locator('[data-testid="outbox-item"][data-status="sent"]').filter({ hasText: TITLE }).waitFor()
    assert.deepEqual(ctv.problems, [])

    // 2. the cell's officer finds it without accents, opens it and links it to a new issue
    const officer = await open('phutrach', '/opinions', DESKTOP)
    page = officer.page
    await page.getByTestId('opinion-search').locator('input').fill('duong nguyen trai')
    await page.getByTestId('opinion-search').locator('input').press('Enter')
    const row = page.getByTestId('opinion-title').filter({ hasText: TITLE })
    await row.waitFor()
    assert.equal(await row.locator('mark.hit').first().textContent(), 'Đường', 'the match is marked on the accented text')
    await row.click()
    await page.getByTestId('opinion-detail').getByText(TITLE).waitFor()
    await page.getByTestId('stream-link-issue').click()
    await page.getByTestId('link-issue-mode').getByText('Tạo vấn đề mới').click()
    await page.getByTestId('issue-form-title').fill('Sửa chữa đường Nguyễn Trãi')
    await page.getByTestId('issue-create-submit').click()
    const issueLink = page.getByTestId('stream-issue-link')
    await issueLink.getByText('Sửa chữa đường Nguyễn Trãi').waitFor()

    // 3. …and refers the issue to its unit with a due day
    await issueLink.click()
    await page.waitForURL(/\/issues/)
    const detail = page.getByTestId('issue-detail')
    await detail.getByText('Sửa chữa đường Nguyễn Trãi').first().waitFor()
    await page.getByTestId('issue-refer').click()
    await pickInTreeSelect(page, 'refer-unit', 'khu dan cu so 1', 'HB-CB-KDC01 — Chi bộ khu dân cư số 1')
    const due = await page.locator('input[data-testid="refer-due"], [data-testid="refer-due"] input').first().inputValue()
    assert.match(due, /^\d{2}\/\d{2}\/\d{4}$/, 'a due day is proposed')
    await page.getByTestId('refer-submit').click()
    await page.getByTestId('issue-status').getByText('Đã chuyển xử lý').waitFor()
    await page.getByTestId('referral').getByText('Chi bộ khu dân cư số 1').waitFor()

    // 4. the officer of that unit records the answer
    await page.getByTestId('referral-answer').click()
    await page.getByTestId('answer-text').fill(ANSWER)
    await page.getByTestId('answer-submit').click()
    await page.getByTestId('issue-status').getByText('Đã trả lời').waitFor()
    assert.deepEqual(officer.problems, [])

    // 5. the focal board sees it answered, with the answer in the timeline
    const focal = await open('bxdd', '/issues', DESKTOP)
    page = focal.page
    await page.getByTestId('issue-tab-answered').click()
    await page.getByTestId('issue-title').filter({ hasText: 'Sửa chữa đường Nguyễn Trãi' }).click()
    await page.getByTestId('issue-status').getByText('Đã trả lời').waitFor()
    const answered = page.getByTestId('timeline-item').and(page.locator('[data-kind="answered"]'))
    await answered.getByTestId('timeline-answer').getByText(ANSWER, { exact: false }).waitFor()
    assert.equal(await page.getByTestId('timeline-item').and(page.locator('[data-kind="referred"]')).count(), 1)
    assert.deepEqual(focal.problems, [])
  } catch (err) {
    if (page) await failureShot(page, 'opinion-flow')
    throw err
  } finally {
    for (const c of contexts) await c.close()
  }
})
