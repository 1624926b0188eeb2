/** `caunoi jobs run` in a child process, on a SQLite file prepared through the services. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import { loadConfig } from '../../src/config.ts'
import { openDatabase, systemContext } from '../../src/runtime.ts'
import { loadDemoWard } from '../../src/services/system/demo-ward.ts'
import { createIssue } from '../../src/services/issues/create-issue.ts'
import { referIssue } from '../../src/services/issues/refer-issue.ts'

const ROOT = path.resolve(import.meta.dirname, '../..')

describe('sqlite: caunoi jobs run referral-reminders', () => {
  let dir: string
  const run = (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, CAUNOI_DATA_DIR: dir }
    delete env.DATABASE_URL
    return spawnSync(process.execPath, ['bin/caunoi.mjs', 'jobs', 'run', ...args], { cwd: ROOT, env, encoding: 'utf8' })
  }

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caunoi-jobs-'))
    const config = loadConfig({ CAUNOI_DATA_DIR: dir })
    const conn = await openDatabase(config)
    const ctx = { ...systemContext(conn, config), now: new Date('2026-11-20T03:00:00Z') }
    await loadDemoWard(ctx, { opinions: false })
    const unit = (code: string) => conn.db.selectFrom('unit').select('id').where('code', '=', code).executeTakeFirstOrThrow().then((u) => u.id)
    const issue = await createIssue(ctx, { title: 'Đèn đường ngõ 12 hỏng', description: '', topic: 'ttatxh', unitId: await unit('HB'), hotSpot: false, streamIds: [] })
    await referIssue(ctx, { issueId: issue.id, toUnitId: await unit('HB-CB-KDC01'), dueOn: '2026-11-25' })
    await conn.close()
  })
  after(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('runs a day once, tells what it did, and adds nothing when run again or forced', () => {
    const first = run('referral-reminders', '--date', '2026-11-22', '--json')
    assert.equal(first.status, 0, first.stderr)
    assert.deepEqual(JSON.parse(first.stdout), {
      name: 'referral-reminders', runKey: 'referral-reminders:2026-11-22', skipped: false, result: { day: '2026-11-22', reminders: 1, notifications: 1 },
    })
    const again = run('referral-reminders', '--date', '2026-11-22')
    assert.equal(again.status, 0, again.stderr)
    assert.match(again.stdout, /referral-reminders:2026-11-22: đã chạy trước đó/)
    const forced = run('referral-reminders', '--date', '2026-11-22', '--force', '--json')
    assert.deepEqual(JSON.parse(forced.stdout).result, { day: '2026-11-22', reminders: 1, notifications: 0 })
  })

  it('refuses an unknown job and a bad day with a Vietnamese message', () => {
    const unknown = run('bao-cao-thang')
    assert.equal(unknown.status, 1)
    assert.match(unknown.stderr, /^Lỗi JOB_UNKNOWN: Không có tác vụ nền này\./)
    const bad = run('referral-reminders', '--date', '22/11/2026')
    assert.equal(bad.status, 1)
    assert.match(bad.stderr, /^Lỗi VALIDATION/)
  })
})
