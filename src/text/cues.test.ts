import { test } from 'node:test'
import assert from 'node:assert/strict'
import { DIRECTION_FEATURES, directionFeatures, topicFeatures, TOPIC_FEATURES } from './cues.ts'
import { applyRules, compileRules } from './rules.ts'
import { DEFAULT_RULES } from './default-rules.ts'
import { clauses } from './tokenize.ts'
import { fold } from './fold.ts'

const compiled = compileRules(DEFAULT_RULES)
const features = (text: string) => {
  const cl = clauses(text)
  const x = directionFeatures(applyRules(compiled, cl), fold(text), cl.flat().length)
  return Object.fromEntries(DIRECTION_FEATURES.map((n, i) => [n, x[i] as number])) as Record<(typeof DIRECTION_FEATURES)[number], number>
}

test('one value per named feature, all finite', () => {
  const cl = clauses('Đa số đồng tình, nhưng vẫn còn lo lắng?')
  const ev = applyRules(compiled, cl)
  const x = directionFeatures(ev, fold('Đa số đồng tình, nhưng vẫn còn lo lắng?'), 8)
  assert.equal(x.length, DIRECTION_FEATURES.length)
  assert.ok(x.every(Number.isFinite))
  assert.equal(topicFeatures(ev).length, TOPIC_FEATURES)
})

test('the last segment and the turn it takes', () => {
  const a = features('Lúc đầu nhiều hộ băn khoăn, nhưng nay đã đồng ý')
  assert.ok(a['support-last'] > 0 && a['concern-before'] > 0 && a['concern-last'] === 0)
  assert.equal(a['turns-favourable'], 1)
  const b = features('Đường làm đẹp, nhưng bụi bặm, ồn ào')
  assert.equal(b['turns-unfavourable'], 1)
  assert.equal(b['both-stances'], 1)
})

test('no cue, numbers, a question', () => {
  const a = features('Ngày 12/5 có 35 hộ nhận quà')
  assert.equal(a['no-cue'], 1)
  assert.ok(a.numbers > 0)
  assert.equal(features('Có phải nộp thêm tiền không?').question, 1)
})

test('favourable, then a contrast or concession with no cue of its own: a reservation', () => {
  assert.equal(features('Người nghỉ hưu phấn khởi vì lương hưu tăng, tuy mức tăng chưa nhiều')['favourable-reserved'], 1)
  // no reservation word after the concession: half
  assert.equal(features('Bà con phấn khởi vì đường mới, nhưng ngõ trong thì sao')['favourable-reserved'], 0.5)
  // the last segment has its own cue: the other features read it
  assert.equal(features('Bà con phấn khởi, nhưng lo ngại về tiền góp')['favourable-reserved'], 0)
  assert.equal(features('Bà con phấn khởi vì đường mới, nhưng ngõ trong vẫn còn tối')['favourable-reserved'], 1)
  // "con" (child) is not "còn"
  assert.equal(features('Phụ huynh rất hài lòng, tuy con tôi còn nhỏ')['favourable-reserved'], 0.5)
})
