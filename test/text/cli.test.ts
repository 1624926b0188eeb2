import { test } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const bin = path.resolve(import.meta.dirname, '../../bin/caunoi.mjs')
const run = (args: string[], input = '') => spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8' })

test('caunoi text fold', () => {
  const r = run(['text', 'fold', 'Uỷ ban  Nhân dân phường Hoà Bình'])
  assert.equal(r.status, 0)
  assert.equal(r.stdout, 'uy ban nhan dan phuong hoa binh\n')
})

test('caunoi text classify: one line per input, bad lines reported and skipped', () => {
  const input = ['{"id":"a","text":"Dân tổ 7 rất bức xúc vì tiền đền bù giải phóng mặt bằng quá thấp"}', 'not json', '', '{"id":3}', '{"id":4,"text":"Phụ huynh phấn khởi vì được miễn học phí"}'].join('\n')
  const r = run(['text', 'classify'], input)
  assert.equal(r.status, 0, r.stderr)
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
  assert.equal(lines.length, 4)
  assert.equal(lines[0].id, 'a')
  assert.equal(lines[0].topics[0].code, 'dat-dai')
  assert.equal(lines[0].direction.code, 'oppose')
  assert.equal(lines[0].intensity, 'pressing')
  assert.deepEqual(lines[1], { id: null, error: { code: 'INVALID_JSON_LINE', line: 2 } })
  assert.deepEqual(lines[2], { id: 3, error: { code: 'INVALID_RECORD', line: 4 } })
  assert.equal(lines[3].topics[0].code, 'giao-duc')
})

test('caunoi text dedup finds the copy', () => {
  const input = [
    '{"id":"1","text":"Rác thải ở đầu ngõ 34 phố Hàng Bông tồn đọng nhiều ngày, bốc mùi hôi thối."}',
    '{"id":"2","text":"Chia sẻ: rác thải đầu ngõ 34 Hàng Bông tồn đọng nhiều ngày bốc mùi hôi thối, mọi người vào xem"}',
    '{"id":"3","text":"Phụ huynh phấn khởi vì được miễn học phí"}',
  ].join('\n')
  const r = run(['text', 'dedup'], input)
  assert.equal(r.status, 0, r.stderr)
  const pairs = r.stdout.trim().split('\n').map((l) => JSON.parse(l))
  assert.equal(pairs.length, 1)
  assert.equal(pairs[0].a, '1')
  assert.equal(pairs[0].b, '2')
})
