/**
 * Voter meetings (tiếp xúc cử tri) through the API: a meeting with two petitions that become voter_meeting
 * records, referred and answered through the issue flow; the printed page; scope; edits and bad input.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import vi from '../../src/shared/i18n/vi.json' with { type: 'json' }
import type { MeetingDetailView, MeetingView, PetitionView } from '../../src/shared/meeting.schema.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const fieldsOf = (r: LightMyRequestResponse) => (json(r).error.details?.fields ?? []).map((f: { path: string; code: string }) => `${f.path}:${f.code}`).sort()

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: voter meetings`, () => {
    let t: TestApp
    let delegate: Client
    let focal: Client
    let hdnd: string
    let tdp05: string
    let meeting: MeetingView
    const petitions: PetitionView[] = []
    /** a minute later: petitions are listed in the order they were entered */
    const later = () => {
      t.clock.now = new Date(t.clock.now.getTime() + 60_000)
    }

    before(async () => {
      t = await startTestApp(dialect) // the clock reads 2026-11-20
      delegate = await signIn(t.app, 'daibieu')
      focal = await signIn(t.app, 'bxdd')
      hdnd = await unitId(t.conn, 'HB-HDND')
      tdp05 = (await t.conn.db.selectFrom('area').select('id').where('code', '=', 'HB-TDP05').executeTakeFirstOrThrow()).id
    })
    after(() => t.close())

    it('a delegate records a meeting of the delegates\' group in a tổ dân phố of the ward', async () => {
      const res = await delegate.post('/api/meetings', {
        unitId: hdnd, heldOn: '2026-11-05', place: 'Nhà văn hoá tổ dân phố số 5', areaId: tdp05,
        delegates: 'Vũ Đức Thắng\n\n  Nguyễn Thị Lan  \n', attendance: 120, notes: 'Tiếp xúc trước kỳ họp thứ 12',
      })
      assert.equal(res.statusCode, 201, res.body)
      meeting = json(res)
      assert.deepEqual(meeting.unit, { id: hdnd, code: 'HB-HDND', name: 'Tổ đại biểu Hội đồng nhân dân phường' })
      assert.deepEqual([meeting.heldOn, meeting.place, meeting.area?.code, meeting.delegates, meeting.attendance, meeting.petitionCount],
        ['2026-11-05', 'Nhà văn hoá tổ dân phố số 5', 'HB-TDP05', ['Vũ Đức Thắng', 'Nguyễn Thị Lan'], 120, 0])
    })

    it('two petitions become voter_meeting records of the meeting\'s unit and day, each with a stream not yet handled', async () => {
      const bodies = [
        { title: 'Đề nghị sửa đường ngõ 12', content: 'Đường ngõ 12 xuống cấp, mưa là ngập, đề nghị phường sớm sửa chữa.', topics: ['kt-xh', 'moi-truong'], intensity: 'high', breadth: 'many', groups: ['nguoi-cao-tuoi'] },
        { title: 'Chậm cấp giấy chứng nhận quyền sử dụng đất', content: 'Nhiều hộ nộp hồ sơ từ năm 2024 đến nay chưa được cấp.', topics: ['dat-dai'], direction: 'oppose' },
      ]
      for (const b of bodies) {
        later()
        const res = await delegate.post(`/api/meetings/${meeting.id}/petitions`, b)
        assert.equal(res.statusCode, 201, res.body)
        petitions.push(json(res))
      }
      assert.deepEqual(petitions.map((p) => [p.title, p.heardOn, p.streams.length, p.streams[0]!.status, p.streams[0]!.issue]),
        [['Đề nghị sửa đường ngõ 12', '2026-11-05', 1, 'none', null], ['Chậm cấp giấy chứng nhận quyền sử dụng đất', '2026-11-05', 1, 'none', null]])
      assert.deepEqual(petitions[0]!.streams[0]!.topics, ['kt-xh', 'moi-truong'])
      assert.deepEqual([petitions[0]!.streams[0]!.summary, petitions[0]!.streams[0]!.direction, petitions[0]!.streams[0]!.intensity], ['Đề nghị sửa đường ngõ 12', 'concern', 'high'])

      const rows = await t.conn.db.selectFrom('opinion_report').selectAll().where('meeting_id', '=', meeting.id).orderBy('created_at').execute()
      assert.equal(rows.length, 2)
      const daibieu = (await t.conn.db.selectFrom('app_user').select('id').where('username', '=', 'daibieu').executeTakeFirstOrThrow()).id
      for (const r of rows) assert.deepEqual([r.channel, r.unit_id, r.heard_on, r.entered_by], ['voter_meeting', hdnd, '2026-11-05', daibieu])
      const streams = await t.conn.db.selectFrom('opinion_stream').select('report_id').where('report_id', 'in', rows.map((r) => r.id)).execute()
      assert.equal(streams.length, 2)

      const detail: MeetingDetailView = json(await delegate.get(`/api/meetings/${meeting.id}`))
      assert.equal(detail.petitionCount, 2)
      assert.deepEqual(detail.petitions.map((p) => p.id), petitions.map((p) => p.id))
      // the records are in the opinion list too, under the voter-meeting channel
      const listed = json(await focal.get('/api/opinions?channel=voter_meeting'))
      assert.equal(listed.total, 2)
    })

    it('the same petition sent twice (same client id) is recorded once', async () => {
      const clientId = randomUUID()
      const body = { clientId, title: 'Đèn đường hỏng', content: 'Đèn đường ngõ 7 hỏng ba tháng nay.', topics: ['ttatxh'] }
      later()
      const first = await delegate.post(`/api/meetings/${meeting.id}/petitions`, body)
      const again = await delegate.post(`/api/meetings/${meeting.id}/petitions`, body)
      assert.deepEqual([first.statusCode, again.statusCode], [201, 200])
      assert.equal(json(again).id, json(first).id)
      petitions.push(json(first))
      assert.equal(json(await delegate.get(`/api/meetings/${meeting.id}`)).petitionCount, 3)
    })

    it('referred and answered through the issue flow: the status follows the issue; its answer shows only to who may read it', async () => {
      const streamId = petitions[0]!.streams[0]!.id
      const issue = await focal.post('/api/issues', { title: 'Đường ngõ 12 xuống cấp', topic: 'kt-xh', unitId: await unitId(t.conn, 'HB'), streamIds: [streamId] })
      assert.equal(issue.statusCode, 201, issue.body)
      const issueId = json(issue).id
      const referred = await focal.post(`/api/issues/${issueId}/referrals`, { toAgency: 'Phòng Quản lý đô thị', dueOn: '2026-12-05' })
      assert.equal(referred.statusCode, 201, referred.body)
      let detail: MeetingDetailView = json(await delegate.get(`/api/meetings/${meeting.id}`))
      assert.deepEqual(detail.petitions.map((p) => p.streams[0]!.status), ['referred', 'none', 'none'])

      const referralId = json(referred).referrals[0].id
      const answered = await focal.post(`/api/referrals/${referralId}/answer`, { answerText: 'Đã đưa vào kế hoạch sửa chữa quý I năm 2027.' })
      assert.equal(answered.statusCode, 200, answered.body)
      detail = json(await delegate.get(`/api/meetings/${meeting.id}`))
      const s = detail.petitions[0]!.streams[0]!
      assert.equal(s.status, 'answered')
      // the issue is the ward's, outside the delegates' group, and its answer is not public: status only
      assert.deepEqual(s.issue, { id: issueId, status: 'answered', title: null, answer: null, answeredAt: null })
      const forFocal: MeetingDetailView = json(await focal.get(`/api/meetings/${meeting.id}`))
      assert.equal(forFocal.petitions[0]!.streams[0]!.issue!.title, 'Đường ngõ 12 xuống cấp')
      assert.equal(forFocal.petitions[0]!.streams[0]!.issue!.answer, 'Đã đưa vào kế hoạch sửa chữa quý I năm 2027.')
      // once published, the answer goes back to the voters through their delegates
      assert.equal((await focal.patch(`/api/issues/${issueId}`, { answerPublic: true })).statusCode, 200)
      detail = json(await delegate.get(`/api/meetings/${meeting.id}`))
      assert.equal(detail.petitions[0]!.streams[0]!.issue!.answer, 'Đã đưa vào kế hoạch sửa chữa quý I năm 2027.')
      assert.equal(detail.petitions[0]!.streams[0]!.issue!.title, null)
    })

    it('the print page: one A4 HTML page with the meeting, its petitions and their status, escaped, without any script', async () => {
      later()
      const nasty = await delegate.post(`/api/meetings/${meeting.id}/petitions`, { title: 'Thử <script>alert(1)</script>', content: 'Nội dung <img src=x onerror=alert(1)>', topics: ['khac'] })
      assert.equal(nasty.statusCode, 201, nasty.body)
      const res = await delegate.get(`/api/meetings/${meeting.id}/print`)
      assert.equal(res.statusCode, 200)
      assert.match(String(res.headers['content-type']), /^text\/html; charset=utf-8/)
      assert.match(String(res.headers['content-security-policy']), /script-src 'self'/)
      const html = res.body
      assert.doesNotMatch(html, /<script/i)
      assert.doesNotMatch(html, /<img/i)
      assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/)
      assert.match(html, /Thử &lt;script&gt;alert\(1\)&lt;\/script&gt;/)
      assert.match(html, /@page \{ size: A4;/)
      assert.match(html, /<html lang="vi">/)
      assert.match(html, new RegExp(vi.meetingPrint.title))
      assert.match(html, /Hội nghị tiếp xúc cử tri ngày 05\/11\/2026 tại Nhà văn hoá tổ dân phố số 5/)
      assert.match(html, /Vũ Đức Thắng; Nguyễn Thị Lan/)
      for (const p of petitions) assert.ok(html.includes(p.title), p.title)
      const rows = html.split('<tr>').slice(2)
      assert.equal(rows.length, 4)
      assert.match(rows[0]!, /Kinh tế - xã hội, Môi trường/)
      assert.match(rows[0]!, /Đã trả lời/)
      assert.match(rows[0]!, /Đã đưa vào kế hoạch sửa chữa quý I năm 2027/)
      assert.match(rows[1]!, /Chưa xử lý/)
      assert.match(html, /Tổng số: 4 kiến nghị/)
    })

    it('scope: another unit\'s meeting is 404 and not counted; viewers read, collaborators see none; only managers and delegates write', async () => {
      const other = await focal.post('/api/meetings', { unitId: await unitId(t.conn, 'HB-CB-KDC02'), heldOn: '2026-10-10', place: 'Hội trường khu dân cư số 2' })
      assert.equal(other.statusCode, 201, other.body)
      const otherId = json(other).id
      for (const res of [
        await delegate.get(`/api/meetings/${otherId}`), await delegate.get(`/api/meetings/${otherId}/print`),
        await delegate.patch(`/api/meetings/${otherId}`, { place: 'Đổi' }),
        await delegate.post(`/api/meetings/${otherId}/petitions`, { title: 'Không', content: 'Không', topics: ['khac'] }),
      ]) {
        assert.equal(res.statusCode, 404, res.body)
        assert.equal(json(res).error.code, 'MEETING_NOT_FOUND')
      }
      const mine = json(await delegate.get('/api/meetings'))
      assert.deepEqual([mine.items.map((m: MeetingView) => m.id), mine.total], [[meeting.id], 1])
      assert.equal(json(await focal.get('/api/meetings')).total, 2)
      const viewer = await signIn(t.app, 'xem')
      assert.equal(json(await viewer.get('/api/meetings')).total, 2)
      assert.equal((await viewer.post('/api/meetings', { unitId: hdnd, heldOn: '2026-11-01', place: 'Không được' })).statusCode, 403)
      assert.equal((await (await signIn(t.app, 'ctv')).get('/api/meetings')).statusCode, 403)
      // a delegate cannot hold a meeting for a unit outside their group
      const outside = await delegate.post('/api/meetings', { unitId: await unitId(t.conn, 'HB-CB-KDC02'), heldOn: '2026-11-01', place: 'Ngoài' })
      assert.deepEqual([outside.statusCode, fieldsOf(outside)], [404, ['unitId:UNIT_NOT_FOUND']])
    })

    it('list filters by days and pages; edits keep petitions on their unit and day; a future meeting takes no petition yet', async () => {
      const inOctober = json(await focal.get('/api/meetings?from=2026-10-01&to=2026-10-31'))
      assert.deepEqual(inOctober.items.map((m: MeetingView) => m.place), ['Hội trường khu dân cư số 2'])
      const page2 = json(await focal.get('/api/meetings?pageSize=1&page=2'))
      assert.deepEqual([page2.items.length, page2.total, page2.items[0].heldOn], [1, 2, '2026-10-10'])

      const edited = await delegate.patch(`/api/meetings/${meeting.id}`, { place: 'Nhà văn hoá tổ dân phố số 5 (tầng 2)', attendance: 135, delegates: ['Vũ Đức Thắng'], areaId: null })
      assert.equal(edited.statusCode, 200, edited.body)
      assert.deepEqual([json(edited).place, json(edited).attendance, json(edited).delegates, json(edited).area], ['Nhà văn hoá tổ dân phố số 5 (tầng 2)', 135, ['Vũ Đức Thắng'], null])
      const moved = await delegate.patch(`/api/meetings/${meeting.id}`, { heldOn: '2026-11-06' })
      assert.deepEqual([moved.statusCode, json(moved).error.code, fieldsOf(moved)], [400, 'MEETING_HAS_PETITIONS', ['heldOn:MEETING_HAS_PETITIONS']])
      assert.equal(json(moved).error.message, (vi.errors as Record<string, string>).MEETING_HAS_PETITIONS)

      const planned = json(await delegate.post('/api/meetings', { unitId: hdnd, heldOn: '2026-12-10', place: 'Trụ sở phường' }))
      const early = await delegate.post(`/api/meetings/${planned.id}/petitions`, { title: 'Sớm', content: 'Sớm quá', topics: ['khac'] })
      assert.deepEqual([early.statusCode, json(early).error.code], [400, 'MEETING_NOT_HELD_YET'])
      // without petitions its day may still move
      const reDated = await delegate.patch(`/api/meetings/${planned.id}`, { heldOn: '2026-11-18' })
      assert.equal(json(reDated).heldOn, '2026-11-18')
      assert.equal((await delegate.post(`/api/meetings/${planned.id}/petitions`, { title: 'Nay được', content: 'Đã họp', topics: ['khac'] })).statusCode, 201)

      const actions = json(await (await signIn(t.app, 'admin')).get('/api/audit?resourceType=meeting&pageSize=100')).items.map((e: { action: string }) => e.action)
      assert.ok(actions.includes('meeting.create') && actions.includes('meeting.update'))
    })

    it('bad input names each field', async () => {
      const bad = await delegate.post('/api/meetings', { unitId: hdnd, heldOn: '2026-02-30', place: ' ', attendance: -1 })
      assert.equal(bad.statusCode, 400)
      assert.deepEqual(fieldsOf(bad), ['attendance:FIELD_TOO_SHORT', 'heldOn:DATE_FORMAT', 'place:FIELD_REQUIRED'])
      const noArea = await delegate.post('/api/meetings', { unitId: hdnd, heldOn: '2026-11-01', place: 'Ở đâu', areaId: 'khong-co' })
      assert.deepEqual([noArea.statusCode, fieldsOf(noArea)], [404, ['areaId:AREA_NOT_FOUND']])
      const badPetition = await delegate.post(`/api/meetings/${meeting.id}/petitions`, { title: '', content: 'x', topics: [] })
      assert.deepEqual(fieldsOf(badPetition), ['title:FIELD_REQUIRED', 'topics:FIELD_TOO_SHORT'])
    })
  })
}
