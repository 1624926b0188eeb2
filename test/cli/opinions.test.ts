/** `caunoi opinions import|export` and `caunoi privacy purge` in a child process, on a SQLite file in a temporary data directory. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomUUID } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import SQLite from 'better-sqlite3'
import { parse } from 'csv-parse/sync'
import vi from '../../src/shared/i18n/vi.json' with { type: 'json' }

const ROOT = path.resolve(import.meta.dirname, '../..')
const EXAMPLE = path.join(ROOT, 'docs/examples/opinions.csv')

describe('sqlite: caunoi opinions and caunoi privacy', () => {
  let dir: string
  const run = (...args: string[]) => {
    const env: Record<string, string | undefined> = { ...process.env, CAUNOI_DATA_DIR: dir }
    delete env.DATABASE_URL
    const r = spawnSync(process.execPath, ['bin/caunoi.mjs', ...args], { cwd: ROOT, env, encoding: 'utf8' })
    return { status: r.status, stdout: r.stdout, stderr: r.stderr }
  }
  const ok = (...args: string[]) => {
    const r = run(...args)
    assert.equal(r.status, 0, `caunoi ${args.join(' ')}\n${r.stderr}`)
    return r
  }
  const db = () => new SQLite(path.join(dir, 'caunoi.db'))
  const count = (sql: string) => {
    const d = db()
    try {
      return (d.prepare(sql).get() as { n: number }).n
    } finally {
      d.close()
    }
  }
  const file = (name: string, content: string) => {
    const p = path.join(dir, name)
    fs.writeFileSync(p, content)
    return p
  }

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caunoi-cli-op-'))
    ok('demo')
  })
  after(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('--help names the commands', () => {
    assert.match(ok('--help').stdout, /^\s+opinions\b/m)
    assert.match(ok('--help').stdout, /^\s+privacy\b/m)
    assert.match(ok('opinions', 'import', '--help').stdout, /--skip-invalid/)
  })

  it('imports the example file of the README; a second import reports every row unchanged', () => {
    // the demo ward may already hold records: count around the import
    const records = count('select count(*) as n from opinion_report')
    const streams = count('select count(*) as n from opinion_stream')
    const example = "select count(*) as n from opinion_report where external_id in ('KDC01-2611-001', 'KDC01-2611-002', 'KDC02-2611-001', 'MTTQ-2611-001')"
    assert.deepEqual(JSON.parse(ok('opinions', 'import', EXAMPLE, '--json').stdout), { imported: 4, unchanged: 0, rejected: [] })
    assert.equal(count('select count(*) as n from opinion_report'), records + 4)
    assert.equal(count('select count(*) as n from opinion_stream'), streams + 4)
    assert.deepEqual(JSON.parse(ok('opinions', 'import', EXAMPLE, '--json').stdout), { imported: 0, unchanged: 4, rejected: [] })
    assert.equal(count('select count(*) as n from opinion_report'), records + 4)
    assert.match(ok('opinions', 'import', EXAMPLE).stdout, /Đã nhập: 0, không đổi: 4, bị từ chối: 0/)
    assert.equal(count(example), 4)
    // the operator imports as the system: the records have no author account
    assert.equal(count(`${example} and entered_by is null`), 4)
  })

  it('a bad row: nothing imported, exit code 1, the JSON lists it; --skip-invalid imports the rest and exits 0', () => {
    const bad = file('loi.csv', [
      'external_id,received_on,channel,unit_code,area_code,topic,direction,intensity,breadth,groups,latent,title,content',
      'CLI-1,2026-11-01,hotline,HB-CB-KDC03,HB-TDP05,khac,unknown,,,,,Dòng tốt,Nội dung',
      'CLI-2,2026-11-01,hotline,HB-CB-KDC03,,khong-co,unknown,,,,,Lĩnh vực sai,Nội dung',
    ].join('\n'))
    const refused = run('opinions', 'import', bad, '--json')
    assert.equal(refused.status, 1)
    assert.deepEqual(JSON.parse(refused.stdout), { imported: 0, unchanged: 0, rejected: [{ row: 3, column: 'topic', code: 'ROW_UNKNOWN_TOPIC', message: vi.errors.ROW_UNKNOWN_TOPIC }] })
    assert.equal(count("select count(*) as n from opinion_report where external_id like 'CLI-%'"), 0)
    const plain = run('opinions', 'import', bad)
    assert.equal(plain.status, 1)
    assert.match(plain.stderr, /Lỗi IMPORT_INVALID/)
    assert.match(plain.stderr, /dòng 3, cột topic: .*\(ROW_UNKNOWN_TOPIC\)/)
    const skipped = run('opinions', 'import', bad, '--skip-invalid', '--json')
    assert.equal(skipped.status, 0, skipped.stderr)
    assert.deepEqual(JSON.parse(skipped.stdout), { imported: 1, unchanged: 0, rejected: [{ row: 3, column: 'topic', code: 'ROW_UNKNOWN_TOPIC', message: vi.errors.ROW_UNKNOWN_TOPIC }] })
    assert.equal(count("select count(*) as n from opinion_report where external_id like 'CLI-%'"), 1)
    // a file that cannot be read at all is an error whatever the options
    const unreadable = run('opinions', 'import', file('rong.csv', ''), '--skip-invalid', '--json')
    assert.equal(unreadable.status, 1)
    assert.match(unreadable.stderr, /IMPORT_EMPTY/)
  })

  it('imports JSON Lines', () => {
    const jl = file('y-kien.jsonl', `${JSON.stringify({ external_id: 'JL-CLI', received_on: '2026-11-02', channel: 'Mạng xã hội', unit_code: 'HB-DTN', topic: ['Giáo dục'], direction: 'Tán thành', groups: 'thanh-nien-hoc-sinh', latent: 'không', title: 'Học bổng', content: 'Đoàn viên tán thành quỹ học bổng.' })}\n`)
    assert.deepEqual(JSON.parse(ok('opinions', 'import', jl, '--json').stdout), { imported: 1, unchanged: 0, rejected: [] })
  })

  it('exports every stream as CSV with a BOM, or as XLSX', () => {
    const out = path.join(dir, 'y-kien.csv')
    ok('opinions', 'export', '-o', out)
    const bytes = fs.readFileSync(out)
    assert.ok(bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])))
    const rows: string[][] = parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))
    assert.equal(rows.length - 1, count('select count(*) as n from opinion_stream'))
    const filtered: string[][] = parse(ok('opinions', 'export', '-q', 'bai tap ket rac tam', '--from', '2026-11-05', '--to', '2026-11-05').stdout.replace(/^\uFEFF/, ''))
    assert.ok(filtered.slice(1).some((r) => r[1] === 'KDC01-2611-002'))
    assert.ok(filtered.length - 1 < rows.length - 1)
    const xlsx = path.join(dir, 'y-kien.xlsx')
    ok('opinions', 'export', '--format', 'xlsx', '-o', xlsx)
    assert.equal(fs.readFileSync(xlsx).readUInt32LE(0), 0x04034b50, 'a zip (xlsx) file')
    assert.equal(run('opinions', 'export', '--format', 'pdf').status, 1)
  })

  it('privacy purge deletes contacts past their day (dry run first) and audits the count', () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
    const due = () => count(`select count(*) as n from opinion_contact where delete_after < '${today}'`)
    const before = count('select count(*) as n from opinion_contact')
    const dueBefore = due()
    const d = db()
    try {
      const [a, b] = d.prepare('select id from opinion_report order by id limit 2').all() as { id: string }[]
      const add = d.prepare('insert into opinion_contact (id, report_id, full_name, phone, address, note, created_at, delete_after) values (?, ?, ?, null, null, null, ?, ?)')
      add.run(randomUUID(), a!.id, 'Người Hết Hạn', '2024-01-01T00:00:00Z', '2025-12-31')
      add.run(randomUUID(), b!.id, 'Người Còn Hạn', '2026-01-01T00:00:00Z', '2099-12-31')
    } finally {
      d.close()
    }
    const dry = JSON.parse(ok('privacy', 'purge', '--dry-run', '--json').stdout)
    assert.equal(dry.purged, dueBefore + 1)
    assert.equal(dry.dryRun, true)
    assert.equal(count('select count(*) as n from opinion_contact'), before + 2)
    assert.match(ok('privacy', 'purge').stdout, new RegExp(`Đã xoá ${dueBefore + 1} thông tin liên hệ hết hạn lưu giữ`))
    assert.equal(count("select count(*) as n from opinion_contact where full_name = 'Người Còn Hạn'"), 1)
    assert.equal(count("select count(*) as n from opinion_contact where full_name = 'Người Hết Hạn'"), 0)
    assert.equal(count('select count(*) as n from opinion_contact'), before + 2 - (dueBefore + 1))
    assert.equal(due(), 0)
    assert.equal(count(`select count(*) as n from audit_event where action = 'contact.purge' and details_json like '%"purged":${dueBefore + 1}%'`), 1)
    assert.equal(JSON.parse(ok('privacy', 'purge', '--json').stdout).purged, 0)
  })

  it('privacy retention shows and sets the months contacts are kept (audited); nonsense is refused', () => {
    assert.match(ok('privacy', 'retention').stdout, /24 tháng/)
    assert.deepEqual(JSON.parse(ok('privacy', 'retention', '12', '--json').stdout), { months: 12 })
    assert.deepEqual(JSON.parse(ok('privacy', 'retention', '--json').stdout), { months: 12 })
    for (const bad of ['0', '1.5', 'mot']) {
      const r = run('privacy', 'retention', bad)
      assert.equal(r.status, 1, bad)
      assert.match(r.stderr, /VALIDATION/)
    }
    assert.equal(count("select count(*) as n from audit_event where action = 'setting.retention'"), 1)
  })
})
