import { test } from 'node:test'
import assert from 'node:assert/strict'
import vi from '../../../src/shared/i18n/vi.json' with { type: 'json' }
import en from '../../../src/shared/i18n/en.json' with { type: 'json' }
import { interpolate, translate } from './messages.ts'

function leaves(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix.slice(0, -1)]
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, `${prefix}${k}.`))
}

test('the English "ui" catalogue has exactly the Vietnamese keys', () => {
  assert.deepEqual(leaves(en.ui).sort(), leaves(vi.ui).sort())
})

test('placeholders match between languages', () => {
  const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
  for (const key of leaves(vi.ui)) {
    assert.deepEqual(names(translate('en', `ui.${key}`)), names(translate('vi', `ui.${key}`)), key)
  }
})

test('translate interpolates and falls back', () => {
  assert.equal(translate('vi', 'ui.units.count', { count: 3 }), '3 đơn vị')
  assert.equal(translate('en', 'unitKinds.chi_bo'), 'Party cell')
  assert.equal(translate('en', 'no.such.key'), 'no.such.key')
  assert.equal(interpolate('{a} {b}', { a: 1 }), '1 {b}')
})
