import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { clean, fold, foldReference } from './fold.ts'

test('folds accents, đ and case', () => {
  assert.equal(fold('Đà Nẵng'), 'da nang')
  assert.equal(fold('Uỷ ban Nhân dân'), 'uy ban nhan dan')
  assert.equal(fold('ỦY BAN'), 'uy ban')
})

test('old and new tone placement fold alike', () => {
  assert.equal(fold('hoà'), fold('hòa'))
  assert.equal(fold('Thành uỷ'), fold('Thành ủy'))
})

test('NFD input folds like NFC input', () => {
  const nfc = 'Phường Hoà Bình, đường Lê Lợi'
  assert.equal(fold(nfc.normalize('NFD')), fold(nfc))
})

test('drops zero-width and control characters, collapses spaces', () => {
  assert.equal(fold('chi\u200B bộ \u0007  khu\tdân   cư'), 'chi bo khu dan cu')
})

test('folding is idempotent', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => fold(fold(s)) === fold(s)))
})

test('folded text has no combining marks and no đ', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !/[\u0300-\u036fđĐ]/.test(fold(s))))
})

test('clean stores NFC', () => {
  assert.equal(clean(' Hoà '.normalize('NFD')), 'Hoà'.normalize('NFC'))
})

test('the fast path equals the reference definition', () => {
  fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => fold(s) === foldReference(s)), { numRuns: 2000 })
  const viet = fc.constantFrom(...'aàáảãạăằắẳẵặâầấẩẫậđĐeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ ÀÁẢÃẠĂÂÊÔƠƯ\u0300\u0301\u0309\u0303\u0323\t\n\u00a0\u200b'.split(''))
  fc.assert(fc.property(fc.array(viet, { maxLength: 60 }), (a) => fold(a.join('')) === foldReference(a.join('')) && fold(a.join('').normalize('NFD')) === foldReference(a.join('').normalize('NFD'))))
})
