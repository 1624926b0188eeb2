import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { TrendVolume } from '../../../../src/shared/trend.schema.ts'
import { bucketLabel, directionOption, shortLabel, volumeOption } from './trend-charts.ts'

const volume: TrendVolume = {
  from: '2026-11-02', to: '2026-11-15', interval: 'week', groupBy: 'direction',
  buckets: [{ key: '2026-11-02', start: '2026-11-02', end: '2026-11-08' }, { key: '2026-11-09', start: '2026-11-09', end: '2026-11-15' }],
  series: [{ key: 'oppose', total: 4, values: [3, 1] }, { key: 'support', total: 2, values: [1, 1] }, { key: 'concern', total: 0, values: [0, 0] }],
  totals: [4, 2],
}

test('labels: the part before the comma, days and months as the ward writes them', () => {
  assert.equal(shortLabel('Đời sống, việc làm, thu nhập'), 'Đời sống')
  assert.equal(shortLabel('Kinh tế - xã hội'), 'Kinh tế - xã hội')
  assert.equal(bucketLabel('2026-11-02', 'week'), '02/11')
  assert.equal(bucketLabel('2026-11', 'month'), '11/2026')
})

test('direction mix: shares of each period add up to 100, favourable first, empty periods at 0', () => {
  const o = directionOption({ ...volume, totals: [4, 2] }, (c) => c, false) as { series: { name: string; data: number[] }[] }
  assert.deepEqual(o.series.map((s) => s.name), ['support', 'concern', 'oppose'])
  for (const i of [0, 1]) assert.equal(o.series.reduce((a, s) => a + s.data[i]!, 0), 100)
  assert.deepEqual(o.series[0]!.data, [25, 50])
})

test('volume: one stacked bar series per key and the line of all streams', () => {
  const o = volumeOption({ ...volume, groupBy: 'topic', series: [{ key: 'dat-dai', total: 3, values: [2, 1] }] }, (c) => `T ${c}`, 'Tổng', true) as {
    series: { name: string; type: string; stack?: string; data: number[] }[]; xAxis: { data: string[] }
  }
  assert.deepEqual(o.series.map((s) => [s.name, s.type, s.stack]), [['T dat-dai', 'bar', 'topics'], ['Tổng', 'line', undefined]])
  assert.deepEqual(o.series[1]!.data, [4, 2])
  assert.deepEqual(o.xAxis.data, ['02/11', '09/11'])
})
