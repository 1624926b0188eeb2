import assert from 'node:assert/strict'
import { test } from 'node:test'
import { DIRECTIONS, TOPICS } from '../shared/enums.ts'
import { benchAreas, benchBursts, benchRecords, benchUnits } from './corpus.ts'

test('the corpus is reproducible: the same seed gives the same records', () => {
  const a = [...benchRecords(300)]
  const b = [...benchRecords(300)]
  assert.deepEqual(a, b)
  assert.notDeepEqual([...benchRecords(300, { seed: 'other' })], a)
})

test('700 units in a tree under one city, 60 areas over the wards, codes unique', () => {
  const units = benchUnits()
  assert.equal(units.length, 700)
  assert.equal(new Set(units.map((u) => u.code)).size, 700)
  const codes = new Set(units.map((u) => u.code))
  for (const u of units) if (u.parentCode) assert.ok(codes.has(u.parentCode), u.code)
  const areas = benchAreas()
  assert.equal(areas.length, 60)
  for (const a of areas) assert.ok(codes.has(a.wardCode))
})

test('records: 80–1 500 characters, every topic and direction, NFC and NFD, few exact repeats, bursts present', () => {
  const records = [...benchRecords(6000)]
  const lengths = records.map((r) => r.content.normalize('NFC').length)
  assert.ok(Math.min(...lengths) >= 80, `shortest ${Math.min(...lengths)}`)
  assert.ok(Math.max(...lengths) <= 1501, `longest ${Math.max(...lengths)}`)
  const topics = new Set(records.flatMap((r) => r.topic.split(';')))
  for (const t of TOPICS) assert.ok(topics.has(t), t)
  const directions = new Set(records.map((r) => r.direction))
  for (const d of DIRECTIONS) assert.ok(directions.has(d), d)
  assert.ok(records.some((r) => r.content !== r.content.normalize('NFC')), 'some NFD')
  assert.ok(records.filter((r) => r.content === r.content.normalize('NFC')).length > records.length / 2, 'mostly NFC')
  assert.ok(new Set(records.map((r) => r.content)).size > records.length * 0.97, 'no sentence simply repeated')
  const days = records.map((r) => r.received_on).sort()
  assert.ok(days[0]! >= '2024-11-25' && days.at(-1)! <= '2026-11-24')
  for (const b of benchBursts(6000)) {
    const n = records.filter((r) => r.received_on === b.day && r.area_code === b.areaCode && r.topic.split(';')[0] === b.topic).length
    assert.ok(n >= b.count, `burst ${JSON.stringify(b)}: ${n}`)
  }
})
