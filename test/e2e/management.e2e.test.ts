/**
 * Browser journeys of the focal board and a council delegate: the focal board sets a topic to watch and adds a
 * collaborator; the delegate records a voter meeting, adds a petition and opens the printable list in a new tab.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { CHROMIUM, DESKTOP, failureShot, hasChromium, pickInTreeSelect, pickOption, signInPage, startEnv, watchProblems, type Env } from './browser.ts'

let env: Env | undefined
before(async () => {
  if (hasChromium) env = await startEnv()
})
after(async () => {
  await env?.close()
})

test('the focal board sets a topic to watch and adds a collaborator', async (t) => {
  if (!hasChromium) {
    t.skip(`no chromium at ${CHROMIUM} (apt-get install chromium)`)
    return
  }
  const context = await env!.browser.newContext({ ...DESKTOP, locale: 'vi-VN' })
  const page = await context.newPage()
  const problems = watchProblems(page)
  try {
    await signInPage(page, env!.url, 'bxdd', '/collaborators?tab=watch')
    await page.getByTestId('watch-create').click()
    await page.getByTestId('watch-title').fill('Dư luận về thu phí vệ sinh môi trường')
    await page.getByTestId('watch-submit').click()
    await page.getByTestId('watch-row').filter({ hasText: 'Dư luận về thu phí vệ sinh môi trường' }).waitFor()

    await page.getByRole('tab', { name: 'Danh sách' }).click()
    await page.getByTestId('collaborator-create').click()
    const form = page.getByTestId('collaborator-form')
    await page.getByTestId('collaborator-name').fill('Nguyễn Thị Thu Hà')
    await pickInTreeSelect(page, 'collaborator-unit', 'khu dan cu so 2', 'HB-CB-KDC02 — Chi bộ khu dân cư số 2')
    await form.getByRole('spinbutton', { name: 'Hệ số' }).fill('0,5')
    await page.getByTestId('collaborator-submit').click()
    // a bad coefficient or a missing field would keep the dialog open with the message on the field
    await form.waitFor({ state: 'hidden' })
    await page.getByTestId('collaborator-search').locator('input').fill('thu ha')
    await page.getByTestId('collaborator-search').locator('input').press('Enter')
    await page.getByTestId('collaborator-table').getByText('Nguyễn Thị Thu Hà').waitFor()
    assert.deepEqual(problems, [])
  } catch (err) {
    await failureShot(page, 'management-focal')
    throw err
  } finally {
    await context.close()
  }
})

test('a delegate records a voter meeting with a petition and prints the list', async (t) => {
  if (!hasChromium) {
    t.skip(`no chromium at ${CHROMIUM} (apt-get install chromium)`)
    return
  }
  const context = await env!.browser.newContext({ ...DESKTOP, locale: 'vi-VN' })
  let page: Page = await context.newPage()
  const problems = watchProblems(page)
  try {
    await signInPage(page, env!.url, 'daibieu', '/meetings')
    await page.getByTestId('meeting-create').click()
    await page.getByTestId('meeting-place').fill('Nhà văn hoá tổ dân phố số 3')
    await page.getByTestId('meeting-submit').click()
    const detail = page.getByTestId('meeting-detail')
    await detail.getByText('Nhà văn hoá tổ dân phố số 3').first().waitFor()

    await page.getByTestId('petition-add').click()
    await page.getByTestId('petition-title').fill('Đề nghị lắp đèn chiếu sáng ngõ 12')
    await page.getByTestId('petition-content').fill('Ngõ tối, người đi làm ca đêm không an toàn.')
    await pickOption(page, 'petition-topics', 'trat tu', 'Trật tự an toàn xã hội')
    await page.getByTestId('petition-submit').click()
    await detail.getByTestId('petition').filter({ hasText: 'Đề nghị lắp đèn chiếu sáng ngõ 12' }).waitFor()
    await detail.getByTestId('petition-status').getByText('Chưa xử lý').waitFor()

    // the printable list opens in a new tab
    const [print] = await Promise.all([context.waitForEvent('page'), page.getByTestId('meeting-print').click()])
    await print.waitForLoadState()
    assert.match(print.url(), /\/api\/meetings\/[^/]+\/print$/)
    await print.getByText('Đề nghị lắp đèn chiếu sáng ngõ 12').first().waitFor()
    page = print
    assert.deepEqual(problems, [])
  } catch (err) {
    await failureShot(page, 'management-delegate')
    throw err
  } finally {
    await context.close()
  }
})
