/**
 * Issues through the API: the two-way journey (a unit officer finds a record, opens an issue from it and refers it to
 * HB-CB-KDC02; reminders fall on the right local days; that unit's officer answers; the focal board sees the answer
 * and closes), scope (another ward's issue is 404 and never counted), and linking streams of readable records only.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { DIALECTS } from '../helpers/db.ts'
import { err, issueWorld, ok, GPMB_TEXT, type IssueWorld } from '../helpers/issue-fixture.ts'
import { signIn } from '../helpers/app.ts'
import { runReferralReminders } from '../../src/jobs/referral-reminder.job.ts'
import type { IssueView, NotificationPage } from '../../src/shared/issue.schema.ts'

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: issues, referrals and answers`, () => {
    let w: IssueWorld
    before(async () => {
      w = await issueWorld(dialect)
    })
    after(() => w.t.close())

    /** The reminder job for one local day, run at 07:00 that day in Hà Nội (00:00 UTC). */
    const remindOn = (day: string, force = false) => runReferralReminders({ ...w.t.ctx(), now: new Date(`${day}T00:00:00Z`) }, { day, force })

    it('the journey: find a record, open an issue from it, refer it to HB-CB-KDC02, reminders, answer, the focal board sees it, close', async () => {
      // a unit officer finds the record by words typed without accents
      const found = ok(await w.officer.get('/api/opinions?q=nguyen%20trai'))
      const record = found.items.find((o: { id: string }) => o.id === w.records.gpmb.id)
      assert.ok(record, 'the officer finds the record')
      const streamId: string = record.streams[0].id
      // no open issue the officer may see tells of it yet
      const before = ok(await w.officer.get(`/api/issues/suggest?text=${encodeURIComponent(GPMB_TEXT)}&topics=dat-dai`)).items
      assert.ok(before.every((i: { title: string }) => !/Nguyễn Trãi/.test(i.title)))

      const created: IssueView = ok(await w.officer.post('/api/issues', {
        title: 'Giá bồi thường GPMB đường Nguyễn Trãi thấp', description: 'Hộ dân tổ 7 cho rằng đơn giá thấp hơn giá thị trường.',
        topic: 'dat-dai', unitId: w.units.kdc01, hotSpot: true, streamIds: [streamId],
      }), 201)
      assert.equal(created.status, 'new', 'linking a stream does not change the status')
      assert.equal(created.hotSpot, true)
      assert.equal(created.unit.id, w.units.kdc01)
      assert.equal(created.streamCount, 1)
      assert.deepEqual(created.streams.map((s) => [s.id, s.record.id, s.record.title, s.record.heardOn, s.record.unit.code, s.direction, s.intensity]),
        [[streamId, w.records.gpmb.id, 'Giá đền bù GPMB đường Nguyễn Trãi thấp', '2026-11-20', 'HB-CB-KDC01', 'concern', 'high']])
      assert.deepEqual(created.timeline.map((e) => [e.kind, e.actor?.username]), [['created', 'phutrach']])
      assert.equal(created.createdBy?.username, 'phutrach')
      // the next record telling the same story is offered this issue
      assert.equal(ok(await w.officer.get(`/api/issues/suggest?text=${encodeURIComponent('Bà con tổ 7 phản ánh tiền đền bù GPMB đường Nguyễn Trãi thấp')}&topics=dat-dai`)).items[0].id, created.id)
      // the record now shows its issue
      assert.equal(ok(await w.officer.get(`/api/opinions/${w.records.gpmb.id}`)).streams[0].issue.id, created.id)

      // refer it to the cell of khu dân cư số 2, answer due on the 25th
      const referred: IssueView = ok(await w.officer.post(`/api/issues/${created.id}/referrals`, { toUnitId: w.units.kdc02, dueOn: '2026-11-25', note: 'Đề nghị rà soát đơn giá bồi thường' }), 201)
      assert.equal(referred.status, 'referred')
      assert.equal(referred.nextDueOn, '2026-11-25')
      const [referral] = referred.referrals
      assert.equal(referral!.toUnit?.code, 'HB-CB-KDC02')
      assert.equal(referral!.status, 'pending')
      assert.equal(referral!.canAnswer, false, 'the referring officer does not answer for the other unit')
      assert.deepEqual(referred.timeline.map((e) => e.kind), ['created', 'referred'])
      assert.deepEqual(referred.timeline[1]!.details, {
        referralId: referral!.id, toUnit: { id: w.units.kdc02, name: 'Chi bộ khu dân cư số 2' }, toAgency: null, dueOn: '2026-11-25',
        note: 'Đề nghị rà soát đơn giá bồi thường', from: 'new', to: 'referred',
      })

      // the officer of HB-CB-KDC02 is told at once, sees the issue (not the other cell's record) and may answer
      let inbox: NotificationPage = ok(await w.officer2.get('/api/notifications'))
      assert.deepEqual(inbox.items.map((n) => [n.kind, n.link]), [['referral_new', `/issues/${created.id}`]])
      assert.equal(inbox.items[0]!.title, 'Được chuyển xử lý: Giá bồi thường GPMB đường Nguyễn Trãi thấp')
      assert.equal(inbox.items[0]!.body, 'Đề nghị Chi bộ khu dân cư số 2 trả lời trước hết ngày 25/11/2026.')
      assert.equal(inbox.unread, 1)
      assert.ok(ok(await w.officer2.get('/api/issues')).items.some((i: { id: string }) => i.id === created.id))
      const seenBy2 = await w.officer2.get(`/api/issues/${created.id}`)
      const asSeen: IssueView = ok(seenBy2)
      assert.deepEqual(asSeen.streams, [])
      assert.equal(asSeen.streamCount, 0)
      assert.ok(!seenBy2.body.includes(w.records.gpmb.id), 'a record the reader may not read is not named anywhere')
      assert.ok(!seenBy2.body.includes(streamId))
      assert.equal(asSeen.referrals[0]!.canAnswer, true)
      // seeing is not editing
      err(await w.officer2.patch(`/api/issues/${created.id}`, { title: 'Đổi tên' }), 403, 'FORBIDDEN')

      // reminders: 3 days before, on the day, then every day overdue; each local day once. The demo ward has
      // referrals of its own, so what this issue got is read from its notifications and timeline
      const link = `/issues/${created.id}`
      const kindsFor2 = async () => (ok(await w.officer2.get('/api/notifications?pageSize=200')) as NotificationPage).items.filter((n) => n.link === link).map((n) => n.kind)
      await remindOn('2026-11-21')
      assert.deepEqual(await kindsFor2(), ['referral_new'], '4 days before: nothing yet')
      // 00:30 on the 22nd in Hà Nội is still the 21st in UTC: the run belongs to the 22nd
      const soon = await runReferralReminders({ ...w.t.ctx(), now: new Date('2026-11-21T17:30:00Z') })
      assert.deepEqual([soon.runKey, soon.skipped, soon.result?.day], ['referral-reminders:2026-11-22', false, '2026-11-22'])
      assert.deepEqual(await kindsFor2(), ['referral_due_soon', 'referral_new'])
      await remindOn('2026-11-23')
      await remindOn('2026-11-24')
      assert.deepEqual(await kindsFor2(), ['referral_due_soon', 'referral_new'], 'the soon reminder is sent once')
      await remindOn('2026-11-25')
      await remindOn('2026-11-26')
      // the same day again: nothing; forced: still nothing new, for anyone
      const again = await remindOn('2026-11-26')
      assert.equal(again.skipped, true)
      assert.equal((await remindOn('2026-11-26', true)).result!.notifications, 0)
      await remindOn('2026-11-27')

      inbox = ok(await w.officer2.get('/api/notifications'))
      assert.deepEqual(inbox.items.map((n) => [n.kind, n.link, n.createdAt.slice(0, 10)]), [
        ['referral_overdue', link, '2026-11-27'], ['referral_overdue', link, '2026-11-26'], ['referral_due_today', link, '2026-11-25'], ['referral_due_soon', link, '2026-11-21'], ['referral_new', link, '2026-11-20'],
      ])
      assert.equal(inbox.items[0]!.body, 'Hạn trả lời của Chi bộ khu dân cư số 2 là ngày 25/11/2026, đã quá 2 ngày.')
      assert.equal(inbox.items[3]!.body, 'Hạn trả lời của Chi bộ khu dân cư số 2 là ngày 25/11/2026 (còn 3 ngày).')
      assert.equal(inbox.total, 5)
      assert.equal(inbox.unread, 5)
      // only the target's officer is reminded
      assert.ok(!ok(await w.officer.get('/api/notifications?pageSize=200')).items.some((n: { link: string }) => n.link === link))
      assert.ok(!ok(await w.focal.get('/api/notifications?pageSize=200')).items.some((n: { link: string; kind: string }) => n.link === link && n.kind !== 'referral_new'))
      const reminders = ok(await w.focal.get(`/api/issues/${created.id}`)).timeline.filter((e: { kind: string }) => e.kind === 'reminded')
      assert.deepEqual(reminders.map((e: { details: { reminder: string; day: string } }) => [e.details.reminder, e.details.day]),
        [['due_soon', '2026-11-22'], ['due_today', '2026-11-25'], ['overdue', '2026-11-26'], ['overdue', '2026-11-27']])

      // the answer comes on the 27th, two days late: everyone signs in that morning
      const today = w.t.clock.now
      w.t.clock.now = new Date('2026-11-27T02:00:00Z')
      try {
        await answerAndClose(referral!.id, created.id)
      } finally {
        w.t.clock.now = today
      }
    })

    async function answerAndClose(referralId: string, issueId: string) {
      const [officer, officer2, focal, admin] = [await signIn(w.t.app, 'phutrach'), await signIn(w.t.app, 'phutrach2', 'matkhau-123'), await signIn(w.t.app, 'bxdd'), await signIn(w.t.app, 'admin')]
      const referral = { id: referralId }
      const created = { id: issueId }
      // the referring officer may not answer for the other unit
      err(await officer.post(`/api/referrals/${referral.id}/answer`, { answerText: 'Tự trả lời', publishable: true }), 403, 'FORBIDDEN')
      // the officer of HB-CB-KDC02 answers
      const answered: IssueView = ok(await officer2.post(`/api/referrals/${referral.id}/answer`, {
        answerText: 'UBND phường đã họp với các hộ dân tổ 7; đơn giá được tính theo bảng giá đất năm 2026 của thành phố.', publishable: true,
      }))
      assert.equal(answered.status, 'answered')
      err(await officer2.post(`/api/referrals/${referral.id}/answer`, { answerText: 'Lần hai' }), 400, 'REFERRAL_ALREADY_ANSWERED')

      // the focal board sees the answer come back
      const board: IssueView = ok(await focal.get(`/api/issues/${created.id}`))
      assert.equal(board.status, 'answered')
      assert.match(board.answerText!, /bảng giá đất năm 2026/)
      assert.equal(board.answerPublic, true)
      assert.equal(board.nextDueOn, null)
      assert.equal(board.referrals[0]!.status, 'answered')
      assert.equal(board.referrals[0]!.answeredBy?.username, 'phutrach2')
      const last = board.timeline[board.timeline.length - 1]!
      assert.equal(last.kind, 'answered')
      assert.equal(last.actor?.username, 'phutrach2')
      assert.deepEqual(last.details, { referralId: referral.id, answerText: board.answerText, publishable: true, from: 'referred', to: 'answered' })
      assert.ok(ok(await focal.get('/api/issues?status=answered')).items.some((i: { id: string }) => i.id === created.id))
      const link = `/issues/${created.id}`
      const told = (ok(await focal.get('/api/notifications?pageSize=200')) as NotificationPage).items.filter((n) => n.link === link)
      assert.equal(told[0]!.kind, 'referral_answered')
      assert.match(told[0]!.body, /^Chi bộ khu dân cư số 2 đã trả lời: UBND phường/)
      assert.equal((ok(await officer.get('/api/notifications')) as NotificationPage).items.filter((n) => n.link === link)[0]!.kind, 'referral_answered', 'whoever referred it is told too')
      // an answered referral is reminded no more
      const remindersBefore = ok(await focal.get(`/api/issues/${created.id}`)).timeline.length
      await remindOn('2026-11-28')
      assert.equal(ok(await focal.get(`/api/issues/${created.id}`)).timeline.length, remindersBefore)

      // close (answered: no reason needed), then reopen with a reason
      const closed: IssueView = ok(await focal.post(`/api/issues/${created.id}/transition`, { to: 'closed' }))
      assert.equal(closed.status, 'closed')
      assert.equal(closed.closedAt, w.t.clock.now.toISOString())
      err(await focal.post(`/api/issues/${created.id}/transition`, { to: 'watching' }), 400, 'ISSUE_REASON_REQUIRED')
      const reopened: IssueView = ok(await focal.post(`/api/issues/${created.id}/transition`, { to: 'watching', reason: 'Hộ dân tiếp tục kiến nghị' }))
      assert.equal(reopened.status, 'watching')
      assert.equal(reopened.closedAt, null)
      assert.deepEqual(reopened.timeline.filter((e) => e.kind === 'status_changed').map((e) => e.details),
        [{ act: 'close', from: 'answered', to: 'closed', reason: null }, { act: 'reopen', from: 'closed', to: 'watching', reason: 'Hộ dân tiếp tục kiến nghị' }])
      // the answer was not enough: refer again
      assert.equal(ok(await focal.post(`/api/issues/${created.id}/referrals`, { toAgency: 'Phòng Tài nguyên và Môi trường thành phố', dueOn: '2026-12-05' }), 201).status, 'referred')

      // every step is in the audit log
      const audit = ok(await admin.get(`/api/audit?resourceType=issue&outcome=success&pageSize=100`)).items.filter((e: { resourceId: string }) => e.resourceId === created.id)
      assert.deepEqual(audit.map((e: { action: string }) => e.action).reverse(), ['issue.create', 'issue.refer', 'issue.transition', 'issue.transition', 'issue.refer'])
      // so are the refusals: the other unit's officer tried to edit, the referring officer to answer
      const denied = ok(await admin.get(`/api/audit?outcome=denied&pageSize=100`)).items
      assert.ok(denied.some((e: { action: string; actorUsername: string; resourceId: string }) => e.action === 'issue.update' && e.actorUsername === 'phutrach2' && e.resourceId === created.id))
      assert.ok(denied.some((e: { action: string; actorUsername: string; resourceId: string }) => e.action === 'referral.answer' && e.actorUsername === 'phutrach' && e.resourceId === referral.id))
      assert.equal(ok(await admin.get(`/api/audit?action=referral.answer`)).items[0].resourceId, referral.id)
    }

    it('scope: an issue of another ward is 404 and never counted, in lists, searches and suggestions', async () => {
      const other: IssueView = ok(await w.admin.post('/api/issues', {
        title: 'Chợ cóc Lê Chân lấn chiếm lòng đường', topic: 'ttatxh', unitId: w.units.lc01, streamIds: [w.records.lc.streamIds[0]],
      }), 201)
      const mine: IssueView = ok(await w.focal.post('/api/issues', { title: 'Chợ cóc Hoà Bình lấn chiếm vỉa hè', topic: 'ttatxh', unitId: w.units.hb }), 201)
      for (const reader of [w.focal, w.viewer, w.officer]) {
        err(await reader.get(`/api/issues/${other.id}`), 404, 'ISSUE_NOT_FOUND')
        const list = ok(await reader.get('/api/issues?pageSize=200'))
        assert.ok(!list.items.some((i: { id: string }) => i.id === other.id))
        assert.equal(list.total, list.items.length)
        assert.deepEqual(ok(await reader.get('/api/issues?q=le%20chan')), { items: [], total: 0 })
        assert.ok(!ok(await reader.get(`/api/issues/suggest?text=${encodeURIComponent('Chợ cóc Lê Chân lấn chiếm lòng đường')}`)).items.some((i: { id: string }) => i.id === other.id))
        // nor can it be changed or referred
        assert.equal((await reader.post(`/api/issues/${other.id}/referrals`, { toAgency: 'Công an', dueOn: '2026-12-01' })).statusCode === 201, false)
      }
      assert.deepEqual(ok(await w.focal.get('/api/issues?q=cho%20coc')).items.map((i: { id: string }) => i.id), [mine.id])
      // the unit officer of KDC01 does not see the ward's own issue either
      err(await w.officer.get(`/api/issues/${mine.id}`), 404, 'ISSUE_NOT_FOUND')
      // the admin at the city sees both; the viewer counts exactly what the focal board counts
      assert.equal(ok(await w.admin.get('/api/issues?q=cho%20coc')).total, 2)
      assert.equal(ok(await w.viewer.get('/api/issues')).total, ok(await w.focal.get('/api/issues')).total)
      // a referral may not go to a unit outside the issue's ward
      err(await w.focal.post(`/api/issues/${mine.id}/referrals`, { toUnitId: w.units.lc01, dueOn: '2026-12-01' }), 404, 'REFERRAL_UNIT_NOT_FOUND')
    })

    it('linking: only streams of records the actor may read, one issue per stream; the status stays; unlinking', async () => {
      const before = (await w.t.conn.db.selectFrom('issue').select('id').execute()).length
      const refused = err(await w.officer.post('/api/issues', { title: 'Rác ngõ 34', topic: 'moi-truong', unitId: w.units.kdc01, streamIds: [w.records.ngap.streamIds[0], w.records.rac.streamIds[0], 'khong-co'] }), 400, 'ISSUE_STREAMS_INVALID')
      assert.deepEqual(refused.details.fields.map((f: { path: string; code: string }) => [f.path, f.code]), [['streamIds.1', 'ISSUE_STREAM_NOT_FOUND'], ['streamIds.2', 'ISSUE_STREAM_NOT_FOUND']])
      assert.equal((await w.t.conn.db.selectFrom('issue').select('id').execute()).length, before, 'nothing written')
      err(await w.officer.post('/api/issues', { title: 'Ngoài phạm vi', topic: 'khac', unitId: w.units.kdc02 }), 404, 'ISSUE_UNIT_NOT_FOUND')

      const issue: IssueView = ok(await w.officer.post('/api/issues', { title: 'Ngập úng phố Đội Cấn', topic: 'moi-truong', unitId: w.units.kdc01 }), 201)
      err(await w.officer.post(`/api/issues/${issue.id}/streams`, { streamIds: [w.records.rac.streamIds[0]] }), 400, 'ISSUE_STREAMS_INVALID')
      const linked: IssueView = ok(await w.officer.post(`/api/issues/${issue.id}/streams`, { streamIds: w.records.ngap.streamIds }))
      assert.equal(linked.status, 'new')
      assert.deepEqual(linked.streams.map((s) => s.id).sort(), [...w.records.ngap.streamIds].sort())
      // linking again is no event
      const same: IssueView = ok(await w.officer.post(`/api/issues/${issue.id}/streams`, { streamIds: [w.records.ngap.streamIds[0]] }))
      assert.deepEqual(same.timeline.map((e) => e.kind), ['created', 'streams_linked'])
      // a stream belongs to one issue at a time
      const second: IssueView = ok(await w.officer.post('/api/issues', { title: 'Cống thoát nước tắc', topic: 'moi-truong', unitId: w.units.kdc01 }), 201)
      const taken = err(await w.officer.post(`/api/issues/${second.id}/streams`, { streamIds: [w.records.ngap.streamIds[1]] }), 400, 'ISSUE_STREAMS_INVALID')
      assert.deepEqual(taken.details.fields, [{ path: 'streamIds.0', code: 'ISSUE_STREAM_LINKED_ELSEWHERE', message: 'Luồng ý kiến này đã gắn với một vấn đề khác; hãy bỏ gắn ở vấn đề đó trước.' }])

      const unlinked: IssueView = ok(await w.officer.del(`/api/issues/${issue.id}/streams/${w.records.ngap.streamIds[1]}`))
      assert.deepEqual(unlinked.streams.map((s) => s.id), [w.records.ngap.streamIds[0]])
      assert.deepEqual(unlinked.timeline.at(-1)!.details, { streams: [{ id: w.records.ngap.streamIds[1], recordId: w.records.ngap.id }] })
      err(await w.officer.del(`/api/issues/${issue.id}/streams/${w.records.ngap.streamIds[1]}`), 404, 'ISSUE_STREAM_NOT_FOUND')
      assert.equal(ok(await w.officer.post(`/api/issues/${second.id}/streams`, { streamIds: [w.records.ngap.streamIds[1]] })).streamCount, 1)

      // a viewer reads but does not link; a closed issue takes no links
      err(await w.viewer.post(`/api/issues/${issue.id}/streams`, { streamIds: [w.records.ngap.streamIds[0]] }), 403, 'FORBIDDEN')
      ok(await w.officer.post(`/api/issues/${second.id}/transition`, { to: 'closed', reason: 'Trùng với vấn đề ngập úng phố Đội Cấn' }))
      err(await w.officer.del(`/api/issues/${second.id}/streams/${w.records.ngap.streamIds[1]}`), 400, 'ISSUE_CLOSED')

      // the focal board links a stream of HB-CB-KDC02 too; readers of KDC01 count only what they may read
      ok(await w.focal.post(`/api/issues/${issue.id}/streams`, { streamIds: [w.records.rac.streamIds[0]] }))
      assert.equal(ok(await w.focal.get(`/api/issues/${issue.id}`)).streamCount, 2)
      const forOfficer = await w.officer.get(`/api/issues/${issue.id}`)
      assert.equal(ok(forOfficer).streamCount, 1)
      assert.ok(!forOfficer.body.includes(w.records.rac.id), 'the event that linked it does not name the other cell\'s record')
      assert.deepEqual(ok(forOfficer).timeline.map((e: { kind: string }) => e.kind), ['created', 'streams_linked', 'streams_unlinked'])
      assert.equal(ok(await w.officer.get(`/api/issues?q=doi%20can`)).items.find((i: { id: string }) => i.id === issue.id).streamCount, 1)
    })
  })
}
