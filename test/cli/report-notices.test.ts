/** `caunoi jobs run report-notices [--day D]` in a child process, on a SQLite file with the demo ward. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { loadConfig } from '../../src/config.ts'
import { openDatabase, systemContext } from '../../src/runtime.ts'
import { loadDemoWard } from '../../src/services/system/demo-ward.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')

describe('sqlite: caunoi jobs run report-notices', () => {
  let dir: string
  const run = (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, CAUNOI_DATA_DIR: dir }
    delete env.DATABASE_URL
    delete env.SMTP_URL
    return spawnSync(process.execPath, ['bin/caunoi.mjs', 'jobs', 'run', 'report-notices', ...args], { cwd: ROOT, env, encoding: 'utf8' })
  }

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caunoi-notices-'))
    const config = loadConfig({ CAUNOI_DATA_DIR: dir })
    const conn = await openDatabase(config)
    await loadDemoWard({ ...systemContext(conn, config), now: new Date('2026-11-20T03:00:00Z') }, { opinions: false })
    await conn.close()
  })
  after(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('sends the reminders of a day once (--day), says so when run again, and adds nothing when forced', async () => {
    const first = run('--day', '2026-11-22', '--json')
    assert.equal(first.status, 0, first.stderr)
    const out = JSON.parse(first.stdout)
    assert.equal(out.runKey, 'report-notices:2026-11-22')
    assert.equal(out.skipped, false)
    // the demo's one responsible cell officer (Chi bộ khu dân cư số 1) is reminded in the app; no SMTP, no mail
    assert.equal(out.result.inApp, 1)
    assert.equal(out.result.mailQueued, 0)
    assert.deepEqual(out.mail, { sent: 0, failed: 0 })

    const again = run('--day', '2026-11-22')
    assert.equal(again.status, 0, again.stderr)
    assert.match(again.stdout, /report-notices:2026-11-22: đã chạy trước đó/)
    const forced = JSON.parse(run('--day', '2026-11-22', '--force', '--json').stdout)
    assert.equal(forced.result.inApp, 0)

    const config = loadConfig({ CAUNOI_DATA_DIR: dir })
    const conn = await openDatabase(config)
    const rows = await conn.db.selectFrom('report_notice as n').innerJoin('app_user as a', 'a.id', 'n.recipient_user_id').select(['a.username', 'n.kind', 'n.day']).execute()
    await conn.close()
    assert.deepEqual(rows, [{ username: 'phutrach', kind: 'reminder', day: '2026-11-22' }])
  })

  it('refuses a bad day with a Vietnamese message', () => {
    const bad = run('--day', '22/11/2026')
    assert.equal(bad.status, 1)
    assert.match(bad.stderr, /^Lỗi VALIDATION/)
  })
})
