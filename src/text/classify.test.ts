import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { analyze, classify, deserializeClassifier, serializeClassifier, trainClassifier, updateClassifier, withRules } from './classify.ts'
import { defaultClassifier } from './default-classifier.ts'
import { DEFAULT_RULES } from './default-rules.ts'
import { DIRECTIONS, INTENSITIES, TOPIC_CODES } from './taxonomy.ts'
import { toSearchText } from './search.ts'
import { fold } from './fold.ts'

const c = defaultClassifier()

test('typical records', () => {
  const a = classify(c, 'Nhiều hộ dân rất bức xúc vì giá bồi thường giải phóng mặt bằng quá thấp, kéo nhau lên phường')
  assert.equal(a.topics[0]?.code, 'dat-dai')
  assert.equal(a.direction.code, 'oppose')
  assert.equal(a.intensity, 'pressing')
  const b = classify(c, 'Phu huynh phan khoi vi duoc mien hoc phi')
  assert.equal(b.topics[0]?.code, 'giao-duc')
  assert.equal(b.direction.code, 'support')
  assert.equal(b.intensity, 'low')
})

test('negation: "không đồng tình" opposes, "không phản đối" does not', () => {
  assert.equal(classify(c, 'Người dân không đồng tình với việc thu thêm phí vệ sinh').direction.code, 'oppose')
  assert.notEqual(classify(c, 'Người dân không phản đối việc thu phí vệ sinh môi trường').direction.code, 'oppose')
})

test('mixed and latent', () => {
  assert.equal(classify(c, 'Phụ huynh đồng tình với chủ trương nhưng vẫn băn khoăn về học phí').direction.code, 'mixed')
  assert.equal(classify(c, 'Trong dân đang xì xào chuyện chia đất dịch vụ, chưa ai dám nói').latent, true)
})

test('always valid codes, scores in [0, 1], topic scores sum to at most 1, best first', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(fc.constantFrom('đất', 'bức xúc', 'học phí', 'không', 'rất', 'nhưng', 'ổn', ',', 'Đảng', 'lo'), { maxLength: 40 }).map((a) => a.join(' '))), (text) => {
      const r = classify(c, text)
      if (r.topics.length < 1 || r.topics.length > 3) return false
      if (!r.topics.every((t) => TOPIC_CODES.includes(t.code) && t.score >= 0 && t.score <= 1)) return false
      for (let i = 1; i < r.topics.length; i++) if ((r.topics[i] as { score: number }).score > (r.topics[i - 1] as { score: number }).score) return false
      if (r.topics.reduce((a, t) => a + t.score, 0) > 1.001) return false
      return DIRECTIONS.includes(r.direction.code) && r.direction.score >= 0 && r.direction.score <= 1 && INTENSITIES.includes(r.intensity) && typeof r.latent === 'boolean'
    }),
    { numRuns: 300 },
  )
})

test('learns from new labels incrementally', () => {
  const small = trainClassifier([{ text: 'Lễ hội đình làng vui', topics: ['van-hoa'], direction: 'support' }])
  const text = 'Chuyện cá koi ở hồ gươm được bàn nhiều'
  const before = classify(small, text)
  const after = updateClassifier(small, Array.from({ length: 5 }, () => ({ text: 'cá koi hồ gươm', topics: ['khac' as const], direction: 'unknown' as const })))
  assert.equal(classify(after, text).topics[0]?.code, 'khac')
  // the input classifier is unchanged
  assert.deepEqual(classify(small, text), before)
})

test('serialised classifier classifies the same; edited rules apply', () => {
  const back = deserializeClassifier(JSON.parse(JSON.stringify(serializeClassifier(c))))
  const text = 'Dân phản ánh rác thải bốc mùi ở đầu ngõ'
  assert.deepEqual(classify(back, text), classify(c, text))
  const rules = structuredClone(DEFAULT_RULES)
  rules.topics['doi-ngoai'].push({ phrase: 'ngõ', weight: 10 })
  assert.notEqual(classify(c, 'Chuyện ở đầu ngõ hôm qua').topics[0]?.code, 'doi-ngoai')
  assert.equal(classify(withRules(c, rules), 'Chuyện ở đầu ngõ hôm qua').topics[0]?.code, 'doi-ngoai')
})

test('analyze: one pass gives the search text, the folded text and the classification', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const a = analyze(c, text)
      return a.searchText === toSearchText(text) && a.folded === fold(text) && JSON.stringify(a.classification) === JSON.stringify(classify(c, text))
    }),
    { numRuns: 200 },
  )
})
