/**
 * Browser journey: a collaborator on a phone opens /ghi-nhan, sees the month's topics to watch, loses the network,
 * records two opinions (queued on the phone), closes the page and opens it again without a network (the service
 * worker serves the app, IndexedDB the queue), gets the network back and sees both records arrive exactly once.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { PHONE, apiAs, failureShot, hasChromium, CHROMIUM, pickOption, signInPage, startEnv, watchProblems, type Env } from './browser.ts'

let env: Env | undefined

before(async () => {
  if (hasChromium) env = await startEnv()
})
after(async () => {
  await env?.close()
})

/** Waits for a topic to watch on the capture page, showing the whole list if it is folded. */
async function seeWatchTopic(page: Page, title: string) {
  await page.getByTestId('watch-topic').first().waitFor()
  const more = page.getByTestId('watch-topics-more')
  if (await more.isVisible() && !(await more.textContent())?.includes('Thu gọn')) await more.click()
  await page.getByTestId('watch-topic').filter({ hasText: title }).waitFor()
}

type OpinionPage = { items: { id: string; title: string; clientId: string | null }[]; total: number }

/** Fills the capture form with one record and sends it. */
async function record(page: Page, title: string, content: string) {
  await page.getByTestId('capture-title').fill(title)
  await page.getByTestId('capture-content').fill(content)
  await pickOption(page, 'stream-0-topics', 'moi truong', 'Môi trường')
  await page.getByTestId('stream-0-direction').getByText('Băn khoăn, lo lắng').click()
  await page.getByTestId('capture-submit').click()
  // the form starts over once the record is queued
  await page.waitForFunction(() => (document.querySelector('[data-testid="capture-title"]') as HTMLInputElement | null)?.value === '')
}

test('offline capture: two records queued without a network, kept across pages, sent exactly once', async (t) => {
  if (!hasChromium) {
    t.skip(`no chromium at ${CHROMIUM} (apt-get install chromium)`)
    return
  }
  const { url, browser } = env!

  // the focal board sets a topic to watch for the ward this month (the demo has none)
  const bxdd = await apiAs(url, 'bxdd')
  const units = (await (await bxdd.get('/api/units')).json()) as { items: { id: string; code: string }[] }
  const ward = units.items.find((u) => u.code === 'HB')!
  const created = await bxdd.post('/api/watch-topics', {
    data: { unitId: ward.id, title: 'Ý kiến về việc sáp nhập tổ dân phố', description: 'Nắm tâm trạng người cao tuổi', topics: ['chinh-quyen'] },
  })
  assert.equal(created.status(), 201, await created.text())

  const context = await browser.newContext({ ...PHONE, locale: 'vi-VN', serviceWorkers: 'allow' })
  let page = await context.newPage()
  const problems = watchProblems(page)
  try {
    // a collaborator's home is the capture page
    await signInPage(page, url, 'ctv')
    await page.waitForURL(/\/ghi-nhan$/)
    await seeWatchTopic(page, 'Ý kiến về việc sáp nhập tổ dân phố')

    // the service worker has installed the app shell and controls the page
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }))
    })

    const before = (await (await context.request.get(`${url}/api/opinions?pageSize=200`)).json()) as OpinionPage

    // no network: two records go into the queue on the phone
    await context.setOffline(true)
    await page.getByTestId('offline-tag').waitFor()
    await record(page, 'Lo ngại ngập úng đường Trần Phú', 'Sau mưa lớn nước ngập sâu, bà con đi lại khó khăn.')
    await record(page, 'Rác thải tồn đọng ở chợ Hoà Bình', 'Người dân phản ánh rác không được thu gom hai ngày.')
    const badge = page.getByTestId('outbox-badge')
    await badge.getByText('2 phiếu chờ gửi').waitFor()
    assert.equal(await page.getByTestId('outbox-item').count(), 2)
    // a third record half typed stays as a draft
    await page.getByTestId('capture-title').fill('Bản nháp chưa gửi')
    await page.waitForTimeout(600) // the draft is saved 300 ms after the last key

    // close the page and open a new one, still without a network: the shell, the queue and the draft survive
    await page.close()
    page = await context.newPage()
    problems.push(...watchProblems(page))
    const offlineLoad = await page.goto(`${url}/ghi-nhan`)
    assert.ok(offlineLoad?.fromServiceWorker(), 'the page came from the service worker')
    await page.getByTestId('outbox-badge').getByText('2 phiếu chờ gửi').waitFor()
    await seeWatchTopic(page, 'Ý kiến về việc sáp nhập tổ dân phố')
    await page.getByTestId('watch-topics-stale').waitFor()
    assert.equal(await page.getByTestId('capture-title').inputValue(), 'Bản nháp chưa gửi')
    const stillThere = (await (await context.request.get(`${url}/api/opinions?pageSize=200`)).json()) as OpinionPage
    assert.equal(stillThere.total, before.total, 'nothing reached the server while offline')

    // the network comes back: both are sent on the `online` event
    await context.setOffline(false)
    await page.getByTestId('outbox-badge').getByText('Đã gửi hết').waitFor()
    await page.locator('[data-testid="outbox-item"][data-status="sent"]').nth(1).waitFor()

    const afterSend = (await (await context.request.get(`${url}/api/opinions?pageSize=200`)).json()) as OpinionPage
    assert.equal(afterSend.total, before.total + 2, 'exactly two records arrived')
    const mine = afterSend.items.filter((o) => ['Lo ngại ngập úng đường Trần Phú', 'Rác thải tồn đọng ở chợ Hoà Bình'].includes(o.title))
    assert.equal(mine.length, 2)
    assert.ok(mine.every((o) => o.clientId), 'each record carries the id the phone gave it')

    // sending again does not duplicate: a reload starts a sync, and a repeat of a clientId is the same record
    await page.reload()
    await page.getByTestId('outbox-badge').getByText('Đã gửi hết').waitFor()
    const full = (await (await context.request.get(`${url}/api/opinions/${mine[0]!.id}`)).json()) as Record<string, unknown>
    const repeat = await context.request.post(`${url}/api/opinions`, {
      headers: { origin: url },
      data: {
        clientId: mine[0]!.clientId, channel: 'collaborator', unitId: (full.unit as { id: string }).id, heardOn: full.heardOn,
        title: full.title, content: full.content, streams: [{ topics: ['moi-truong'], direction: 'concern' }],
      },
    })
    assert.equal(repeat.status(), 200, await repeat.text())
    assert.equal(((await repeat.json()) as { id: string }).id, mine[0]!.id)
    const finalPage = (await (await context.request.get(`${url}/api/opinions?pageSize=200`)).json()) as OpinionPage
    assert.equal(finalPage.total, before.total + 2, 'no duplicate after a repeat')

    assert.deepEqual(problems, [])
  } catch (err) {
    await failureShot(page, 'offline-capture')
    throw err
  } finally {
    await context.close()
    await bxdd.dispose()
  }
})

test('a session that ended while offline keeps the queue and asks to sign in again', async (t) => {
  if (!hasChromium) {
    t.skip(`no chromium at ${CHROMIUM} (apt-get install chromium)`)
    return
  }
  const { url, browser } = env!
  const context = await browser.newContext({ ...PHONE, locale: 'vi-VN', serviceWorkers: 'allow' })
  const page = await context.newPage()
  const problems = watchProblems(page)
  try {
    await signInPage(page, url, 'ctv', '/ghi-nhan')
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }))
    })
    const count = async () => ((await (await context.request.get(`${url}/api/opinions?pageSize=1`)).json()) as OpinionPage).total
    const before = await count()

    await context.setOffline(true)
    await page.getByTestId('offline-tag').waitFor()
    await record(page, 'Phản ánh tiếng ồn công trình ban đêm', 'Công trình thi công sau 22 giờ, người dân không ngủ được.')
    await page.getByTestId('outbox-badge').getByText('1 phiếu chờ gửi').waitFor()

    // the session ends meanwhile (signed out elsewhere, expired): the network comes back to a 401
    await context.clearCookies()
    await context.setOffline(false)
    await page.waitForURL(/\/sign-in$/)
    await page.getByTestId('sign-in-unsent').getByText(/1 phiếu chờ gửi/).waitFor()

    // signing in again sends what waited, once, and returns to the capture page
    await page.getByTestId('sign-in-username').fill('ctv')
    await page.getByTestId('sign-in-password').fill('caunoi-demo')
    await page.getByTestId('sign-in-password').press('Enter')
    await page.waitForURL(/\/ghi-nhan$/)
    await page.getByTestId('outbox-badge').getByText('Đã gửi hết').waitFor()
    assert.equal(await count(), before + 1)
    assert.deepEqual(problems, [])
  } catch (err) {
    await failureShot(page, 'offline-session')
    throw err
  } finally {
    await context.close()
  }
})
