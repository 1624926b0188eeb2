import { test } from 'node:test'
import assert from 'node:assert/strict'
import { holtForecast } from '../forecast.ts'
import { periodsBetween } from './periods.ts'
import { recurrenceOf, topicForecasts } from './ward-history.ts'

test('recurrence: a topic × direction counts once per month in which its streams add up to more than nothing', () => {
  const rec = recurrenceOf([
    [{ topic: 'dat-dai', direction: 'concern', streams: 2 }, { topic: 'dat-dai', direction: 'concern', streams: 1 }, { topic: 'y-te', direction: 'support', streams: 0 }],
    [{ topic: 'dat-dai', direction: 'concern', streams: 1 }, { topic: 'dat-dai', direction: 'support', streams: 4 }],
    [],
  ])
  assert.deepEqual(rec, { 'dat-dai|concern': 2, 'dat-dai|support': 1 })
  assert.deepEqual(recurrenceOf([]), {})
})

test('forecast: days fall in their reporting month (25th to 24th), a series starts with its first month that has streams', () => {
  const months = periodsBetween('month', '2026-07-25', '2026-11-24') // 2026-08 … 2026-11
  const rows = [
    { day: '2026-08-24', topic: 'y-te', streams: 2 }, // 2026-08
    { day: '2026-08-25', topic: 'y-te', streams: 3 }, // 2026-09
    { day: '2026-09-01', topic: 'y-te', streams: 1 }, // 2026-09
    { day: '2026-10-25', topic: 'y-te', streams: 5 }, // 2026-11
    { day: '2026-10-24', topic: 'dat-dai', streams: 7 }, // 2026-10
    { day: '2026-11-24', topic: 'dat-dai', streams: 1 }, // 2026-11
  ]
  const f = topicForecasts(rows, months)
  const yte = holtForecast([2, 4, 0, 5], { horizon: 1 })
  const datDai = holtForecast([7, 1], { horizon: 1 })
  const expected = [
    { topic: 'y-te', current: 5, point: yte.point, lower: yte.lower, upper: yte.upper },
    { topic: 'dat-dai', current: 1, point: datDai.point, lower: datDai.lower, upper: datDai.upper },
  ].sort((a, b) => b.point - a.point || a.topic.localeCompare(b.topic))
  assert.deepEqual(f, expected)
  assert.deepEqual(topicForecasts([], months), [])
})
