import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { findNearDuplicates, groupNearDuplicates, similarity, NEAR_DUPLICATE_THRESHOLD } from './dedup.ts'

/** The same story: retold, copied with additions, without accents, with typos. */
export const SAME: [string, string][] = [
  ['Nhiều hộ dân tổ 7 bức xúc vì giá bồi thường giải phóng mặt bằng dự án đường Nguyễn Trãi quá thấp.', 'Bà con tổ 7 phản ánh tiền đền bù GPMB đường Nguyễn Trãi thấp, dân rất bức xúc.'],
  ['Rác thải ở đầu ngõ 34 phố Hàng Bông tồn đọng nhiều ngày, bốc mùi hôi thối.', 'Chia sẻ từ nhóm cư dân: Rác thải ở đầu ngõ 34 phố Hàng Bông tồn đọng nhiều ngày, bốc mùi hôi thối. Mọi người vào xem!'],
  ['Xưởng tái chế nhựa trong ngõ 45 thải khói đen suốt đêm, trẻ nhỏ ho nhiều.', 'xuong tai che nhua trong ngo 45 thai khoi den suot dem, tre nho ho nhieu'],
  ['Công nhân công ty giày Hoà Bình tập trung trước cổng đòi trả lương tháng 9.', 'Sáng nay hàng trăm công nhân Cty giày Hòa Bình tụ tập trước cổng công ty đòi trả lương tháng 9 bị nợ.'],
  ['Tuyến mương dọc đường Trần Phú được nạo vét, mùa mưa năm nay không còn ngập.', 'Mương đường Trần Phú nạo vét xong nên mưa năm nay không ngập nữa, bà con mừng.'],
  ['Trạm y tế phường Hoà Bình thường xuyên hết thuốc tiểu đường, huyết áp cho người già.', 'Người cao tuổi phàn nàn trạm y tế phường Hoà Bình hay hết thuốc huyết áp, tiểu đường.'],
  ['Vụ ngộ độc thực phẩm ở trường mầm non Hoa Sen làm 12 cháu nhập viện.', 'Trường mầm non Hoa Sen: 12 cháu phải nhập viện do ngộ độc thực phẩm, phụ huynh vô cùng bức xúc.'],
  ['Nhóm thanh niên đua xe, nẹt pô tối thứ bảy trên đường ven hồ Linh Đàm.', 'Tối thứ bảy nào cũng có thanh niên đua xe nẹt pô ở đường ven hồ Linh Đàm, dân ko ngủ được.'],
  ['Chủ đầu tư khu tái định cư Đồng Tàu chưa làm xong hạ tầng mà đã bắt dân chuyển đến.', 'Khu tái định cư Đồng Tàu hạ tầng chưa xong, chủ đầu tư đã yêu cầu dân chuyển đến ở.'],
  ['Ngập úng tại phố Đội Cấn sau cơn mưa chiều 15/9, nước ngập sâu 40 cm.', 'Phố Đội Cấn ngập sâu 40cm sau trận mưa chiều 15/9.'],
  ['Cán bộ địa chính phường nhận tiền để làm nhanh hồ sơ cấp sổ đỏ.', 'Có dư luận cán bộ địa chính của phường nhận tiền mới làm nhanh hồ sơ sổ đỏ cho dân.'],
  ['Giáo viên lớp 5A trường Kim Liên ép học sinh đi học thêm ở nhà.', 'Phụ huynh lớp 5A trường tiểu học Kim Liên phản ánh cô giáo ép các cháu học thêm tại nhà cô.'],
]

/** Different stories, often on the same topic and place. */
export const DIFFERENT: [string, string][] = [
  ['Nhiều hộ dân tổ 7 bức xúc vì giá bồi thường giải phóng mặt bằng dự án đường Nguyễn Trãi quá thấp.', 'Tổ 7 tổ chức họp bàn về lắp camera an ninh đầu ngõ.'],
  ['Rác thải ở đầu ngõ 34 phố Hàng Bông tồn đọng nhiều ngày, bốc mùi hôi thối.', 'Ngõ 34 phố Hàng Bông vừa được lát lại gạch và lắp đèn chiếu sáng.'],
  ['Tuyến mương dọc đường Trần Phú được nạo vét, mùa mưa năm nay không còn ngập.', 'Đường Trần Phú bị đào lên lần thứ ba trong năm để lắp cáp quang.'],
  ['Trạm y tế phường Hoà Bình thường xuyên hết thuốc tiểu đường, huyết áp cho người già.', 'Phường Hoà Bình tổ chức Ngày hội Đại đoàn kết ở khu dân cư số 4.'],
  ['Vụ ngộ độc thực phẩm ở trường mầm non Hoa Sen làm 12 cháu nhập viện.', 'Trường mầm non Hoa Sen khánh thành sân chơi mới cho các cháu.'],
  ['Công nhân công ty giày Hoà Bình tập trung trước cổng đòi trả lương tháng 9.', 'Công ty giày Hoà Bình tuyển thêm 200 công nhân may.'],
  ['Giá bồi thường đất nông nghiệp thấp, dân không đồng ý bàn giao mặt bằng.', 'Giá điện tăng liên tục, công nhân trọ phải cắt giảm chi tiêu.'],
  ['Nhóm thanh niên đua xe, nẹt pô tối thứ bảy trên đường ven hồ Linh Đàm.', 'Hồ Linh Đàm có cá chết hàng loạt, nghi do nước thải.'],
  ['Cán bộ địa chính phường nhận tiền để làm nhanh hồ sơ cấp sổ đỏ.', 'Bộ phận một cửa phường giải quyết hồ sơ đúng hạn 98% trong tháng.'],
  ['Học phí trường tư thục tăng 20% mà không báo trước.', 'Thành phố miễn học phí cho học sinh công lập từ mầm non đến THPT.'],
  ['Phường tổ chức đối thoại với 45 hộ dân bị ảnh hưởng bởi dự án khu đô thị mới.', 'Dự án khu đô thị mới chậm tiến độ ba năm, nhà đầu tư chưa trả lời.'],
  ['Người dân lo ngại trạm trung chuyển rác đặt cạnh trường mầm non.', 'Trường mầm non xin thêm giáo viên vì sĩ số đông.'],
]

test('pairs of the same story score above the threshold, different stories below', () => {
  for (const [a, b] of SAME) assert.ok(similarity(a, b) >= NEAR_DUPLICATE_THRESHOLD, `same: ${similarity(a, b).toFixed(2)} ${a} / ${b}`)
  for (const [a, b] of DIFFERENT) assert.ok(similarity(a, b) < NEAR_DUPLICATE_THRESHOLD, `different: ${similarity(a, b).toFixed(2)} ${a} / ${b}`)
})

test('finds the copies in a mixed set and groups them', () => {
  const items = [...SAME.flatMap(([a, b], i) => [{ id: `s${i}a`, text: a }, { id: `s${i}b`, text: b }]), ...DIFFERENT.map(([, b], i) => ({ id: `d${i}`, text: b }))]
  const pairs = findNearDuplicates(items)
  const found = new Set(pairs.map((p) => `${p.a}|${p.b}`))
  let hit = 0
  SAME.forEach((_, i) => {
    if (found.has(`s${i}a|s${i}b`)) hit++
  })
  assert.ok(hit >= SAME.length - 1, `found ${hit} of ${SAME.length}`)
  const groups = groupNearDuplicates(items)
  assert.ok(groups.length >= SAME.length - 1)
  assert.ok(pairs.every((p) => p.score >= NEAR_DUPLICATE_THRESHOLD && p.score <= 1))
})

test('similarity is symmetric, in [0, 1], and 1 for a text with itself', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
      const s = similarity(a, b)
      return s >= 0 && s <= 1 && Math.abs(s - similarity(b, a)) < 1e-12 && similarity(a, a) === 1
    }),
  )
})
