/**
 * The unit report cycle through the real API, on every dialect: open from the template with statistics, save with
 * optimistic versions, cited streams checked against the unit and the period, submit on time and late with a fixed
 * clock, return (a comment is required), resubmit, accept and lock; versions and audit; scope (another unit's report
 * is 404 and never listed); periods, extensions, and `caunoi report list`.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { buildOpinion, type BuiltOpinion } from '../helpers/opinion-factory.ts'
import { createUser } from '../../src/services/users/create-user.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
function ok(r: LightMyRequestResponse, status = 200) {
  assert.equal(r.statusCode, status, r.body)
  return json(r)
}
function err(r: LightMyRequestResponse, status: number, code: string) {
  assert.equal(r.statusCode, status, r.body)
  assert.equal(json(r).error.code, code, r.body)
  return json(r).error
}

/** 00:00 on 25/11/2026 in Hà Nội: the deadline of the November 2026 monthly report. */
const DEADLINE = '2026-11-24T17:00:00.000Z'

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: unit report cycle`, () => {
    let t: TestApp
    let officer: Client
    let officer2: Client
    let focal: Client
    let viewer: Client
    let kdc01: string
    let kdc02: string
    let inPeriod: BuiltOpinion
    let october: BuiltOpinion
    let otherUnit: BuiltOpinion
    let reportId: string

    before(async () => {
      t = await startTestApp(dialect)
      kdc01 = await unitId(t.conn, 'HB-CB-KDC01')
      kdc02 = await unitId(t.conn, 'HB-CB-KDC02')
      await createUser(t.ctx(), { username: 'phutrach2', fullName: 'Nguyễn Thị Hoa', password: 'matkhau-123', roles: [{ role: 'unit_officer', unitId: kdc02, isResponsible: true }] })
      inPeriod = await buildOpinion(t.ctx(), { unitId: kdc01, title: 'Giá đền bù GPMB thấp', topics: ['dat-dai'], heardOn: '2026-11-10' })
      october = await buildOpinion(t.ctx(), { unitId: kdc01, title: 'Ngập phố Đội Cấn', topics: ['moi-truong'], heardOn: '2026-10-20' })
      otherUnit = await buildOpinion(t.ctx(), { unitId: kdc02, title: 'Rác tồn đọng ngõ 34', topics: ['moi-truong'], heardOn: '2026-11-12' })
      officer = await signIn(t.app, 'phutrach')
      officer2 = await signIn(t.app, 'phutrach2', 'matkhau-123')
      focal = await signIn(t.app, 'bxdd')
      viewer = await signIn(t.app, 'xem')
    })
    after(() => t.close())

    /** Sets the server's clock and signs everyone in again (sessions end after a while idle). */
    async function at(iso: string) {
      t.clock.now = new Date(iso)
      officer = await signIn(t.app, 'phutrach')
      officer2 = await signIn(t.app, 'phutrach2', 'matkhau-123')
      focal = await signIn(t.app, 'bxdd')
      viewer = await signIn(t.app, 'xem')
    }

    it('lists the monthly periods up to the current one with label and deadline; an ad hoc period is the board\'s', async () => {
      const periods = ok(await officer.get('/api/reporting/periods?kind=month&year=2026'))
      assert.equal(periods[0].key, '2026-11', 'the current month comes first; December does not exist yet')
      assert.deepEqual(
        { from: periods[0].from, to: periods[0].to, label: periods[0].label, deadline: periods[0].deadline },
        { from: '2026-10-25', to: '2026-11-24', label: 'Tháng 11 năm 2026', deadline: DEADLINE },
      )
      assert.deepEqual(periods.map((p: { key: string }) => p.key), ['2026-11', '2026-10', '2026-09', '2026-08', '2026-07', '2026-06', '2026-05', '2026-04', '2026-03', '2026-02', '2026-01'])
      const halves = ok(await officer.get('/api/reporting/periods?kind=half'))
      assert.deepEqual(halves.map((p: { key: string; label: string }) => [p.key, p.label]), [['2026-H2', '6 tháng cuối năm 2026'], ['2026-H1', '6 tháng đầu năm 2026'], ['2025-H2', '6 tháng cuối năm 2025']])
      // asking again creates nothing more
      const before = await t.conn.db.selectFrom('report_period').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      ok(await officer.get('/api/reporting/periods'))
      const again = await t.conn.db.selectFrom('report_period').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      assert.equal(Number(again.n), Number(before.n))

      err(await officer.post('/api/reporting/periods', { from: '2026-11-03', to: '2026-11-10', title: 'Báo cáo nhanh vụ cháy' }), 403, 'FORBIDDEN')
      err(await focal.post('/api/reporting/periods', { from: '2026-11-10', to: '2026-11-03', title: 'Ngược' }), 400, 'REPORT_PERIOD_INVALID')
      const adHoc = ok(await focal.post('/api/reporting/periods', { from: '2026-11-03', to: '2026-11-10', title: 'Báo cáo nhanh vụ cháy' }), 201)
      assert.match(adHoc.key, /^A:2026-11-03\.\.2026-11-10:[0-9a-f]{8}$/)
      assert.equal(adHoc.deadline, '2026-11-10T17:00:00.000Z')
      assert.ok(ok(await officer.get('/api/reporting/periods?kind=ad_hoc')).some((p: { key: string }) => p.key === adHoc.key), 'a cell below the board sees it')
    })

    it('opens a draft from the template with its statistics; opening twice returns the same report', async () => {
      const r = ok(await officer.post('/api/reports', { periodKey: '2026-11', unitId: kdc01 }), 201)
      reportId = r.id
      assert.equal(r.status, 'draft')
      assert.equal(r.version, 1)
      assert.equal(r.level, 'unit')
      assert.equal(r.unitCode, 'HB-CB-KDC01')
      assert.deepEqual(r.sections.map((s: { code: string; title: string }) => `${s.code} ${s.title}`),
        ['I Tình hình tư tưởng', 'II Dư luận xã hội nổi bật', 'III Dư luận tiềm ẩn, dự báo', 'IV Công tác nắm bắt, định hướng', 'V Đề xuất, kiến nghị'])
      // the October record and KDC02's record are not counted
      assert.deepEqual(r.stats, {
        total: 1, streams: 1, byTopicDirection: [{ topic: 'dat-dai', direction: 'concern', count: 1 }], byChannel: [{ channel: 'collaborator', count: 1 }],
        from: '2026-10-25', to: '2026-11-24', unitId: kdc01,
      })
      assert.equal(r.deadline, DEADLINE)
      assert.deepEqual(r.allowedActions, ['save', 'submit'])
      assert.deepEqual(r.versions.map((v: { version: number; action: string }) => [v.version, v.action]), [[1, 'create']])

      const again = ok(await officer.post('/api/reports', { periodKey: '2026-11', unitId: kdc01 }), 200)
      assert.equal(again.id, reportId)
      const n = await t.conn.db.selectFrom('report').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
      assert.equal(Number(n.n), 1)
      err(await officer.post('/api/reports', { periodKey: '2027-01', unitId: kdc01 }), 404, 'REPORT_PERIOD_NOT_FOUND')
      err(await officer.post('/api/reports', { periodKey: '2026-11', unitId: kdc02 }), 404, 'REPORT_UNIT_NOT_FOUND')
      // the focal board sees the draft but cannot act on it yet
      assert.deepEqual(ok(await focal.get(`/api/reports/${reportId}`)).allowedActions, [])
    })

    it('saves with the current version; a stale version is 409; cited streams must be the unit\'s and the period\'s', async () => {
      const saved = ok(await officer.put(`/api/reports/${reportId}`, {
        version: 1, summary: 'Tình hình tư tưởng tháng 11 ổn định',
        sections: [{ code: 'II', body: 'Nhân dân tổ 7 băn khoăn về giá đền bù.', streamIds: inPeriod.streamIds }],
      }))
      assert.equal(saved.version, 2)
      assert.equal(saved.summary, 'Tình hình tư tưởng tháng 11 ổn định')
      assert.deepEqual(saved.sections[1], { code: 'II', title: 'Dư luận xã hội nổi bật', body: 'Nhân dân tổ 7 băn khoăn về giá đền bù.', streamIds: inPeriod.streamIds })
      assert.equal(saved.sections[0].body, '', 'sections not sent keep their text')

      const stale = err(await officer.put(`/api/reports/${reportId}`, { version: 1, sections: [{ code: 'I', body: 'Bản cũ' }] }), 409, 'REPORT_VERSION_CONFLICT')
      assert.equal(stale.details.currentVersion, 2)
      const outside = err(await officer.put(`/api/reports/${reportId}`, { version: 2, sections: [{ code: 'II', body: 'x', streamIds: [inPeriod.streamIds[0], october.streamIds[0]] }, { code: 'III', body: 'y', streamIds: otherUnit.streamIds }] }), 400, 'REPORT_STREAM_OUT_OF_PERIOD')
      assert.deepEqual(outside.details.fields.map((f: { path: string }) => f.path), ['sections.0.streamIds.1', 'sections.1.streamIds.0'])
      assert.ok(outside.details.fields[0].message.length > 0)
      err(await officer.put(`/api/reports/${reportId}`, { version: 2, sections: [{ code: 'VI', body: 'không có trong mẫu tháng' }] }), 400, 'REPORT_SECTION_UNKNOWN')
      // the focal board may not write the unit's report
      err(await focal.put(`/api/reports/${reportId}`, { version: 2, sections: [{ code: 'I', body: 'Ban sửa' }] }), 403, 'FORBIDDEN')
      assert.equal(ok(await officer.get(`/api/reports/${reportId}`)).version, 2, 'refused saves changed nothing')

      const candidates = ok(await officer.get(`/api/reports/${reportId}/stream-candidates`))
      assert.deepEqual(candidates.map((c: { id: string }) => c.id), inPeriod.streamIds)
      assert.deepEqual(ok(await officer.get(`/api/reports/${reportId}/stream-candidates?q=${encodeURIComponent('gia den bu')}`)).length, 1)
      assert.deepEqual(ok(await officer.get(`/api/reports/${reportId}/stream-candidates?q=ngap`)).length, 0)
    })

    it('refreshes the statistics from the records as they are now', async () => {
      await buildOpinion(t.ctx(), { unitId: kdc01, title: 'Đèn đường hỏng', topics: ['ttatxh', 'kt-xh'], heardOn: '2026-11-19' })
      const r = ok(await officer.post(`/api/reports/${reportId}/refresh-stats`, {}))
      assert.equal(r.version, 3)
      assert.equal(r.stats.total, 2)
      assert.equal(r.stats.streams, 2)
      assert.deepEqual(r.stats.byTopicDirection, [
        { topic: 'dat-dai', direction: 'concern', count: 1 }, { topic: 'kt-xh', direction: 'concern', count: 1 }, { topic: 'ttatxh', direction: 'concern', count: 1 },
      ])
      // every figure traces back through the opinion list with the same filters
      const list = ok(await officer.get(`/api/opinions?from=${r.stats.from}&to=${r.stats.to}&unitId=${kdc01}`))
      assert.equal(list.total, r.stats.total)
      assert.equal(ok(await officer.get(`/api/opinions?from=${r.stats.from}&to=${r.stats.to}&unitId=${kdc01}&topic=kt-xh&direction=concern`)).total, 1)
    })

    it('submits on time, is returned with a comment, resubmitted late but keeps its first submission, accepted and locked', async () => {
      await at('2026-11-24T16:59:59Z') // 23:59:59 on 24/11 in Hà Nội
      const submitted = ok(await officer.post(`/api/reports/${reportId}/submit`, {}))
      assert.equal(submitted.status, 'submitted')
      assert.equal(submitted.isLate, false)
      assert.equal(submitted.submittedAt, '2026-11-24T16:59:59.000Z')
      assert.deepEqual(submitted.allowedActions, [])
      assert.deepEqual(ok(await focal.get(`/api/reports/${reportId}`)).allowedActions, ['return', 'accept'])

      err(await officer.put(`/api/reports/${reportId}`, { version: submitted.version, sections: [{ code: 'I', body: 'sửa sau khi gửi' }] }), 409, 'REPORT_TRANSITION_INVALID')
      err(await officer.post(`/api/reports/${reportId}/submit`, {}), 409, 'REPORT_TRANSITION_INVALID')
      err(await officer.post(`/api/reports/${reportId}/return`, { comment: 'tự trả lại' }), 403, 'FORBIDDEN')
      const noComment = err(await focal.post(`/api/reports/${reportId}/return`, { comment: '   ' }), 400, 'REPORT_RETURN_COMMENT_REQUIRED')
      assert.equal(noComment.details.fields[0].path, 'comment')
      err(await focal.post(`/api/reports/${reportId}/return`, {}), 400, 'REPORT_RETURN_COMMENT_REQUIRED')

      await at('2026-11-25T02:00:00Z')
      const returned = ok(await focal.post(`/api/reports/${reportId}/return`, { comment: 'Bổ sung mục III về dư luận tiềm ẩn.' }))
      assert.equal(returned.status, 'returned')
      assert.equal(returned.reviewComment, 'Bổ sung mục III về dư luận tiềm ẩn.')
      const mine = ok(await officer.get(`/api/reports/${reportId}`))
      assert.deepEqual(mine.allowedActions, ['save', 'submit'])
      ok(await officer.put(`/api/reports/${reportId}`, { version: mine.version, sections: [{ code: 'III', body: 'Một số hộ có thể khiếu nại đông người.' }] }))

      await at('2026-11-26T03:00:00Z') // after the deadline
      const again = ok(await officer.post(`/api/reports/${reportId}/submit`, {}))
      assert.equal(again.status, 'submitted')
      assert.equal(again.isLate, false, 'lateness is decided by the first submission')
      assert.equal(again.submittedAt, '2026-11-24T16:59:59.000Z')
      assert.equal(again.lastSubmittedAt, '2026-11-26T03:00:00.000Z')

      const accepted = ok(await focal.post(`/api/reports/${reportId}/accept`, {}))
      assert.equal(accepted.status, 'accepted')
      assert.deepEqual(accepted.allowedActions, [])
      assert.deepEqual(ok(await officer.get(`/api/reports/${reportId}`)).allowedActions, [])
      err(await officer.put(`/api/reports/${reportId}`, { version: accepted.version, sections: [{ code: 'I', body: 'sửa khi đã khoá' }] }), 409, 'REPORT_LOCKED')
      err(await officer.post(`/api/reports/${reportId}/refresh-stats`, {}), 409, 'REPORT_LOCKED')
      err(await focal.post(`/api/reports/${reportId}/return`, { comment: 'trả lại lần nữa' }), 409, 'REPORT_LOCKED')
      err(await focal.post(`/api/reports/${reportId}/accept`, {}), 409, 'REPORT_LOCKED')

      assert.deepEqual(accepted.versions.map((v: { version: number; action: string; status: string }) => `${v.version}:${v.action}:${v.status}`),
        ['1:create:draft', '2:save:draft', '3:refresh_stats:draft', '4:submit:submitted', '5:return:returned', '6:save:returned', '7:submit:submitted', '8:accept:accepted'])
      assert.equal(accepted.versions[4].comment, 'Bổ sung mục III về dư luận tiềm ẩn.')
      assert.equal(accepted.versions[4].actorName, 'Phạm Thị Lan')
      const v2 = ok(await officer.get(`/api/reports/${reportId}/versions/2`))
      assert.equal(v2.sections[1].body, 'Nhân dân tổ 7 băn khoăn về giá đền bù.')
      assert.equal(v2.stats.total, 1, 'the snapshot keeps the statistics of its time')
      err(await officer.get(`/api/reports/${reportId}/versions/99`), 404, 'REPORT_VERSION_NOT_FOUND')

      // one audit event per change, in the report's unit
      const events = await t.conn.db.selectFrom('audit_event').select(['action', 'unit_id']).where('resource_id', '=', reportId).where('outcome', '=', 'success').orderBy('id').execute()
      assert.deepEqual(events.map((e) => e.action), ['report.create', 'report.save', 'report.refresh_stats', 'report.submit', 'report.return', 'report.save', 'report.submit', 'report.accept'])
      assert.ok(events.every((e) => e.unit_id === kdc01))
      // the refused attempts are audited too, as denied
      const denied = await t.conn.db.selectFrom('audit_event').select('action').where('resource_id', '=', reportId).where('outcome', '=', 'denied').execute()
      assert.deepEqual(denied.map((e) => e.action).sort(), ['report.manage', 'report.update'])
      const versions = await t.conn.db.selectFrom('report_version').select('version').where('report_id', '=', reportId).execute()
      assert.equal(versions.length, 8)
    })

    it('flags a submission at the deadline instant as late; an extension granted with a reason makes a later one on time', async () => {
      await at('2026-11-20T03:00:00Z')
      const late = ok(await officer2.post('/api/reports', { periodKey: '2026-11', unitId: kdc02 }), 201)
      await at(DEADLINE)
      const lateSubmit = ok(await officer2.post(`/api/reports/${late.id}/submit`, {}))
      assert.equal(lateSubmit.isLate, true)

      // October: KDC02 gets an extension to 02/11 (on time before 00:00 on 03/11 in Hà Nội)
      await at('2026-10-30T03:00:00Z')
      err(await officer2.post('/api/reporting/extensions', { periodKey: '2026-10', unitId: kdc02, until: '2026-11-02', reason: 'Chi bộ đang đại hội' }), 403, 'FORBIDDEN')
      err(await focal.post('/api/reporting/extensions', { periodKey: '2026-10', unitId: kdc02, until: '2026-11-02', reason: ' ' }), 400, 'VALIDATION')
      err(await focal.post('/api/reporting/extensions', { periodKey: '2026-10', unitId: kdc02, until: '2026-10-20', reason: 'trước hạn' }), 400, 'REPORT_EXTENSION_BEFORE_DEADLINE')
      const ext = ok(await focal.post('/api/reporting/extensions', { periodKey: '2026-10', unitId: kdc02, until: '2026-11-02', reason: 'Chi bộ đang đại hội' }), 201)
      assert.equal(ext.until, '2026-11-02T17:00:00.000Z')
      assert.equal(ext.grantedBy, 'Phạm Thị Lan')
      const oct = ok(await officer2.post('/api/reports', { periodKey: '2026-10', unitId: kdc02 }), 201)
      assert.equal(oct.deadline, '2026-11-02T17:00:00.000Z')
      assert.deepEqual(oct.extension, { until: '2026-11-02T17:00:00.000Z', reason: 'Chi bộ đang đại hội' })
      await at('2026-11-02T16:30:00Z') // 23:30 on 02/11 in Hà Nội
      assert.equal(ok(await officer2.post(`/api/reports/${oct.id}/submit`, {})).isLate, false)
      err(await focal.post('/api/reporting/extensions', { periodKey: '2026-10', unitId: kdc02, until: '2026-11-05', reason: 'đã nộp' }), 409, 'REPORT_EXTENSION_SUBMITTED')

      const list = ok(await viewer.get('/api/reporting/extensions?period=2026-10'))
      assert.deepEqual(list.map((e: { unitCode: string; reason: string }) => [e.unitCode, e.reason]), [['HB-CB-KDC02', 'Chi bộ đang đại hội']])
      assert.deepEqual(ok(await officer.get('/api/reporting/extensions?period=2026-10')), [], 'another unit\'s extension is not shown')
      await at('2026-11-26T03:00:00Z')
    })

    it('keeps each unit to its own reports: another unit\'s report is 404 and never listed or counted', async () => {
      const theirs = ok(await officer2.get('/api/reports?period=2026-11'))
      assert.deepEqual(theirs.items.map((r: { unitCode: string }) => r.unitCode), ['HB-CB-KDC02'])
      assert.equal(theirs.total, 1)
      const other = theirs.items[0].id
      err(await officer.get(`/api/reports/${other}`), 404, 'REPORT_NOT_FOUND')
      err(await officer.get(`/api/reports/${other}/versions/1`), 404, 'REPORT_NOT_FOUND')
      err(await officer.get(`/api/reports/${other}/stream-candidates`), 404, 'REPORT_NOT_FOUND')
      err(await officer.put(`/api/reports/${other}`, { version: 1, sections: [] }), 404, 'REPORT_NOT_FOUND')
      err(await officer.post(`/api/reports/${other}/submit`, {}), 404, 'REPORT_NOT_FOUND')
      const mine = ok(await officer.get('/api/reports'))
      assert.deepEqual(mine.items.map((r: { unitCode: string }) => r.unitCode), ['HB-CB-KDC01'])
      assert.equal(mine.total, 1)
      assert.deepEqual(ok(await officer.get(`/api/reports?unitId=${kdc02}`)), { items: [], total: 0 })

      const board = ok(await viewer.get('/api/reports?period=2026-11&level=unit'))
      assert.deepEqual(board.items.map((r: { unitCode: string; status: string; isLate: boolean }) => [r.unitCode, r.status, r.isLate]), [['HB-CB-KDC01', 'accepted', false], ['HB-CB-KDC02', 'submitted', true]])
      assert.equal(ok(await viewer.get('/api/reports?status=accepted')).total, 1)
      assert.equal(ok(await viewer.get('/api/reports?pageSize=1&page=2')).items.length, 1)
      assert.equal(ok(await viewer.get('/api/reports?pageSize=1&page=2')).total, 3)

      const ctv = await signIn(t.app, 'ctv')
      err(await ctv.get('/api/reports'), 403, 'FORBIDDEN')
      err(await ctv.get(`/api/reports/${reportId}`), 403, 'FORBIDDEN')
    })
  })
}

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: reports beyond the cycle`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(dialect)
    })
    after(() => t.close())

    it('creates each calendar period once when requests race', async () => {
      const { ensurePeriods } = await import('../../src/services/reporting/periods.ts')
      await Promise.all([ensurePeriods(t.ctx()), ensurePeriods(t.ctx()), ensurePeriods(t.ctx())])
      const rows = await t.conn.db.selectFrom('report_period').select(['key', 'kind']).execute()
      // 2025-10 … 2026-11 (term start 01/10/2025): 14 months, 3 halves, 2 years
      assert.equal(rows.filter((r) => r.kind === 'month').length, 14)
      assert.deepEqual(rows.filter((r) => r.kind !== 'month').map((r) => r.key).sort(), ['2025', '2025-H2', '2026', '2026-H1', '2026-H2'])
      assert.equal(new Set(rows.map((r) => r.key)).size, rows.length)
    })

    it('keeps the copied unit paths of reports and extensions in step when a unit moves', async () => {
      const kdc02 = await unitId(t.conn, 'HB-CB-KDC02')
      const duub = await unitId(t.conn, 'HB-DUUB')
      const focal = await signIn(t.app, 'bxdd')
      const r = ok(await focal.post('/api/reports', { periodKey: '2026-11', unitId: kdc02 }), 201)
      ok(await focal.post('/api/reporting/extensions', { periodKey: '2026-11', unitId: kdc02, until: '2026-11-29', reason: 'Đang kiện toàn chi uỷ' }), 201)
      ok(await focal.post(`/api/units/${kdc02}/move`, { parentId: duub }))
      const path = (await t.conn.db.selectFrom('unit').select('path').where('id', '=', kdc02).executeTakeFirstOrThrow()).path
      assert.ok(path.includes(`/${duub}/`))
      assert.equal((await t.conn.db.selectFrom('report').select('unit_path').where('id', '=', r.id).executeTakeFirstOrThrow()).unit_path, path)
      assert.equal((await t.conn.db.selectFrom('report_extension').select('unit_path').where('unit_id', '=', kdc02).executeTakeFirstOrThrow()).unit_path, path)
      const underDuub = ok(await focal.get(`/api/reports?unitId=${duub}`))
      assert.deepEqual(underDuub.items.map((x: { id: string }) => x.id), [r.id])
      const c = ok(await focal.get(`/api/reporting/compliance?period=2026-11&unitId=${duub}`))
      assert.equal(c.units.find((u: { code: string }) => u.code === 'HB-CB-KDC02')?.status, 'extended')
    })

    it('saves a ward report while it is a draft (the focal board), refuses others, and locks it once approved', async () => {
      const { emptySections } = await import('../../src/domain/reporting/template.ts')
      const { ensurePeriods } = await import('../../src/services/reporting/periods.ts')
      await ensurePeriods(t.ctx())
      const hb = await unitId(t.conn, 'HB')
      const hbPath = (await t.conn.db.selectFrom('unit').select('path').where('id', '=', hb).executeTakeFirstOrThrow()).path
      const period = await t.conn.db.selectFrom('report_period').select('id').where('key', '=', '2026-11').executeTakeFirstOrThrow()
      const at = t.clock.now.toISOString()
      // the ward report is drafted by the ward services; here only its row, as they store it
      await t.conn.db.insertInto('report').values({
        id: 'ward-2026-11', period_id: period.id, unit_id: hb, unit_path: hbPath, level: 'ward', status: 'draft', version: 1,
        sections_json: JSON.stringify(emptySections('month')), created_at: at, updated_at: at,
      }).execute()
      const focal = await signIn(t.app, 'bxdd')
      const leader = await signIn(t.app, 'lanhdao')
      const officer = await signIn(t.app, 'phutrach')
      assert.deepEqual(ok(await focal.get('/api/reports/ward-2026-11')).allowedActions, ['save', 'redraft'])
      assert.deepEqual(ok(await leader.get('/api/reports/ward-2026-11')).allowedActions, ['approve'])
      err(await officer.get('/api/reports/ward-2026-11'), 404, 'REPORT_NOT_FOUND')
      assert.deepEqual(ok(await officer.get('/api/reports?level=ward')), { items: [], total: 0 })
      assert.equal(ok(await leader.get('/api/reports?level=ward')).total, 1)

      const saved = ok(await focal.put('/api/reports/ward-2026-11', { version: 1, summary: 'Báo cáo tháng 11', sections: [{ code: 'IV', body: 'Các đơn vị nộp đúng hạn: …' }] }))
      assert.equal(saved.version, 2)
      assert.equal(saved.sections[3].body, 'Các đơn vị nộp đúng hạn: …')
      err(await leader.put('/api/reports/ward-2026-11', { version: 2, sections: [] }), 403, 'FORBIDDEN')
      err(await focal.post('/api/reports/ward-2026-11/submit', {}), 409, 'REPORT_TRANSITION_INVALID')
      const audit = await t.conn.db.selectFrom('audit_event').select('action').where('resource_id', '=', 'ward-2026-11').where('outcome', '=', 'success').execute()
      assert.deepEqual(audit.map((a) => a.action), ['ward_report.save'])

      await t.conn.db.updateTable('report').set({ status: 'approved' }).where('id', '=', 'ward-2026-11').execute()
      err(await focal.put('/api/reports/ward-2026-11', { version: 2, sections: [{ code: 'I', body: 'sau khi duyệt' }] }), 409, 'REPORT_LOCKED')
      assert.deepEqual(ok(await focal.get('/api/reports/ward-2026-11')).allowedActions, [])
    })
  })
}
