/**
 * The compliance board through the real API on every dialect, against hand-counted expectations for the demo ward
 * (units opened mid-period and closed during it included), the 12-month grid and its coloured XLSX, the scope of a
 * unit officer; and `caunoi report list --json` run as a real command on the same kind of database.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import ExcelJS from 'exceljs'
import pg from 'pg'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS, type TestDialect } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { createUnit } from '../../src/services/units/create-unit.ts'
import { setUnitActive } from '../../src/services/units/set-unit-active.ts'
import { createUser } from '../../src/services/users/create-user.ts'
import { openReport } from '../../src/services/reporting/open-report.ts'
import { submitReport } from '../../src/services/reporting/submit-report.ts'
import { getCompliance } from '../../src/services/reporting/compliance.ts'
import { connect } from '../../src/db/connect.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import { loadConfig } from '../../src/config.ts'
import { SYSTEM_ACTOR } from '../../src/domain/policy.ts'
import { loadDemoWard } from '../../src/services/system/demo-ward.ts'
import type { ServiceContext } from '../../src/services/context.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
function ok(r: LightMyRequestResponse, status = 200) {
  assert.equal(r.statusCode, status, r.body)
  return json(r)
}

type Row = { code: string; status: string; submittedAt: string | null; reportId: string | null; deadline: string }

/**
 * The demo ward's units that owe a monthly report, counted by hand: below "Đảng bộ phường Hoà Bình" (where the focal
 * board sits), of a reporting kind — Đảng uỷ các cơ quan Đảng + its 3 cells, Đảng uỷ UBND + its 7 cells, the 10
 * residential cells, the 2 enterprise cells, MTTQ + its 5 organisations, the council delegates' group: 31. Not owed:
 * the ward itself, Ban Thường vụ, Ban Xây dựng Đảng (cơ quan), UBND (ủy ban).
 */
const DEMO_REQUIRED = 4 + 8 + 10 + 2 + 6 + 1

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: compliance board`, () => {
    let t: TestApp
    let focal: Client
    let officer: Client
    const ids: Record<string, string> = {}

    async function at(iso: string) {
      t.clock.now = new Date(iso)
      focal = await signIn(t.app, 'bxdd')
      officer = await signIn(t.app, 'phutrach')
    }

    before(async () => {
      t = await startTestApp(dialect)
      for (const code of ['HB', 'HB-DUUB', 'HB-CB-KDC01', 'HB-CB-KDC02', 'HB-CB-KDC03', 'HB-CB-KDC04', 'HB-CB-KDC09']) ids[code] = await unitId(t.conn, code)
      // opened on the 5th: 20 days of the period (25/10 … 24/11) → owes November; opened on the 18th: 7 days → does not
      ids['HB-CB-MOI05'] = (await createUnit(t.ctx(), { code: 'HB-CB-MOI05', name: 'Chi bộ khu đô thị mới', kind: 'chi_bo', parentId: ids.HB!, activeFrom: '2026-11-05' })).id
      ids['HB-CB-MOI18'] = (await createUnit(t.ctx(), { code: 'HB-CB-MOI18', name: 'Chi bộ Công ty Xanh', kind: 'chi_bo', parentId: ids.HB!, activeFrom: '2026-11-18' })).id
      // closed on the 3rd: not active at the period's end → owes nothing
      await setUnitActive(t.ctx(), { unitId: ids['HB-CB-KDC09']!, active: false, activeTo: '2026-11-03' })
      await createUser(t.ctx(), { username: 'phutrach2', fullName: 'Nguyễn Thị Hoa', password: 'matkhau-123', roles: [{ role: 'unit_officer', unitId: ids['HB-CB-KDC02']!, isResponsible: true }] })
      await at('2026-11-20T03:00:00Z')

      // KDC01 on time; KDC03 extended to 28/11 and not yet in; KDC04 a draft only
      const r1 = ok(await officer.post('/api/reports', { periodKey: '2026-11', unitId: ids['HB-CB-KDC01'] }), 201)
      ok(await officer.post(`/api/reports/${r1.id}/submit`, {}))
      ok(await focal.post('/api/reporting/extensions', { periodKey: '2026-11', unitId: ids['HB-CB-KDC03'], until: '2026-11-28', reason: 'Bí thư chi bộ ốm' }), 201)
      await openReport(t.ctx(), { periodKey: '2026-11', unitId: ids['HB-CB-KDC04']! })
      // KDC02 late: 08:00 on the 25th in Hà Nội
      const officer2 = await signIn(t.app, 'phutrach2', 'matkhau-123')
      const r2 = ok(await officer2.post('/api/reports', { periodKey: '2026-11', unitId: ids['HB-CB-KDC02'] }), 201)
      await at('2026-11-25T01:00:00Z')
      ok(await (await signIn(t.app, 'phutrach2', 'matkhau-123')).post(`/api/reports/${r2.id}/submit`, {}))
      await at('2026-11-26T03:00:00Z')
    })
    after(() => t.close())

    it('counts expected, submitted, on time, late, missing and extended as counted by hand, with exactly the agreed keys', async () => {
      const c = ok(await focal.get('/api/reporting/compliance?period=2026-11'))
      assert.deepEqual(Object.keys(c), ['expected', 'submitted', 'onTime', 'late', 'missing', 'extended', 'rates', 'units'])
      const expected = DEMO_REQUIRED - 1 /* KDC09 closed */ + 1 /* MOI05 opened on the 5th */
      assert.deepEqual({ expected: c.expected, submitted: c.submitted, onTime: c.onTime, late: c.late, missing: c.missing, extended: c.extended },
        { expected, submitted: 2, onTime: 1, late: 1, missing: expected - 3, extended: 1 })
      assert.deepEqual(c.rates, { submitted: Math.round((2 / expected) * 1000) / 1000, onTime: Math.round((1 / expected) * 1000) / 1000 })
      assert.deepEqual(Object.keys(c.units[0]), ['id', 'code', 'name', 'status', 'submittedAt', 'reportId', 'deadline'])
      const by = new Map<string, Row>(c.units.map((u: Row) => [u.code, u]))
      const status = (code: string) => by.get(code)?.status
      assert.equal(status('HB-CB-KDC01'), 'on_time')
      assert.equal(by.get('HB-CB-KDC01')!.submittedAt, '2026-11-20T03:00:00.000Z')
      assert.equal(status('HB-CB-KDC02'), 'late')
      assert.equal(status('HB-CB-KDC03'), 'extended')
      assert.equal(by.get('HB-CB-KDC03')!.deadline, '2026-11-28T17:00:00.000Z')
      assert.equal(status('HB-CB-KDC04'), 'missing')
      assert.ok(by.get('HB-CB-KDC04')!.reportId, 'a draft that was never sent is missing, with its report')
      assert.equal(by.get('HB-CB-KDC05')!.deadline, '2026-11-24T17:00:00.000Z')
      assert.equal(status('HB-CB-MOI05'), 'missing')
      for (const code of ['HB-CB-MOI18', 'HB-CB-KDC09', 'HB', 'HB-BTV', 'HB-BXDD', 'HB-UBND']) assert.equal(status(code), 'not_required', code)
      // listed: the owing units and the six that do not owe; the city (HP) is outside the board's scope
      assert.equal(c.units.length, expected + 6)
      assert.equal(c.units.filter((u: Row) => u.status !== 'not_required').length, c.expected)
      assert.ok(!by.has('HP'))

      // the service the ward report uses gives the same figures
      const svc = await getCompliance(t.ctx(), { period: '2026-11', unitId: ids.HB })
      assert.deepEqual({ ...svc, units: svc.units.length }, { ...c, units: c.units.length })
    })

    it('a subtree counts its own units; a unit officer sees and counts only their unit', async () => {
      const duub = ok(await focal.get(`/api/reporting/compliance?period=2026-11&unitId=${ids['HB-DUUB']}`))
      assert.deepEqual([duub.expected, duub.missing, duub.units.length], [8, 8, 8])
      const mine = ok(await officer.get('/api/reporting/compliance?period=2026-11'))
      assert.deepEqual({ expected: mine.expected, submitted: mine.submitted, onTime: mine.onTime, late: mine.late, missing: mine.missing }, { expected: 1, submitted: 1, onTime: 1, late: 0, missing: 0 })
      assert.deepEqual(mine.units.map((u: Row) => u.code), ['HB-CB-KDC01'])
      const other = await officer.get(`/api/reporting/compliance?period=2026-11&unitId=${ids['HB-CB-KDC02']}`)
      assert.equal(other.statusCode, 404)
      assert.equal(json(other).error.code, 'REPORT_UNIT_NOT_FOUND')
      const ctv = await signIn(t.app, 'ctv')
      assert.equal((await ctv.get('/api/reporting/compliance?period=2026-11')).statusCode, 403)
    })

    it('the grid gives each unit\'s status month by month', async () => {
      const g = ok(await focal.get('/api/reporting/compliance/grid?to=2026-11&months=3'))
      assert.deepEqual(g.months, ['2026-09', '2026-10', '2026-11'])
      const row = (code: string) => g.units.find((u: { code: string }) => u.code === code)?.statuses
      assert.deepEqual(row('HB-CB-KDC01'), ['missing', 'missing', 'on_time'])
      assert.deepEqual(row('HB-CB-KDC02'), ['missing', 'missing', 'late'])
      assert.deepEqual(row('HB-CB-KDC03'), ['missing', 'missing', 'extended'])
      assert.deepEqual(row('HB-CB-KDC09'), ['missing', 'missing', 'not_required'])
      assert.deepEqual(row('HB-CB-MOI05'), ['not_required', 'not_required', 'missing'])
      assert.deepEqual(row('HB'), ['not_required', 'not_required', 'not_required'])
      const mine = ok(await officer.get('/api/reporting/compliance/grid?months=12'))
      assert.equal(mine.months.length, 12)
      assert.equal(mine.months[11], '2026-12', 'after the 25th the current reporting month is December')
      assert.deepEqual(mine.units.map((u: { code: string }) => u.code), ['HB-CB-KDC01'])
    })

    it('exports the grid as XLSX with each cell coloured by status', async () => {
      const res = await focal.get('/api/reporting/compliance.xlsx?to=2026-11&months=3')
      assert.equal(res.statusCode, 200, res.body)
      assert.match(String(res.headers['content-type']), /spreadsheetml/)
      assert.match(String(res.headers['content-disposition']), /attachment; filename="tinh-hinh-nop-bao-cao-2026-11\.xlsx"/)
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
      const ws = wb.worksheets[0]!
      assert.deepEqual((ws.getRow(2).values as unknown[]).slice(1), ['Mã đơn vị', 'Tên đơn vị', '09/2026', '10/2026', '11/2026'])
      const find = (code: string) => {
        let found: ExcelJS.Row | undefined
        ws.eachRow((r) => { if (r.getCell(1).value === code) found = r })
        return found!
      }
      const cell = (code: string, col: number) => find(code).getCell(col)
      const fill = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern).fgColor?.argb
      assert.equal(cell('HB-CB-KDC01', 5).value, 'Đúng hạn')
      assert.equal(fill(cell('HB-CB-KDC01', 5)), 'FFC6EFCE')
      assert.equal(cell('HB-CB-KDC02', 5).value, 'Muộn')
      assert.equal(fill(cell('HB-CB-KDC02', 5)), 'FFFFEB9C')
      assert.equal(cell('HB-CB-KDC04', 5).value, 'Chưa nộp')
      assert.equal(fill(cell('HB-CB-KDC04', 5)), 'FFFFC7CE')
      assert.equal(fill(cell('HB-CB-KDC03', 5)), 'FFBDD7EE')
      assert.equal(fill(cell('HB', 3)), 'FFE7E6E6')
      const events = await t.conn.db.selectFrom('audit_event').select('action').where('action', '=', 'report.export').execute()
      assert.equal(events.length, 1)
    })
  })

  describe(`${dialect.name}: wards under one city`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(dialect)
    })
    after(() => t.close())

    it('a second ward owes nothing until its own focal board is set up, then counts its own units', async () => {
      const hp = await unitId(t.conn, 'HP')
      const lc = (await createUnit(t.ctx(), { code: 'LC', name: 'Đảng bộ phường Lê Chân', kind: 'dang_bo', parentId: hp, activeFrom: '2026-01-01' })).id
      await createUnit(t.ctx(), { code: 'LC-CB-01', name: 'Chi bộ khu dân cư số 1 phường Lê Chân', kind: 'chi_bo', parentId: lc, activeFrom: '2026-01-01' })
      const status = (c: { units: { code: string; status: string }[] }, code: string) => c.units.find((u) => u.code === code)?.status
      const before = await getCompliance(t.ctx(), { period: '2026-11' })
      assert.equal(before.expected, DEMO_REQUIRED, 'the city sees Hoà Bình\'s units only')
      for (const code of ['HP', 'LC', 'LC-CB-01']) assert.equal(status(before, code), 'not_required', code)

      await createUser(t.ctx(), { username: 'bxdd-lc', fullName: 'Trần Thị Lê', password: 'matkhau-123', roles: [{ role: 'focal', unitId: lc }] })
      const after = await getCompliance(t.ctx(), { period: '2026-11' })
      assert.equal(after.expected, DEMO_REQUIRED + 1)
      assert.equal(status(after, 'LC-CB-01'), 'missing')
      assert.equal(status(after, 'LC'), 'not_required', 'the ward itself receives reports')
      const lcBoard = await signIn(t.app, 'bxdd-lc', 'matkhau-123')
      const own = ok(await lcBoard.get('/api/reporting/compliance?period=2026-11'))
      assert.deepEqual([own.expected, own.units.map((u: Row) => u.code)], [1, ['LC', 'LC-CB-01']])
    })
  })

  describe(`${dialect.name}: caunoi report list`, () => {
    const target = cliTarget(dialect)
    after(() => target.cleanup())

    it('lists reports as JSON with the agreed fields, filtered by period and kind', async () => {
      const env = await target.prepare()
      const conn = connect(target.connectOptions())
      const config = loadConfig({}, { dataDir: '/nonexistent' })
      const ctx: ServiceContext = { db: conn.db, dialect: conn.dialect, actor: SYSTEM_ACTOR, now: new Date('2026-11-20T03:00:00Z'), ip: null, config }
      let made: { id: string }[]
      try {
        await migrateToLatest(conn.db, conn.dialect)
        await loadDemoWard(ctx, { opinions: false })
        const unit = async (code: string) => (await conn.db.selectFrom('unit').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id
        const nov = (await openReport(ctx, { periodKey: '2026-11', unitId: await unit('HB-CB-KDC01') })).report
        await submitReport(ctx, { reportId: nov.id })
        const oct = (await openReport(ctx, { periodKey: '2026-10', unitId: await unit('HB-CB-KDC02') })).report
        made = [nov, oct]
      } finally {
        await conn.close()
      }
      const run = (...args: string[]) => {
        const r = spawnSync(process.execPath, ['bin/caunoi.mjs', ...args], { cwd: ROOT, env: { ...baseEnv(), ...env, TZ: 'UTC' }, encoding: 'utf8' })
        assert.equal(r.status, 0, r.stderr)
        return JSON.parse(r.stdout)
      }
      assert.deepEqual(run('report', 'list', '--period', '2026-11', '--json'), [{ id: made[0]!.id, unitCode: 'HB-CB-KDC01', period: '2026-11', kind: 'unit', status: 'submitted', number: null }])
      assert.deepEqual(run('report', 'list', '--json').map((r: { period: string; unitCode: string }) => `${r.period} ${r.unitCode}`), ['2026-11 HB-CB-KDC01', '2026-10 HB-CB-KDC02'])
      assert.deepEqual(run('report', 'list', '--kind', 'ward', '--json'), [])
    })
  })
}

const ROOT = path.resolve(import.meta.dirname, '../..')
function baseEnv() {
  const env = { ...process.env }
  delete env.DATABASE_URL
  return env
}

/** A database the CLI can open by configuration: a SQLite file in a temporary directory, or a fresh PostgreSQL schema. */
function cliTarget(dialect: TestDialect) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caunoi-report-cli-'))
  const schema = `t_${randomBytes(6).toString('hex')}`
  const url = process.env.TEST_DATABASE_URL ?? ''
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: url })
    await c.connect()
    try {
      await c.query(q)
    } finally {
      await c.end()
    }
  }
  return {
    async prepare(): Promise<Record<string, string>> {
      if (dialect.name === 'sqlite') return { CAUNOI_DATA_DIR: dir }
      await admin(`create schema ${schema}`)
      const u = new URL(url)
      u.searchParams.set('options', `-c search_path=${schema}`)
      return { CAUNOI_DATA_DIR: dir, DATABASE_URL: u.toString() }
    },
    connectOptions() {
      return dialect.name === 'sqlite' ? { sqliteFile: path.join(dir, 'caunoi.db') } : { databaseUrl: url, pgSchema: schema }
    },
    async cleanup() {
      fs.rmSync(dir, { recursive: true, force: true })
      if (dialect.name === 'postgres') await admin(`drop schema if exists ${schema} cascade`)
    },
  }
}
