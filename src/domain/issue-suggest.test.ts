import { test } from 'node:test'
import assert from 'node:assert/strict'
import { rankSuggestions, SUGGEST_LIMIT, SUGGEST_THRESHOLD } from './issue-suggest.ts'

const ISSUES = [
  { id: 'gpmb', topic: 'dat-dai', texts: ['Giá bồi thường GPMB đường Nguyễn Trãi thấp', 'Người dân tổ 7 cho rằng đơn giá thấp hơn giá thị trường'] },
  { id: 'rac', topic: 'moi-truong', texts: ['Rác tồn đọng đầu ngõ 34 Hàng Bông'] },
  { id: 'luong', topic: 'doi-song', texts: ['Công nhân công ty giày Hoà Bình bị nợ lương'] },
  { id: 'thuoc', topic: 'y-te', texts: ['Trạm y tế phường thiếu thuốc huyết áp, tiểu đường'] },
]

test('a retold complaint finds its issue; an unrelated one finds nothing', () => {
  const found = rankSuggestions('Bà con tổ 7 phản ánh tiền đền bù GPMB đường Nguyễn Trãi thấp, dân rất bức xúc.', ['dat-dai'], ISSUES)
  assert.deepEqual(found.map((s) => s.id), ['gpmb'])
  assert.ok(found[0]!.score >= SUGGEST_THRESHOLD && found[0]!.score <= 1)
  assert.equal(found[0]!.sameTopic, true)
  // without accents, as typed on a phone
  assert.deepEqual(rankSuggestions('nguoi cao tuoi phan nan tram y te phuong hay het thuoc huyet ap', [], ISSUES).map((s) => s.id), ['thuoc'])
  assert.deepEqual(rankSuggestions('Đường Trần Phú bị đào lên lần thứ ba trong năm để lắp cáp quang.', ['kt-xh'], ISSUES), [])
  assert.deepEqual(rankSuggestions('', [], ISSUES), [])
  assert.deepEqual(rankSuggestions('và là của', [], ISSUES), [])
})

test('issues on one of the record\'s topics come first, then the rest by score', () => {
  const candidates = [
    { id: 'a', topic: 'moi-truong', texts: ['Ngõ 34 Hàng Bông có rác'] },
    { id: 'b', topic: 'y-te', texts: ['Rác thải ngõ 34 Hàng Bông vứt bừa bãi'] },
    { id: 'c', topic: 'khac', texts: ['Dân phản ánh về ngõ khác', 'Rác tồn đọng đầu ngõ 34 Hàng Bông'] },
  ]
  const text = 'Rác thải ở đầu ngõ 34 phố Hàng Bông tồn đọng nhiều ngày, bốc mùi hôi thối.'
  const all = rankSuggestions(text, [], candidates)
  assert.deepEqual(all.map((s) => s.id), ['c', 'a', 'b'])
  assert.ok(all[0]!.score > all[1]!.score && all[1]!.score > all[2]!.score)
  assert.deepEqual(rankSuggestions(text, ['y-te'], candidates).map((s) => [s.id, s.sameTopic]), [['b', true], ['c', false], ['a', false]])
})

test('at most five, the best of them', () => {
  const many = Array.from({ length: 9 }, (_, i) => ({ id: `i${i}`, topic: 'moi-truong', texts: [['Rác thải ngõ 34 Hàng Bông vứt bừa bãi', 'Ngõ 34 Hàng Bông có rác', 'Rác tồn đọng đầu ngõ 34 Hàng Bông'][i % 3]!] }))
  const r = rankSuggestions('Rác thải ở đầu ngõ 34 phố Hàng Bông tồn đọng nhiều ngày, bốc mùi hôi thối.', ['moi-truong'], many)
  assert.equal(r.length, SUGGEST_LIMIT)
  // the three best-matching texts, then two of the middle ones; the weakest are left out
  assert.deepEqual(r.map((s) => s.id), ['i2', 'i5', 'i8', 'i1', 'i4'])
  for (let i = 1; i < r.length; i++) assert.ok(r[i - 1]!.score >= r[i]!.score)
})
