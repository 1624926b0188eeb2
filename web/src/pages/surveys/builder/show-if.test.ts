import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseShowIf, referencedNames, showIfExpression, type ShowIf } from './show-if.ts'

test('conditions are written as XLSForm relevant expressions', () => {
  const s: ShowIf = {
    join: 'and',
    conditions: [
      { question: 'q1', op: 'eq', value: 'co' },
      { question: 'q2', op: 'selected', value: 'dien' },
      { question: 'q3', op: 'notSelected', value: 'nuoc' },
      { question: 'age', op: 'gt', value: '17' },
    ],
  }
  assert.equal(showIfExpression(s), "${q1} = 'co' and selected(${q2}, 'dien') and not(selected(${q3}, 'nuoc')) and ${age} > 17")
  assert.equal(showIfExpression({ join: 'or', conditions: [{ question: 'a', op: 'ne', value: 'x' }, { question: 'b', op: 'lt', value: '3' }] }), "${a} != 'x' or ${b} < 3")
})

test('incomplete conditions are left out; none means always shown', () => {
  assert.equal(showIfExpression({ join: 'and', conditions: [{ question: '', op: 'eq', value: 'x' }, { question: 'q', op: 'eq', value: '' }] }), '')
})

test('a quote in a value cannot break the expression', () => {
  assert.equal(showIfExpression({ join: 'and', conditions: [{ question: 'q', op: 'eq', value: "a'b" }] }), "${q} = 'ab'")
})

test('simple expressions read back into the same conditions', () => {
  const cases: ShowIf[] = [
    { join: 'and', conditions: [{ question: 'q1', op: 'eq', value: 'co' }] },
    { join: 'or', conditions: [{ question: 'q1', op: 'eq', value: 'co' }, { question: 'q2', op: 'selected', value: 'b' }] },
    { join: 'and', conditions: [{ question: 'q3', op: 'notSelected', value: 'x y' }, { question: 'n', op: 'gt', value: '2.5' }] },
  ]
  for (const c of cases) assert.deepEqual(parseShowIf(showIfExpression(c)), c)
  assert.deepEqual(parseShowIf("  ${q} =  'a'  "), { join: 'and', conditions: [{ question: 'q', op: 'eq', value: 'a' }] })
  assert.deepEqual(parseShowIf(''), { join: 'and', conditions: [] })
})

test('anything more complex stays a raw expression', () => {
  assert.equal(parseShowIf("${a} = 'x' and ${b} = 'y' or ${c} = 'z'"), null)
  assert.equal(parseShowIf("(${a} = 'x' or ${b} = 'y') and ${c} = 'z'"), null)
  assert.equal(parseShowIf('count-selected(${a}) > 1'), null)
  // "and" inside a quoted value is not a join
  assert.deepEqual(parseShowIf("${a} = 'x and y'"), { join: 'and', conditions: [{ question: 'a', op: 'eq', value: 'x and y' }] })
})

test('referenced names', () => {
  assert.deepEqual(referencedNames("${a} = 'x' and selected(${b}, 'y') or ${a} = 'z'"), ['a', 'b'])
  assert.deepEqual(referencedNames(undefined), [])
})
