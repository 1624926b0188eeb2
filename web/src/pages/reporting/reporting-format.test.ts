import { test } from 'node:test'
import assert from 'node:assert/strict'
import { complianceChartOption, deadlineState, lastDayOf, monthKeyOf, percent, periodName, topicDirectionTable, traceUrl } from './reporting-format.ts'

test('periods are named from their keys', () => {
  assert.deepEqual(periodName('2026-11'), { key: 'ui.reporting.periodMonth', params: { month: 11, year: '2026' } })
  assert.equal(periodName('2026-H1').key, 'ui.reporting.periodH1')
  assert.equal(periodName('2026-H2').key, 'ui.reporting.periodH2')
  assert.deepEqual(periodName('2026'), { key: 'ui.reporting.periodYear', params: { year: '2026' } })
  assert.deepEqual(periodName('A:2026-11-03..2026-11-10'), { key: 'ui.reporting.periodAdHoc', params: { from: '03/11/2026', to: '10/11/2026' } })
  assert.deepEqual(periodName('A:2026-11-03..2026-11-10', 'Vụ cháy chợ'), { key: 'ui.reporting.periodTitle', params: { title: 'Vụ cháy chợ' } })
})

test('the current monthly period starts on the 25th', () => {
  assert.equal(monthKeyOf('2026-11-24'), '2026-11')
  assert.equal(monthKeyOf('2026-11-25'), '2026-12')
  assert.equal(monthKeyOf('2026-12-25'), '2027-01')
})

test('days left count local days up to the last day before the deadline instant', () => {
  // month 2026-11 is due at 00:00 on 25/11 in Hà Nội = 2026-11-24T17:00Z; the last day is the 24th
  const deadline = '2026-11-24T17:00:00.000Z'
  assert.equal(lastDayOf(deadline), '2026-11-24')
  assert.deepEqual(deadlineState(deadline, new Date('2026-11-21T03:00:00Z')), { kind: 'left', days: 3, lastDay: '2026-11-24' })
  // 23:30 on the 24th local time is still the last day
  assert.deepEqual(deadlineState(deadline, new Date('2026-11-24T16:30:00Z')), { kind: 'left', days: 0, lastDay: '2026-11-24' })
  // 00:30 on the 25th local time is one day late, although it is still the 24th in UTC
  assert.deepEqual(deadlineState(deadline, new Date('2026-11-24T17:30:00Z')), { kind: 'overdue', days: 1, lastDay: '2026-11-24' })
})

test('every figure traces back to the opinion list with the contract filters', () => {
  const stats = { from: '2026-10-25', to: '2026-11-24', unitId: 'u1' }
  assert.equal(traceUrl(stats), '/opinions?from=2026-10-25&to=2026-11-24&unitId=u1')
  assert.equal(traceUrl(stats, { topic: 'dat-dai', direction: 'concern' }), '/opinions?from=2026-10-25&to=2026-11-24&unitId=u1&topic=dat-dai&direction=concern')
  assert.equal(traceUrl(stats, { channel: 'hotline', topic: undefined }), '/opinions?from=2026-10-25&to=2026-11-24&unitId=u1&channel=hotline')
})

test('the topic × direction table sums rows and columns, largest topic first, only directions present', () => {
  const t = topicDirectionTable({
    byTopicDirection: [
      { topic: 'y-te', direction: 'support', count: 1 },
      { topic: 'dat-dai', direction: 'concern', count: 4 },
      { topic: 'dat-dai', direction: 'oppose', count: 2 },
      { topic: 'y-te', direction: 'concern', count: 0 },
    ],
  }, ['support', 'concern', 'oppose', 'mixed', 'unknown'])
  assert.deepEqual(t.columns, ['support', 'concern', 'oppose'])
  assert.deepEqual(t.rows.map((r) => [r.topic, r.total]), [['dat-dai', 6], ['y-te', 1]])
  assert.deepEqual(t.columnTotals, { support: 1, concern: 4, oppose: 2 })
  assert.equal(t.total, 7)
})

test('the compliance chart counts units per status and month', () => {
  const option = complianceChartOption({
    months: ['2026-10', '2026-11'],
    units: [
      { id: 'a', code: 'A', name: 'A', statuses: ['on_time', 'late'] },
      { id: 'b', code: 'B', name: 'B', statuses: ['on_time', 'missing'] },
      { id: 'c', code: 'C', name: 'C', statuses: ['not_required', 'extended'] },
    ],
  }, (s) => s, false) as { xAxis: { data: string[] }; series: { name: string; data: number[] }[] }
  assert.deepEqual(option.xAxis.data, ['10/2026', '11/2026'])
  assert.deepEqual(Object.fromEntries(option.series.map((s) => [s.name, s.data])), { on_time: [2, 0], late: [0, 1], extended: [0, 1], missing: [0, 1] })
})

test('rates show as whole percentages', () => {
  assert.equal(percent(0.875), '88%')
  assert.equal(percent(1), '100%')
  assert.equal(percent(0), '0%')
})
