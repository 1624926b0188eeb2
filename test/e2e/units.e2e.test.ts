/**
 * Browser journey: sign in as the demo admin, open Đơn vị, create a unit under the ward's party committee,
 * see it in the tree, sign out and land on the sign-in page. Runs in Debian's chromium via playwright-core.
 */
import { after, before, test } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { chromium, type Browser, type Page } from 'playwright-core'
import { startTestServer } from '../helpers/server.ts'
import { chooseIn } from './browser.ts'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = fs.existsSync(CHROMIUM)

let server: Awaited<ReturnType<typeof startTestServer>> | undefined
let browser: Browser | undefined

before(async () => {
  if (!hasChromium) return
  // the server serves web/dist; build it when the sources are newer (npm test does this too)
  const build = spawnSync(process.execPath, ['scripts/build-web.mjs', '--if-needed'], { stdio: 'inherit' })
  assert.equal(build.status, 0, 'web build failed')
  server = await startTestServer()
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
})

after(async () => {
  await browser?.close()
  await server?.close()
})

/** Collects what must never happen on a page: uncaught errors and CSP violations (an inline script would be one). */
function watchProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`csp: ${msg.text()}`)
  })
  return problems
}

test('admin creates a unit under the ward and signs out', async (t) => {
  if (!hasChromium) {
    t.skip(`no chromium at ${CHROMIUM} (apt-get install chromium)`)
    return
  }
  const context = await browser!.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' })
  const page = await context.newPage()
  const problems = watchProblems(page)
  try {
    // an unauthenticated visit lands on the sign-in page
    await page.goto(`${server!.url}/units`)
    await page.waitForURL(/\/sign-in$/)

    // wrong password: the server's Vietnamese message is shown
    await page.getByTestId('sign-in-username').fill('admin')
    await page.getByTestId('sign-in-password').fill('sai-mat-khau')
    await page.getByTestId('sign-in-password').press('Enter')
    await page.getByTestId('sign-in-error').getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor()

    // sign in with Enter; we are sent back to the page we asked for
    await page.getByTestId('sign-in-password').fill('caunoi-demo')
    await page.getByTestId('sign-in-password').press('Enter')
    await page.waitForURL(/\/units$/)
    await page.getByTestId('current-user').waitFor()

    // the tree shows the demo ward
    await page.getByTestId('nav-units').click()
    await page.getByTestId('unit-node-HB').waitFor()

    // create a unit: code, name, kind, parent chosen by an unaccented search in the tree select
    await page.getByTestId('unit-create').click()
    const dialog = page.getByRole('dialog', { name: 'Tạo đơn vị' })
    await dialog.waitFor()
    await dialog.getByLabel('Mã').fill('HB-CB-E2E')
    await dialog.getByLabel('Tên đơn vị').fill('Chi bộ khu dân cư số 11')
    await chooseIn(page, dialog.getByLabel('Loại'), 'Chi bộ')
    await chooseIn(page, dialog.getByLabel('Đơn vị cấp trên'), 'HB — Đảng bộ phường Hoà Bình', 'phuong hoa binh')
    await dialog.getByRole('button', { name: 'Tạo mới' }).click()
    await dialog.waitFor({ state: 'hidden' })

    // the new unit is in the tree, selected, under the ward, flagged as lacking an opinion officer
    const node = page.getByTestId('unit-node-HB-CB-E2E')
    await node.waitFor()
    assert.match((await node.textContent()) ?? '', /Chi bộ khu dân cư số 11.*Chưa có người phụ trách/)
    const detail = page.getByTestId('unit-detail')
    await detail.getByText('HB — Đảng bộ phường Hoà Bình').waitFor()
    await detail.getByText('Tạo đơn vị').first().waitFor()

    // it is still there after a reload (it was saved, not just drawn)
    await page.reload()
    await page.getByTestId('unit-node-HB-CB-E2E').waitFor()

    // sign out: back on the sign-in page, and the session is gone
    await page.getByTestId('sign-out').click()
    await page.waitForURL(/\/sign-in$/)
    await page.getByTestId('sign-in-username').waitFor()
    await page.goto(`${server!.url}/units`)
    await page.waitForURL(/\/sign-in$/)

    assert.deepEqual(problems, [])
  } catch (err) {
    // keep what the browser showed, for whoever reads the failure
    const shot = path.join(os.tmpdir(), 'caunoi-e2e-units-failure.png')
    await page.screenshot({ path: shot }).then(() => console.error(`screenshot of the failure: ${shot}`), () => undefined)
    throw err
  } finally {
    await context.close()
  }
})
