import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { addDays, DEFAULT_DEADLINE_RULES, deadlineOf, deadlineRuleFor, effectiveDeadline, isLate, noticesAt, noticesForDay, overdueDay, type PendingReport } from './deadlines.ts'
import { parsePeriodKey, periodOf } from './periods.ts'
import { localDay } from '../time.ts'

const NOV = parsePeriodKey('2026-11')!

test('a unit monthly report is due at 00:00 on the 25th, Hà Nội (17:00 UTC on the 24th)', () => {
  const d = deadlineOf(NOV, deadlineRuleFor('unit', 'month'))
  assert.equal(d.toISOString(), '2026-11-24T17:00:00.000Z')
  assert.equal(isLate(new Date('2026-11-24T16:59:59.999Z'), d), false) // 23:59:59.999 on the 24th
  assert.equal(isLate(new Date('2026-11-24T17:00:00.000Z'), d), true) // 00:00 on the 25th
  // 20:00 UTC on the 24th looks like "the 24th" in UTC but is 03:00 on the 25th in Hà Nội: late
  assert.equal(isLate(new Date('2026-11-24T20:00:00Z'), d), true)
})

test('defaults for six-month, annual, ward and ad hoc', () => {
  assert.equal(deadlineOf(parsePeriodKey('2026-H1')!, deadlineRuleFor('unit', 'half')).toISOString(), '2026-06-24T17:00:00.000Z')
  assert.equal(deadlineOf(parsePeriodKey('2026')!, deadlineRuleFor('unit', 'year')).toISOString(), '2026-12-24T17:00:00.000Z')
  assert.equal(deadlineOf(NOV, deadlineRuleFor('ward', 'month')).toISOString(), '2026-11-29T17:00:00.000Z')
  assert.equal(deadlineOf(parsePeriodKey('A:2026-11-03..2026-11-10')!, deadlineRuleFor('unit', 'ad_hoc')).toISOString(), '2026-11-10T17:00:00.000Z')
  const custom = { ...DEFAULT_DEADLINE_RULES, unit: { ...DEFAULT_DEADLINE_RULES.unit, month: { offsetDays: -2 } } }
  assert.equal(deadlineOf(NOV, deadlineRuleFor('unit', 'month', custom)).toISOString(), '2026-11-22T17:00:00.000Z')
  // across the new year
  assert.equal(deadlineOf(parsePeriodKey('2027-01')!).toISOString(), '2027-01-24T17:00:00.000Z')
})

test('an extension moves the deadline later, never earlier', () => {
  const d = deadlineOf(NOV)
  const until = new Date('2026-11-27T17:00:00Z')
  assert.equal(isLate(new Date('2026-11-26T03:00:00Z'), d, { until }), false)
  assert.equal(isLate(until, d, { until }), true)
  assert.equal(effectiveDeadline(d, { until: new Date('2026-11-20T00:00:00Z') }), d)
  assert.equal(isLate(new Date('2026-11-24T18:00:00Z'), d, null), true)
})

test('the overdue day is the first local day after the deadline', () => {
  assert.equal(overdueDay(deadlineOf(NOV)), '2026-11-25')
  assert.equal(overdueDay(new Date('2026-11-28T03:00:00Z')), '2026-11-29') // 10:00 on the 28th
})

const P: PendingReport = { unitId: 'u1', periodKey: '2026-11', deadline: deadlineOf(NOV), submitted: false }
const on = (day: string, r: PendingReport = P) => noticesForDay(r, day).map((n) => `${n.kind}${n.daysBefore ?? ''}`)

test('reminders 3 and 1 days before, overdue on the 25th, escalation on the 27th, each once', () => {
  const days = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28']
  assert.deepEqual(days.map((d) => on(d)), [[], [], ['reminder3'], ['reminder3'], ['reminder1'], ['overdue'], ['overdue'], ['escalation'], ['escalation']])
  const keys = days.flatMap((d) => noticesForDay(P, d).map((n) => n.key))
  assert.deepEqual([...new Set(keys)], ['u1:2026-11:2026-11-25:reminder:3', 'u1:2026-11:2026-11-25:reminder:1', 'u1:2026-11:2026-11-25:overdue', 'u1:2026-11:2026-11-25:escalation'])
})

test('a submitted report gets nothing; an extension gives new reminders for the new date', () => {
  assert.deepEqual(on('2026-11-25', { ...P, submitted: true }), [])
  const ext = { ...P, extension: { until: new Date('2026-11-29T17:00:00Z') } } // 00:00 on the 30th
  assert.deepEqual(on('2026-11-25', ext), [])
  assert.deepEqual(on('2026-11-27', ext), ['reminder3'])
  assert.deepEqual(on('2026-11-30', ext), ['overdue'])
  assert.equal(noticesForDay(ext, '2026-11-30')[0]!.key, 'u1:2026-11:2026-11-30:overdue')
  assert.deepEqual(on('2026-12-02', ext), ['escalation'])
})

test('a configurable schedule', () => {
  const s = { reminderDays: [5, 2], escalateAfterDays: 0 }
  assert.deepEqual(noticesForDay(P, '2026-11-20', s).map((n) => n.daysBefore), [5])
  assert.deepEqual(noticesForDay(P, '2026-11-19', s), [])
  assert.deepEqual(noticesForDay(P, '2026-11-23', s).map((n) => n.daysBefore), [2])
  assert.deepEqual(noticesForDay(P, '2026-11-25', s).map((n) => n.kind), ['escalation'])
  assert.deepEqual(noticesForDay(P, '2026-11-22', { reminderDays: [], escalateAfterDays: 2 }), [])
})

test('the local day decides, whatever the process time zone', () => {
  // 16:59 UTC on the 21st is 23:59 on the 21st in Hà Nội: nothing yet; one minute later it is the 22nd
  assert.deepEqual(noticesAt([P], new Date('2026-11-21T16:59:00Z')), [])
  assert.deepEqual(noticesAt([P], new Date('2026-11-21T17:00:00Z')).map((n) => n.kind), ['reminder'])
  // 17:00 UTC on the 24th is 00:00 on the 25th in Hà Nội: overdue
  assert.deepEqual(noticesAt([P], new Date('2026-11-24T17:00:00Z')).map((n) => n.kind), ['overdue'])
  assert.deepEqual(noticesAt([P], new Date('2026-11-24T16:59:00Z')).map((n) => n.kind), ['reminder'])
})

const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))

test('property: the monthly deadline is 00:00 local on the day after the period, and late iff not before it', () => {
  fc.assert(fc.property(day, fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }), (d, delta) => {
    const p = periodOf('month', d)
    const dl = deadlineOf(p)
    assert.equal(localDay(dl), addDays(p.to, 1))
    assert.equal(localDay(new Date(dl.getTime() - 1)), p.to)
    assert.equal(Number(localDay(dl).slice(8)), 25)
    assert.equal(isLate(new Date(dl.getTime() + delta), dl), delta >= 0)
  }), { numRuns: 300 })
})

test('property: each notice key is sent on a contiguous run of days and a running job never sees a second escalation', () => {
  fc.assert(fc.property(day, (d) => {
    const p = periodOf('month', d)
    const r: PendingReport = { unitId: 'u', periodKey: p.key, deadline: deadlineOf(p), submitted: false }
    const seen = new Map<string, number>()
    for (let i = -10; i < 10; i++) for (const n of noticesForDay(r, addDays(p.to, i))) seen.set(n.key, (seen.get(n.key) ?? 0) + 1)
    assert.equal([...seen.keys()].filter((k) => k.endsWith(':escalation')).length, 1)
    assert.equal([...seen.keys()].length, 4)
  }), { numRuns: 200 })
})
