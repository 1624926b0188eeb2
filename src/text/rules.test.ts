import { test } from 'node:test'
import assert from 'node:assert/strict'
import { applyRules, compileRules, countTurns, markerAt, parseRules, type Rules } from './rules.ts'
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

test('contrast and concession markers; look-alike words are not markers', () => {
  const kindAt = (text: string, word: number, clause = 0) => markerAt(clauses(text)[clause] as string[], word, clause)[0]
  assert.equal(kindAt('tốt nhưng chậm', 1), 1)
  assert.equal(kindAt('có những hộ chưa nhận', 1), 0)
  assert.equal(kindAt('Những ngày gần đây', 0), 0)
  assert.equal(kindAt('đồng ý, tuy nhiên còn lo', 0, 1), 1)
  assert.equal(kindAt('tùy theo từng hộ', 0), 0)
  assert.equal(kindAt('mặc dù đã giải thích', 0), 2)
  assert.equal(kindAt('dự án mở rộng đường', 0), 0)
  assert.equal(kindAt('đã xong, sông Tô Lịch vẫn bẩn', 0, 1), 1)
  assert.equal(kindAt('bờ sông sạt lở', 1), 0)
  assert.equal(kindAt('tường rào bị nghiêng', 0), 0)
  assert.equal(kindAt('lúc đầu còn lo', 0), 3)
  assert.equal(kindAt('hóa ra chờ ba tháng', 0), 4)
})

test('segments: the clause after a contrast, and after a concession clause, is the last segment', () => {
  const a = ev('Phụ huynh đồng tình, nhưng lo học phí cao')
  assert.equal(a.segments, 1)
  const last = a.cues.kind.filter((_, i) => a.cues.segment[i] === a.segments)
  assert.ok(last.includes(1) && !last.includes(0))
  const b = ev('Mặc dù lo lắng ban đầu, các hộ đều đồng ý')
  assert.equal(b.markers.concession, 1)
  assert.deepEqual(b.cues.kind.filter((_, i) => b.cues.segment[i] === b.segments), [0])
  assert.equal(ev('Người dân đồng tình, phấn khởi').segments, 0)
})

test('group split, questions and reports', () => {
  assert.equal(ev('Đa số đồng tình, một số còn băn khoăn').groupSplit, true)
  assert.equal(ev('Đa số đồng tình').groupSplit, false)
  assert.equal(ev('Bao giờ thì trả tiền đền bù').questions, 1)
  assert.equal(ev('con có được hoãn nghĩa vụ không').questions, 1)
  assert.equal(ev('Người dân không đồng ý').questions, 0)
  assert.ok(ev('Hội nghị diễn ra vào sáng thứ năm, có 120 người tham dự').reports >= 2)
})

test('"không còn lo" is a negated worry; "không yên tâm" is worry, not opposition', () => {
  const a = ev('Bà con không còn lo ngập nữa')
  assert.equal(a.directions.concern, 0)
  assert.ok(a.directions.support > 0)
  const b = ev('Người dân không yên tâm về chất lượng nước')
  assert.ok(b.directions.concern > 0)
  assert.equal(b.directions.oppose, 0)
})

test('words that fold like a cue are not that cue', () => {
  // "thủ tục" is not "tức", "làm thủ tục" not "lạm thu", "thu tiền" not "tiện", "y tế" not "tệ", "hội nghị" not "hôi", "một số" not "sợ"
  for (const text of ['Người dân làm thủ tục, tiếp tục thu tiền quỹ', 'Trạm y tế, kinh tế, hội nghị', 'Một số hộ làm sổ đỏ ở trụ sở', 'Hiện nay đã đổ đất, đo đạc xong']) {
    const d = ev(text).directions
    assert.deepEqual([d.support, d.concern, d.oppose], [0, 0, 0], text)
  }
  // "đang" is not "Đảng", "đến" not "đền", "mua" not "múa", "hộ" not "hồ", "bao giờ" not "bão", "quận" not "quân"
  const t = ev('Người dân đang đến mua hàng, hộ dân hỏi bao giờ quận làm').topics
  assert.deepEqual([t['xd-dang'], t['van-hoa'], t['moi-truong'], t['qp-an']], [0, 0, 0, 0])
  // the cues themselves still count in phrases that cannot be read otherwise
  assert.ok(ev('Tức quá, thủ tục gì mà rườm rà').directions.oppose > 0)
  assert.ok(ev('Bà con sợ bị thu hồi đất').directions.concern > 0)
  assert.ok(ev('Đảng viên chi bộ sinh hoạt đều').topics['xd-dang'] > 0)
})
