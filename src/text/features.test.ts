import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { compileJoint, featuresOfClauses, scoreClauses, scoreClausesJoint } from './features.ts'
import { compileModel, scoreFeatures, trainModel } from './model.ts'
import { clauses } from './tokenize.ts'
import { LABELLED } from './data/labelled.ts'

test('features: negation-marked unigrams without stop words, and bigrams', () => {
  const f = featuresOfClauses(clauses('Dân không đồng tình với việc này'))
  for (const x of ['dan', 'khong', '!dong', '!tinh', 'khong !dong', '!dong !tinh', '!tinh !voi']) assert.ok(f.includes(x), x)
  assert.ok(!f.includes('dong'))
})

const model = compileModel(trainModel(['a', 'b'], LABELLED.slice(0, 120).map((r, i) => ({ features: featuresOfClauses(clauses(r.text)), labels: [{ label: i % 2 ? 'a' : 'b', weight: 1 }] }))))

test('the numeric fast path scores exactly like the feature strings', () => {
  const word = fc.constantFrom('không', 'đồng', 'tình', 'dân', 'và', 'nhưng', 'rác', 'bức', 'xúc', 'chưa', 'hài', 'lòng', ',', 'khí', 'đất')
  fc.assert(
    fc.property(fc.array(word, { maxLength: 40 }), (ws) => {
      const cl = clauses(ws.join(' '))
      const a = scoreFeatures(model, featuresOfClauses(cl))
      const b = scoreClauses(model, cl)
      return a.known === b.known && a.scores.every((x, i) => Math.abs(x - (b.scores[i] as number)) < 1e-9)
    }),
  )
  for (const r of LABELLED.slice(100, 200)) {
    const cl = clauses(r.text)
    assert.deepEqual(scoreClauses(model, cl).known, scoreFeatures(model, featuresOfClauses(cl)).known)
  }
})

test('joint scoring of two models equals scoring them one by one', () => {
  const other = compileModel(trainModel(['x', 'y', 'z'], LABELLED.slice(50, 200).map((r, i) => ({ features: featuresOfClauses(clauses(r.text)), labels: [{ label: ['x', 'y', 'z'][i % 3] as string, weight: 1 }] }))))
  const joint = compileJoint([model, other])
  for (const r of LABELLED.slice(0, 250)) {
    const cl = clauses(r.text)
    const [a, b] = scoreClausesJoint(joint, cl)
    for (const [got, want] of [[a, scoreClauses(model, cl)], [b, scoreClauses(other, cl)]] as const) {
      assert.equal(got?.known, want.known)
      assert.ok(got?.scores.every((x, i) => Math.abs(x - (want.scores[i] as number)) < 1e-9))
    }
  }
})
