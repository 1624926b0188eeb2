/**
 * The demo ward with its year of opinion work, loaded through the services (as `npm start` does on an empty
 * database) and read back through the API: records of every month entered by the right accounts, the roster and
 * its allowance, issues in every status, two voter meetings with petitions, topics to watch; loaded once only.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { HOST, signIn, startTestApp, type Client, type TestApp } from '../helpers/app.ts'
import { buildDemoCorpus, DEMO_EXTRA_ACCOUNTS } from '../../src/services/system/demo-corpus.ts'
import { loadDemoWard } from '../../src/services/system/demo-ward.ts'
import { ISSUE_STATUSES } from '../../src/shared/enums.ts'
import { startOfLocalDay } from '../../src/domain/time.ts'
import type { IssueSummary, IssueView } from '../../src/shared/issue.schema.ts'
import type { MeetingDetailView, MeetingView } from '../../src/shared/meeting.schema.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const NOW = new Date('2026-11-20T03:00:00Z') // the test app's clock
const corpus = buildDemoCorpus(NOW, { since: '2025-01-01' })

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: the demo ward's year of opinion work`, () => {
    let t: TestApp
    let focal: Client

    before(async () => {
      t = await startTestApp(dialect, { demoOpinions: true })
      focal = await signIn(t.app, 'bxdd')
    })
    after(() => t.close())

    it('holds several hundred records in every month of the year, entered by the accounts that heard them', async () => {
      const total = json(await focal.get('/api/opinions?pageSize=1')).total
      assert.ok(total >= 400 && total <= 600, `${total} records`)
      assert.equal(total, corpus.records.length)
      for (let m = 0; m < 12; m++) {
        const d = new Date(Date.UTC(2025, 11 + m, 1)).toISOString().slice(0, 7)
        const month = json(await focal.get(`/api/opinions?pageSize=1&from=${d}-01&to=${d}-28`)).total
        assert.ok(month >= 15, `${month} records in ${d}`)
      }
      // entered at the time they were heard, by the collaborators, the cell's officer, the Front, the delegate, the focal board
      const rows = await t.conn.db.selectFrom('opinion_report').innerJoin('app_user', 'app_user.id', 'opinion_report.entered_by')
        .select(['app_user.username', 'opinion_report.heard_on', 'opinion_report.created_at', 'opinion_report.content']).execute()
      assert.equal(rows.length, total)
      assert.deepEqual([...new Set(rows.map((r) => r.username))].sort(),
        ['bxdd', 'ctv', 'daibieu', 'mttq', 'phutrach', ...DEMO_EXTRA_ACCOUNTS.filter((a) => a.role === 'collaborator').map((a) => a.username)].sort())
      assert.ok(rows.every((r) => r.created_at < NOW.toISOString() && r.created_at >= startOfLocalDay(r.heard_on).toISOString()))
      assert.ok(rows.some((r) => r.created_at < '2026-01-01'), 'entered over the year, not all today')
      // decomposed input was stored composed (NFC), as every service stores text
      assert.ok(rows.every((r) => r.content === r.content.normalize('NFC')))
      // search ignores accents: the accentless notes and the accented ones are found alike
      const accented = json(await focal.get('/api/opinions?pageSize=1&q=trạm trung chuyển rác')).total
      assert.ok(accented > 0)
      assert.equal(json(await focal.get('/api/opinions?pageSize=1&q=tram trung chuyen rac')).total, accented)
    })

    it('the extra accounts sign in with the demo password; a collaborator sees only the records they entered', async () => {
      for (const a of DEMO_EXTRA_ACCOUNTS.filter((x) => x.username !== 'ctv-kdc09')) await signIn(t.app, a.username)
      const ended = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: 'http://caunoi.test', host: HOST }, payload: { username: 'ctv-kdc09', password: 'caunoi-demo' } })
      assert.equal(json(ended).error.code, 'AUTH_INVALID', 'the collaborator whose contract ended has her account disabled')
      assert.equal((await t.conn.db.selectFrom('app_user').select('active').where('username', '=', 'ctv-kdc09').executeTakeFirstOrThrow()).active, 0)
      const ctv = await signIn(t.app, 'ctv-kdc04')
      const mine = json(await ctv.get('/api/opinions?pageSize=200'))
      assert.equal(mine.total, corpus.records.filter((r) => r.author === 'ctv-kdc04').length)
      assert.ok(mine.items.every((o: { enteredBy: { username: string } }) => o.enteredBy.username === 'ctv-kdc04'))
    })

    it('has issues in every status with their streams, a referral overdue and one not yet due, and answers for the people', async () => {
      const list = json(await focal.get('/api/issues?pageSize=50')) as { items: IssueSummary[]; total: number }
      assert.equal(list.total, corpus.issues.length)
      for (const s of ISSUE_STATUSES) assert.ok(list.items.some((i) => i.status === s), s)
      for (const i of list.items) assert.ok(i.streamCount >= 1, `${i.title} has streams`)
      const referred = await Promise.all(list.items.filter((i) => i.status === 'referred').map(async (i) => json(await focal.get(`/api/issues/${i.id}`)) as IssueView))
      const pending = referred.flatMap((i) => i.referrals.filter((r) => r.status === 'pending'))
      assert.ok(pending.some((r) => r.overdue), 'overdue')
      assert.ok(pending.some((r) => !r.overdue && r.dueOn > '2026-11-20'), 'not yet due')
      const hot = list.items.find((i) => i.title.includes('đường Lê Lợi'))!
      assert.equal(hot.hotSpot, true)
      assert.ok(hot.streamCount >= 30, 'the site-clearance burst is linked to its issue')
      const answers = json(await t.app.inject({ method: 'GET', url: '/api/public/answers', headers: { host: HOST } }))
      assert.ok(answers.total >= 2, 'answers published to the people')
      // the issue of a residential cell is its officer's: phutrach sees it, and nothing outside his cell
      const officer = json(await (await signIn(t.app, 'phutrach')).get('/api/issues?pageSize=50')) as { items: IssueSummary[] }
      assert.deepEqual(officer.items.map((i) => i.unit.code), ['HB-CB-KDC01'])
    })

    it('has two voter meetings with their petitions', async () => {
      const delegate = await signIn(t.app, 'daibieu')
      const meetings = json(await delegate.get('/api/meetings')) as { items: MeetingView[]; total: number }
      assert.equal(meetings.total, 2)
      for (const m of meetings.items) {
        const detail = json(await delegate.get(`/api/meetings/${m.id}`)) as MeetingDetailView
        assert.ok(detail.petitions.length >= 5, `${detail.petitions.length} petitions`)
        assert.ok(detail.petitions.every((p) => p.heardOn === m.heldOn))
      }
    })

    it('has the roster with its allowance, and this month\'s topics to watch for the collaborators', async () => {
      const roster = json(await focal.get('/api/collaborators?pageSize=50'))
      assert.equal(roster.total, corpus.collaborators.length)
      assert.ok(roster.items.some((c: { user: { username: string } | null }) => c.user?.username === 'ctv'))
      assert.deepEqual(roster.items.map((c: { status: string }) => c.status).sort(), ['active', 'active', 'active', 'active', 'active', 'active', 'ended', 'suspended'])
      const salary = json(await focal.get('/api/settings/base-salary'))
      assert.deepEqual({ amount: salary.current.amount, effectiveFrom: salary.current.effectiveFrom }, { amount: 2_340_000, effectiveFrom: '2024-07-01' })
      assert.deepEqual(json(await focal.get('/api/settings/allowance')), corpus.allowanceCondition)
      const october = json(await focal.get('/api/collaborators/activity?month=2026-10'))
      const paid = october.rows.filter((r: { reason: string }) => r.reason === 'paid')
      assert.ok(paid.length >= 5, `${paid.length} paid in October`)
      assert.ok(paid.some((r: { allowance: number }) => r.allowance === 702_000), '0.3 × 2 340 000')
      const topics = json(await (await signIn(t.app, 'ctv')).get('/api/watch-topics/mine'))
      const items = Array.isArray(topics) ? topics : topics.items
      assert.ok(items.length >= 3 && items.every((w: { month: string }) => w.month === '2026-11'))
    })

    it('has a reporting year: unit reports on time, late and missing, an extension, a returned report, approved ward reports', async () => {
      // the last past month: every unit that must report is counted; the cell whose collaborator left is missing
      const october = json(await focal.get('/api/reporting/compliance?period=2026-10'))
      assert.equal(october.expected, 31)
      assert.equal(october.submitted + october.missing, october.expected)
      assert.ok(october.late >= 1 && october.onTime >= 20, JSON.stringify(october))
      const status = (c: { units: { code: string; status: string }[] }, code: string) => c.units.find((u) => u.code === code)?.status
      assert.equal(status(october, 'HB-CB-KDC09'), 'missing')
      assert.equal(status(october, 'HB-CB-KDC10'), 'late')
      // the year at a glance: all four outcomes occur, every month has reports
      const grid = json(await focal.get('/api/reporting/compliance/grid?to=2026-10&months=11'))
      const statuses = grid.units.flatMap((u: { statuses: string[] }) => u.statuses)
      for (const s of ['on_time', 'late', 'missing']) assert.ok(statuses.includes(s), s)
      for (let m = 0; m < 11; m++) assert.ok(grid.units.some((u: { statuses: string[] }) => u.statuses[m] === 'on_time'), grid.months[m])
      // the health station's cell had three more days in August and used them
      const ext = json(await focal.get('/api/reporting/extensions?period=2026-08'))
      assert.deepEqual(ext.map((e: { unitCode: string }) => e.unitCode), ['HB-CB-YT'])
      assert.match(ext[0].reason, /tiêm chủng/)
      assert.equal(status(json(await focal.get('/api/reporting/compliance?period=2026-08')), 'HB-CB-YT'), 'on_time')

      // the residential cell 3's September report: returned with the board's comment, resubmitted, accepted, every version kept
      const kdc03 = (await t.conn.db.selectFrom('unit').select('id').where('code', '=', 'HB-CB-KDC03').executeTakeFirstOrThrow()).id
      const [item] = json(await focal.get(`/api/reports?period=2026-09&level=unit&unitId=${kdc03}`)).items
      const report = json(await focal.get(`/api/reports/${item.id}`))
      assert.equal(report.status, 'accepted')
      assert.deepEqual(report.versions.map((v: { action: string }) => v.action), ['create', 'save', 'submit', 'return', 'save', 'submit', 'accept'])
      const ret = report.versions.find((v: { action: string }) => v.action === 'return')
      assert.match(ret.comment, /Mục II mới nêu chung chung/)
      assert.equal(ret.actorName, 'Phạm Thị Lan')
      const thin = json(await focal.get(`/api/reports/${item.id}/versions/3`))
      const sectionII = (r: { sections: { code: string; body: string }[] }) => r.sections.find((x) => x.code === 'II')!.body
      assert.ok(sectionII(report).length > sectionII(thin).length, 'the resubmitted section II says more')

      // the reports are written from the unit's own records of the month: section II cites its streams, the figures count them
      const kdc01 = (await t.conn.db.selectFrom('unit').select('id').where('code', '=', 'HB-CB-KDC01').executeTakeFirstOrThrow()).id
      const [own] = json(await focal.get(`/api/reports?period=2026-10&level=unit&unitId=${kdc01}`)).items
      const detail = json(await focal.get(`/api/reports/${own.id}`))
      assert.equal(detail.sections.map((x: { code: string }) => x.code).join(','), 'I,II,III,IV,V')
      assert.ok(detail.sections.every((x: { body: string }) => x.body.length > 80), 'every section is written')
      assert.ok(detail.stats.total > 0)
      const cited = detail.sections.find((x: { code: string }) => x.code === 'II').streamIds
      assert.ok(cited.length >= 1)
      const records = await t.conn.db.selectFrom('opinion_stream as s').innerJoin('opinion_report as r', 'r.id', 's.report_id').select(['r.unit_id', 'r.heard_on'])
        .where('s.id', 'in', cited).execute()
      assert.ok(records.every((r) => r.unit_id === kdc01 && r.heard_on >= '2026-09-25' && r.heard_on <= '2026-10-24'))
      // the current month: the demo officer's own report is left for him to write; some units have sent theirs early
      assert.equal(json(await focal.get(`/api/reports?period=2026-11&level=unit&unitId=${kdc01}`)).total, 0)
      assert.ok(json(await focal.get('/api/reports?period=2026-11&level=unit&status=submitted')).total >= 1)

      // the ward's reports of August, September, October and the first half-year, approved and numbered in order
      const ward = json(await focal.get('/api/reports?level=ward&pageSize=50')).items
      assert.deepEqual(ward.map((r: { periodKey: string; status: string; number: string }) => `${r.periodKey} ${r.status} ${r.number}`).sort(), [
        '2026-08 approved Số 02-BC/ĐU', '2026-09 approved Số 03-BC/ĐU', '2026-10 approved Số 04-BC/ĐU', '2026-H1 approved Số 01-BC/ĐU',
      ])
    })

    it('loads only into an empty database: a second load is refused and adds nothing', async () => {
      const before = json(await focal.get('/api/opinions?pageSize=1')).total
      await assert.rejects(loadDemoWard(t.ctx()), /DEMO_NOT_EMPTY/)
      assert.equal(json(await focal.get('/api/opinions?pageSize=1')).total, before)
    })
  })
}
