import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import {
  baseSalaryOn, checkTerms, coefficientAmount, computeActivity, contractCoversMonth, DEFAULT_ALLOWANCE_CONDITION, isOnTime, isValidMonth, monthBounds,
  type AllowanceTerms,
} from './allowance.ts'

const open: Pick<AllowanceTerms, 'contractFrom' | 'contractTo'> = { contractFrom: null, contractTo: null }
const fixed = (amount: number, extra: Partial<AllowanceTerms> = {}): AllowanceTerms => ({ ...open, allowanceKind: 'fixed', allowanceAmount: amount, allowanceCoefficient: null, ...extra })
const coef = (c: number, extra: Partial<AllowanceTerms> = {}): AllowanceTerms => ({ ...open, allowanceKind: 'coefficient', allowanceAmount: null, allowanceCoefficient: c, ...extra })
// mức lương cơ sở: 1 800 000 from 2023-07-01, 2 340 000 from 2024-07-01
const LEVELS = [{ amount: 2_340_000, effectiveFrom: '2024-07-01' }, { amount: 1_800_000, effectiveFrom: '2023-07-01' }]

test('months: bounds, leap years, validity', () => {
  assert.deepEqual(monthBounds('2026-02'), { first: '2026-02-01', last: '2026-02-28' })
  assert.deepEqual(monthBounds('2028-02'), { first: '2028-02-01', last: '2028-02-29' })
  assert.deepEqual(monthBounds('2026-12'), { first: '2026-12-01', last: '2026-12-31' })
  assert.equal(isValidMonth('2026-13'), false)
  assert.equal(isValidMonth('2026-00'), false)
  assert.equal(isValidMonth('2026-1'), false)
  assert.equal(isValidMonth('2026-11'), true)
})

test('on time: entered at most 7 local days after the day heard', () => {
  // heard 03/11; 10/11 local is day 7, on time; 11/11 local is day 8, late
  assert.equal(isOnTime('2026-11-03', '2026-11-10T16:59:59Z'), true)
  // 17:00 UTC on the 10th is already the 11th in Hà Nội
  assert.equal(isOnTime('2026-11-03', '2026-11-10T17:00:00Z'), false)
  assert.equal(isOnTime('2026-11-03', '2026-11-03T01:00:00Z'), true)
  // across a month end: heard 28/02, entered 07/03 (7 days in 2026)
  assert.equal(isOnTime('2026-02-28', '2026-03-07T02:00:00Z'), true)
  assert.equal(isOnTime('2026-02-28', '2026-03-08T02:00:00Z'), false)
})

test('a contract covers a month it overlaps, whole month paid; both ends inclusive; open ends reach forever', () => {
  assert.equal(contractCoversMonth(open, '2026-11'), true)
  assert.equal(contractCoversMonth({ contractFrom: '2026-11-30', contractTo: null }, '2026-11'), true)
  assert.equal(contractCoversMonth({ contractFrom: '2026-12-01', contractTo: null }, '2026-11'), false)
  assert.equal(contractCoversMonth({ contractFrom: null, contractTo: '2026-11-01' }, '2026-11'), true)
  assert.equal(contractCoversMonth({ contractFrom: null, contractTo: '2026-10-31' }, '2026-11'), false)
  assert.equal(contractCoversMonth({ contractFrom: '2026-01-01', contractTo: '2026-12-31' }, '2027-01'), false)
})

test('the base salary in force on a day is the latest level effective on or before it', () => {
  assert.equal(baseSalaryOn(LEVELS, '2024-06-30')?.amount, 1_800_000)
  assert.equal(baseSalaryOn(LEVELS, '2024-07-01')?.amount, 2_340_000)
  assert.equal(baseSalaryOn(LEVELS, '2023-06-30'), null)
})

test('coefficient × base salary in whole đồng, exact for three decimals', () => {
  assert.equal(coefficientAmount(2.34, 2_340_000), 5_475_600)
  assert.equal(coefficientAmount(0.5, 2_340_000), 1_170_000)
  assert.equal(coefficientAmount(0.3, 1_800_000), 540_000)
  // 0.125 × 2 340 004 = 292 500.5 → 292 501 (half up)
  assert.equal(coefficientAmount(0.125, 2_340_004), 292_501)
  // 0.333 × 1 000 001 = 333 000.333 → 333 000
  assert.equal(coefficientAmount(0.333, 1_000_001), 333_000)
  fc.assert(fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 100_000_000 }), (milli, base) => {
    const exact = (BigInt(milli) * BigInt(base) * 2n + 1000n) / 2000n // half up, in integers
    return BigInt(coefficientAmount(milli / 1000, base)) === exact
  }))
})

test('a month of two collaborators, hand-computed', () => {
  const records = [
    // An (u-an): three records in November, one entered late (heard 02/11, entered 12/11), 2+1+1 streams
    { enteredBy: 'u-an', heardOn: '2026-11-02', createdAt: '2026-11-12T03:00:00Z', streams: 2 },
    { enteredBy: 'u-an', heardOn: '2026-11-15', createdAt: '2026-11-15T03:00:00Z', streams: 1 },
    { enteredBy: 'u-an', heardOn: '2026-11-30', createdAt: '2026-12-02T03:00:00Z', streams: 1 },
    // heard in October: not November's
    { enteredBy: 'u-an', heardOn: '2026-10-31', createdAt: '2026-11-01T03:00:00Z', streams: 4 },
    // Bình (u-binh): one late record
    { enteredBy: 'u-binh', heardOn: '2026-11-01', createdAt: '2026-11-20T03:00:00Z', streams: 3 },
    // someone who is not a collaborator
    { enteredBy: 'u-other', heardOn: '2026-11-05', createdAt: '2026-11-05T03:00:00Z', streams: 1 },
  ]
  const collaborators = [
    { id: 'an', userId: 'u-an', ...fixed(500_000) },
    { id: 'binh', userId: 'u-binh', ...coef(0.5) },
    { id: 'chi', userId: null, ...fixed(300_000) },
  ]
  const r = computeActivity({ month: '2026-11', collaborators, records, baseSalaries: LEVELS, condition: DEFAULT_ALLOWANCE_CONDITION })
  assert.equal(r.baseSalary?.amount, 2_340_000)
  assert.deepEqual(r.rows.map((x) => [x.collaboratorId, x.records, x.streams, x.onTime, x.conditionMet, x.allowance, x.reason]), [
    ['an', 3, 4, 2, true, 500_000, 'paid'],
    ['binh', 1, 3, 0, true, 1_170_000, 'paid'],
    ['chi', 0, 0, 0, false, 0, 'condition_unmet'],
  ])
  assert.deepEqual(r.totals, { collaborators: 3, records: 4, streams: 7, onTime: 2, paid: 2, allowance: 1_670_000 })

  // only on-time records count: Bình's late record no longer meets "at least one"
  const strict = computeActivity({ month: '2026-11', collaborators, records, baseSalaries: LEVELS, condition: { minRecords: 1, requireOnTime: true } })
  assert.deepEqual(strict.rows.map((x) => [x.collaboratorId, x.allowance, x.reason]), [['an', 500_000, 'paid'], ['binh', 0, 'condition_unmet'], ['chi', 0, 'condition_unmet']])
  assert.equal(strict.totals.allowance, 500_000)

  // at least three records: only An
  const three = computeActivity({ month: '2026-11', collaborators, records, baseSalaries: LEVELS, condition: { minRecords: 3, requireOnTime: false } })
  assert.deepEqual(three.rows.map((x) => x.allowance), [500_000, 0, 0])
  // no condition at all: Chi is paid without a record
  const none = computeActivity({ month: '2026-11', collaborators, records, baseSalaries: LEVELS, condition: { minRecords: 0, requireOnTime: false } })
  assert.deepEqual(none.rows.map((x) => x.allowance), [500_000, 1_170_000, 300_000])
})

test('a coefficient uses the base salary in force on the first day of the month, so June and July 2024 differ', () => {
  const collaborators = [{ id: 'c', userId: 'u', ...coef(0.3) }]
  const rec = (day: string) => ({ enteredBy: 'u', heardOn: day, createdAt: `${day}T03:00:00Z`, streams: 1 })
  const june = computeActivity({ month: '2024-06', collaborators, records: [rec('2024-06-10')], baseSalaries: LEVELS, condition: DEFAULT_ALLOWANCE_CONDITION })
  const july = computeActivity({ month: '2024-07', collaborators, records: [rec('2024-07-10')], baseSalaries: LEVELS, condition: DEFAULT_ALLOWANCE_CONDITION })
  assert.deepEqual([june.rows[0]!.baseSalary, june.rows[0]!.allowance], [1_800_000, 540_000])
  assert.deepEqual([july.rows[0]!.baseSalary, july.rows[0]!.allowance], [2_340_000, 702_000])
  // before any level: nothing to compute with
  const early = computeActivity({ month: '2023-05', collaborators, records: [rec('2023-05-10')], baseSalaries: LEVELS, condition: DEFAULT_ALLOWANCE_CONDITION })
  assert.deepEqual([early.rows[0]!.allowance, early.rows[0]!.reason, early.rows[0]!.baseSalary], [0, 'no_base_salary', null])
})

test('a contract that does not cover the month pays nothing, activity is still shown', () => {
  const collaborators = [{ id: 'c', userId: 'u', ...fixed(400_000, { contractFrom: '2026-01-01', contractTo: '2026-10-31' }) }]
  const r = computeActivity({
    month: '2026-11', collaborators, records: [{ enteredBy: 'u', heardOn: '2026-11-03', createdAt: '2026-11-03T01:00:00Z', streams: 2 }],
    baseSalaries: [], condition: DEFAULT_ALLOWANCE_CONDITION,
  })
  assert.deepEqual([r.rows[0]!.records, r.rows[0]!.conditionMet, r.rows[0]!.covered, r.rows[0]!.allowance, r.rows[0]!.reason], [1, true, false, 0, 'not_covered'])
  assert.equal(r.totals.allowance, 0)
  // without records, a collaborator not under contract in the month is not on the sheet at all
  const idle = computeActivity({ month: '2026-11', collaborators, records: [], baseSalaries: [], condition: DEFAULT_ALLOWANCE_CONDITION })
  assert.deepEqual(idle.rows, [])
  assert.equal(idle.totals.collaborators, 0)
})

test('the total is the sum of the rows (property)', () => {
  fc.assert(fc.property(
    fc.array(fc.record({ amount: fc.integer({ min: 0, max: 5_000_000 }), records: fc.integer({ min: 0, max: 4 }), isCoef: fc.boolean() }), { maxLength: 20 }),
    fc.integer({ min: 0, max: 3 }),
    (people, minRecords) => {
      const collaborators = people.map((p, i) => ({ id: `c${i}`, userId: `u${i}`, ...(p.isCoef ? coef((p.amount % 3000) / 1000 + 0.001) : fixed(p.amount)) }))
      const records = people.flatMap((p, i) => Array.from({ length: p.records }, () => ({ enteredBy: `u${i}`, heardOn: '2026-11-05', createdAt: '2026-11-05T01:00:00Z', streams: 1 })))
      const r = computeActivity({ month: '2026-11', collaborators, records, baseSalaries: LEVELS, condition: { minRecords, requireOnTime: false } })
      const sum = r.rows.reduce((s, x) => s + x.allowance, 0)
      return r.totals.allowance === sum && r.rows.every((x) => (x.records >= minRecords) === x.conditionMet && (x.conditionMet || x.allowance === 0))
    },
  ))
})

test('terms: contract order, amount or coefficient matching the kind, end date of an ended collaborator', () => {
  assert.deepEqual(checkTerms({ ...fixed(100), status: 'active' }), [])
  assert.deepEqual(checkTerms({ ...coef(1.2), status: 'active' }), [])
  assert.deepEqual(checkTerms({ ...fixed(100, { contractFrom: '2026-05-01', contractTo: '2026-04-30' }), status: 'active' }), [{ path: 'contractTo', code: 'COLLABORATOR_CONTRACT_ORDER' }])
  // a one-day contract is fine
  assert.deepEqual(checkTerms({ ...fixed(100, { contractFrom: '2026-05-01', contractTo: '2026-05-01' }), status: 'active' }), [])
  assert.deepEqual(checkTerms({ ...fixed(100, { allowanceAmount: null, allowanceCoefficient: 0.5 }), status: 'active' }), [
    { path: 'allowanceAmount', code: 'ALLOWANCE_AMOUNT_REQUIRED' },
    { path: 'allowanceCoefficient', code: 'ALLOWANCE_COEFFICIENT_UNEXPECTED' },
  ])
  assert.deepEqual(checkTerms({ ...coef(0.5, { allowanceCoefficient: null, allowanceAmount: 100 }), status: 'active' }), [
    { path: 'allowanceCoefficient', code: 'ALLOWANCE_COEFFICIENT_REQUIRED' },
    { path: 'allowanceAmount', code: 'ALLOWANCE_AMOUNT_UNEXPECTED' },
  ])
  assert.deepEqual(checkTerms({ ...fixed(100), status: 'ended' }), [{ path: 'contractTo', code: 'COLLABORATOR_END_REQUIRED' }])
})
