/**
 * Common multi-syllable Vietnamese words and phrases, written for this engine (general words plus the
 * vocabulary of opinion reports). Stored accented for readability and folded when the lexicon is built, so
 * "giải phóng mặt bằng" and "giai phong mat bang" both join into one token "giai_phong_mat_bang".
 */
const WORDS = `
giải phóng mặt bằng|bồi thường|hỗ trợ tái định cư|tái định cư|quy hoạch|sổ đỏ|giấy chứng nhận quyền sử dụng đất|quyền sử dụng đất
thu hồi đất|tranh chấp đất đai|đất đai|lấn chiếm|xây dựng trái phép|cấp phép xây dựng|giá đất|bảng giá đất|đất nông nghiệp|đất ở
môi trường|ô nhiễm|ô nhiễm môi trường|rác thải|xử lý rác|bãi rác|nước thải|khói bụi|tiếng ồn|ngập úng|ngập lụt|cây xanh|mùi hôi|kênh mương|vệ sinh môi trường|biến đổi khí hậu|không khí
an ninh|trật tự|an ninh trật tự|trật tự an toàn xã hội|an toàn giao thông|tai nạn giao thông|trộm cắp|cướp giật|ma tuý|ma túy|tín dụng đen|cho vay nặng lãi|lừa đảo|lừa đảo qua mạng|đánh nhau|tệ nạn xã hội|cờ bạc|đua xe|camera an ninh|công an|công an phường|tội phạm|phòng cháy chữa cháy|cháy nổ
quốc phòng|nghĩa vụ quân sự|khám tuyển|dân quân tự vệ|biển đảo|chủ quyền|biên giới|quân đội|thế lực thù địch|diễn biến hoà bình|luận điệu xuyên tạc|an ninh quốc gia
giáo dục|học sinh|giáo viên|học phí|dạy thêm|học thêm|sách giáo khoa|thi tốt nghiệp|tuyển sinh|lớp 10|trường học|mầm non|tiểu học|trung học cơ sở|trung học phổ thông|phụ huynh|bạo lực học đường|chương trình giáo dục phổ thông
y tế|bệnh viện|trạm y tế|bảo hiểm y tế|khám chữa bệnh|thuốc men|dịch bệnh|sốt xuất huyết|tiêm chủng|bác sĩ|viện phí|an toàn thực phẩm|vệ sinh an toàn thực phẩm|ngộ độc thực phẩm|thực phẩm bẩn
văn hoá|văn hóa|lễ hội|di tích|văn nghệ|thể dục thể thao|nhà văn hoá|nhà văn hóa|nếp sống văn minh|gia đình văn hoá|hát karaoke|karaoke|thuần phong mỹ tục|trang phục|mạng xã hội|tin giả
đời sống|việc làm|thu nhập|giá cả|tiền điện|giá điện|giá xăng|lương hưu|mức lương cơ sở|tiền lương|thất nghiệp|hộ nghèo|cận nghèo|an sinh xã hội|trợ cấp|người có công|bảo hiểm xã hội|bảo hiểm thất nghiệp|người lao động|công nhân|nhà ở xã hội|tiểu thương|buôn bán|chợ tạm
kinh tế|kinh tế xã hội|doanh nghiệp|đầu tư|tăng trưởng|hạ tầng|giao thông|thu ngân sách|thuế|hộ kinh doanh|du lịch|sản xuất|nông nghiệp|thương mại|xuất khẩu|lãi suất|ngân hàng|chuyển đổi số|kinh tế tư nhân|dự án
Đảng|đảng viên|chi bộ|đảng bộ|xây dựng Đảng|sinh hoạt chi bộ|nghị quyết|đại hội|đại hội Đảng|cán bộ|cán bộ đảng viên|kết nạp đảng viên|tự diễn biến|tự chuyển hoá|suy thoái tư tưởng|tham nhũng|tiêu cực|lãng phí|kỷ luật|đảng phí|nêu gương|chỉnh đốn Đảng|tinh gọn bộ máy|sắp xếp bộ máy|sáp nhập
chính quyền|uỷ ban nhân dân|ủy ban nhân dân|hội đồng nhân dân|thủ tục hành chính|cải cách hành chính|một cửa|dịch vụ công|dịch vụ công trực tuyến|căn cước|căn cước công dân|định danh điện tử|chứng thực|hộ tịch|hộ khẩu|tạm trú|giấy khai sinh|tiếp công dân|đơn thư|khiếu nại|tố cáo|khiếu kiện|sáp nhập phường|chính quyền hai cấp|cán bộ công chức|công chức|nhũng nhiễu|phiền hà
mặt trận|mặt trận tổ quốc|đoàn thể|hội phụ nữ|đoàn thanh niên|hội cựu chiến binh|cựu chiến binh|hội nông dân|công đoàn|hội người cao tuổi|người cao tuổi|tổ dân phố|khu dân cư|ngày hội đại đoàn kết|đại đoàn kết|quỹ vì người nghèo|giám sát và phản biện xã hội|hội viên|đoàn viên
tôn giáo|dân tộc|dân tộc thiểu số|tín ngưỡng|nhà thờ|chùa|giáo xứ|linh mục|nhà sư|phật giáo|công giáo|tin lành|đạo lạ|tà đạo|hoạt động tôn giáo|tự do tín ngưỡng
đối ngoại|quốc tế|xung đột|chiến tranh|biển đông|hội nhập|ngoại giao|người nước ngoài|thương chiến|thuế quan|Trung Quốc|Hoa Kỳ|Nga|Ukraine|Trung Đông
dư luận|dư luận xã hội|nhân dân|người dân|bà con|cử tri|tiếp xúc cử tri|kiến nghị|phản ánh|đề nghị|đồng tình|ủng hộ|hoan nghênh|phấn khởi|tin tưởng|hài lòng|phản đối|bức xúc|lo lắng|lo ngại|băn khoăn|hoang mang|không đồng tình|chưa hài lòng|chưa thoả đáng|chưa thỏa đáng|kéo dài|đông người|khẩn cấp|nghiêm trọng|tụ tập|chậm trễ|đồng thuận
chính sách|pháp luật|quy định|nghị định|thông tư|luật đất đai|thực hiện|triển khai|tuyên truyền|vận động|kiểm tra|xử lý|giải quyết|cơ quan chức năng|chính phủ|nhà nước|trung ương|thành phố|tỉnh|phường|xã|quận|huyện
`

/** Folds a phrase to its syllables, without importing fold() to keep this module a pure data table. */
function foldPhrase(p: string): string[] {
  return p.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().split(/\s+/).filter((s) => s !== '')
}

/** Lexicon entries as folded syllable lists (only those of two or more syllables). */
export const LEXICON: readonly (readonly string[])[] = [...new Set(WORDS.split(/[|\n]/).map((w) => foldPhrase(w).join(' ')))]
  .filter((w) => w.includes(' '))
  .map((w) => w.split(' '))
