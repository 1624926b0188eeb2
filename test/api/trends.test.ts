/**
 * The trends API on a small fixture whose figures are worked out by hand: volume by week, month, topic, direction
 * and channel; the heat grid of areas × topics; spike alerts (topic, area, term) with their links to the records;
 * emerging terms; the forecast per topic. Every answer within the caller's scope, on each engine.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { createOpinion } from '../../src/services/opinions/create-opinion.ts'
import type { Channel, Direction, Topic } from '../../src/shared/enums.ts'
import type { TrendAlerts, TrendEmerging, TrendForecast, TrendHeatmap, TrendVolume } from '../../src/shared/trend.schema.ts'
import { holtForecast } from '../../src/domain/forecast.ts'
import { listOpinionTexts } from '../../src/db/repos/trend.repo.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const close = (a: number, b: number, what: string) => assert.ok(Math.abs(a - b) < 1e-9, `${what}: ${a} ≠ ${b}`)

type S = [Topic[], Direction]

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: trends`, () => {
    let t: TestApp
    let bxdd: Client, phutrach: Client, xem: Client, kiemtra: Client, lanhdao: Client, ctv: Client, daibieu: Client
    const u: Record<string, string> = {}
    const a: Record<string, string> = {}

    const get = async <T>(c: Client, url: string, status = 200): Promise<T> => {
      const res = await c.get(url)
      assert.equal(res.statusCode, status, `${url}: ${res.body}`)
      return json(res)
    }
    const rec = async (unit: string, heardOn: string, channel: Channel, area: string | null, streams: S[], text = 'Ý kiến của bà con') => {
      await createOpinion(t.ctx(), {
        channel, unitId: u[unit]!, areaId: area ? a[area]! : null, heardOn, title: text, content: text,
        streams: streams.map(([topics, direction]) => ({ topics, direction, summary: '', intensity: 'medium', breadth: 'few', groups: [], latent: false, hotSpot: false })),
      })
    }

    before(async () => {
      t = await startTestApp(dialect)
      bxdd = await signIn(t.app, 'bxdd')
      phutrach = await signIn(t.app, 'phutrach')
      xem = await signIn(t.app, 'xem')
      kiemtra = await signIn(t.app, 'kiemtra')
      lanhdao = await signIn(t.app, 'lanhdao')
      ctv = await signIn(t.app, 'ctv')
      daibieu = await signIn(t.app, 'daibieu')
      for (const [k, code] of [['hb', 'HB'], ['kdc01', 'HB-CB-KDC01'], ['kdc02', 'HB-CB-KDC02'], ['dtn', 'HB-DTN']] as const) u[k] = await unitId(t.conn, code)
      for (const code of ['HB-TDP01', 'HB-TDP02', 'HB-TDP03']) a[code] = (await t.conn.db.selectFrom('area').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id

      // October–November: volume and heat grid
      await rec('kdc01', '2026-11-02', 'collaborator', 'HB-TDP01', [[['dat-dai', 'moi-truong'], 'oppose'], [['y-te'], 'support']])
      await rec('kdc02', '2026-11-03', 'hotline', 'HB-TDP03', [[['dat-dai'], 'concern']])
      await rec('kdc01', '2026-11-10', 'press', null, [[['moi-truong'], 'oppose']])
      await rec('hb', '2026-10-30', 'collaborator', null, [[['giao-duc'], 'support']])

      // September: spikes on 2026-09-20 against 09-06 … 09-19
      for (let i = 0; i < 14; i += 2) await rec('kdc01', `2026-09-${String(6 + i).padStart(2, '0')}`, 'collaborator', 'HB-TDP01', [[['van-hoa'], 'support']], 'Văn nghệ khu phố vui')
      for (let i = 0; i < 14; i++) for (let k = 0; k < 5; k++) await rec('kdc02', `2026-09-${String(6 + i).padStart(2, '0')}`, 'unit_report', null, [[['kt-xh'], 'concern']], 'Giá cả ngoài chợ')
      for (let k = 0; k < 6; k++) await rec('kdc01', '2026-09-20', 'collaborator', 'HB-TDP02', [[['van-hoa'], 'concern']], `Lễ hội đền Bà năm nay đông quá, lần ${k + 1}`)
      for (let k = 0; k < 7; k++) await rec('kdc02', '2026-09-20', 'unit_report', null, [[['kt-xh'], 'concern']], 'Giá cả ngoài chợ')
      for (let k = 0; k < 4; k++) await rec('kdc01', '2026-09-20', 'hotline', null, [[['khac'], 'unknown']], 'Chuyện khác')
      for (let k = 0; k < 8; k++) await rec('kdc02', '2026-09-20', 'hotline', null, [[['y-te'], 'oppose']], 'Trạm y tế thiếu thuốc')

    })
    after(() => t.close())

    it('volume by week and topic: a stream counts under each of its topics, totals count it once', async () => {
      const v = await get<TrendVolume>(bxdd, `/api/trends/volume?from=2026-10-26&to=2026-11-15&groupBy=topic&interval=week&unitId=${u.hb}`)
      assert.deepEqual(v.buckets, [
        { key: '2026-10-26', start: '2026-10-26', end: '2026-11-01' }, { key: '2026-11-02', start: '2026-11-02', end: '2026-11-08' }, { key: '2026-11-09', start: '2026-11-09', end: '2026-11-15' },
      ])
      assert.deepEqual(v.series, [
        { key: 'dat-dai', total: 2, values: [0, 2, 0] }, { key: 'moi-truong', total: 2, values: [0, 1, 1] },
        { key: 'giao-duc', total: 1, values: [1, 0, 0] }, { key: 'y-te', total: 1, values: [0, 1, 0] },
      ])
      assert.deepEqual(v.totals, [1, 3, 1])
    })

    it('volume by month and direction, by day and channel; weeks and months cut to the period', async () => {
      const d = await get<TrendVolume>(bxdd, `/api/trends/volume?from=2026-10-20&to=2026-11-15&groupBy=direction&interval=month&unitId=${u.hb}`)
      assert.deepEqual(d.buckets, [{ key: '2026-10', start: '2026-10-20', end: '2026-10-31' }, { key: '2026-11', start: '2026-11-01', end: '2026-11-15' }])
      assert.deepEqual(d.series, [{ key: 'oppose', total: 2, values: [0, 2] }, { key: 'support', total: 2, values: [1, 1] }, { key: 'concern', total: 1, values: [0, 1] }])
      assert.deepEqual(d.totals, [1, 4])
      const c = await get<TrendVolume>(bxdd, '/api/trends/volume?from=2026-11-02&to=2026-11-04&groupBy=channel&interval=day')
      assert.deepEqual(c.series, [{ key: 'collaborator', total: 2, values: [2, 0, 0] }, { key: 'hotline', total: 1, values: [0, 1, 0] }])
      assert.deepEqual(c.totals, [2, 1, 0])
    })

    it('volume keeps to the scope: the cell officer sees his cell, a unit outside is 404, collaborators and delegates are refused', async () => {
      const mine = await get<TrendVolume>(phutrach, '/api/trends/volume?from=2026-10-26&to=2026-11-15&interval=week')
      assert.deepEqual(mine.series, [{ key: 'moi-truong', total: 2, values: [0, 1, 1] }, { key: 'dat-dai', total: 1, values: [0, 1, 0] }, { key: 'y-te', total: 1, values: [0, 1, 0] }])
      assert.deepEqual(mine.totals, [0, 2, 1])
      // asking for the whole ward still gives only his cell
      assert.deepEqual((await get<TrendVolume>(phutrach, `/api/trends/volume?from=2026-10-26&to=2026-11-15&interval=week&unitId=${u.hb}`)).series, mine.series)
      assert.equal((await get<{ error: { code: string } }>(phutrach, `/api/trends/volume?unitId=${u.kdc02}`, 404)).error.code, 'UNIT_NOT_FOUND')
      const other = await get<TrendVolume>(bxdd, `/api/trends/volume?from=2026-10-26&to=2026-11-15&interval=week&unitId=${u.kdc02}`)
      assert.deepEqual(other.series, [{ key: 'dat-dai', total: 1, values: [0, 1, 0] }])
      for (const c of [ctv, daibieu]) assert.equal((await c.get('/api/trends/volume')).statusCode, 403)
      for (const c of [xem, kiemtra, lanhdao]) assert.equal((await c.get('/api/trends/volume')).statusCode, 200)
    })

    it('refuses a bad period with the field named', async () => {
      const bad = await get<{ error: { code: string; details: { fields: { path: string }[] } } }>(bxdd, '/api/trends/volume?from=2026-11-10&to=2026-11-01', 400)
      assert.equal(bad.error.code, 'TREND_PERIOD_INVALID')
      assert.equal((await get<{ error: { code: string } }>(bxdd, '/api/trends/volume?from=2020-01-01&to=2026-11-01', 400)).error.code, 'TREND_PERIOD_INVALID')
      assert.equal((await get<{ error: { code: string } }>(bxdd, '/api/trends/heatmap?from=2026-02-30', 400)).error.code, 'DATE_FORMAT')
      assert.equal((await bxdd.get('/api/trends/volume?interval=year')).statusCode, 400)
      assert.equal((await bxdd.get('/api/trends/alerts?days=93')).statusCode, 400)
    })

    it('heat grid: areas × topics, areas by code, "no area" last', async () => {
      const h = await get<TrendHeatmap>(bxdd, '/api/trends/heatmap?from=2026-10-26&to=2026-11-15')
      assert.deepEqual(h.areas.map((x) => [x.code, x.total]), [['HB-TDP01', 3], ['HB-TDP03', 1], [null, 2]])
      assert.equal(h.areas[0]!.name, 'Tổ dân phố số 1')
      assert.deepEqual(h.topics, [{ topic: 'dat-dai', total: 2 }, { topic: 'moi-truong', total: 2 }, { topic: 'giao-duc', total: 1 }, { topic: 'y-te', total: 1 }])
      const cell = (code: string | null, topic: string) => h.cells.find((c) => c.topic === topic && c.areaId === (code ? a[code] : null))?.streams
      assert.equal(cell('HB-TDP01', 'y-te'), 1)
      assert.equal(cell('HB-TDP03', 'dat-dai'), 1)
      assert.equal(cell(null, 'giao-duc'), 1)
      assert.equal(h.cells.length, 6)
      const mine = await get<TrendHeatmap>(phutrach, '/api/trends/heatmap?from=2026-10-26&to=2026-11-15')
      assert.deepEqual(mine.areas.map((x) => [x.code, x.total]), [['HB-TDP01', 3], [null, 1]])
    })

    it('alerts: the topic and the area far above their own 14 days, not the noise below 5 nor a busy topic a little busier', async () => {
      const r = await get<TrendAlerts>(bxdd, `/api/trends/alerts?day=2026-09-20&unitId=${u.hb}`)
      assert.deepEqual(r.rule, { baselineDays: 14, minCount: 5, minZ: 3, maxP: 0.001, minRatio: 2 })
      const byKey = new Map(r.alerts.filter((x) => x.kind !== 'term').map((x) => [`${x.kind}:${x.key}`, x]))
      assert.deepEqual([...byKey.keys()].sort(), [`area:${a['HB-TDP02']}`, 'topic:van-hoa', 'topic:y-te'])
      // van-hoa: baseline 1,0,1,0,… (median 0.5, mean 0.5, MAD 0.5 → scale max(0.741, 0.707, 1) = 1), 6 that day
      const vh = byKey.get('topic:van-hoa')!
      assert.deepEqual(vh.baseline, [1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0])
      assert.equal(vh.count, 6)
      close(vh.median, 0.5, 'median')
      close(vh.mean, 0.5, 'mean')
      close(vh.z, 5.5, 'z')
      close(vh.ratio, 6, 'ratio')
      let below = 0
      for (let k = 0, term = 1; k <= 5; k++, term *= 0.5 / k) below += Math.exp(-0.5) * term
      assert.ok(Math.abs(vh.pValue - (1 - below)) < 1e-12, `p ${vh.pValue} vs ${1 - below}`)
      assert.equal(vh.href, `/opinions?topic=van-hoa&from=2026-09-20&to=2026-09-20&unitId=${u.hb}`)
      // tổ 2: nothing in the 14 days, 6 that day: z = 6
      const area = byKey.get(`area:${a['HB-TDP02']}`)!
      assert.equal(area.label, 'HB-TDP02 — Tổ dân phố số 2')
      close(area.z, 6, 'area z')
      assert.equal(area.median, 0)
      // y-te: 8 against nothing; kt-xh (5 a day, then 7) and khac (4) are not alerts
      assert.equal(byKey.get('topic:y-te')!.count, 8)
    })

    it('alerts link to exactly the records behind them, and terms that rose alert too', async () => {
      const r = await get<TrendAlerts>(bxdd, '/api/trends/alerts?day=2026-09-20')
      assert.equal(r.termsChecked, true)
      const total = async (href: string) => (await get<{ total: number }>(bxdd, `/api${href.replace('/opinions?', '/opinions?pageSize=50&')}`)).total
      assert.equal(await total(r.alerts.find((x) => x.key === 'van-hoa')!.href), 6)
      assert.equal(await total(r.alerts.find((x) => x.kind === 'area')!.href), 6)
      const terms = r.alerts.filter((x) => x.kind === 'term')
      const festival = terms.find((x) => x.key.includes('le hoi'))
      assert.ok(festival, JSON.stringify(terms.map((x) => x.key)))
      assert.equal(festival.count, 6)
      assert.ok(festival.label!.includes('lễ hội'), festival.label!)
      assert.equal(await total(festival.href), 6)
      assert.deepEqual(terms.filter((x) => x.key.includes('thieu thuoc')).map((x) => [x.key, x.label, x.count]), [['tram y te thieu thuoc', 'trạm y tế thiếu thuốc', 8]])
      assert.ok(!terms.some((x) => x.key.includes('gia ca')), 'the market prices are as usual')
    })

    it('alerts of several days; each actor sees only the alerts of their scope', async () => {
      assert.equal((await get<TrendAlerts>(bxdd, '/api/trends/alerts?day=2026-09-21')).alerts.length, 0)
      const two = await get<TrendAlerts>(bxdd, '/api/trends/alerts?day=2026-09-21&days=2')
      assert.ok(two.alerts.some((x) => x.key === 'van-hoa' && x.day === '2026-09-20'))
      const mine = await get<TrendAlerts>(phutrach, '/api/trends/alerts?day=2026-09-20')
      assert.ok(mine.alerts.some((x) => x.key === 'van-hoa'))
      assert.ok(!mine.alerts.some((x) => x.key === 'y-te' || x.key.includes('thieu thuoc')), 'the other cell stays out')
    })

    it('emerging terms: risen against the 28 days before, written as people wrote them, linking to the records', async () => {
      const e = await get<TrendEmerging>(bxdd, '/api/trends/emerging?day=2026-09-20&days=1')
      assert.deepEqual([e.current, e.baseline], [{ from: '2026-09-20', to: '2026-09-20', records: 25 }, { from: '2026-08-23', to: '2026-09-19', records: 77 }])
      assert.equal(e.sampled, false)
      // "tram y te", "y te thieu", "thieu thuoc"… are pieces of one phrase: one entry, named as written
      const medicine = e.terms.filter((x) => x.term.includes('thuoc'))
      assert.equal(medicine.length, 1, JSON.stringify(e.terms.map((x) => x.term)))
      assert.deepEqual([medicine[0]!.term, medicine[0]!.label, medicine[0]!.current, medicine[0]!.baseline], ['tram y te thieu thuoc', 'trạm y tế thiếu thuốc', 8, 0])
      // its share of the records: (8 + 1) / (25 + 1) now against (0 + 1) / (77 + 1) before
      close(medicine[0]!.rise, 27, 'rise')
      assert.ok(e.terms.every((x) => x.score > 0))
      assert.ok(!e.terms.some((x) => x.term === 'gia ca'), 'as common as before')
      assert.equal((await get<{ total: number }>(bxdd, `/api${medicine[0]!.href}`)).total, 8)
      const mine = await get<TrendEmerging>(phutrach, '/api/trends/emerging?day=2026-09-20&days=1')
      assert.equal(mine.current.records, 10)
      assert.ok(!mine.terms.some((x) => x.term.includes('thuoc')))
    })

    it('a cut list of texts is a sample of the window, not the records written first (ids sort by creation time)', async () => {
      const { path } = await t.conn.db.selectFrom('unit').select('path').where('id', '=', u.hb!).executeTakeFirstOrThrow()
      const w = { scope: [path], from: '2026-09-06', to: '2026-09-20' }
      const all = await listOpinionTexts(t.conn.db, w, 1_000)
      assert.ok(all.length > 60)
      const cut = await listOpinionTexts(t.conn.db, w, 10)
      const firstWritten = all.map((r) => r.id).sort().slice(0, 10)
      assert.equal(cut.length, 10)
      assert.notDeepEqual(cut.map((r) => r.id).sort(), firstWritten)
    })
  })

  describe(`${dialect.name}: trends — forecast`, () => {
    let t: TestApp
    let bxdd: Client, phutrach: Client
    const u: Record<string, string> = {}
    const get = async <T>(c: Client, url: string): Promise<T> => {
      const res = await c.get(url)
      assert.equal(res.statusCode, 200, `${url}: ${res.body}`)
      return json(res)
    }
    const rec = async (heardOn: string, topic: Topic) => {
      await createOpinion(t.ctx(), {
        channel: 'front', unitId: u.dtn!, heardOn, title: 'Ý kiến đoàn viên', content: 'Ý kiến đoàn viên',
        streams: [{ topics: [topic], direction: 'support', summary: '', intensity: 'medium', breadth: 'few', groups: [], latent: false, hotSpot: false }],
      })
    }
    before(async () => {
      t = await startTestApp(dialect)
      ;[bxdd, phutrach] = await Promise.all([signIn(t.app, 'bxdd'), signIn(t.app, 'phutrach')])
      u.dtn = await unitId(t.conn, 'HB-DTN')
      u.kdc01 = await unitId(t.conn, 'HB-CB-KDC01')
      // June–November in the Youth Union: a straight line (2, 4, 6, 8, 10; 3 so far this month), and a wobbly one
      for (const [month, n] of [['06', 2], ['07', 4], ['08', 6], ['09', 8], ['10', 10], ['11', 3]] as const) {
        for (let k = 0; k < n; k++) await rec(`2026-${month}-1${k % 10}`, 'giao-duc')
      }
      for (const [month, n] of [['07', 1], ['08', 3], ['09', 2], ['10', 5]] as const) {
        for (let k = 0; k < n; k++) await rec(`2026-${month}-0${k + 1}`, 'van-hoa')
      }
      await createOpinion(t.ctx(), {
        channel: 'collaborator', unitId: u.kdc01, heardOn: '2026-10-01', title: 'Ý kiến', content: 'Ý kiến',
        streams: [{ topics: ['dat-dai'], direction: 'oppose', summary: '', intensity: 'medium', breadth: 'few', groups: [], latent: false, hotSpot: false }],
      })
    })
    after(() => t.close())

    it('forecast: a straight line goes on (12 this month, 14 next, no spread); others as Holt says; by unit', async () => {
      const f = await get<TrendForecast>(bxdd, `/api/trends/forecast?unitId=${u.dtn}`)
      assert.equal(f.currentMonth, '2026-11')
      assert.equal(f.month, '2026-12')
      assert.deepEqual(f.months, ['2026-06', '2026-07', '2026-08', '2026-09', '2026-10'])
      const edu = f.topics.find((x) => x.topic === 'giao-duc')!
      assert.deepEqual(edu.history, [2, 4, 6, 8, 10])
      assert.equal(edu.monthToDate, 3)
      assert.deepEqual([edu.current.point, edu.current.lower, edu.current.upper, edu.current.method], [12, 12, 12, 'holt'])
      assert.deepEqual([edu.next.point, edu.next.lower, edu.next.upper], [14, 14, 14])
      const culture = f.topics.find((x) => x.topic === 'van-hoa')!
      assert.deepEqual(culture.history, [0, 1, 3, 2, 5])
      const h = holtForecast([0, 1, 3, 2, 5], { horizon: 2 })
      assert.deepEqual(culture.next, { point: h.point, lower: h.lower, upper: h.upper, method: 'holt', sigma: h.sigma })
      assert.ok(culture.next.upper > culture.next.point && culture.next.point >= culture.next.lower)
      assert.deepEqual(f.topics.map((x) => x.topic), ['giao-duc', 'van-hoa'])
      // the cell officer's forecast has none of the Youth Union's
      const mine = await get<TrendForecast>(phutrach, '/api/trends/forecast')
      assert.deepEqual(mine.topics.map((x) => x.topic), ['dat-dai'])
      assert.deepEqual(mine.months, ['2026-10'])
      assert.deepEqual(mine.topics[0]!.next, { point: 1, lower: 0, upper: 2.96, method: 'naive', sigma: 1 })
      // the whole ward: both units, from June
      const ward = await get<TrendForecast>(bxdd, '/api/trends/forecast')
      assert.deepEqual(ward.topics.find((x) => x.topic === 'dat-dai')!.history, [0, 0, 0, 0, 1])
    })
  })
}
