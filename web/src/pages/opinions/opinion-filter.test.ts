import { test } from 'node:test'
import assert from 'node:assert/strict'
import { activeCount, filterFromParams, listValue, pageFromParams, withFilter } from './opinion-filter.ts'

test('the address holds the filter; empty and nonsense values are dropped', () => {
  const p = new URLSearchParams('q=duong&topic=dat-dai,y-te&latent=x&from=2026-11-01&page=3&foo=1')
  const f = filterFromParams(p)
  assert.deepEqual(f, { q: 'duong', topic: 'dat-dai,y-te', from: '2026-11-01' })
  assert.deepEqual(listValue(f, 'topic'), ['dat-dai', 'y-te'])
  assert.equal(pageFromParams(p), 3)
  assert.equal(pageFromParams(new URLSearchParams('page=-1')), 1)
  assert.equal(activeCount(f), 2)
})

test('changing a filter goes back to page 1; lists are joined; empty removes', () => {
  const p = new URLSearchParams('q=a&page=4&topic=y-te')
  const next = withFilter(p, { direction: ['oppose', 'concern'], topic: [] })
  assert.equal(next.get('direction'), 'oppose,concern')
  assert.equal(next.get('topic'), null)
  assert.equal(next.get('page'), null)
  assert.equal(withFilter(p, { page: '5' }).get('page'), '5')
})
