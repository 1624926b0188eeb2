/** What the browser journeys share: the built app on a test server, Debian's chromium, sign-in, API calls, problem watch. */
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { chromium, request, type APIRequestContext, type Browser, type Locator, type Page } from 'playwright-core'
import { startTestServer } from '../helpers/server.ts'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = fs.existsSync(CHROMIUM)
export const PASSWORD = 'caunoi-demo'
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
export const DESKTOP = { viewport: { width: 1280, height: 800 } }

export type Env = { url: string; browser: Browser; close(): Promise<void> }

/** Builds the web app when its sources changed, starts a server with the demo ward and launches chromium. */
export async function startEnv(): Promise<Env> {
  const build = spawnSync(process.execPath, ['scripts/build-web.mjs', '--if-needed'], { stdio: 'inherit' })
  assert.equal(build.status, 0, 'web build failed')
  const server = await startTestServer()
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  return {
    url: server.url,
    browser,
    close: async () => {
      await browser.close()
      await server.close()
    },
  }
}

/** An API client signed in as `username`, sending the app's Origin as the browser would. */
export async function apiAs(url: string, username: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL: url, extraHTTPHeaders: { origin: url } })
  const res = await ctx.post('/api/auth/login', { data: { username, password: PASSWORD } })
  assert.equal(res.status(), 200, `sign-in of ${username}: ${await res.text()}`)
  return ctx
}

/** Signs in through the sign-in page. */
export async function signInPage(page: Page, url: string, username: string, from = '/') {
  await page.goto(`${url}${from}`)
  await page.getByTestId('sign-in-username').fill(username)
  await page.getByTestId('sign-in-password').fill(PASSWORD)
  await page.getByTestId('sign-in-password').press('Enter')
  await page.getByTestId('current-user').waitFor()
}

/** Collects what must never happen: uncaught errors and CSP violations (an inline script would be one). */
export function watchProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`))
  page.on('console', (msg) => {
    if (msg.type() === 'error' && /Content Security Policy|Refused to/i.test(msg.text())) problems.push(`csp: ${msg.text()}`)
  })
  return problems
}

/** Saves a screenshot of a failure where whoever reads the failure can find it. */
export async function failureShot(page: Page, name: string) {
  const shot = path.join(os.tmpdir(), `caunoi-e2e-${name}-failure.png`)
  await page.screenshot({ path: shot, fullPage: true }).then(() => console.error(`screenshot of the failure: ${shot}`), () => undefined)
}

/**
 * Presses the OK button of the open confirmation dialog (`ok`: its selector inside the dialog) and waits until the
 * dialog is gone. The click waits until the dialog has finished zooming in, and is made again if the dialog is still
 * there with its OK not pressed: a click during antd's opening animation can be lost (seen in CI: the dialog stayed
 * open for 30 s with nothing pending). A second click on an OK whose action is still running does nothing (antd
 * shows it loading and ignores clicks).
 */
export async function confirmDialog(page: Page, ok = '.ant-btn-primary'): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await page.locator(`.ant-modal-confirm:visible:not(.ant-zoom-appear) ${ok}`).click()
    try {
      await page.locator('.ant-modal-confirm').waitFor({ state: 'hidden', timeout: 10_000 })
      return
    } catch (err) {
      if (attempt === 3) throw err
    }
  }
}

/** Opens an antd Select by its test id, types `search` and picks the option with exactly that label. */
export async function pickOption(page: Page, testId: string, search: string, label: string) {
  const select = page.getByTestId(testId)
  await select.click()
  await select.locator('input').fill(search)
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: label }).first().click()
  await page.keyboard.press('Escape')
}

/**
 * Picks the option titled `title` in an antd Select or TreeSelect — `field` is the select or its input — typing
 * `search` first when given, and checks that it was taken and the list closed. Lists are virtual, animate open and
 * shut and re-render while they filter, so a click that lands mid-render, or on a list still closing over the field,
 * is retried after Escape.
 */
export async function chooseIn(page: Page, field: Locator, title: string, search?: string) {
  const select = field.locator('xpath=ancestor-or-self::div[contains(concat(" ", @class, " "), " ant-select ")][1]')
  const openList = page.locator('.ant-select-dropdown:visible')
  for (let attempt = 1; ; attempt++) {
    try {
      await openList.waitFor({ state: 'hidden', timeout: 3000 })
      await field.click({ timeout: 5000 })
      if (search !== undefined) await select.locator('input').fill(search)
      await openList.getByTitle(title, { exact: true }).click({ timeout: 5000 })
      await select.getByTitle(title, { exact: true }).waitFor({ timeout: 3000 })
      await openList.waitFor({ state: 'hidden', timeout: 3000 })
      return
    } catch (err) {
      if (attempt === 3) throw err
      await page.keyboard.press('Escape')
    }
  }
}

/** Types `search` into the tree select with test id `testId` and picks the option titled `title` (see chooseIn). */
export async function pickInTreeSelect(page: Page, testId: string, search: string, title: string) {
  await chooseIn(page, page.getByTestId(testId), title, search)
}
