import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { adHocPeriod, monthsOf, nextPeriod, parsePeriodKey, periodContains, periodLength, periodOf, periodsBetween, previousPeriod, type CalendarPeriodKind } from './periods.ts'
import { nextDay } from '../time.ts'

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
const kind = fc.constantFrom<CalendarPeriodKind>('month', 'half', 'year')

test('monthly period 2026-11 is 2026-10-25 … 2026-11-24, with label data', () => {
  const p = periodOf('month', '2026-11-01')
  assert.deepEqual(p, { kind: 'month', key: '2026-11', from: '2026-10-25', to: '2026-11-24', label: { code: 'period.month', params: { month: 11, year: 2026 } } })
  assert.equal(periodOf('month', '2026-10-25').key, '2026-11')
  assert.equal(periodOf('month', '2026-11-24').key, '2026-11')
  assert.equal(periodOf('month', '2026-11-25').key, '2026-12')
  assert.equal(periodOf('month', '2026-10-24').key, '2026-10')
})

test('the month across the new year: 2026-12-25 starts 2027-01', () => {
  assert.deepEqual([periodOf('month', '2026-12-25').from, periodOf('month', '2026-12-25').to], ['2026-12-25', '2027-01-24'])
  assert.equal(periodOf('month', '2026-12-25').key, '2027-01')
  assert.equal(periodOf('month', '2026-12-31').key, '2027-01')
  assert.equal(periodOf('month', '2026-12-24').key, '2026-12')
})

test('halves and years are whole reporting months', () => {
  assert.deepEqual(periodOf('half', '2026-03-10'), { kind: 'half', key: '2026-H1', from: '2025-12-25', to: '2026-06-24', label: { code: 'period.half', params: { half: 1, year: 2026 } } })
  assert.equal(periodOf('half', '2026-06-24').key, '2026-H1')
  assert.equal(periodOf('half', '2026-06-25').key, '2026-H2')
  assert.deepEqual([periodOf('half', '2026-08-01').from, periodOf('half', '2026-08-01').to], ['2026-06-25', '2026-12-24'])
  assert.equal(periodOf('half', '2026-12-25').key, '2027-H1')
  assert.deepEqual(periodOf('year', '2026-05-05'), { kind: 'year', key: '2026', from: '2025-12-25', to: '2026-12-24', label: { code: 'period.year', params: { year: 2026 } } })
  assert.equal(periodOf('year', '2026-12-25').key, '2027')
  assert.deepEqual(monthsOf(periodOf('half', '2026-08-01')).map((m) => m.key), ['2026-07', '2026-08', '2026-09', '2026-10', '2026-11', '2026-12'])
  assert.equal(monthsOf(periodOf('year', '2026-08-01')).length, 12)
})

test('next and previous across year boundaries', () => {
  assert.equal(nextPeriod(parsePeriodKey('2026-12')!).key, '2027-01')
  assert.equal(previousPeriod(parsePeriodKey('2026-01')!).key, '2025-12')
  assert.equal(nextPeriod(parsePeriodKey('2026-H2')!).key, '2027-H1')
  assert.equal(previousPeriod(parsePeriodKey('2026-H1')!).key, '2025-H2')
  assert.equal(nextPeriod(parsePeriodKey('2026')!).key, '2027')
  assert.equal(previousPeriod(parsePeriodKey('2026')!).key, '2025')
  assert.throws(() => nextPeriod(adHocPeriod('2026-11-03', '2026-11-10')), /AD_HOC/)
  assert.throws(() => previousPeriod(adHocPeriod('2026-11-03', '2026-11-10')), /AD_HOC/)
})

test('February and leap years: 2028-03 is 2028-02-25 … 2028-03-24 (29 days)', () => {
  const p = parsePeriodKey('2028-03')!
  assert.deepEqual([p.from, p.to, periodLength(p)], ['2028-02-25', '2028-03-24', 29])
  assert.equal(periodLength(parsePeriodKey('2027-03')!), 28)
})

test('keys parse back; malformed keys are null', () => {
  for (const k of ['2026-11', '2026-H1', '2026-H2', '2026', 'A:2026-11-03..2026-11-10']) assert.equal(parsePeriodKey(k)?.key, k)
  for (const k of ['2026-13', '2026-00', '2026-H3', '26', 'A:2026-11-10..2026-11-03', 'A:2026-02-30..2026-03-01', '2026-1', '']) assert.equal(parsePeriodKey(k), null, k)
  const a = adHocPeriod('2026-11-03', '2026-11-10')
  assert.deepEqual(a.label, { code: 'period.ad_hoc', params: { from: '2026-11-03', to: '2026-11-10' } })
  assert.deepEqual(monthsOf(adHocPeriod('2026-11-20', '2026-11-26')).map((m) => m.key), ['2026-11', '2026-12'])
  assert.throws(() => adHocPeriod('2026-11-10', '2026-11-03'), /INVALID_PERIOD/)
  assert.throws(() => periodOf('month', '2026-02-30'), /INVALID_DAY/)
})

test('periodsBetween: in order, contiguous, covering both ends; empty when reversed', () => {
  assert.deepEqual(periodsBetween('month', '2026-10-20', '2026-12-25').map((p) => p.key), ['2026-10', '2026-11', '2026-12', '2027-01'])
  assert.deepEqual(periodsBetween('month', '2026-11-24', '2026-11-24').map((p) => p.key), ['2026-11'])
  assert.deepEqual(periodsBetween('year', '2026-11-24', '2026-11-25').map((p) => p.key), ['2026'])
  assert.deepEqual(periodsBetween('month', '2026-11-25', '2026-11-24'), [])
})

test('property: every local day belongs to exactly one period of each kind, which contains it', () => {
  fc.assert(fc.property(day, kind, (d, k) => {
    const p = periodOf(k, d)
    assert.ok(periodContains(p, d))
    assert.ok(!periodContains(nextPeriod(p), d) && !periodContains(previousPeriod(p), d))
    assert.equal(parsePeriodKey(p.key)!.key, p.key)
    assert.deepEqual(parsePeriodKey(p.key), p)
  }), { numRuns: 500 })
})

test('property: next and previous are inverse and adjacent', () => {
  fc.assert(fc.property(day, kind, (d, k) => {
    const p = periodOf(k, d)
    assert.deepEqual(previousPeriod(nextPeriod(p)), p)
    assert.deepEqual(nextPeriod(previousPeriod(p)), p)
    assert.equal(nextPeriod(p).from, nextDay(p.to))
  }), { numRuns: 500 })
})

test('property: periodsBetween is contiguous and covers the range', () => {
  fc.assert(fc.property(day, fc.integer({ min: 0, max: 800 }), kind, (from, len, k) => {
    const to = new Date(Date.parse(`${from}T00:00:00Z`) + len * 86_400_000).toISOString().slice(0, 10)
    const ps = periodsBetween(k, from, to)
    assert.ok(ps.length >= 1)
    assert.ok(periodContains(ps[0]!, from) && periodContains(ps.at(-1)!, to))
    for (let i = 1; i < ps.length; i++) assert.equal(ps[i]!.from, nextDay(ps[i - 1]!.to))
  }), { numRuns: 300 })
})

test('property: a half is six monthly periods and a year twelve, tiling it exactly', () => {
  fc.assert(fc.property(day, fc.constantFrom<CalendarPeriodKind>('half', 'year'), (d, k) => {
    const p = periodOf(k, d)
    const ms = monthsOf(p)
    assert.equal(ms.length, k === 'half' ? 6 : 12)
    assert.equal(ms[0]!.from, p.from)
    assert.equal(ms.at(-1)!.to, p.to)
  }), { numRuns: 300 })
})
