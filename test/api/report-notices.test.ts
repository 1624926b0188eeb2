/**
 * The report-notices job through the real services and the reminder log through the real API, on every dialect, with
 * the clock as a parameter (run under TZ=UTC and TZ=Asia/Ho_Chi_Minh): for the November 2026 period (deadline 00:00
 * on 25/11/2026 in Hà Nội) reminders go out 3 and 1 days before, the overdue notice on the 25th, the escalation two
 * days later to the parent unit's officer and the focal board; nothing after a submission; an extension moves them
 * all; running a day twice, or at 07:00 and again at start-up, or forced, sends nothing twice; settings override.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type TestApp } from '../helpers/app.ts'
import { createUser } from '../../src/services/users/create-user.ts'
import { putSetting } from '../../src/db/repos/setting.repo.ts'
import { runReportNotices } from '../../src/jobs/report-notices.job.ts'
import { JOBS } from '../../src/jobs/scheduler.ts'

const PASSWORD = 'matkhau-123'
const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
function ok(r: LightMyRequestResponse, status = 200) {
  assert.equal(r.statusCode, status, r.body)
  return json(r)
}

type Row = { kind: string; day: string; unit: string; to: string | null; channel: string; status: string }

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: report notices, day by day through November 2026`, () => {
    let t: TestApp
    const ids: Record<string, string> = {}
    const users: Record<string, string> = {}

    /** Runs the job at an instant (the server's clock) and returns what it reports. */
    async function runAt(iso: string, opts: { force?: boolean } = {}) {
      t.clock.now = new Date(iso)
      return runReportNotices(t.ctx(), opts)
    }
    /** The log rows of our units written so far, as comparable strings, in a stable order. */
    async function logOf(units: string[]): Promise<Row[]> {
      const rows = await t.conn.db.selectFrom('report_notice as n').innerJoin('unit as u', 'u.id', 'n.unit_id').leftJoin('app_user as a', 'a.id', 'n.recipient_user_id')
        .select(['n.kind', 'n.day', 'u.code', 'a.username', 'n.channel', 'n.status']).where('u.code', 'in', units).execute()
      return rows.map((r) => ({ kind: r.kind, day: r.day, unit: r.code, to: r.username, channel: r.channel, status: r.status }))
        .sort((a, b) => `${a.day}${a.unit}${a.kind}${a.to}`.localeCompare(`${b.day}${b.unit}${b.kind}${b.to}`))
    }
    const count = async (table: 'report_notice' | 'notification') =>
      Number((await t.conn.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    const UNITS = ['HB-CB-KDC01', 'HB-CB-CA', 'HB-CB-YT']

    before(async () => {
      t = await startTestApp(dialect)
      for (const code of ['HB', 'HB-DUUB', 'HB-CB-KDC01', 'HB-CB-CA', 'HB-CB-YT']) ids[code] = await unitId(t.conn, code)
      // responsible officers of the police cell, of its parent (Đảng uỷ UBND) and of the health station's cell
      for (const [username, unit, fullName] of [['phutrach-ca', 'HB-CB-CA', 'Đinh Văn Cường'], ['phutrach-duub', 'HB-DUUB', 'Ngô Thị Thu'], ['phutrach-yt', 'HB-CB-YT', 'Trịnh Minh Tâm']] as const) {
        const u = await createUser(t.ctx(), { username, fullName, password: PASSWORD, phone: null, email: null, roles: [{ role: 'unit_officer', unitId: ids[unit]!, isResponsible: true }] })
        users[username] = u.user.id
      }
    })
    after(() => t.close())

    it('is registered as a daily job at 07:00', () => {
      assert.deepEqual(JOBS.filter((j) => j.name === 'report-notices').map((j) => j.schedule), ['0 7 * * *'])
    })

    it('sends nothing at 23:59 on the 21st, Hà Nội time: the 25th is still four days away', async () => {
      const out = await runAt('2026-11-21T16:59:00Z')
      assert.equal(out.result!.day, '2026-11-21')
      assert.deepEqual(await logOf(UNITS), [])
    })

    it('reminds each unit\'s responsible officer from 00:00 on the 22nd (3 days before), in the app, once', async () => {
      const out = await runAt('2026-11-21T17:00:00Z')
      assert.equal(out.result!.day, '2026-11-22')
      assert.deepEqual(await logOf(UNITS), [
        { kind: 'reminder', day: '2026-11-22', unit: 'HB-CB-CA', to: 'phutrach-ca', channel: 'in_app', status: 'sent' },
        { kind: 'reminder', day: '2026-11-22', unit: 'HB-CB-KDC01', to: 'phutrach', channel: 'in_app', status: 'sent' },
        { kind: 'reminder', day: '2026-11-22', unit: 'HB-CB-YT', to: 'phutrach-yt', channel: 'in_app', status: 'sent' },
      ])
      const note = await t.conn.db.selectFrom('notification').selectAll().where('user_id', '=', users['phutrach-ca']!).executeTakeFirstOrThrow()
      assert.equal(note.kind, 'report_reminder')
      assert.equal(note.title, 'Nhắc gửi báo cáo tháng 11/2026: Chi bộ Công an phường')
      assert.match(note.body, /trước ngày 25\/11\/2026 \(còn 3 ngày\)/)
      assert.equal(note.link, `/reports?period=2026-11&unitId=${ids['HB-CB-CA']}`)
      // a unit without a responsible officer is logged once as having nobody to tell
      const cb = await t.conn.db.selectFrom('report_notice as n').innerJoin('unit as u', 'u.id', 'n.unit_id').select(['n.status', 'n.recipient_user_id'])
        .where('u.code', '=', 'HB-CB-QS').execute()
      assert.deepEqual(cb, [{ status: 'no_recipient', recipient_user_id: null }])
    })

    it('sends nothing twice: the same day again, at 07:00 after a start-up run, or forced', async () => {
      const before = { notices: await count('report_notice'), notes: await count('notification') }
      const again = await runAt('2026-11-22T00:00:00Z') // 07:00 local, after the start-up run at 00:00
      assert.equal(again.skipped, true)
      const forced = await runAt('2026-11-22T09:00:00Z', { force: true })
      assert.equal(forced.skipped, false)
      assert.equal(forced.result!.inApp, 0)
      assert.equal(forced.result!.notices > 0, true)
      assert.deepEqual({ notices: await count('report_notice'), notes: await count('notification') }, before)
    })

    it('the 23rd repeats nothing (its reminder is the one of "3 days" already sent)', async () => {
      const n = await count('report_notice')
      const out = await runAt('2026-11-23T01:00:00Z')
      assert.equal(out.result!.inApp, 0)
      assert.equal(await count('report_notice'), n)
    })

    it('after a submission the unit gets nothing more; an extension moves the unit\'s notices to its new date', async () => {
      t.clock.now = new Date('2026-11-23T03:00:00Z')
      const officer = await signIn(t.app, 'phutrach')
      const report = ok(await officer.post('/api/reports', { periodKey: '2026-11', unitId: ids['HB-CB-KDC01'] }), 201)
      ok(await officer.post(`/api/reports/${report.id}/submit`, {}))
      const focal = await signIn(t.app, 'bxdd')
      ok(await focal.post('/api/reporting/extensions', { periodKey: '2026-11', unitId: ids['HB-CB-YT'], until: '2026-11-28', reason: 'Trạm Y tế tập trung tiêm chủng mở rộng' }), 201)

      // 23:59 on the 24th: the one-day reminder, for the police cell only
      await runAt('2026-11-24T16:59:00Z')
      const day24 = (await logOf(UNITS)).filter((r) => r.day === '2026-11-24')
      assert.deepEqual(day24, [{ kind: 'reminder', day: '2026-11-24', unit: 'HB-CB-CA', to: 'phutrach-ca', channel: 'in_app', status: 'sent' }])
      const note = await t.conn.db.selectFrom('notification').select('body').where('user_id', '=', users['phutrach-ca']!).where('kind', '=', 'report_reminder').orderBy('created_at', 'desc').executeTakeFirstOrThrow()
      assert.match(note.body, /còn 1 ngày/)
    })

    it('the overdue notice goes out from 00:00 on the 25th, to the unit\'s officer', async () => {
      await runAt('2026-11-24T17:00:00Z')
      assert.deepEqual((await logOf(UNITS)).filter((r) => r.day === '2026-11-25'), [
        { kind: 'overdue', day: '2026-11-25', unit: 'HB-CB-CA', to: 'phutrach-ca', channel: 'in_app', status: 'sent' },
      ])
      const note = await t.conn.db.selectFrom('notification').selectAll().where('user_id', '=', users['phutrach-ca']!).where('kind', '=', 'report_overdue').executeTakeFirstOrThrow()
      assert.equal(note.title, 'Quá hạn báo cáo tháng 11/2026: Chi bộ Công an phường')
      await runAt('2026-11-26T05:00:00Z')
      assert.deepEqual((await logOf(UNITS)).filter((r) => r.day === '2026-11-26'), [
        // the extended unit: its new date (before 00:00 on the 29th) is 3 days away
        { kind: 'reminder', day: '2026-11-26', unit: 'HB-CB-YT', to: 'phutrach-yt', channel: 'in_app', status: 'sent' },
      ])
      const yt = await t.conn.db.selectFrom('notification').select('body').where('user_id', '=', users['phutrach-yt']!).orderBy('created_at', 'desc').executeTakeFirstOrThrow()
      assert.match(yt.body, /trước ngày 29\/11\/2026 \(còn 3 ngày\)/)
    })

    it('escalates two days later to the parent unit\'s officer and the focal board', async () => {
      await runAt('2026-11-26T17:00:00Z')
      assert.deepEqual((await logOf(UNITS)).filter((r) => r.day === '2026-11-27'), [
        { kind: 'escalation', day: '2026-11-27', unit: 'HB-CB-CA', to: 'bxdd', channel: 'in_app', status: 'sent' },
        { kind: 'escalation', day: '2026-11-27', unit: 'HB-CB-CA', to: 'phutrach-duub', channel: 'in_app', status: 'sent' },
      ])
      const note = await t.conn.db.selectFrom('notification as n').innerJoin('app_user as a', 'a.id', 'n.user_id').select(['n.title', 'n.body'])
        .where('a.username', '=', 'bxdd').where('n.kind', '=', 'report_escalation').where('n.title', 'like', '%Công an%').executeTakeFirstOrThrow()
      assert.equal(note.title, 'Đơn vị chưa gửi báo cáo tháng 11/2026: Chi bộ Công an phường')
      assert.match(note.body, /^Đến ngày 27\/11\/2026, Chi bộ Công an phường vẫn chưa gửi báo cáo tháng 11\/2026 \(hạn gửi trước ngày 25\/11\/2026, đã quá 2 ngày\)/)
      // a unit right below the ward (no officer at the ward itself) escalates to the board alone
      const qs = await t.conn.db.selectFrom('report_notice as n').innerJoin('unit as u', 'u.id', 'n.unit_id').leftJoin('app_user as a', 'a.id', 'n.recipient_user_id')
        .select('a.username').where('u.code', '=', 'HB-CB-KDC02').where('n.kind', '=', 'escalation').execute()
      assert.deepEqual(qs, [{ username: 'bxdd' }])
    })

    it('the extended unit follows its own dates: one day before, overdue on the 29th, escalation on 1 December', async () => {
      for (const iso of ['2026-11-27T23:00:00Z', '2026-11-28T23:00:00Z', '2026-11-29T23:00:00Z', '2026-11-30T23:00:00Z']) await runAt(iso)
      assert.deepEqual((await logOf(['HB-CB-YT'])).map((r) => `${r.day} ${r.kind} ${r.to}`), [
        '2026-11-22 reminder phutrach-yt',
        '2026-11-26 reminder phutrach-yt',
        '2026-11-28 reminder phutrach-yt',
        '2026-11-29 overdue phutrach-yt',
        '2026-12-01 escalation bxdd',
        '2026-12-01 escalation phutrach-duub',
      ])
      // the submitted unit never heard more than its first reminder
      assert.deepEqual((await logOf(['HB-CB-KDC01'])).map((r) => `${r.day} ${r.kind}`), ['2026-11-22 reminder'])
    })

    it('shows the reminder log of a period within the reader\'s units, with recipient names', async () => {
      t.clock.now = new Date('2026-12-01T03:00:00Z')
      const focal = await signIn(t.app, 'bxdd')
      const all = ok(await focal.get('/api/reporting/notices?period=2026-11'))
      const ca = all.filter((r: { unitCode: string }) => r.unitCode === 'HB-CB-CA')
      assert.deepEqual(ca.map((r: Record<string, unknown>) => `${r.day} ${r.kind} ${r.recipientName} ${r.channel} ${r.status}`).sort(), [
        '2026-11-22 reminder Đinh Văn Cường in_app sent',
        '2026-11-24 reminder Đinh Văn Cường in_app sent',
        '2026-11-25 overdue Đinh Văn Cường in_app sent',
        '2026-11-27 escalation Ngô Thị Thu in_app sent',
        '2026-11-27 escalation Phạm Thị Lan in_app sent',
      ])
      assert.deepEqual(Object.keys(ca[0]).sort(), ['channel', 'createdAt', 'day', 'error', 'id', 'kind', 'recipientName', 'recipientUserId', 'status', 'unitCode', 'unitId', 'unitName'])
      assert.equal(ca[0].unitName, 'Chi bộ Công an phường')
      // a cell's officer sees his own cell's rows only
      const officer = await signIn(t.app, 'phutrach')
      const own = ok(await officer.get('/api/reporting/notices?period=2026-11'))
      assert.deepEqual([...new Set(own.map((r: { unitCode: string }) => r.unitCode))], ['HB-CB-KDC01'])
      // no report access at all (a collaborator): refused; a bad key: 400; a period that does not exist: 404
      const ctv = await signIn(t.app, 'ctv')
      assert.equal(json(await ctv.get('/api/reporting/notices?period=2026-11')).error.code, 'FORBIDDEN')
      const bad = await focal.get('/api/reporting/notices?period=11-2026')
      assert.equal(bad.statusCode, 400)
      assert.equal(json(bad).error.code, 'VALIDATION')
      const none = await focal.get('/api/reporting/notices?period=2031-01')
      assert.equal(none.statusCode, 404)
      assert.equal(json(none).error.code, 'REPORT_PERIOD_NOT_FOUND')
    })
  })

  describe(`${dialect.name}: report notices follow the settings`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(dialect)
      const cell = await unitId(t.conn, 'HB-CB-CA')
      await createUser(t.ctx(), { username: 'phutrach-ca', fullName: 'Đinh Văn Cường', password: PASSWORD, phone: null, email: null, roles: [{ role: 'unit_officer', unitId: cell, isResponsible: true }] })
      // due before 00:00 on the 24th (one day earlier), reminded 5 days before, escalated the day after
      await putSetting(t.conn.db, 'reporting.deadlineRules', { unit: { month: { offsetDays: -1 } } }, '2026-11-01T00:00:00Z', null)
      await putSetting(t.conn.db, 'reporting.noticeSchedule', { reminderDays: [5], escalateAfterDays: 1 }, '2026-11-01T00:00:00Z', null)
    })
    after(() => t.close())

    const kindsOn = async (day: string) => (await t.conn.db.selectFrom('report_notice as n').innerJoin('unit as u', 'u.id', 'n.unit_id')
      .select('n.kind').where('u.code', '=', 'HB-CB-CA').where('n.day', '=', day).execute()).map((r) => r.kind)

    it('uses reporting.deadlineRules and reporting.noticeSchedule', async () => {
      const run = (iso: string) => { t.clock.now = new Date(iso); return runReportNotices(t.ctx()) }
      await run('2026-11-17T18:00:00Z') // the 18th: 6 days before the 24th
      assert.deepEqual(await kindsOn('2026-11-18'), [])
      await run('2026-11-18T18:00:00Z') // the 19th: 5 days before
      assert.deepEqual(await kindsOn('2026-11-19'), ['reminder'])
      await run('2026-11-23T18:00:00Z') // the 24th: overdue
      assert.deepEqual(await kindsOn('2026-11-24'), ['overdue'])
      await run('2026-11-24T18:00:00Z') // the 25th: escalation
      assert.deepEqual(await kindsOn('2026-11-25'), ['escalation'])
    })

    it('a schedule that does not fit is reported and the defaults apply', async () => {
      await putSetting(t.conn.db, 'reporting.noticeSchedule', { reminderDays: 'ba ngày' }, '2026-11-01T00:00:00Z', null)
      t.clock.now = new Date('2026-12-20T18:00:00Z') // the 21st: 3 days before 00:00 on 24 December (offset -1)
      const out = await runReportNotices(t.ctx())
      assert.deepEqual(out.result!.invalidSettings, ['reporting.noticeSchedule'])
      assert.deepEqual(await kindsOn('2026-12-21'), ['reminder'])
    })
  })
}
