import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { analyze, classify, deserializeClassifier, scoreText, serializeClassifier, trainClassifier, updateClassifier, withRules } from './classify.ts'
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

test('clause-level reasoning: both sides → mixed; a worry that was settled → support', () => {
  assert.equal(classify(c, 'Đa số hội viên đồng tình, một bộ phận còn băn khoăn về chế độ').direction.code, 'mixed')
  assert.equal(classify(c, 'Lúc đầu nhiều hộ băn khoăn, nhưng sau buổi đối thoại thì đều đồng ý').direction.code, 'support')
  assert.equal(classify(c, 'Cứ tưởng đổi căn cước nhanh, hóa ra chờ ba tháng chưa có').direction.code, 'oppose')
})

test('texting forms, negated worry, facts', () => {
  assert.equal(classify(c, 'ng dan to 8 ko dong y viec thu them quy').direction.code, 'oppose')
  assert.equal(classify(c, 'Người dân không yên tâm về nguồn nước giếng').direction.code, 'concern')
  assert.equal(classify(c, 'Ngày 15/10, phường tổ chức hội nghị tổng kết với 120 đại biểu tham dự.').direction.code, 'unknown')
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

test('direction and topic probabilities are distributions', () => {
  for (const text of ['Bà con phấn khởi', 'ko biet bao gio moi xong', '']) {
    const s = scoreText(c, text)
    for (const p of [s.topic, s.direction]) {
      assert.ok(Math.abs(p.reduce((a, b) => a + b, 0) - 1) < 1e-9)
      assert.ok(p.every((x) => x >= 0 && x <= 1))
    }
  }
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
  for (const text of ['Dân phản ánh rác thải bốc mùi ở đầu ngõ', 'ko dong y, phuong lam cham qua', 'Đa số đồng tình nhưng còn lo']) assert.deepEqual(classify(back, text), classify(c, text))
  assert.throws(() => deserializeClassifier({ ...serializeClassifier(c), version: 1 } as never), /MODEL_INVALID/)
  assert.throws(() => deserializeClassifier({ ...serializeClassifier(c), vocabulary: ['a'] }), /MODEL_INVALID/)
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
