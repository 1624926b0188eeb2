/**
 * Browser journey of a survey: the focal officer builds a small questionnaire with a show-if question (the phone
 * preview applies it live), saves and opens it; an anonymous respondent answers through the public link in a fresh
 * browser (the show-if question appears only when it should, then the thank-you page); a collaborator records one
 * answer without a network and it arrives once when the network is back; the board closes the survey, sets
 * weights, sees the results with ± margins, publishes them, and the public results page shows without signing in.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { Locator, Page } from 'playwright-core'
import { DESKTOP, PHONE, CHROMIUM, apiAs, confirmDialog, failureShot, hasChromium, signInPage, startEnv, watchProblems, type Env } from './browser.ts'

let env: Env | undefined

before(async () => {
  if (hasChromium) env = await startEnv()
})
after(async () => {
  await env?.close()
})

/** Picks an option of an antd Select by its visible label. */
async function choose(page: Page, select: Locator, label: string) {
  await select.click()
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click()
}

/** Clicks a confirmation dialog's OK button. */
const confirm = (page: Page) => confirmDialog(page)

type SurveyJson = { id: string; status: string; responses: number; publicToken: string }

test('survey journey: build with show-if, open, public answer, offline interviewer answer, close, weights, results ± margins, publish, public results', async (t) => {
  if (!hasChromium) {
    t.skip(`no chromium at ${CHROMIUM} (apt-get install chromium)`)
    return
  }
  const { url, browser } = env!
  const bxddApi = await apiAs(url, 'bxdd')
  const board = await browser.newContext({ ...DESKTOP, locale: 'vi-VN' })
  let page = await board.newPage()
  const problems = watchProblems(page)
  const get = async (id: string) => (await (await bxddApi.get(`/api/surveys/${id}`)).json()) as SurveyJson
  try {
    // ---- the focal officer creates a survey and builds its questionnaire ----
    await signInPage(page, url, 'bxdd', '/surveys')
    await page.getByTestId('nav-surveys').waitFor()
    await page.getByTestId('survey-create').click()
    await page.getByTestId('survey-title').fill('Khảo sát ý kiến về ngập úng đường Trần Phú')
    await page.getByTestId('survey-create-submit').click()
    await page.waitForURL(/\/surveys\/[^/?]+$/)
    const surveyId = page.url().split('/surveys/')[1]!
    await page.getByTestId('builder').waitFor()

    await page.getByTestId('builder-add-section').click()
    await choose(page, page.getByTestId('builder-section-0-add'), 'Một lựa chọn')
    await page.getByTestId('builder-q-q1-label').fill('Nhà ông/bà có bị ngập trong đợt mưa vừa qua không?')
    await page.getByTestId('builder-q-q1-required').check()
    await page.getByTestId('builder-q-q1-choices-value-0').fill('co')
    await page.getByTestId('builder-q-q1-choices-label-0').fill('Có')
    await page.getByTestId('builder-q-q1-choices-value-1').fill('khong')
    await page.getByTestId('builder-q-q1-choices-label-1').fill('Không')

    await choose(page, page.getByTestId('builder-section-0-add'), 'Trả lời ngắn')
    await page.getByTestId('builder-q-q2-label').fill('Nước ngập sâu khoảng bao nhiêu, trong bao lâu?')
    // show q2 only when q1 = 'co', built with the pickers
    await page.getByTestId('builder-q-q2-showif-mode').getByText('Chỉ hiện khi').click()
    await choose(page, page.getByTestId('builder-q-q2-showif-value-0'), 'Có')
    await page.getByTestId('builder-q-q2-showif-expression').getByText("${q1} = 'co'").waitFor()

    // the phone preview applies the show-if live
    const preview = page.getByTestId('phone-preview')
    await preview.getByTestId('sq-q1').waitFor()
    assert.equal(await preview.getByTestId('sq-q2').count(), 0, 'q2 hidden before q1 is answered')
    await preview.getByTestId('sq-q1-opt-co').click()
    await preview.getByTestId('sq-q2').waitFor()
    await preview.getByTestId('sq-q1-opt-khong').click()
    await preview.getByTestId('sq-q2').waitFor({ state: 'detached' })

    await page.getByTestId('builder-save').click()
    await page.getByText('Đã lưu bảng hỏi.').waitFor()
    await page.getByTestId('builder-dirty').waitFor({ state: 'detached' })
    const savedForm = (await (await bxddApi.get(`/api/surveys/${surveyId}`)).json()) as { questionnaire: { sections: { questions: { name: string; relevant?: string; required?: boolean }[] }[] } }
    assert.deepEqual(savedForm.questionnaire.sections[0]!.questions.map((q) => [q.name, q.relevant ?? null, q.required ?? false]), [['q1', null, true], ['q2', "${q1} = 'co'", false]])

    // ---- open, after confirmation ----
    await page.getByTestId('survey-open').click()
    await confirm(page)
    await page.locator('[data-testid="survey-status"][data-status="open"]').first().waitFor()
    await page.getByTestId('fieldwork-link').waitFor()
    const link = (await page.getByTestId('public-link').innerText()).trim()
    assert.match(link, /\/khao-sat\/[^/]+$/)
    await page.getByTestId('public-qr').waitFor()

    // ---- an anonymous respondent answers through the link (a fresh browser: no session) ----
    const anon = await browser.newContext({ ...PHONE, locale: 'vi-VN' })
    const anonPage = await anon.newPage()
    problems.push(...watchProblems(anonPage))
    await anonPage.goto(link)
    await anonPage.getByTestId('public-title').waitFor()
    await anonPage.getByTestId('sq-q1').waitFor()
    assert.equal(await anonPage.getByTestId('sq-q2').count(), 0, 'q2 hidden at first')
    // sending without the required answer says what is missing
    await anonPage.getByTestId('survey-submit').click()
    await anonPage.getByTestId('sq-q1-problem').getByText('Vui lòng trả lời câu hỏi này.').waitFor()
    await anonPage.getByTestId('sq-q1-opt-khong').click()
    assert.equal(await anonPage.getByTestId('sq-q2').count(), 0, 'q2 hidden for "Không"')
    await anonPage.getByTestId('sq-q1-opt-co').click()
    await anonPage.getByTestId('sq-q2-input').fill('Ngập khoảng 40 cm, gần 3 tiếng')
    await anonPage.getByTestId('survey-submit').click()
    await anonPage.getByTestId('public-thanks').waitFor()
    await anon.close()
    assert.equal((await get(surveyId)).responses, 1)

    // ---- a collaborator records one answer offline; it arrives once when the network is back ----
    const phone = await browser.newContext({ ...PHONE, locale: 'vi-VN', serviceWorkers: 'allow' })
    const ctvPage = await phone.newPage()
    problems.push(...watchProblems(ctvPage))
    try {
      await signInPage(ctvPage, url, 'ctv')
      await ctvPage.goto(`${url}/phieu-dieu-tra?s=${surveyId}`)
      await ctvPage.getByTestId('interview-form').getByTestId('sq-q1').waitFor()
      await ctvPage.evaluate(async () => {
        await navigator.serviceWorker.ready
        if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }))
      })
      await phone.setOffline(true)
      await ctvPage.getByTestId('offline-tag').waitFor()
      // the page opens again without a network: the app from the service worker, the questionnaire from IndexedDB
      const offlineLoad = await ctvPage.reload()
      assert.ok(offlineLoad?.fromServiceWorker(), 'the page came from the service worker')
      await ctvPage.getByTestId('interview-stale').waitFor()
      await ctvPage.getByTestId('sq-q1-opt-khong').click()
      assert.equal(await ctvPage.getByTestId('sq-q2').count(), 0)
      await ctvPage.getByTestId('survey-submit').click()
      await ctvPage.getByTestId('interview-outbox-badge').getByText('1 phiếu chờ gửi').waitFor()
      assert.equal((await get(surveyId)).responses, 1, 'nothing reached the server while offline')

      await phone.setOffline(false)
      await ctvPage.getByTestId('interview-outbox-badge').getByText('Đã gửi hết').waitFor()
      await ctvPage.locator('[data-testid="interview-outbox-item"][data-status="sent"]').waitFor()
      assert.equal((await get(surveyId)).responses, 2, 'the answer arrived')
      // a reload syncs again: the answer is not sent twice
      await ctvPage.reload()
      await ctvPage.getByTestId('interview-outbox-badge').getByText('Đã gửi hết').waitFor()
      assert.equal((await get(surveyId)).responses, 2, 'exactly once')
    } catch (err) {
      await failureShot(ctvPage, 'surveys-interviewer')
      throw err
    } finally {
      await phone.close()
    }

    // ---- the board: progress by channel, close, weights, results with ± margins ----
    await page.reload()
    await page.getByTestId('fieldwork-channels').locator('[data-channel="interviewer"]').waitFor()
    await page.getByTestId('fieldwork-channels').locator('[data-channel="public"]').waitFor()
    await page.getByTestId('survey-close').click()
    await confirm(page)
    await page.locator('[data-testid="survey-status"][data-status="closed"]').first().waitFor()
    await page.getByTestId('results-n').getByText('2 người trả lời').waitFor()

    await page.getByRole('tab', { name: 'Gia quyền' }).click()
    await choose(page, page.getByTestId('weights-add'), 'q1 — Nhà ông/bà')
    await page.getByRole('spinbutton', { name: 'q1 Có' }).fill('40')
    await page.getByRole('spinbutton', { name: 'q1 Không' }).fill('50')
    await page.getByTestId('weights-problems').getByText(/phải bằng 100/).waitFor()
    assert.ok(await page.getByTestId('weights-apply').isDisabled(), 'shares must add up to 100 %')
    await page.getByRole('spinbutton', { name: 'q1 Không' }).fill('60')
    await page.getByTestId('weights-sum-q1').getByText('Tổng: 100 %').waitFor()
    await page.getByTestId('weights-apply').click()
    await page.getByTestId('weights-summary').waitFor()

    await page.getByRole('tab', { name: 'Theo câu hỏi' }).click()
    await page.getByTestId('results-weighted').getByText('Có gia quyền').waitFor()
    const table = page.getByTestId('result-q1-table')
    await table.getByText('40,0 %').waitFor()
    await table.getByText('60,0 %').waitFor()
    assert.equal(await table.getByTestId('moe').count(), 2)
    assert.match(await table.getByTestId('moe').first().innerText(), /^±\d+,\d$/)
    await page.locator('[data-testid="result-q1-chart"][data-rendered="1"]').waitFor()

    // ---- publish, after confirmation; the public results page shows without signing in ----
    await page.getByTestId('survey-publish').click()
    await confirm(page)
    await page.locator('[data-testid="survey-status"][data-status="published"]').first().waitFor()
    const survey = await get(surveyId)
    assert.equal(survey.status, 'published')

    const reader = await browser.newContext({ ...PHONE, locale: 'vi-VN' })
    const readerPage = await reader.newPage()
    problems.push(...watchProblems(readerPage))
    await readerPage.goto(`${url}/khao-sat/${survey.publicToken}/ket-qua`)
    await readerPage.getByTestId('public-results-title').getByText('Khảo sát ý kiến về ngập úng đường Trần Phú').waitFor()
    await readerPage.getByTestId('public-results-n').getByText('2 người trả lời').waitFor()
    await readerPage.getByTestId('result-q1-table').getByText('60,0 %').waitFor()
    assert.equal(await readerPage.getByTestId('current-user').count(), 0, 'nobody is signed in')
    // the answer link now says the survey has ended and points to the results
    await readerPage.goto(link)
    await readerPage.getByTestId('public-closed').waitFor()
    await readerPage.getByTestId('public-see-results').waitFor()
    await reader.close()

    assert.deepEqual(problems, [])
  } catch (err) {
    await failureShot(page, 'surveys')
    throw err
  } finally {
    await board.close()
    await bxddApi.dispose()
    page = undefined as never
  }
})
