#!/usr/bin/env node
// Runs every test suite whose dependencies are present, and names in its last lines each suite it skipped and why.
// With CAUNOI_TEST_REQUIRE_ALL=1 a skipped suite is a failure (CI sets it).
import fs from 'node:fs'
import path from 'node:path'
import { spawnSync } from 'node:child_process'

const root = path.resolve(import.meta.dirname, '..')
process.chdir(root)

function find(dir, pattern, out = []) {
  if (!fs.existsSync(dir)) return out
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) find(p, pattern, out)
    else if (pattern.test(e.name)) out.push(path.relative(root, p))
  }
  return out.sort()
}

const skipped = []

// PostgreSQL: used when TEST_DATABASE_URL is set and answers
let pgReady = false
if (!process.env.TEST_DATABASE_URL) {
  skipped.push(['PostgreSQL (repository, service and API tests on the second engine)', 'TEST_DATABASE_URL is not set'])
} else {
  const probe = spawnSync(process.execPath, ['-e', `
    const pg = require('pg'); const c = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL, connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query('select 1')).then(() => c.end()).then(() => process.exit(0), (e) => { console.error(e.message); process.exit(1) })`], { encoding: 'utf8' })
  pgReady = probe.status === 0
  if (!pgReady) skipped.push(['PostgreSQL (repository, service and API tests on the second engine)', `no PostgreSQL answering at TEST_DATABASE_URL (${probe.stderr.trim()})`])
}

// Browser: Debian's chromium
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const hasChromium = fs.existsSync(chromium)
if (!hasChromium) skipped.push(['browser journeys (test/e2e)', `no chromium at ${chromium} (apt-get install chromium)`])
else {
  const b = spawnSync(process.execPath, ['scripts/build-web.mjs', '--if-needed'], { stdio: 'inherit' })
  if (b.status !== 0) process.exit(b.status ?? 1)
}

const unit = [...find('src', /\.test\.ts$/), ...find('web/src', /\.test\.tsx?$/), ...find('test', /(?<!\.e2e)\.test\.ts$/)]
const e2e = hasChromium ? find('test/e2e', /\.e2e\.test\.ts$/) : []
const env = { ...process.env, TZ: process.env.TZ ?? 'UTC', CHROMIUM_PATH: chromium }
if (!pgReady) delete env.TEST_DATABASE_URL

function runNode(files, extraEnv = {}) {
  if (files.length === 0) return 0
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit', env: { ...env, ...extraEnv } })
  return r.status ?? 1
}

let failed = 0
failed += runNode(unit) ? 1 : 0
// deadlines and local days must hold whatever time zone the server runs in
failed += runNode(find('src/domain', /\.test\.ts$/), { TZ: 'Asia/Ho_Chi_Minh' }) ? 1 : 0
failed += runNode(e2e) ? 1 : 0

console.log('\n──── Test suites ────')
console.log(`ran: unit + API on SQLite${pgReady ? ' and PostgreSQL' : ''}; domain under TZ=UTC and TZ=Asia/Ho_Chi_Minh${e2e.length ? '; browser journeys in chromium' : ''}`)
for (const [suite, why] of skipped) console.log(`SKIPPED: ${suite} — ${why}`)
if (skipped.length && process.env.CAUNOI_TEST_REQUIRE_ALL === '1') {
  console.log('CAUNOI_TEST_REQUIRE_ALL=1: a skipped suite counts as a failure.')
  failed++
}
console.log(failed ? 'RESULT: FAILED' : 'RESULT: PASSED')
process.exit(failed ? 1 : 0)
