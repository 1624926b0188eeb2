import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { addDays, addMonthsToMonth, bucketKey, bucketsOf, daysBetween, denseSeries, lastDayOfMonth, mondayOf } from './trends.ts'

test('days and months: across month, year and leap-day edges', () => {
  assert.equal(addDays('2026-03-01', -1), '2026-02-28')
  assert.equal(addDays('2028-02-28', 1), '2028-02-29')
  assert.equal(addDays('2026-12-31', 1), '2027-01-01')
  assert.equal(daysBetween('2026-11-06', '2026-11-20'), 14)
  assert.equal(mondayOf('2026-11-20'), '2026-11-16') // a Friday
  assert.equal(mondayOf('2026-11-16'), '2026-11-16')
  assert.equal(mondayOf('2026-11-22'), '2026-11-16') // a Sunday ends the ISO week
  assert.equal(addMonthsToMonth('2026-11', 2), '2027-01')
  assert.equal(addMonthsToMonth('2026-01', -1), '2025-12')
  assert.equal(lastDayOfMonth('2028-02'), '2028-02-29')
})

test('buckets cover the period exactly once, cut at its ends', () => {
  assert.deepEqual(bucketsOf('2026-11-19', '2026-11-24', 'week'), [
    { key: '2026-11-16', start: '2026-11-19', end: '2026-11-22' },
    { key: '2026-11-23', start: '2026-11-23', end: '2026-11-24' },
  ])
  assert.deepEqual(bucketsOf('2026-01-31', '2026-03-01', 'month').map((b) => [b.key, b.start, b.end]), [
    ['2026-01', '2026-01-31', '2026-01-31'], ['2026-02', '2026-02-01', '2026-02-28'], ['2026-03', '2026-03-01', '2026-03-01'],
  ])
  const day = fc.integer({ min: 0, max: 2000 }).map((n) => addDays('2024-01-01', n))
  fc.assert(fc.property(day, fc.integer({ min: 0, max: 120 }), fc.constantFrom('day' as const, 'week' as const, 'month' as const), (from, len, interval) => {
    const to = addDays(from, len)
    const buckets = bucketsOf(from, to, interval)
    assert.equal(buckets[0]!.start, from)
    assert.equal(buckets[buckets.length - 1]!.end, to)
    for (let i = 1; i < buckets.length; i++) assert.equal(buckets[i]!.start, addDays(buckets[i - 1]!.end, 1))
    for (const b of buckets) assert.equal(bucketKey(b.start, interval), b.key)
    for (const b of buckets) assert.equal(bucketKey(b.end, interval), b.key)
  }))
})

test('dense series: sums into the buckets, nothing lost inside the period, largest total first', () => {
  const buckets = bucketsOf('2026-11-02', '2026-11-15', 'week')
  const rows = [
    { day: '2026-11-02', key: 'a', n: 1 }, { day: '2026-11-08', key: 'a', n: 2 }, { day: '2026-11-09', key: 'b', n: 5 },
    { day: '2026-11-20', key: 'b', n: 9 }, // outside the period
  ]
  assert.deepEqual(denseSeries(rows, buckets, 'week'), [{ key: 'b', total: 5, values: [0, 5] }, { key: 'a', total: 3, values: [3, 0] }])
})
