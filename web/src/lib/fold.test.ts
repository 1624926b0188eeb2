import { test } from 'node:test'
import assert from 'node:assert/strict'
import { fold, foldIncludes, foldOptionFilter } from './fold.ts'

test('fold removes tone marks and maps đ', () => {
  assert.equal(fold('Đường Lê Lợi'), 'duong le loi')
  assert.equal(fold('Thành ủy'), fold('Thành uỷ'))
  assert.equal(fold('KHU DÂN CƯ SỐ 1'), 'khu dan cu so 1')
})

test('fold is idempotent and accepts decomposed input', () => {
  const decomposed = 'Phường Hòa Bình'.normalize('NFD')
  assert.equal(fold(decomposed), 'phuong hoa binh')
  assert.equal(fold(fold(decomposed)), fold(decomposed))
})

test('foldIncludes matches every word in any order', () => {
  assert.ok(foldIncludes('CB-KDC01 Chi bộ khu dân cư số 1', 'dan cu chi bo'))
  assert.ok(foldIncludes('Đoàn Thanh niên', 'doan'))
  assert.ok(!foldIncludes('Hội Phụ nữ', 'nong dan'))
  assert.ok(foldIncludes('anything', '   '))
})

test('a select option matches its label without accents, and an option without a label matches only an empty search', () => {
  assert.equal(foldOptionFilter('to dan pho so 1', { label: 'HB-TDP01 — Tổ dân phố số 1' }), true)
  assert.equal(foldOptionFilter('giao duc', { label: 'Y tế' }), false)
  assert.equal(foldOptionFilter('', undefined), true)
  assert.equal(foldOptionFilter('x', {}), false)
})
