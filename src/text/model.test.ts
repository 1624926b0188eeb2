import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { compileModel, createModel, deserializeModel, scoreFeatures, serializeModel, trainModel, updateModel, type TrainingExample } from './model.ts'

const ex = (features: string[], label: string): TrainingExample => ({ features, labels: [{ label, weight: 1 }] })
const data = [ex(['rac', 'mui'], 'a'), ex(['rac', 'ngap'], 'a'), ex(['hoc', 'phi'], 'b'), ex(['hoc', 'sinh'], 'b')]

test('naive Bayes prefers the class whose words it saw', () => {
  const m = compileModel(trainModel(['a', 'b'], data))
  const s = scoreFeatures(m, ['rac', 'unknown'])
  assert.ok((s.scores[0] as number) > (s.scores[1] as number))
  assert.equal(s.known, 1)
})

test('incremental training equals training on everything', () => {
  const all = trainModel(['a', 'b'], data)
  const inc = updateModel(trainModel(['a', 'b'], data.slice(0, 2)), data.slice(2))
  assert.deepEqual(serializeModel(inc), serializeModel(all))
})

test('serialise and deserialise give the same predictions', () => {
  const m = trainModel(['a', 'b'], data)
  const back = deserializeModel(JSON.parse(JSON.stringify(serializeModel(m))))
  assert.deepEqual(scoreFeatures(compileModel(back), ['hoc', 'rac']), scoreFeatures(compileModel(m), ['hoc', 'rac']))
})

test('malformed models are refused', () => {
  assert.throws(() => deserializeModel(null), /MODEL_INVALID/)
  assert.throws(() => deserializeModel({ ...serializeModel(createModel(['a'])), counts: [['x', [1, 2]]] }), /MODEL_INVALID/)
  assert.throws(() => deserializeModel({ ...serializeModel(createModel(['a'])), alpha: 0 }), /MODEL_INVALID/)
})

test('scores are finite for any features', () => {
  const m = compileModel(trainModel(['a', 'b'], data))
  fc.assert(fc.property(fc.array(fc.string()), (fs) => scoreFeatures(m, fs).scores.every(Number.isFinite)))
})
