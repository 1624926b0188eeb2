/**
 * The ward's consolidated report through the real server, on each engine: drafted from accepted unit reports (made
 * through the unit report API and services) and opinion records; every figure equals a recount of the records; the
 * notable streams; approval by a leader only, numbers 01, 02 … in the term, never reused (a failed approval uses no
 * number, concurrent approvals get distinct ones), a new term starts again at 01; approved is locked; the six-month
 * report has sections VI–X; the Party-form document of ward and unit reports, within the reader's scope.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { createOpinion } from '../../src/services/opinions/create-opinion.ts'
import { createOpinionInput } from '../../src/shared/opinion.schema.ts'
import { openReport } from '../../src/services/reporting/open-report.ts'
import { saveReport } from '../../src/services/reporting/save-report.ts'
import { submitReport } from '../../src/services/reporting/submit-report.ts'
import { putSetting } from '../../src/db/repos/setting.repo.ts'
import type { PartyDocument } from '../../src/documents/model.ts'
import type { Figure } from '../../src/domain/reporting/ward-draft.ts'
import { BAR_TOPICS, statisticsBlocks } from '../../src/services/reporting/ward/report-document.ts'
import { TOPICS } from '../../src/shared/enums.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
type Stream = { topics: string[]; direction: string; intensity?: string; breadth?: string; groups?: string[]; latent?: boolean; hotSpot?: boolean; summary?: string }
type Detail = {
  id: string; level: string; status: string; version: number; number: string | null; summary: string; periodKey: string
  sections: { code: string; title: string; body: string; streamIds: string[]; figures: Figure[] }[]
  stats: { total: number; streams: number; byTopicDirection: { topic: string; direction: string; count: number }[]; byChannel: { channel: string; count: number }[]; from: string; to: string; unitId: string; notable: { topic: string; direction: string; streams: number; streamIds: string[] }[] }
}

describe('statistics of a document', () => {
  it('the bar chart shows the largest fields and sums the rest into one bar; its values add up to the table', () => {
    const byTopicDirection = TOPICS.slice(0, 11).map((topic, i) => ({ topic, direction: i % 2 ? 'support' : 'concern', count: 20 - i }))
    const blocks = statisticsBlocks({ total: 5, streams: 99, byTopicDirection, byChannel: [{ channel: 'hotline', count: 5 }], from: '2026-10-25', to: '2026-11-24', unitId: 'x' })
    const bar = blocks.flatMap((b) => (b.kind === 'chart' && b.chart.kind === 'bar' ? [b.chart] : []))[0]!
    assert.equal(bar.categories.length, BAR_TOPICS + 1)
    assert.equal(bar.categories.at(-1), 'Các lĩnh vực còn lại (3)')
    const table = blocks.flatMap((b) => (b.kind === 'table' ? [b.table] : []))[0]!
    const sum = bar.series.reduce((a, x) => a + x.values.reduce((p, v) => p + v, 0), 0)
    assert.equal(String(sum), table.total!.at(-1))
    assert.deepEqual(bar.series.find((x) => x.name === 'Băn khoăn, lo lắng')!.values.at(-1), 12 + 10)
  })
})

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: ward report`, () => {
    let t: TestApp
    let bxdd: Client, lanhdao: Client, phutrach: Client, xem: Client, ctv: Client, admin: Client
    const u: Record<string, string> = {}
    const ids: Record<string, string> = {}

    const rec = async (unit: string, heardOn: string, channel: string, streams: Stream[], title = 'Ý kiến của bà con') => {
      const r = await createOpinion(t.ctx(), createOpinionInput.parse({ channel, unitId: u[unit], heardOn, title, content: title, streams }))
      return r
    }
    const call = async (c: Client, method: string, url: string, body?: unknown, status = 200) => {
      const res = await c.request(method, url, body)
      assert.equal(res.statusCode, status, `${method} ${url}: ${res.body.slice(0, 300)}`)
      return json(res)
    }
    const draft = (periodKey: string, status = 201): Promise<Detail> => call(bxdd, 'POST', '/api/reports/ward', { periodKey, unitId: u.hb }, status)
    const approve = (id: string, body: unknown = {}, c = lanhdao, status = 200): Promise<Detail> => call(c, 'POST', `/api/reports/${id}/approve`, body, status)

    before(async () => {
      t = await startTestApp(dialect)
      bxdd = await signIn(t.app, 'bxdd')
      lanhdao = await signIn(t.app, 'lanhdao')
      phutrach = await signIn(t.app, 'phutrach')
      xem = await signIn(t.app, 'xem')
      ctv = await signIn(t.app, 'ctv')
      admin = await signIn(t.app, 'admin')
      for (const [k, code] of [['hb', 'HB'], ['hp', 'HP'], ['kdc01', 'HB-CB-KDC01'], ['kdc02', 'HB-CB-KDC02'], ['kdc03', 'HB-CB-KDC03'], ['dtn', 'HB-DTN'], ['mttq', 'HB-MTTQ']] as const) u[k] = await unitId(t.conn, code)

      // period 2026-11 = 2026-10-25 … 2026-11-24 (the clock is 2026-11-20)
      await rec('kdc01', '2026-11-02', 'collaborator', [
        { topics: ['dat-dai'], direction: 'concern', intensity: 'pressing', breadth: 'majority', groups: ['nguoi-cao-tuoi', 'tieu-thuong'], summary: 'Giá đền bù giải phóng mặt bằng đường Lê Lợi thấp hơn giá thị trường' },
        { topics: ['y-te'], direction: 'support' },
      ])
      await rec('kdc02', '2026-11-03', 'collaborator', [{ topics: ['dat-dai'], direction: 'concern', intensity: 'high', breadth: 'many', hotSpot: true, summary: 'Chưa rõ lộ trình giải phóng mặt bằng' }])
      await rec('kdc03', '2026-11-05', 'voter_meeting', [{ topics: ['dat-dai', 'chinh-quyen'], direction: 'concern', intensity: 'high', summary: 'Cử tri đề nghị công khai phương án bồi thường' }])
      await rec('dtn', '2026-11-06', 'social', [
        { topics: ['giao-duc'], direction: 'support', intensity: 'low', groups: ['thanh-nien-hoc-sinh'] },
        { topics: ['moi-truong'], direction: 'concern', latent: true, summary: 'Lo ngại khói từ xưởng tái chế nhựa' },
      ])
      await rec('mttq', '2026-11-10', 'front', [{ topics: ['doi-song'], direction: 'support' }, { topics: ['xd-dang'], direction: 'support', groups: ['can-bo-dang-vien'] }])
      await rec('kdc01', '2026-10-25', 'press', [{ topics: ['moi-truong'], direction: 'oppose' }])
      // outside the period or outside the ward: not counted
      await rec('kdc01', '2026-10-24', 'collaborator', [{ topics: ['dat-dai'], direction: 'concern' }])
      await rec('kdc02', '2026-09-10', 'collaborator', [{ topics: ['dat-dai'], direction: 'concern' }])
      await rec('hp', '2026-11-05', 'collaborator', [{ topics: ['dat-dai'], direction: 'oppose' }])
      // the first half of 2026 (2025-12-25 … 2026-06-24)
      await rec('kdc01', '2026-03-10', 'collaborator', [{ topics: ['y-te'], direction: 'concern' }])
      await rec('kdc02', '2026-05-05', 'hotline', [{ topics: ['giao-duc'], direction: 'support' }])

      // KDC01's report through the API: opened, written and submitted by its officer, accepted by the board
      const opened = await call(phutrach, 'POST', '/api/reports', { periodKey: '2026-11', unitId: u.kdc01 }, 201)
      ids.kdc01Report = opened.id
      await call(phutrach, 'PUT', `/api/reports/${opened.id}`, {
        version: opened.version,
        sections: [
          { code: 'I', body: 'Cán bộ, đảng viên và Nhân dân khu dân cư tin tưởng vào sự lãnh đạo của Đảng.' },
          { code: 'V', body: 'Đề nghị Uỷ ban nhân dân phường sớm công khai giá đền bù đường Lê Lợi.' },
        ],
      })
      await call(phutrach, 'POST', `/api/reports/${opened.id}/submit`, {})
      await call(bxdd, 'POST', `/api/reports/${opened.id}/accept`, {})
      // KDC02 submitted but not accepted: its proposal is not in the ward draft yet
      const k2 = await openReport(t.ctx(), { periodKey: '2026-11', unitId: u.kdc02! })
      await saveReport(t.ctx(), { reportId: k2.report.id, version: k2.report.version, sections: [{ code: 'V', body: 'Đề nghị lắp thêm đèn chiếu sáng ngõ 12.', streamIds: [] }] })
      await submitReport(t.ctx(), { reportId: k2.report.id })
      ids.kdc02Report = k2.report.id
    })
    after(() => t.close())

    /** Streams, records and counts of HB's subtree heard in the window, counted from the records themselves. */
    const recount = async (from: string, to: string) => {
      const hbPath = (await t.conn.db.selectFrom('unit').select('path').where('id', '=', u.hb!).executeTakeFirstOrThrow()).path
      const inWindow = sql`r.unit_path like ${hbPath + '%'} and r.heard_on >= ${from} and r.heard_on <= ${to}`
      const records = await sql<{ channel: string; n: number }>`select r.channel, count(*) as n from opinion_report r where ${inWindow} group by r.channel`.execute(t.conn.db)
      const streams = await sql<{ n: number }>`select count(*) as n from opinion_stream s join opinion_report r on r.id = s.report_id where ${inWindow}`.execute(t.conn.db)
      const td = await sql<{ topic: string; direction: string; n: number }>`select st.topic, s.direction, count(*) as n from stream_topic st join opinion_stream s on s.id = st.stream_id join opinion_report r on r.id = s.report_id where ${inWindow} group by st.topic, s.direction`.execute(t.conn.db)
      const byDir = await sql<{ direction: string; n: number }>`select s.direction, count(*) as n from opinion_stream s join opinion_report r on r.id = s.report_id where ${inWindow} group by s.direction`.execute(t.conn.db)
      return {
        total: records.rows.reduce((a, r) => a + Number(r.n), 0),
        streams: Number(streams.rows[0]!.n),
        byChannel: Object.fromEntries(records.rows.map((r) => [r.channel, Number(r.n)])),
        byTopicDirection: Object.fromEntries(td.rows.map((r) => [`${r.topic}|${r.direction}`, Number(r.n)])),
        byDirection: Object.fromEntries(byDir.rows.map((r) => [r.direction, Number(r.n)])),
      }
    }

    it('drafts the month from the accepted unit reports and the records; every figure equals a recount', async () => {
      const d = await draft('2026-11')
      ids.nov = d.id
      assert.equal(d.level, 'ward')
      assert.equal(d.status, 'draft')
      assert.equal(d.number, null)
      assert.equal(d.summary, 'tình hình tư tưởng, dư luận xã hội tháng 11 năm 2026')
      assert.deepEqual(d.sections.map((s) => s.code), ['I', 'II', 'III', 'IV', 'V'])
      assert.deepEqual(d.sections.map((s) => s.title), ['Tình hình tư tưởng', 'Dư luận xã hội nổi bật', 'Dư luận tiềm ẩn, dự báo', 'Công tác nắm bắt, định hướng', 'Đề xuất, kiến nghị'])

      const c = await recount('2026-10-25', '2026-11-24')
      assert.deepEqual([d.stats.total, d.stats.streams], [c.total, c.streams])
      assert.deepEqual([c.total, c.streams], [6, 9], 'the fixture: six records, nine streams in the ward and the period')
      assert.deepEqual(Object.fromEntries(d.stats.byChannel.map((x) => [x.channel, x.count])), c.byChannel)
      assert.deepEqual(Object.fromEntries(d.stats.byTopicDirection.map((x) => [`${x.topic}|${x.direction}`, x.count])), c.byTopicDirection)
      assert.deepEqual([d.stats.from, d.stats.to, d.stats.unitId], ['2026-10-25', '2026-11-24', u.hb])

      // every figure: its trace finds exactly the records or streams it counts
      const figures = d.sections.flatMap((s) => s.figures)
      assert.ok(figures.length >= 8, `figures: ${figures.map((f) => f.key).join(', ')}`)
      for (const f of figures) {
        assert.deepEqual([f.trace.from, f.trace.to, f.trace.unitId], ['2026-10-25', '2026-11-24', u.hb], f.key)
        const [kind, a, b] = f.key.split('.')
        if (kind === 'records' || kind === 'channel') {
          const q = new URLSearchParams({ from: f.trace.from, to: f.trace.to, unitId: f.trace.unitId, ...(f.trace.channel ? { channel: f.trace.channel } : {}) })
          assert.equal((await call(bxdd, 'GET', `/api/opinions?${q}`)).total, f.value, f.key)
        } else if (kind === 'streams') assert.equal(f.value, c.streams)
        else if (kind === 'direction') assert.equal(f.value, c.byDirection[a!], f.key)
        else if (kind === 'notable') assert.equal(f.value, c.byTopicDirection[`${a}|${b}`], f.key)
        else if (kind === 'latent') assert.equal(f.value, 1)
      }
      assert.ok(figures.some((f) => f.key === 'direction.concern' && f.value === 4 && f.trace.direction === 'concern'))

      const body = (code: string) => d.sections.find((s) => s.code === code)!.body
      assert.match(body('I'), /6 phiếu thông tin với 9 luồng ý kiến/)
      assert.match(body('I'), /Chi bộ khu dân cư số 1: Cán bộ, đảng viên và Nhân dân khu dân cư tin tưởng/)
      // proposals come from accepted reports only
      assert.match(body('V'), /Chi bộ khu dân cư số 1: Đề nghị Uỷ ban nhân dân phường sớm công khai giá đền bù đường Lê Lợi/)
      assert.doesNotMatch(body('V'), /đèn chiếu sáng ngõ 12/)
      // compliance from the board: KDC01 accepted on time, KDC02 submitted on time, the rest not yet
      const compliance = await call(bxdd, 'GET', `/api/reporting/compliance?period=2026-11&unitId=${u.hb}`)
      assert.match(body('IV'), new RegExp(`có ${compliance.submitted}/${compliance.expected} đơn vị gửi báo cáo`))
      assert.equal(compliance.submitted, 2)
      // latent opinion and its stream
      const latent = d.sections.find((s) => s.code === 'III')!
      assert.match(latent.body, /Lo ngại khói từ xưởng tái chế nhựa/)
      assert.equal(latent.streamIds.length, 1)
    })

    it('ranks the notable streams: the site-clearance worry heard in three cells, pressing and recurring, comes first', async () => {
      const d: Detail = await call(bxdd, 'GET', `/api/reports/${ids.nov}`)
      const top = d.stats.notable[0]!
      assert.deepEqual([top.topic, top.direction, top.streams], ['dat-dai', 'concern', 3])
      const ii = d.sections.find((s) => s.code === 'II')!
      assert.match(ii.body, /^1\. Dư luận xã hội theo lĩnh vực\n\na\) Về đất đai, giải phóng mặt bằng: 3 luồng ý kiến băn khoăn, lo lắng từ 3 đơn vị/)
      assert.match(ii.body, /Đây là nội dung được phản ánh nhiều tháng liên tiếp \(2\/3 tháng trước\)/)
      // the cited streams are the group's, and they are the ward's streams of the period
      const cited = await t.conn.db.selectFrom('stream_topic').select('stream_id').where('stream_id', 'in', ii.streamIds).where('topic', '=', 'dat-dai').execute()
      assert.ok(cited.length >= 3)
      assert.ok(top.streamIds.every((id) => ii.streamIds.includes(id)))
    })

    it('drafts again while a draft: a new version; a unit officer, a viewer and a leader may not draft', async () => {
      const again = await draft('2026-11', 200)
      assert.equal(again.id, ids.nov)
      assert.equal(again.version, 2)
      const re = await call(bxdd, 'POST', `/api/reports/${ids.nov}/redraft`, {})
      assert.equal(re.version, 3)
      for (const c of [phutrach, xem, lanhdao, ctv]) {
        assert.equal((await c.post('/api/reports/ward', { periodKey: '2026-11', unitId: u.hb })).statusCode, 403)
      }
      assert.equal((await phutrach.post(`/api/reports/${ids.nov}/redraft`, {})).statusCode, 403)
      // the focal board edits the draft through the common report API
      const saved = await call(bxdd, 'PUT', `/api/reports/${ids.nov}`, { version: 3, sections: [{ code: 'V', body: 'Đề xuất do Ban Xây dựng Đảng sửa.' }] })
      assert.equal(saved.version, 4)
      const versions = await t.conn.db.selectFrom('report_version').select(['version', 'action']).where('report_id', '=', ids.nov!).orderBy('version').execute()
      assert.deepEqual(versions.map((v) => v.action), ['create', 'redraft', 'redraft', 'save'])
    })

    it('only a leader approves; numbers 01, 02 in the term; a stale approval uses no number; approved is locked', async () => {
      for (const c of [bxdd, phutrach, xem, admin]) {
        const res = await c.post(`/api/reports/${ids.nov}/approve`, {})
        assert.equal(res.statusCode, 403, res.body)
        assert.equal(json(res).error.code, 'FORBIDDEN')
      }
      const a = await approve(ids.nov!, { version: 4 })
      assert.deepEqual([a.status, a.number, a.version], ['approved', 'Số 01-BC/ĐU', 5])
      const row = await t.conn.db.selectFrom('report').selectAll().where('id', '=', ids.nov!).executeTakeFirstOrThrow()
      assert.deepEqual([row.number_seq, row.term_start, row.issued_on, row.approved_at], [1, '2025-10-01', '2026-11-20', '2026-11-20T03:00:00.000Z'])
      assert.ok(row.approved_by)

      // locked: no edit, no redraft, no second approval
      assert.equal((await bxdd.put(`/api/reports/${ids.nov}`, { version: 5, sections: [] })).statusCode, 409)
      assert.equal((await bxdd.post('/api/reports/ward', { periodKey: '2026-11', unitId: u.hb })).statusCode, 409)
      assert.equal((await bxdd.post(`/api/reports/${ids.nov}/redraft`, {})).statusCode, 409)
      const twice = await lanhdao.post(`/api/reports/${ids.nov}/approve`, {})
      assert.equal(twice.statusCode, 409)
      assert.equal(json(twice).error.code, 'REPORT_LOCKED')

      // a stale version is refused and takes no number: the next approval is 02
      const oct = await draft('2026-10')
      await call(bxdd, 'PUT', `/api/reports/${oct.id}`, { version: oct.version, sections: [{ code: 'I', body: 'Sửa trước khi duyệt.' }] })
      const stale = await lanhdao.post(`/api/reports/${oct.id}/approve`, { version: oct.version })
      assert.equal(stale.statusCode, 409)
      assert.equal(json(stale).error.code, 'REPORT_VERSION_CONFLICT')
      assert.equal((await approve(oct.id)).number, 'Số 02-BC/ĐU')
      ids.oct = oct.id
      const audits = await t.conn.db.selectFrom('audit_event').select(['action', 'details_json']).where('resource_id', '=', oct.id).where('action', '=', 'ward_report.approve').execute()
      assert.equal(audits.length, 1)
      assert.equal(JSON.parse(audits[0]!.details_json!).number, 'Số 02-BC/ĐU')
      // a unit's report is accepted, never approved
      assert.equal((await lanhdao.post(`/api/reports/${ids.kdc01Report}/approve`, {})).statusCode, 403)
    })

    it('two approvals at once get two different, consecutive numbers', async () => {
      const [sep, aug] = [await draft('2026-09'), await draft('2026-08')]
      const [x, y] = await Promise.all([approve(sep.id), approve(aug.id)])
      assert.deepEqual([x.number, y.number].sort(), ['Số 03-BC/ĐU', 'Số 04-BC/ĐU'])
    })

    it('a new term starts again at 01; a day before the term start gets no number; no number is ever given twice in a term', async () => {
      await putSetting(t.conn.db, 'reporting.termStart', '2027-01-01', new Date().toISOString(), null)
      const jul = await draft('2026-07')
      const early = await lanhdao.post(`/api/reports/${jul.id}/approve`, {})
      assert.equal(early.statusCode, 409)
      assert.equal(json(early).error.code, 'WARD_REPORT_TERM_NOT_STARTED')
      assert.match(json(early).error.message, /2027-01-01/)

      await putSetting(t.conn.db, 'reporting.termStart', '2026-11-15', new Date().toISOString(), null)
      const a = await approve(jul.id)
      assert.equal(a.number, 'Số 01-BC/ĐU')
      const jun = await draft('2026-06')
      assert.equal((await approve(jun.id)).number, 'Số 02-BC/ĐU')

      const rows = await t.conn.db.selectFrom('report').select(['number_seq', 'term_start']).where('level', '=', 'ward').where('status', '=', 'approved').execute()
      assert.deepEqual(rows.map((r) => `${r.term_start}:${r.number_seq}`).sort(), ['2025-10-01:1', '2025-10-01:2', '2025-10-01:3', '2025-10-01:4', '2026-11-15:1', '2026-11-15:2'])
      const counters = await t.conn.db.selectFrom('doc_number_counter').select(['term_start', 'last_seq']).orderBy('term_start').execute()
      assert.deepEqual(counters.map((c) => [c.term_start, Number(c.last_seq)]), [['2025-10-01', 4], ['2026-11-15', 2]])
      await putSetting(t.conn.db, 'reporting.termStart', '2025-10-01', new Date().toISOString(), null)
    })

    it('the six-month report rolls the months up and has sections VI–X', async () => {
      const h = await draft('2026-H1')
      assert.equal(h.summary, 'tình hình tư tưởng, dư luận xã hội 6 tháng đầu năm 2026')
      assert.deepEqual(h.sections.map((s) => s.code), ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'])
      assert.deepEqual(h.sections.slice(5).map((s) => s.title), ['Kết quả, ưu điểm', 'Hạn chế, nguyên nhân', 'Bài học kinh nghiệm', 'Đánh giá theo tiêu chí', 'Phương hướng'])
      const c = await recount('2025-12-25', '2026-06-24')
      assert.deepEqual([h.stats.total, h.stats.streams], [c.total, c.streams])
      assert.deepEqual([c.total, c.streams], [2, 2])
      const vi = h.sections.find((s) => s.code === 'VI')!.body
      assert.match(vi, /Số luồng ý kiến theo tháng: tháng 1\/2026: 0; tháng 2\/2026: 0; tháng 3\/2026: 1; tháng 4\/2026: 0; tháng 5\/2026: 1; tháng 6\/2026: 0\./)
      for (const s of h.sections) assert.ok(s.body.trim().length > 0, s.code)
    })

    it('the document: Party-form header, number, place and date, sections, statistics, signature and recipients', async () => {
      const doc: PartyDocument = await call(xem, 'GET', `/api/reports/${ids.nov}/document`)
      assert.equal(doc.superiorBody, 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG')
      assert.equal(doc.issuingBody, 'ĐẢNG UỶ PHƯỜNG HOÀ BÌNH')
      assert.equal(doc.number, 'Số 01-BC/ĐU')
      assert.deepEqual([doc.place, doc.date, doc.typeName], ['Hoà Bình', '2026-11-20', 'BÁO CÁO'])
      assert.equal(doc.summary, 'tình hình tư tưởng, dư luận xã hội tháng 11 năm 2026')
      assert.equal(doc.draftMark, null)
      assert.deepEqual(doc.signature, { onBehalfOf: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Trần Văn Hùng' })
      assert.ok(doc.recipients.at(-1)!.startsWith('- Lưu'))
      const headings = doc.body.filter((b) => b.kind === 'heading' && b.level === 1).map((b) => (b as { text: string }).text)
      assert.deepEqual(headings, ['I. TÌNH HÌNH TƯ TƯỞNG', 'II. DƯ LUẬN XÃ HỘI NỔI BẬT', 'III. DƯ LUẬN TIỀM ẨN, DỰ BÁO', 'IV. CÔNG TÁC NẮM BẮT, ĐỊNH HƯỚNG', 'V. ĐỀ XUẤT, KIẾN NGHỊ'])
      const tables = doc.body.flatMap((b) => (b.kind === 'table' ? [b.table] : []))
      assert.equal(tables.length, 2)
      assert.deepEqual(tables[0]!.header, ['Lĩnh vực', 'Tán thành', 'Băn khoăn, lo lắng', 'Phản đối', 'Nhiều chiều', 'Chưa rõ', 'Cộng'])
      assert.deepEqual(tables[0]!.rows[0], ['Đất đai, giải phóng mặt bằng', '0', '3', '0', '0', '0', '3'])
      assert.deepEqual(tables[1]!.total, ['Cộng', '6', '100%'])
      const charts = doc.body.flatMap((b) => (b.kind === 'chart' ? [b.chart] : []))
      assert.deepEqual(charts.map((c) => c.kind), ['bar', 'pie'])
      const pie = charts[1] as Extract<PartyDocument['body'][number], { kind: 'chart' }>['chart'] & { kind: 'pie' }
      assert.equal(pie.slices.reduce((a, s) => a + s.value, 0), 6)

      // settings change place, signer and recipients
      await putSetting(t.conn.db, 'reporting.place', 'Hồng Bàng', new Date().toISOString(), null)
      await putSetting(t.conn.db, 'reporting.signer', { onBehalfOf: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', name: 'Nguyễn Văn Bí' }, new Date().toISOString(), null)
      await putSetting(t.conn.db, 'reporting.recipients', ['- Ban Thường vụ Thành uỷ,', '- Lưu VP.'], new Date().toISOString(), null)
      const set: PartyDocument = await call(lanhdao, 'GET', `/api/reports/${ids.nov}/document`)
      assert.deepEqual([set.place, set.signature.title, set.signature.name, set.recipients], ['Hồng Bàng', 'BÍ THƯ', 'Nguyễn Văn Bí', ['- Ban Thường vụ Thành uỷ,', '- Lưu VP.']])

      // a draft has no number and carries the draft mark
      const h1 = (await call(bxdd, 'GET', '/api/reports?level=ward&period=2026-H1')).items[0]
      const draftDoc: PartyDocument = await call(bxdd, 'GET', `/api/reports/${h1.id}/document`)
      assert.deepEqual([draftDoc.number, draftDoc.draftMark], [null, 'DỰ THẢO'])
      assert.equal(draftDoc.body.filter((b) => b.kind === 'heading' && b.level === 1).length, 10)
      const monthly = draftDoc.body.flatMap((b) => (b.kind === 'chart' && b.chart.kind === 'line' ? [b.chart] : []))
      assert.equal(monthly.length, 1)
      assert.deepEqual(monthly[0]!.categories, ['01/2026', '02/2026', '03/2026', '04/2026', '05/2026', '06/2026'])
      assert.deepEqual(monthly[0]!.series.map((x) => x.values), [[0, 0, 1, 0, 1, 0], [0, 0, 1, 0, 1, 0]])

      // a unit's report: the cell issues it under the ward's committee, signed by its responsible officer
      const unitDoc: PartyDocument = await call(phutrach, 'GET', `/api/reports/${ids.kdc01Report}/document`)
      assert.deepEqual([unitDoc.superiorBody, unitDoc.issuingBody, unitDoc.number, unitDoc.typeName], ['ĐẢNG UỶ PHƯỜNG HOÀ BÌNH', 'CHI BỘ KHU DÂN CƯ SỐ 1', null, 'BÁO CÁO'])
      assert.equal(unitDoc.summary, 'tình hình tư tưởng, dư luận xã hội tháng 11 năm 2026')
      assert.deepEqual(unitDoc.signature, { onBehalfOf: 'T/M CHI UỶ', title: 'BÍ THƯ', name: 'Lê Văn Minh' })
      assert.equal(unitDoc.draftMark, null)
      assert.equal(unitDoc.place, 'Hồng Bàng')
      assert.equal(unitDoc.body.filter((b) => b.kind === 'chart').length, 2)

      // scope: a unit officer may read no ward report (403, as its export); another cell's report is not found (404);
      // a collaborator reads no report at all (403)
      assert.equal((await phutrach.get(`/api/reports/${ids.nov}/document`)).statusCode, 403)
      assert.equal((await phutrach.get(`/api/reports/${ids.kdc02Report}/document`)).statusCode, 404)
      assert.equal((await ctv.get(`/api/reports/${ids.kdc01Report}/document`)).statusCode, 403)
      assert.equal((await xem.get('/api/reports/khong-co/document')).statusCode, 404)
    })

    it('finds the ward report of a period; a role that reads no ward report is refused', async () => {
      const got: Detail = await call(xem, 'GET', '/api/reports/ward?period=2026-11')
      assert.deepEqual([got.id, got.number, got.status], [ids.nov, 'Số 01-BC/ĐU', 'approved'])
      assert.equal((await call(lanhdao, 'GET', `/api/reports/ward?period=2026-10&unitId=${u.hb}`)).number, 'Số 02-BC/ĐU')
      const none = await bxdd.get('/api/reports/ward?period=2026-05')
      assert.equal(none.statusCode, 404)
      assert.equal(json(none).error.code, 'REPORT_NOT_FOUND')
      assert.equal((await bxdd.get(`/api/reports/ward?period=2026-11&unitId=${u.hp}`)).statusCode, 404)
      for (const c of [phutrach, ctv]) assert.equal((await c.get('/api/reports/ward?period=2026-11')).statusCode, 403)
    })

    it('refuses bad input with a code and the field', async () => {
      const bad = await bxdd.post('/api/reports/ward', { periodKey: '2031-01', unitId: u.hb })
      assert.equal(bad.statusCode, 404)
      assert.equal(json(bad).error.code, 'REPORT_PERIOD_NOT_FOUND')
      const outside = await bxdd.post('/api/reports/ward', { periodKey: '2026-11', unitId: u.hp })
      assert.equal(outside.statusCode, 404)
      assert.equal(json(outside).error.code, 'REPORT_UNIT_NOT_FOUND')
      const missing = await bxdd.post('/api/reports/ward', { periodKey: '2026-11' })
      assert.equal(missing.statusCode, 400)
      const badVersion = await lanhdao.post(`/api/reports/${ids.oct}/approve`, { version: 'x' })
      assert.equal(badVersion.statusCode, 400)
    })
  })
}
