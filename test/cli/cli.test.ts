/** The real `caunoi` command in a child process, on a SQLite file in a temporary data directory (and PostgreSQL for backups). */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { verifyPassword } from '../../src/services/auth/secrets.ts'
import vi from '../../src/shared/i18n/vi.json' with { type: 'json' }

const ROOT = path.resolve(import.meta.dirname, '../..')

function caunoi(args: string[], env: Record<string, string>) {
  const base = { ...process.env }
  delete base.DATABASE_URL
  const r = spawnSync(process.execPath, ['bin/caunoi.mjs', ...args], { cwd: ROOT, env: { ...base, ...env }, encoding: 'utf8' })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('sqlite: the caunoi command', () => {
  let dir: string
  let env: Record<string, string>
  const run = (...args: string[]) => caunoi(args, env)
  const ok = (...args: string[]) => {
    const r = run(...args)
    assert.equal(r.status, 0, `caunoi ${args.join(' ')}\n${r.stderr}`)
    return r
  }
  const file = (name: string, content: string) => {
    const p = path.join(dir, name)
    fs.writeFileSync(p, content)
    return p
  }
  /** Reads the database file directly, read-only, between commands. */
  const query = <T>(sql: string, ...params: unknown[]): T[] => {
    const db = new SQLite(path.join(dir, 'caunoi.db'), { readonly: true })
    try {
      return db.prepare(sql).all(...params) as T[]
    } finally {
      db.close()
    }
  }

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caunoi-cli-'))
    env = { CAUNOI_DATA_DIR: dir }
  })
  after(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('--help lists every sub-command', () => {
    const r = ok('--help')
    for (const cmd of ['serve', 'migrate', 'demo', 'user', 'units', 'users', 'backup', 'restore', 'audit']) assert.match(r.stdout, new RegExp(`^\\s+${cmd}\\b`, 'm'), cmd)
  })

  it('migrate creates the database; a second migrate has nothing to do', () => {
    assert.match(ok('migrate').stdout, /0001-foundation/)
    assert.ok(fs.existsSync(path.join(dir, 'caunoi.db')))
    assert.match(ok('migrate').stdout, /lược đồ đã mới nhất/)
  })

  it('demo loads the ward once; a second demo fails with DEMO_NOT_EMPTY and exit code 1', () => {
    assert.match(ok('demo').stdout, /36 đơn vị, 20 tổ dân phố, 8 tài khoản/)
    const again = run('demo')
    assert.equal(again.status, 1)
    assert.match(again.stderr, /DEMO_NOT_EMPTY/)
    assert.ok(again.stderr.includes(vi.errors.DEMO_NOT_EMPTY))
    assert.equal(query<{ n: number }>('select count(*) as n from unit')[0]!.n, 36)
  })

  it('user add and user passwd', async () => {
    assert.match(ok('user', 'add', 'tester', '-n', 'Người Thử', '-p', 'matkhau-123', '-r', 'viewer@HB').stdout, /Đã tạo tài khoản tester/)
    const [u] = query<{ id: string; full_name: string; password_hash: string }>('select id, full_name, password_hash from app_user where username = ?', 'tester')
    assert.equal(u!.full_name, 'Người Thử')
    assert.ok(await verifyPassword(u!.password_hash, 'matkhau-123'))
    assert.deepEqual(query('select r.role, u.code from role_assignment r join unit u on u.id = r.unit_id where r.user_id = ?', u!.id), [{ role: 'viewer', code: 'HB' }])

    const dup = run('user', 'add', 'tester', '-n', 'Trùng', '-p', 'matkhau-123')
    assert.equal(dup.status, 1)
    assert.match(dup.stderr, /USERNAME_TAKEN/)
    assert.equal(run('user', 'add', 'tester2', '-n', 'X', '-r', 'viewer@KHONG-CO').status, 1)

    assert.match(ok('user', 'passwd', 'tester', '-p', 'matkhau-456').stdout, /Đã đặt lại mật khẩu cho tester/)
    const [after] = query<{ password_hash: string }>('select password_hash from app_user where username = ?', 'tester')
    assert.ok(await verifyPassword(after!.password_hash, 'matkhau-456'))
    assert.ok(!(await verifyPassword(after!.password_hash, 'matkhau-123')))
    const short = run('user', 'passwd', 'tester', '-p', 'ngan')
    assert.equal(short.status, 1)
    assert.match(short.stderr, /VALIDATION/)
  })

  it('units import --json: twice the same file, the second time all unchanged; a bad file lists its rows on stderr', () => {
    const csv = file('don-vi.csv', 'code,name,kind,parent_code,active_from\nCLI-2,Chi bộ con,chi_bo,CLI-1,02/01/2026\nCLI-1,Đảng bộ dòng lệnh,Đảng bộ,HB,2026-01-01\n')
    assert.deepEqual(JSON.parse(ok('units', 'import', csv, '--json').stdout), { created: 2, updated: 0, unchanged: 0, rejected: [] })
    assert.deepEqual(JSON.parse(ok('units', 'import', csv, '--json').stdout), { created: 0, updated: 0, unchanged: 2, rejected: [] })

    const bad = file('loi.csv', 'code,name,kind,parent_code\nCLI-3,Tốt,chi_bo,HB\nCLI-4,Loại lạ,thu_vien,HB\nCLI-5,=1+1,chi_bo,KHONG-CO\n')
    const r = run('units', 'import', bad)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /IMPORT_INVALID/)
    assert.match(r.stderr, /dòng 3, cột kind: .*\(ROW_UNKNOWN_KIND\)/)
    assert.match(r.stderr, /dòng 4, cột name: .*\(ROW_FORMULA\)/)
    assert.match(r.stderr, /dòng 4, cột parent_code: .*\(ROW_UNKNOWN_PARENT\)/)
    // with --json the refusal keeps the result's shape, every rejected row in it
    const j = run('units', 'import', bad, '--json')
    assert.equal(j.status, 1)
    const result = JSON.parse(j.stdout)
    assert.deepEqual([result.created, result.updated, result.unchanged], [0, 0, 0])
    assert.deepEqual(result.rejected.map((x: { row: number; column: string; code: string }) => `${x.row}:${x.column}:${x.code}`),
      ['3:kind:ROW_UNKNOWN_KIND', '4:name:ROW_FORMULA', '4:parent_code:ROW_UNKNOWN_PARENT'])
    assert.deepEqual(query("select code from unit where code like 'CLI-%' order by code"), [{ code: 'CLI-1' }, { code: 'CLI-2' }])
  })

  it('users import gives temporary passwords once; re-import changes nothing', () => {
    const csv = file('tai-khoan.csv', 'username,full_name,phone,roles\nctv-cli,Cộng tác viên Dòng lệnh,+84 912 000 111,collaborator@CLI-2\n')
    const first = JSON.parse(ok('users', 'import', csv, '--json').stdout)
    assert.equal(first.created, 1)
    assert.deepEqual(first.temporaryPasswords.map((p: { username: string }) => p.username), ['ctv-cli'])
    const text = ok('users', 'import', csv).stdout
    assert.match(text, /Thêm mới: 0, cập nhật: 0, không đổi: 1/)
    assert.doesNotMatch(text, /Mật khẩu tạm/)
  })

  it('audit export writes a CSV with a BOM and the header', () => {
    const out = path.join(dir, 'nhat-ky.csv')
    const r = ok('audit', 'export', '--from', '2020-01-01', '--to', '2099-12-31', '-o', out)
    assert.match(r.stderr, /Đã ghi/)
    const data = fs.readFileSync(out)
    assert.equal(data.subarray(0, 3).toString('hex'), 'efbbbf')
    const lines = data.toString('utf8').slice(1).split('\r\n')
    assert.equal(lines[0], 'id,at,actor,action,resource_type,resource_id,unit_id,outcome,ip,details')
    assert.ok(lines.some((l) => l.includes(',user.create,') && l.includes('tester')))
    assert.ok(lines.some((l) => l.includes(',unit.import,')))
    const badDay = run('audit', 'export', '--from', '1/1/2026')
    assert.equal(badDay.status, 1)
    assert.match(badDay.stderr, /VALIDATION/)
  })

  it('backup, then a change, then restore: the change is gone', () => {
    const backup = path.join(dir, 'sao-luu', 'caunoi-backup.db')
    assert.match(ok('backup', backup).stdout, /Đã sao lưu SQLite/)
    assert.ok(fs.statSync(backup).size > 0)
    ok('user', 'add', 'sau-sao-luu', '-n', 'Thêm sau sao lưu', '-p', 'matkhau-789')
    assert.equal(query('select id from app_user where username = ?', 'sau-sao-luu').length, 1)

    assert.match(ok('restore', backup).stdout, /Đã khôi phục/)
    assert.deepEqual(query('select id from app_user where username = ?', 'sau-sao-luu'), [])
    assert.equal(query('select id from app_user where username = ?', 'tester').length, 1)
    assert.deepEqual(query('pragma integrity_check'), [{ integrity_check: 'ok' }])
    assert.deepEqual(query('select action from audit_event order by id desc limit 1'), [{ action: 'system.restore' }])

    const notBackup = file('khong-phai.db', 'không phải cơ sở dữ liệu')
    const r = run('restore', notBackup)
    assert.equal(r.status, 1)
    assert.match(r.stderr, /BACKUP_FILE_INVALID/)
    assert.match(run('restore', path.join(dir, 'khong-co.db')).stderr, /BACKUP_FILE_NOT_FOUND/)
  })
})

describe('postgres: caunoi backup and restore', { skip: process.env.TEST_DATABASE_URL ? false : 'TEST_DATABASE_URL is not set' }, () => {
  const base = process.env.TEST_DATABASE_URL ?? ''
  const name = `caunoi_cli_${randomBytes(4).toString('hex')}`
  const url = (() => {
    const u = new URL(base || 'postgres://localhost/x')
    u.pathname = `/${name}`
    return u.toString()
  })()
  let dir: string
  const run = (...args: string[]) => caunoi(args, { CAUNOI_DATA_DIR: dir, DATABASE_URL: url })
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: base })
    await c.connect()
    try {
      await c.query(sql)
    } finally {
      await c.end()
    }
  }
  const users = async (username: string) => {
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    try {
      return (await c.query('select id from app_user where username = $1', [username])).rowCount
    } finally {
      await c.end()
    }
  }

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caunoi-cli-pg-'))
    await admin(`create database ${name}`)
  })
  after(async () => {
    fs.rmSync(dir, { recursive: true, force: true })
    await admin(`drop database if exists ${name} with (force)`)
  })

  it('backup with pg_dump, a change, restore with pg_restore: the change is gone', async () => {
    for (const args of [['migrate'], ['demo']]) assert.equal(run(...args).status, 0, args.join(' '))
    const file = path.join(dir, 'caunoi.dump')
    const b = run('backup', file)
    assert.equal(b.status, 0, b.stderr)
    assert.match(b.stdout, /PostgreSQL/)
    assert.ok(fs.statSync(file).size > 0)
    assert.equal(run('user', 'add', 'sau-sao-luu', '-n', 'Thêm sau sao lưu', '-p', 'matkhau-789').status, 0)
    assert.equal(await users('sau-sao-luu'), 1)
    const r = run('restore', file)
    assert.equal(r.status, 0, r.stderr)
    assert.equal(await users('sau-sao-luu'), 0)
    assert.equal(await users('phutrach'), 1)
    // the restored database works: the append-only audit log takes the restore's own event and more
    assert.equal(run('user', 'add', 'sau-khoi-phuc', '-n', 'Sau khôi phục', '-p', 'matkhau-789').status, 0)
  })
})
