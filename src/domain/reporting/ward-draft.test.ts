import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { buildWardDraft, rankNotable, type StreamFact, type WardDraftInput } from './ward-draft.ts'
import { dayVi, excerpt, fmtInt, inSentence, joinVi, namesVi, pct, periodPhrase } from './ward-draft-text.ts'

const base = { from: '2026-10-25', to: '2026-11-24', unitId: 'hb' }
let n = 0
const s = (p: Partial<StreamFact>): StreamFact => ({
  id: `s${++n}`, unitId: 'u1', unitName: 'Chi bộ khu dân cư số 1', channel: 'collaborator', direction: 'concern', intensity: 'medium', breadth: 'few',
  latent: false, hotSpot: false, summary: '', topics: ['khac'], groups: [], ...p,
})

const input = (streams: StreamFact[], over: Partial<WardDraftInput> = {}): WardDraftInput => ({
  period: { kind: 'month', key: '2026-11', from: base.from, to: base.to },
  unitId: 'hb', placeName: 'phường Hoà Bình',
  stats: {
    total: streams.length, streams: streams.length, from: base.from, to: base.to, unitId: 'hb',
    byTopicDirection: [], byChannel: [{ channel: 'collaborator', count: streams.length }],
  },
  streams, recurrence: {}, unitReports: [], issues: [], forecast: [], months: [],
  compliance: { expected: 3, submitted: 2, onTime: 1, late: 1, missing: 1, extended: 0, units: [{ name: 'Chi bộ A', status: 'on_time' }, { name: 'Chi bộ B', status: 'late' }, { name: 'Chi bộ C', status: 'missing' }] },
  nextPeriod: { kind: 'month', key: '2026-12', from: '2026-11-25', to: '2026-12-24' },
  ...over,
})

test('Vietnamese figures, days and periods as an official report writes them', () => {
  assert.equal(fmtInt(1234567), '1.234.567')
  assert.equal(pct(1, 3), '33,3%')
  assert.equal(pct(0, 0), '0%')
  assert.equal(dayVi('2026-10-25'), '25/10/2026')
  assert.equal(periodPhrase({ kind: 'month', key: '2026-11', from: '', to: '' }), 'tháng 11 năm 2026')
  assert.equal(periodPhrase({ kind: 'half', key: '2026-H2', from: '', to: '' }), '6 tháng cuối năm 2026')
  assert.equal(periodPhrase({ kind: 'year', key: '2026', from: '', to: '' }), 'năm 2026')
  assert.equal(periodPhrase({ kind: 'ad_hoc', key: 'A:x', from: '2026-11-03', to: '2026-11-10' }), 'từ ngày 03/11/2026 đến ngày 10/11/2026')
  assert.equal(inSentence('Đất đai, giải phóng mặt bằng'), 'đất đai, giải phóng mặt bằng')
  assert.equal(inSentence('MTTQ và đoàn thể'), 'MTTQ và đoàn thể')
  assert.equal(joinVi(['a', 'b', 'c']), 'a, b và c')
  assert.equal(joinVi(['đất đai, giải phóng mặt bằng', 'y tế']), 'đất đai, giải phóng mặt bằng; y tế')
  assert.equal(namesVi(['A', 'B', 'C', 'D', 'E'], 3), 'A, B, C và 2 đơn vị khác')
  assert.equal(excerpt('Một câu. Hai câu dài hơn nhiều lắm.', 12), 'Một câu.')
})

test('ranking: wide, pressing and recurring beats merely frequent', () => {
  const wide = [1, 2, 3].map((i) => s({ unitId: `u${i}`, topics: ['dat-dai'], intensity: 'pressing', breadth: 'majority' }))
  const frequent = [1, 2, 3, 4].map(() => s({ unitId: 'u1', topics: ['van-hoa'], direction: 'support', intensity: 'low' }))
  const ranked = rankNotable([...frequent, ...wide], { 'dat-dai|concern': 2 }, base)
  assert.deepEqual(ranked.map((g) => `${g.topic}|${g.direction}`), ['dat-dai|concern', 'van-hoa|support'])
  const top = ranked[0]!
  // V = 3/4, B = ½·(3−1)/3 + ½·3/3, I = (4−1)/3, R = 2/3
  assert.equal(top.score, Math.round((0.25 * 0.75 + 0.3 * (1 / 3 + 0.5) + 0.3 * 1 + 0.15 * (2 / 3)) * 10_000) / 10_000)
  assert.deepEqual(top.trace, { ...base, topic: 'dat-dai', direction: 'concern' })
  assert.deepEqual([top.streams, top.units, top.recurrence], [3, 3, 2])
})

test('ranking: hot spots make a group pressing; a stream with two topics counts in both', () => {
  const ranked = rankNotable([s({ topics: ['dat-dai', 'chinh-quyen'], hotSpot: true }), s({ topics: ['y-te'], direction: 'support' })], {}, base)
  const byKey = new Map(ranked.map((g) => [`${g.topic}|${g.direction}`, g]))
  assert.equal(byKey.get('dat-dai|concern')!.streams, 1)
  assert.equal(byKey.get('chinh-quyen|concern')!.streams, 1)
  assert.ok(byKey.get('dat-dai|concern')!.score > byKey.get('y-te|support')!.score)
})

test('property: ranking is ordered by score, every stream is in a group per topic, scores within [0, 1]', () => {
  const arb = fc.array(fc.record({
    unitId: fc.constantFrom('u1', 'u2', 'u3'), direction: fc.constantFrom('support', 'concern', 'oppose'),
    intensity: fc.constantFrom('low', 'medium', 'high', 'pressing'), breadth: fc.constantFrom('few', 'many', 'majority', 'overwhelming'),
    hotSpot: fc.boolean(), topics: fc.uniqueArray(fc.constantFrom('dat-dai', 'y-te', 'giao-duc'), { minLength: 1, maxLength: 3 }),
  }), { maxLength: 30 })
  fc.assert(fc.property(arb, (rows) => {
    const streams = rows.map((r) => s(r))
    const ranked = rankNotable(streams, {}, base)
    for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1]!.score >= ranked[i]!.score)
    for (const g of ranked) assert.ok(g.score >= 0 && g.score <= 1)
    assert.equal(ranked.reduce((a, g) => a + g.streams, 0), streams.reduce((a, x) => a + x.topics.length, 0))
  }))
})

test('property: ranking with a limit gives the first groups of the whole ranking, lists and all; the draft is the same given them', () => {
  const arb = fc.array(fc.record({
    unitId: fc.constantFrom('u1', 'u2', 'u3'), unitName: fc.constantFrom('Chi bộ A', 'Chi bộ B'), direction: fc.constantFrom('support', 'concern', 'oppose'),
    intensity: fc.constantFrom('low', 'medium', 'high', 'pressing'), breadth: fc.constantFrom('few', 'many', 'majority', 'overwhelming'),
    hotSpot: fc.boolean(), topics: fc.uniqueArray(fc.constantFrom('dat-dai', 'y-te', 'giao-duc', 'van-hoa'), { minLength: 1, maxLength: 3 }),
    groups: fc.uniqueArray(fc.constantFrom('nguoi-cao-tuoi', 'tieu-thuong', 'can-bo-dang-vien'), { maxLength: 2 }),
    summary: fc.constantFrom('', 'Giá đền bù thấp.', 'Đường ngập khi mưa'),
  }), { maxLength: 40 })
  fc.assert(fc.property(arb, fc.integer({ min: 0, max: 12 }), (rows, limit) => {
    const streams = rows.map((r) => s(r))
    const recurrence = { 'dat-dai|concern': 2, 'y-te|support': 1 }
    const all = rankNotable(streams, recurrence, base)
    assert.deepEqual(rankNotable(streams, recurrence, base, limit), all.slice(0, limit))
    const draftInput = input(streams, { recurrence })
    assert.deepEqual(buildWardDraft(draftInput, rankNotable(streams, recurrence, base, 10)), buildWardDraft(draftInput))
  }))
})

test('a month has sections I–V; its text names the figures, the latent opinion, compliance and the proposals', () => {
  const streams = [
    s({ topics: ['dat-dai'], intensity: 'pressing', summary: 'Giá đền bù thấp.' }),
    s({ topics: ['dat-dai'], unitId: 'u2', unitName: 'Chi bộ khu dân cư số 2' }),
    s({ topics: ['y-te'], direction: 'support', groups: ['can-bo-dang-vien'] }),
    s({ topics: ['moi-truong'], latent: true, summary: 'Lo ngại khói từ xưởng' }),
  ]
  const sections = buildWardDraft(input(streams, {
    unitReports: [{ unitId: 'u1', unitName: 'Chi bộ khu dân cư số 1', isLate: false, sections: [{ code: 'V', body: 'Đề nghị sửa đường ngõ 5.' }] }],
    forecast: [{ topic: 'dat-dai', current: 2, point: 4.2, lower: 1.1, upper: 7.3 }],
  }))
  assert.deepEqual(sections.map((x) => x.code), ['I', 'II', 'III', 'IV', 'V'])
  const body = (c: string) => sections.find((x) => x.code === c)!.body
  assert.match(body('I'), /4 phiếu thông tin với 4 luồng ý kiến/)
  assert.match(body('I'), /3 luồng ý kiến băn khoăn, lo lắng \(75,0%\)/)
  assert.match(body('I'), /^Trong tháng 11 năm 2026 \(từ ngày 25\/10\/2026 đến ngày 24\/11\/2026\)/)
  assert.match(body('I'), /Tình hình tư tưởng có diễn biến cần quan tâm/)
  assert.match(body('II'), /a\) Về đất đai, giải phóng mặt bằng: 2 luồng ý kiến băn khoăn, lo lắng từ 2 đơn vị/)
  assert.match(body('III'), /"Lo ngại khói từ xưởng" \(Chi bộ khu dân cư số 1\)/)
  assert.match(body('III'), /- Đất đai, giải phóng mặt bằng: khoảng 4 luồng ý kiến \(trong khoảng 1–8\), có xu hướng tăng \(kỳ này 2\)/)
  assert.match(body('IV'), /có 2\/3 đơn vị gửi báo cáo \(66,7%\), trong đó 1 đơn vị gửi đúng hạn; 1 đơn vị gửi muộn \(Chi bộ B\); 1 đơn vị chưa gửi báo cáo \(Chi bộ C\)/)
  assert.match(body('V'), /- Chi bộ khu dân cư số 1: Đề nghị sửa đường ngõ 5\./)
  assert.match(body('V'), /tháng 12 năm 2026: đất đai, giải phóng mặt bằng/)
  const latent = sections.find((x) => x.code === 'III')!
  assert.deepEqual(latent.streamIds, [streams[3]!.id])
  for (const f of sections.flatMap((x) => x.figures)) assert.equal(f.trace.unitId, 'hb')
})

test('an empty month says so; six-month and annual reports add VI–X with the months', () => {
  const empty = buildWardDraft(input([]))
  assert.match(empty[0]!.body, /chưa ghi nhận phiếu thông tin dư luận xã hội nào trên địa bàn phường Hoà Bình/)
  assert.match(empty[1]!.body, /chưa ghi nhận luồng dư luận xã hội nổi bật/)
  const half = buildWardDraft(input([s({ topics: ['y-te'] })], {
    period: { kind: 'half', key: '2026-H1', from: '2025-12-25', to: '2026-06-24' },
    months: [{ key: '2026-01', records: 1, streams: 1, expected: 3, onTime: 3, late: 0, missing: 0 }, { key: '2026-02', records: 0, streams: 0, expected: 3, onTime: 1, late: 1, missing: 1 }],
  }))
  assert.deepEqual(half.map((x) => x.code), ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'])
  assert.match(half[5]!.body, /tháng 1\/2026: 1; tháng 2\/2026: 0/)
  assert.match(half[5]!.body, /đúng hạn 4\/6 lượt \(66,7%\)/)
  assert.match(half[6]!.body, /còn 1 lượt báo cáo gửi muộn và 1 lượt chưa gửi báo cáo/)
  assert.match(half[8]!.body, /Tỷ lệ báo cáo đúng hạn của các đơn vị: 66,7% \(4\/6 lượt\)/)
})
