/**
 * Browser journey of the focal board on Xu hướng (/trends) with the demo ward's year: the charts are drawn (volume per
 * topic, direction mix, areas × topics, forecast), the alert card shows alerts or says plainly there are none, an
 * alert opens the opinion list filtered to its records; the same page on a phone, without sideways scrolling.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import type { Page } from 'playwright-core'
import { CHROMIUM, DESKTOP, PHONE, failureShot, hasChromium, signInPage, startEnv, watchProblems, type Env } from './browser.ts'

let env: Env | undefined
before(async () => {
  if (hasChromium) env = await startEnv()
})
after(async () => {
  await env?.close()
})

const CHARTS = ['chart-volume', 'chart-direction', 'chart-heat', 'chart-forecast']

/** Every chart finished drawing on a canvas of its own size. */
async function chartsDrawn(page: Page) {
  for (const id of CHARTS) {
    const chart = page.getByTestId(id)
    await chart.and(page.locator('[data-rendered="1"]')).waitFor({ timeout: 20_000 })
    const box = await chart.locator('canvas').first().boundingBox()
    assert.ok(box && box.width > 200 && box.height > 150, `${id} canvas ${JSON.stringify(box)}`)
  }
}

test('the focal board reads the trends: charts drawn, alerts or "no alert", an alert opens its records', async (t) => {
  if (!hasChromium) {
    t.skip(`no chromium at ${CHROMIUM} (apt-get install chromium)`)
    return
  }
  const context = await env!.browser.newContext({ ...DESKTOP, viewport: { width: 1440, height: 900 }, locale: 'vi-VN' })
  const page = await context.newPage()
  const problems = watchProblems(page)
  try {
    await signInPage(page, env!.url, 'bxdd', '/')
    await page.getByTestId('nav-trends').click()
    await page.getByRole('heading', { name: 'Xu hướng dư luận' }).waitFor()
    await chartsDrawn(page)

    // the last 7 days: alerts, or the plain statement that there are none
    const alerts = page.getByTestId('trends-alerts')
    await alerts.getByTestId('alert-card').or(alerts.getByTestId('alerts-none')).first().waitFor()
    const seven = await alerts.getByTestId('alert-card').count()
    if (seven === 0) assert.match(await alerts.getByTestId('alerts-none').innerText(), /Không có cảnh báo/)

    // 90 days reach back to the site-clearance burst of the demo year: there are alerts, and one opens its records
    await alerts.getByTestId('alerts-days').getByText('90 ngày').click()
    await alerts.getByTestId('alert-card').first().waitFor()
    assert.ok((await alerts.getByTestId('alert-card').count()) >= seven)
    const card = alerts.getByTestId('alert-card').filter({ hasText: 'Lĩnh vực' }).first()
    const count = Number(/(\d+) luồng ý kiến/.exec(await card.innerText())?.[1])
    assert.ok(count >= 5, 'an alert needs at least 5 streams')
    await card.getByTestId('alert-link').click()
    await page.waitForURL(/\/opinions\?topic=[a-z-]+&from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/)
    await page.getByTestId('opinion-title').first().waitFor()
    const records = await page.getByTestId('opinion-title').count()
    assert.ok(records >= 1 && records <= count, `${records} records behind ${count} streams`)

    // back, and the emerging terms of the last 30 days
    await page.goBack()
    await chartsDrawn(page)
    const emerging = page.getByTestId('trends-emerging')
    await emerging.getByTestId('emerging-days').getByText('30').click()
    await emerging.getByTestId('emerging-term').or(emerging.getByTestId('emerging-none')).first().waitFor()
    assert.deepEqual(problems, [])
  } catch (err) {
    await failureShot(page, 'trends-desktop')
    throw err
  } finally {
    await context.close()
  }
})

test('on a phone the trends page fits the screen and its charts are drawn', async (t) => {
  if (!hasChromium) {
    t.skip(`no chromium at ${CHROMIUM} (apt-get install chromium)`)
    return
  }
  const context = await env!.browser.newContext({ ...PHONE, locale: 'vi-VN' })
  const page = await context.newPage()
  const problems = watchProblems(page)
  try {
    await signInPage(page, env!.url, 'bxdd', '/trends?range=365')
    await page.getByRole('heading', { name: 'Xu hướng dư luận' }).waitFor()
    await chartsDrawn(page)
    await page.getByTestId('alert-card').or(page.getByTestId('alerts-none')).first().waitFor()
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    assert.ok(overflow <= 1, `the page scrolls sideways by ${overflow}px`)
    assert.deepEqual(problems, [])
  } catch (err) {
    await failureShot(page, 'trends-phone')
    throw err
  } finally {
    await context.close()
  }
})
