import { test } from 'node:test'
import assert from 'node:assert/strict'
import { applyRules, compileRules, countTurns, parseRules, type Rules } from './rules.ts'
import { DEFAULT_RULES } from './default-rules.ts'
import { clauses } from './tokenize.ts'

const compiled = compileRules(DEFAULT_RULES)
const ev = (text: string) => applyRules(compiled, clauses(text))

test('the bundled rules are valid and survive a JSON round trip', () => {
  const r = parseRules(JSON.parse(JSON.stringify(DEFAULT_RULES)))
  assert.ok(r.ok)
  if (r.ok) assert.deepEqual(r.rules, DEFAULT_RULES)
})

test('bad rules name the field', () => {
  const bad = { ...DEFAULT_RULES, topics: { ...DEFAULT_RULES.topics, 'dat-dai': [{ phrase: '', weight: 1 }] } }
  const r = parseRules(bad)
  assert.equal(r.ok, false)
  if (!r.ok) assert.ok(r.issues.some((i) => i.path.startsWith('topics.dat-dai')))
  assert.equal(parseRules({ version: 2 }).ok, false)
})

test('topic phrases match with and without accents', () => {
  assert.ok(ev('Bà con bức xúc về giá bồi thường giải phóng mặt bằng').topics['dat-dai'] > 0)
  assert.equal(ev('ba con buc xuc ve gia boi thuong giai phong mat bang').topics['dat-dai'], ev('Bà con bức xúc về giá bồi thường giải phóng mặt bằng').topics['dat-dai'])
})

test('negation turns a cue around', () => {
  assert.ok(ev('Người dân không đồng tình với phương án').directions.oppose > 0)
  assert.equal(ev('Người dân không đồng tình với phương án').directions.support, 0)
  assert.ok(ev('chưa hài lòng với cách giải quyết').directions.oppose > 0)
  assert.ok(ev('Bà con không phản đối chủ trương').directions.support > 0)
  assert.equal(ev('Bà con không phản đối chủ trương').directions.oppose, 0)
})

test('a topic phrase does not hide a direction cue ("vẫn băn khoăn" is not "văn bản")', () => {
  assert.ok(ev('đồng tình nhưng vẫn băn khoăn').directions.concern > 0)
})

test('contrast between stances', () => {
  assert.equal(ev('Phụ huynh đồng tình nhưng vẫn băn khoăn về chất lượng').contrast, 1)
  assert.equal(ev('Những hộ dân đồng tình, phấn khởi').contrast, 0)
  assert.equal(countTurns([1, 0, -1]), 1)
  assert.equal(countTurns([1, 0, 1]), 0)
  assert.equal(countTurns([0, -1, 0, 1, 0, -1]), 2)
})

test('intensity, amplifiers and latent cues', () => {
  assert.ok(ev('Kiến nghị khẩn về sạt lở').intensity.pressing > 0)
  assert.ok(ev('Dân rất bức xúc').intensity.pressing > 0)
  assert.ok(ev('bức xúc lắm').amplified > 0)
  assert.ok(ev('mấy người xì xào sau lưng').latent > 0)
})

test('edited rules take effect', () => {
  const edited: Rules = structuredClone(DEFAULT_RULES)
  edited.topics['moi-truong'].push({ phrase: 'cá chép hoá rồng', weight: 3 })
  assert.equal(ev('cá chép hoá rồng').topics['moi-truong'], 0)
  assert.ok(applyRules(compileRules(edited), clauses('Cá chép hóa rồng')).topics['moi-truong'] > 0)
})
