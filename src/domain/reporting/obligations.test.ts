import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { activeDaysIn, DEFAULT_OBLIGATION_RULE, descendantsOf, obligationsFor, unitsRequiredToReport, type ReportingUnit } from './obligations.ts'
import { parsePeriodKey, periodLength } from './periods.ts'
import { isActiveOn } from '../time.ts'

const NOV = parsePeriodKey('2026-11')! // 2026-10-25 … 2026-11-24
const u = (id: string, parentId: string | null, kind: ReportingUnit['kind'], activeFrom: string | null = null, activeTo: string | null = null): ReportingUnit => ({ id, parentId, kind, activeFrom, activeTo })

const TREE: ReportingUnit[] = [
  u('HP', null, 'dang_bo'),
  u('HB', 'HP', 'dang_bo'),
  u('OTHER', 'HP', 'chi_bo'),
  u('DU-CQ', 'HB', 'dang_bo'),
  u('CB1', 'DU-CQ', 'chi_bo'),
  u('CB2', 'HB', 'chi_bo'),
  u('MT', 'HB', 'mttq'),
  u('DT', 'HB', 'doan_the'),
  u('HD', 'HB', 'hdnd'),
  u('UB', 'HB', 'ubnd'),
  u('TDP', 'HB', 'to_dan_pho'),
]

test('by default the reporting kinds strictly below the ward report; the ward itself, the city and other kinds do not', () => {
  assert.deepEqual(unitsRequiredToReport(TREE, 'HB', NOV), ['DU-CQ', 'CB1', 'CB2', 'MT', 'DT', 'HD'])
  const reasons = Object.fromEntries(obligationsFor(TREE, 'HB', NOV).map((o) => [o.unitId, o.reason]))
  assert.equal(reasons.HB, 'outside_ward')
  assert.equal(reasons.HP, 'outside_ward')
  assert.equal(reasons.OTHER, 'outside_ward')
  assert.equal(reasons.UB, 'kind_not_reporting')
  assert.equal(reasons.TDP, 'kind_not_reporting')
})

test('the kinds are configurable', () => {
  assert.deepEqual(unitsRequiredToReport(TREE, 'HB', NOV, { ...DEFAULT_OBLIGATION_RULE, kinds: ['chi_bo', 'ubnd'] }), ['CB1', 'CB2', 'UB'])
})

test('a unit opened on the 20th (5 days of the period) first reports the next period', () => {
  const tree = [...TREE, u('NEW', 'HB', 'chi_bo', '2026-11-20')]
  assert.equal(activeDaysIn(tree.at(-1)!, NOV), 5)
  assert.equal(obligationsFor(tree, 'HB', NOV).at(-1)!.reason, 'too_few_active_days')
  assert.ok(unitsRequiredToReport(tree, 'HB', parsePeriodKey('2026-12')!).includes('NEW'))
  // opened on the 15th: 10 days, enough
  assert.ok(unitsRequiredToReport([...TREE, u('N15', 'HB', 'chi_bo', '2026-11-15')], 'HB', NOV).includes('N15'))
  assert.ok(!unitsRequiredToReport([...TREE, u('N16', 'HB', 'chi_bo', '2026-11-16')], 'HB', NOV).includes('N16'))
  // a rule of "active on the last day" only (minActiveDays 1) makes it report at once
  assert.ok(unitsRequiredToReport(tree, 'HB', NOV, { ...DEFAULT_OBLIGATION_RULE, minActiveDays: 1 }).includes('NEW'))
})

test('a unit closed on the 3rd owes nothing for that period but owed the previous one', () => {
  const tree = [...TREE, u('OLD', 'HB', 'chi_bo', '2020-01-01', '2026-11-03')]
  assert.equal(activeDaysIn(tree.at(-1)!, NOV), 9) // 2026-10-25 … 2026-11-02
  assert.equal(obligationsFor(tree, 'HB', NOV).at(-1)!.reason, 'not_active_on_last_day')
  assert.ok(unitsRequiredToReport(tree, 'HB', parsePeriodKey('2026-10')!).includes('OLD'))
  // closed on the last day of the period (the 24th): not active on it, owes nothing; closed on the 25th: owes the month
  assert.ok(!unitsRequiredToReport([...TREE, u('C24', 'HB', 'chi_bo', null, '2026-11-24')], 'HB', NOV).includes('C24'))
  assert.ok(unitsRequiredToReport([...TREE, u('C25', 'HB', 'chi_bo', null, '2026-11-25')], 'HB', NOV).includes('C25'))
  // the other rule: without "active on the last day", 9 active days still fall short of 10, 10 are enough
  const loose = { ...DEFAULT_OBLIGATION_RULE, requireActiveOnLastDay: false }
  assert.ok(!unitsRequiredToReport(tree, 'HB', NOV, loose).includes('OLD'))
  assert.ok(unitsRequiredToReport([...TREE, u('C4', 'HB', 'chi_bo', null, '2026-11-04')], 'HB', NOV, loose).includes('C4'))
})

test('a unit not yet opened, or opened after the period, does not report', () => {
  assert.ok(!unitsRequiredToReport([...TREE, u('F', 'HB', 'chi_bo', '2026-11-25')], 'HB', NOV).includes('F'))
})

test('a short ad hoc period needs only as many active days as it has', () => {
  const adhoc = parsePeriodKey('A:2026-11-03..2026-11-05')!
  assert.deepEqual(unitsRequiredToReport(TREE, 'HB', adhoc), ['DU-CQ', 'CB1', 'CB2', 'MT', 'DT', 'HD'])
})

test('descendants ignore cycles', () => {
  const cyc = [u('A', 'B', 'chi_bo'), u('B', 'A', 'chi_bo'), u('C', 'A', 'chi_bo')]
  assert.deepEqual([...descendantsOf(cyc, 'A')].sort(), ['B', 'C'])
})

const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.parse('2026-01-01T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10))

test('property: activeDaysIn counts exactly the days isActiveOn says are active', () => {
  fc.assert(fc.property(fc.option(day), fc.option(day), fc.constantFrom('2026-03', '2026-11', '2026-H2', '2027-01'), (from, to, key) => {
    const p = parsePeriodKey(key)!
    const unit = { activeFrom: from, activeTo: to }
    let n = 0
    for (let i = 0; i < periodLength(p); i++) {
      const d = new Date(Date.parse(`${p.from}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10)
      if (isActiveOn({ active_from: from, active_to: to }, d)) n++
    }
    assert.equal(activeDaysIn(unit, p), n)
  }), { numRuns: 300 })
})
