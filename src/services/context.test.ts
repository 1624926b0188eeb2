import assert from 'node:assert/strict'
import { test } from 'node:test'
import { z } from 'zod'
import { newId } from './context.ts'

test('newId: UUID version 7, RFC variant, unique, ordered by time', () => {
  const ids = Array.from({ length: 2000 }, () => newId())
  for (const id of ids.slice(0, 50)) {
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    assert.ok(z.string().uuid().safeParse(id).success)
  }
  assert.equal(new Set(ids).size, ids.length)
  const a = newId(Date.parse('2026-01-01T00:00:00Z'))
  const b = newId(Date.parse('2026-01-01T00:00:00.001Z'))
  assert.ok(a < b, `${a} < ${b}`)
  assert.equal(parseInt(a.replace(/-/g, '').slice(0, 12), 16), Date.parse('2026-01-01T00:00:00Z'))
})
