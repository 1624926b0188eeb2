/**
 * Surveys through the real server: a small data set imported from CSV (idempotent by `_id`, bad rows listed),
 * results, weights and the cross-tab checked against values worked out by hand below; results hidden while open
 * and public only once published; anonymity of stored answers; single-use invitation codes; interviewer entry with
 * client ids; scope; exports, the survey database and trends.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import type { LightMyRequestResponse } from 'fastify'
import ExcelJS from 'exceljs'
import { DIALECTS } from '../helpers/db.ts'
import { HOST, multipartFile, signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)

/** sex, age, q1 (single), q2 (multiple), y (open text). */
const QUESTIONNAIRE = {
  title: 'Khảo sát mức độ hài lòng',
  sections: [{
    name: 'chung', title: 'Thông tin chung', questions: [
      { name: 'sex', type: 'single', label: 'Giới tính', required: true, choices: [{ value: 'nam', label: 'Nam' }, { value: 'nu', label: 'Nữ' }] },
      { name: 'age', type: 'single', label: 'Nhóm tuổi', choices: [{ value: 'tre', label: 'Dưới 35' }, { value: 'gia', label: 'Từ 35 trở lên' }] },
      { name: 'q1', type: 'single', label: 'Ông/bà có hài lòng với việc chỉnh trang đô thị không?', choices: [{ value: 'co', label: 'Có' }, { value: 'khong', label: 'Không' }] },
      { name: 'q2', type: 'multiple', label: 'Những việc cần làm ngay', choices: [{ value: 'a', label: 'Thoát nước' }, { value: 'b', label: 'Chiếu sáng' }, { value: 'c', label: 'Cây xanh' }] },
      { name: 'y', type: 'text', label: 'Ý kiến khác' },
    ],
  }],
}

/** Eight answers (three men, five women) and two bad rows (rows 10 and 11). */
const CSV = [
  '_id,sex,age,q1,q2,y,_submission_time',
  'r1,nam,tre,co,a b,Đường ngập nước mỗi khi mưa to,2026-11-02T02:00:00Z',
  'r2,nam,tre,khong,a,,2026-11-02T03:00:00Z',
  'r3,nam,gia,co,b,,2026-11-03T03:00:00Z',
  'r4,nu,tre,co,a c,Tôi đồng tình với việc mở rộng đường,2026-11-03T03:00:00Z',
  'r5,nu,gia,co,c,,2026-11-04T03:00:00Z',
  'r6,nu,gia,khong,a,,2026-11-04T03:00:00Z',
  'r7,nu,gia,co,b,,2026-11-04T03:00:00Z',
  'r8,nu,tre,khong,,,2026-11-05T03:00:00Z',
  'r9,x,tre,co,a,,',
  'r10,nam,tre,co,a z,,',
].join('\n')

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: surveys`, () => {
    let t: TestApp
    let focal: Client
    let hb: string
    let survey: { id: string; publicToken: string }
    const upload = (c: Client, url: string, name: string, data: string | Buffer) => {
      const m = multipartFile(name, data)
      return c.request('POST', url, m.payload, m.headers)
    }
    const anon = (method: 'GET' | 'POST', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
      t.app.inject({ method, url, headers: { host: HOST, ...headers }, ...(payload === undefined ? {} : { payload: payload as object }) })

    before(async () => {
      t = await startTestApp(dialect)
      focal = await signIn(t.app, 'bxdd')
      hb = await unitId(t.conn, 'HB')
      const res = await focal.post('/api/surveys', {
        title: 'Hài lòng về chỉnh trang đô thị', unitId: hb, kind: 'periodic', seriesKey: 'hai-long', waveLabel: 'Đợt 1',
        questionnaire: QUESTIONNAIRE, quotas: { fields: { sex: 'sex' }, cells: [{ key: 'nam', criteria: { sex: 'nam' }, target: 4 }, { key: 'nu', criteria: { sex: 'nu' }, target: 4 }] },
      })
      assert.equal(res.statusCode, 201, res.body)
      survey = json(res)
    })
    after(() => t.close())

    it('a draft is not public; opening shows the form without login and hides the results', async () => {
      assert.equal((await anon('GET', `/api/public/surveys/${survey.publicToken}`)).statusCode, 404)
      assert.equal((await focal.post(`/api/surveys/${survey.id}/open`)).statusCode, 200)
      const form = await anon('GET', `/api/public/surveys/${survey.publicToken}`)
      assert.equal(form.statusCode, 200)
      assert.equal(json(form).questionnaire.sections[0].questions.length, 5)
      const hidden = await focal.get(`/api/surveys/${survey.id}/results`)
      assert.equal(hidden.statusCode, 409)
      assert.equal(json(hidden).error.code, 'SURVEY_RESULTS_HIDDEN')
      assert.equal((await focal.get(`/api/surveys/${survey.id}/crosstab?row=sex&col=q1`)).statusCode, 409)
      assert.equal((await anon('GET', `/api/public/surveys/${survey.publicToken}/results`)).statusCode, 404)
    })

    it('imports the CSV: good rows in, bad rows listed by row and column; a re-import adds nothing', async () => {
      const first = await upload(focal, `/api/surveys/${survey.id}/responses/import`, 'phieu.csv', CSV)
      assert.equal(first.statusCode, 200, first.body)
      const r = json(first)
      assert.equal(r.imported, 8)
      assert.deepEqual(r.rejected.map((x: any) => [x.row, x.column, x.code]), [[10, 'sex', 'SURVEY_ANSWER_INVALID_CHOICE'], [11, 'q2', 'SURVEY_ANSWER_INVALID_CHOICE']])
      assert.ok(r.rejected.every((x: any) => typeof x.message === 'string' && x.message.length > 0))
      const again = json(await upload(focal, `/api/surveys/${survey.id}/responses/import`, 'phieu.csv', CSV))
      assert.equal(again.imported, 0)
      assert.equal(again.unchanged, 8)
      const strict = await upload(focal, `/api/surveys/${survey.id}/responses/import?strict=1`, 'phieu.csv', CSV)
      assert.equal(strict.statusCode, 400)
      assert.equal(json(strict).error.code, 'IMPORT_INVALID')
      const n = await t.conn.db.selectFrom('survey_response').select((eb) => eb.fn.countAll<number>().as('n')).where('survey_id', '=', survey.id).executeTakeFirstOrThrow()
      assert.equal(Number(n.n), 8)
    })

    it('fieldwork progress stays visible while open: by channel, by day, quotas against targets', async () => {
      const p = json(await focal.get(`/api/surveys/${survey.id}/progress`))
      assert.equal(p.total, 8)
      assert.equal(p.byChannel.find((c: any) => c.channel === 'import').count, 8)
      assert.deepEqual(p.byDay.map((d: any) => [d.day, d.count]), [['2026-11-02', 2], ['2026-11-03', 2], ['2026-11-04', 3], ['2026-11-05', 1]])
      assert.deepEqual(p.quotas.map((q: any) => [q.key, q.count, q.target, q.full]), [['nam', 3, 4, false], ['nu', 5, 4, true]])
    })

    it('interviewer entry: a client id sent twice is one answer; a full quota closed when full refuses', async () => {
      const ctv = await signIn(t.app, 'ctv')
      const clientId = randomUUID()
      const body = { clientId, answers: { sex: 'nam', age: 'gia', q1: 'co', q2: ['c'] } }
      const a = await ctv.post(`/api/surveys/${survey.id}/responses`, body)
      assert.equal(a.statusCode, 201, a.body)
      const b = await ctv.post(`/api/surveys/${survey.id}/responses`, body)
      assert.equal(b.statusCode, 200)
      assert.equal(json(b).response.id, json(a).response.id)
      const bad = await ctv.post(`/api/surveys/${survey.id}/responses`, { clientId: randomUUID(), answers: { q1: 'co' } })
      assert.equal(bad.statusCode, 400)
      assert.deepEqual(json(bad).error.details.fields.map((f: any) => [f.path, f.code]), [['answers.sex', 'SURVEY_ANSWER_REQUIRED']])
      // the women's cell is over its target: closing it when full refuses one more woman, not a man
      const quotas = { fields: { sex: 'sex' }, cells: [{ key: 'nam', criteria: { sex: 'nam' }, target: 4 }, { key: 'nu', criteria: { sex: 'nu' }, target: 4, closeWhenFull: true }] }
      assert.equal((await focal.patch(`/api/surveys/${survey.id}`, { quotas })).statusCode, 200)
      const full = await ctv.post(`/api/surveys/${survey.id}/responses`, { clientId: randomUUID(), answers: { sex: 'nu' } })
      assert.equal(full.statusCode, 409)
      assert.equal(json(full).error.code, 'SURVEY_QUOTA_FULL')
      // the interviewer's answer is removed again so that the hand-worked figures below hold
      await t.conn.db.deleteFrom('survey_response').where('client_id', '=', clientId).execute()
    })

    it('results after closing: counts, percentages and margins of error as computed by hand', async () => {
      assert.equal((await focal.post(`/api/surveys/${survey.id}/close`)).statusCode, 200)
      const r = json(await focal.get(`/api/surveys/${survey.id}/results`))
      assert.equal(r.n, 8)
      assert.equal(r.weighted, false)
      const q1 = r.questions.find((q: any) => q.name === 'q1')
      assert.equal(q1.n, 8)
      const co = q1.options.find((o: any) => o.value === 'co')
      // 5 of 8 said "có": 62.5 %; weights 1 so n_eff = 8 and moe = 1.96·√(0.625·0.375/8) = 33.548 points
      assert.deepEqual([co.count, co.percent, co.weightedPercent], [5, 62.5, 62.5])
      assert.equal(co.moe, 33.55)
      // q2 (multiple): 7 answered, "a" chosen by r1, r2, r4, r6 → 4/7 = 57.14 %
      const q2 = r.questions.find((q: any) => q.name === 'q2')
      assert.equal(q2.n, 7)
      assert.deepEqual(q2.options.map((o: any) => [o.value, o.count, o.percent]), [['a', 4, 57.14], ['b', 3, 42.86], ['c', 2, 28.57]])
    })

    it('weights by raking to margins (entered as percentages): weighted percentages and Kish margins by hand', async () => {
      const res = await focal.put(`/api/surveys/${survey.id}/weights`, { margins: { sex: { nam: 50, nu: 50 } } })
      assert.equal(res.statusCode, 200, res.body)
      const w = json(res)
      // men 3 of 8 → weight 0.5·8/3 = 4/3, women 5 of 8 → 0.5·8/5 = 0.8; n_eff = 8²/(3·16/9 + 5·0.64) = 7.5
      assert.ok(Math.abs(w.maxWeight - 4 / 3) < 1e-6 && Math.abs(w.minWeight - 0.8) < 1e-6)
      assert.ok(Math.abs(w.nEff - 7.5) < 1e-6)
      const r = json(await focal.get(`/api/surveys/${survey.id}/results`))
      assert.equal(r.weighted, true)
      const co = r.questions.find((q: any) => q.name === 'q1').options.find((o: any) => o.value === 'co')
      // "có": men r1, r3 (2·4/3) + women r4, r5, r7 (3·0.8) = 5.0667 of 8 → 63.33 %; moe 1.96·√(0.6333·0.3667/7.5) = 34.49
      assert.equal(co.weightedPercent, 63.33)
      assert.equal(co.moe, 34.49)
      const a = r.questions.find((q: any) => q.name === 'q2').options.find((o: any) => o.value === 'a')
      // "a" among the 7 who answered q2: (2·4/3 + 2·0.8) / (3·4/3 + 4·0.8) = 4.2667/7.2 = 59.26 %
      assert.equal(a.weightedPercent, 59.26)
      const bad = await focal.put(`/api/surveys/${survey.id}/weights`, { margins: { sex: { nam: 0.7, nu: 0.2 } } })
      assert.equal(bad.statusCode, 400)
      assert.equal(json(bad).error.code, 'SURVEY_MARGINS_INVALID')
    })

    it('cross-tab of sex × q1 with the chi-square worked out by hand', async () => {
      const r = json(await focal.get(`/api/surveys/${survey.id}/crosstab?row=sex&col=q1`))
      assert.deepEqual(r.rows, ['nam', 'nu'])
      assert.deepEqual(r.counts, [[2, 1], [3, 2]])
      assert.deepEqual(r.rowPercents, [[66.67, 33.33], [60, 40]])
      // expected 1.875, 1.125 / 3.125, 1.875; each (O−E)² = 0.015625 → χ² = 0.035556, df 1, p = erfc(√(χ²/2)) = 0.85044
      assert.ok(Math.abs(r.chiSquare - 0.0355556) < 1e-6)
      assert.equal(r.df, 1)
      assert.ok(Math.abs(r.pValue - 0.850436) < 1e-4)
    })

    it('open answers are grouped by topic and direction through the text engine', async () => {
      const r = json(await focal.get(`/api/surveys/${survey.id}/open-answers?question=y`))
      assert.equal(r.n, 2)
      assert.equal(r.groups.reduce((s: number, g: any) => s + g.count, 0), 2)
      assert.ok(r.groups.every((g: any) => typeof g.topic === 'string' && typeof g.direction === 'string'))
    })

    it('public results only after publishing; the QR code of the link', async () => {
      assert.equal((await anon('GET', `/api/public/surveys/${survey.publicToken}/results`)).statusCode, 404)
      assert.equal((await focal.post(`/api/surveys/${survey.id}/publish`)).statusCode, 200)
      const pub = await anon('GET', `/api/public/surveys/${survey.publicToken}/results`)
      assert.equal(pub.statusCode, 200)
      assert.equal(json(pub).n, 8)
      const png = await anon('GET', `/api/public/surveys/${survey.publicToken}/qr.png`)
      assert.equal(png.headers['content-type'], 'image/png')
      assert.equal(png.rawPayload.subarray(1, 4).toString(), 'PNG')
      const svg = await focal.get(`/api/surveys/${survey.id}/qr.svg`)
      assert.match(svg.body, /<svg/)
    })

    it('exports: CSV of anonymised answers, XLSX with a codebook sheet, the DOCX report', async () => {
      const csv = await focal.get(`/api/surveys/${survey.id}/responses.csv`)
      assert.equal(csv.statusCode, 200)
      const header = csv.body.replace(/^\uFEFF/, '').split('\r\n')[0]
      assert.equal(header, '_id,_channel,_submission_time,_weight,sex,age,q1,q2,y')
      const xlsx = await focal.get(`/api/surveys/${survey.id}/responses.xlsx`)
      const wb = new ExcelJS.Workbook()
      await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer)
      assert.deepEqual(wb.worksheets.map((s) => s.name), ['responses', 'codebook'])
      assert.equal(wb.getWorksheet('responses')!.rowCount, 9)
      const docx = await focal.get(`/api/surveys/${survey.id}/report.docx`)
      assert.equal(docx.statusCode, 200)
      assert.equal(docx.rawPayload.subarray(0, 2).toString(), 'PK')
      const audits = await t.conn.db.selectFrom('audit_event').select('action').where('resource_id', '=', survey.id).execute()
      for (const a of ['survey.create', 'survey.open', 'survey_response.import', 'survey.weights', 'survey_response.export', 'survey.report']) assert.ok(audits.some((e) => e.action === a), a)
    })

    it('anonymous answers: single-use codes, nothing identifying stored, foreign origins refused', async () => {
      const res = await focal.post('/api/surveys', { title: 'Khảo sát theo mã mời', unitId: hb, access: 'invite', questionnaire: QUESTIONNAIRE })
      const s = json(res)
      await focal.post(`/api/surveys/${s.id}/open`)
      const codes = json(await focal.post(`/api/surveys/${s.id}/invites`, { count: 2 })).codes
      assert.equal(codes.length, 2)
      const url = `/api/public/surveys/${s.publicToken}/responses`
      const answers = { sex: 'nu', q1: 'co' }
      const ua = { 'user-agent': 'Mozilla/5.0 (Test) Dấu vân tay', 'x-forwarded-for': '203.0.113.9' }
      assert.equal(json(await anon('POST', url, { answers }, ua)).error.code, 'SURVEY_INVITE_REQUIRED')
      assert.equal((await anon('POST', url, { answers, inviteCode: codes[0].code }, ua)).statusCode, 201)
      const reused = await anon('POST', url, { answers, inviteCode: codes[0].code.toLowerCase() }, ua)
      assert.equal(reused.statusCode, 409)
      assert.equal(json(reused).error.code, 'SURVEY_INVITE_USED')
      assert.equal(json(await anon('POST', url, { answers, inviteCode: 'KHONG-CO-MA' })).error.code, 'SURVEY_INVITE_INVALID')
      const foreign = await anon('POST', url, { answers, inviteCode: codes[1].code }, { origin: 'https://evil.example' })
      assert.equal(foreign.statusCode, 403)
      const invites = json(await focal.get(`/api/surveys/${s.id}/invites`))
      assert.deepEqual([invites.total, invites.used], [2, 1])
      // the stored answer: only the survey, channel, time, answers, weight and quota cell — no account, address or agent
      const rows = await t.conn.db.selectFrom('survey_response').selectAll().where('survey_id', '=', s.id).execute()
      assert.equal(rows.length, 1)
      assert.deepEqual(Object.keys(rows[0]!).sort(), ['age_group', 'answers_json', 'area', 'channel', 'client_id', 'external_id', 'id', 'sex', 'social_group', 'submitted_at', 'survey_id', 'weight'])
      assert.equal(rows[0]!.channel, 'invite')
      assert.equal(rows[0]!.client_id, null)
      const stored = JSON.stringify(rows[0])
      for (const leak of ['203.0.113.9', '127.0.0.1', 'Mozilla', codes[0].code]) assert.ok(!stored.includes(leak), leak)
      const invite = await t.conn.db.selectFrom('survey_invite').selectAll().where('survey_id', '=', s.id).execute()
      assert.ok(invite.every((i) => !JSON.stringify(i).includes(codes[0].code) && !JSON.stringify(i).includes(codes[1].code)))
      // no audit event of an anonymous answer carries the sender's address
      const events = await t.conn.db.selectFrom('audit_event').select(['action', 'ip']).where('resource_id', '=', s.id).execute()
      assert.ok(events.every((e) => e.action !== 'survey_response.create' || e.ip === null))
    })

    it('scope: a unit officer of one cell does not see a ward survey (404, not counted)', async () => {
      const officer = await signIn(t.app, 'phutrach')
      assert.equal((await officer.get(`/api/surveys/${survey.id}`)).statusCode, 404)
      assert.equal(json(await officer.get('/api/surveys')).total, 0)
      assert.equal(json(await officer.get('/api/survey-database/questions?q=hai%20long')).total, 0)
      const ctv = await signIn(t.app, 'ctv')
      assert.equal((await ctv.get(`/api/surveys/${survey.id}`)).statusCode, 403)
    })

    it('the survey database: accent-insensitive search over question texts, and one question across the waves', async () => {
      const hits = json(await focal.get('/api/survey-database/questions?q=hai%20long%20chinh%20trang'))
      assert.ok(hits.items.some((h: any) => h.survey.id === survey.id && h.question.name === 'q1'))
      const wave2 = json(await focal.post('/api/surveys', { title: 'Hài lòng — đợt 2', unitId: hb, kind: 'periodic', seriesKey: 'hai-long', waveLabel: 'Đợt 2', questionnaire: QUESTIONNAIRE }))
      await focal.post(`/api/surveys/${wave2.id}/open`)
      await upload(focal, `/api/surveys/${wave2.id}/responses/import`, 'dot2.csv', '_id,sex,q1\nw1,nam,co\nw2,nu,co\nw3,nu,khong\nw4,nam,co\n')
      await focal.post(`/api/surveys/${wave2.id}/close`)
      const trend = json(await focal.get('/api/survey-database/trend?seriesKey=hai-long&question=q1'))
      assert.equal(trend.waves.length, 2)
      assert.deepEqual(trend.waves.map((w: any) => [w.n, w.options.find((o: any) => o.value === 'co').percent]), [[8, 62.5], [4, 75]])
    })

    it('XLSForm round trip: the form exported imports back as an equal questionnaire', async () => {
      const xlsx = await focal.get(`/api/surveys/${survey.id}/form.xlsx`)
      assert.equal(xlsx.statusCode, 200)
      const res = await upload(focal, `/api/surveys/import-form?unitId=${hb}`, 'form.xlsx', xlsx.rawPayload)
      assert.equal(res.statusCode, 201, res.body)
      const r = json(res)
      assert.equal(r.questions, 5)
      assert.deepEqual(r.survey.questionnaire.sections.flatMap((s: any) => s.questions.map((q: any) => [q.name, q.type])), QUESTIONNAIRE.sections[0]!.questions.map((q) => [q.name, q.type]))
    })
  })
}
