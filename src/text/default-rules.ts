/**
 * The phrase rules shipped with the engine. The focal board may edit them (they are plain data, see
 * rules.ts); phrases are written as people type them and are folded when compiled, so "giải phóng mặt bằng"
 * also matches "giai phong mat bang". Weights: 1 a hint, 2 typical, 3 decisive for the topic.
 */
import type { Rules } from './rules.ts'

type W = [number, string]
const list = (groups: W[]): { phrase: string; weight: number }[] =>
  groups.flatMap(([weight, phrases]) => phrases.split('|').map((p) => ({ phrase: p.trim(), weight })).filter((p) => p.phrase !== ''))

export const DEFAULT_RULES: Rules = {
  version: 1,
  topics: {
    'kt-xh': list([
      [3, 'mở rộng đường|làm đường|nâng cấp đường|tuyến đường|kinh tế|kinh tế xã hội|tăng trưởng|doanh nghiệp|hộ kinh doanh|tiền thuế|nộp thuế|khai thuế|hoàn thuế|hoá đơn điện tử|hóa đơn điện tử|thu ngân sách|ngân sách|nhà đầu tư|khu công nghiệp|xuất khẩu|lãi suất|giá vàng|thương mại|trung tâm thương mại|du lịch|khởi nghiệp|kinh tế tư nhân|chuyển đổi số|hạ tầng giao thông|cầu vượt|đường sắt đô thị|metro|sản xuất kinh doanh'],
      [2, 'đầu tư|cây cầu|cầu đi bộ|cầu dân sinh|khu chợ|chợ tạm|chợ đầu mối|chợ dân sinh|chợ truyền thống|chợ cóc|dự án|công trình|khởi công|hạ tầng|giải ngân|vốn|ngân hàng|tiểu thương|ki ốt|kiốt|hàng quán|buôn bán|thương lái|giá nhà|chung cư|bất động sản|giao thông|đường giao thông|tuyến đường|ổ gà|xuống cấp|xe buýt|nông sản|nông nghiệp|được mùa|mất giá|đơn hàng|sức mua|rút ruột|chậm tiến độ|đội vốn'],
      [1, 'giá|tiền|làm ăn|kinh doanh|thị trường|đường|thuế'],
    ]),
    'qp-an': list([
      [3, 'quốc phòng|nghĩa vụ quân sự|nhập ngũ|giao nhận quân|khám tuyển|dân quân|dân quân tự vệ|quân đội|quân sự|chủ quyền|biển đảo|biên giới|thế lực thù địch|phản động|chống phá|diễn biến hoà bình|diễn biến hòa bình|an ninh quốc gia|diễn tập|phòng thủ|diễu binh|hậu phương quân đội|lực lượng vũ trang|liệt sĩ|anh hùng liệt sĩ|kích động biểu tình|biểu tình'],
      [2, 'nghĩa vụ|trốn nghĩa vụ|né tránh nghĩa vụ|xuyên tạc|kích động|cảnh giác|bộ chỉ huy quân sự|quân nhân|bộ đội|tại ngũ|luận điệu|tin sai sự thật|phát sóng giả|trạm bts giả|chủ quyền biển|tàu lạ|xâm phạm'],
      [1, 'an ninh|tụ tập đông người'],
    ]),
    ttatxh: list([
      [3, 'giả mạo|mạo danh|trật tự|an ninh trật tự|trật tự an toàn xã hội|trộm|trộm cắp|cướp|cướp giật|ma tuý|ma túy|tiêm chích|bóng cười|tín dụng đen|cho vay nặng lãi|đòi nợ thuê|lừa đảo|giả danh|tai nạn giao thông|đua xe|nẹt pô|cờ bạc|đánh bạc|lô đề|tệ nạn|tệ nạn xã hội|công an|cảnh sát|tuần tra|tội phạm|phòng cháy chữa cháy|cháy nổ|vụ cháy|nồng độ cồn|camera an ninh|đánh nhau|chặn đánh|ẩu đả'],
      [2, 'ngã tư|ngã ba|lấn chiếm vỉa hè|lòng đường|vỉa hè|ùn tắc|ách tắc|đỗ xe|tốc độ cao|đèn tín hiệu|gờ giảm tốc|vi phạm giao thông|an toàn giao thông|đối tượng|tạm trú|khai báo|xử phạt|quán bar|chuyển khoản|cuộc gọi|tin nhắn|đường link|mất tiền|bảo vệ dân phố|tổ tự quản|hoà giải|hòa giải|cháy|ồn ào|say xỉn|bạo lực'],
      [1, 'an ninh|an toàn|xe máy|vụ việc'],
    ]),
    'doi-song': list([
      [3, 'nợ lương|nợ bảo hiểm|nợ đọng|đủ sống|không đủ sống|mức sống|đời sống|việc làm|thu nhập|thất nghiệp|tiền lương|lương hưu|mức lương cơ sở|trợ cấp|hộ nghèo|cận nghèo|an sinh xã hội|người có công|gia đình chính sách|bảo hiểm xã hội|bảo hiểm thất nghiệp|nhà ở xã hội|nhà tạm|nhà dột nát|phòng trọ|tiền trọ|tiền điện|giá điện|giá xăng|xăng dầu|giá cả|nhà trọ công nhân|người lao động|công nhân|chi tiêu|cắt giảm lao động|chế độ chính sách|nghỉ hưu'],
      [2, 'khu tập thể|chung cư cũ|nhà ở|tăng ca|trả lương|nợ lương|chậm trả lương|đơn hàng bị cắt|hỗ trợ|khó khăn|hoàn cảnh khó khăn|mất điện|nước sạch|nước máy|tiền nước|đắt đỏ|giá thực phẩm|đi chợ|chất độc hoá học|chất độc hóa học|người khuyết tật|bão|lũ|thiệt hại|đào tạo nghề|lao động|xuất khẩu lao động|thuê nhà'],
      [1, 'gia đình|tiền|nhà'],
    ]),
    'giao-duc': list([
      [3, 'kỳ thi|đi thi|thi cử|thi vào|ngôi trường|trường công lập|trường tư|trường tư thục|trường tiểu học|trường mầm non|các trường|trường công|cổng trường|giáo dục|học sinh|giáo viên|nhà trường|trường học|học phí|dạy thêm|học thêm|sách giáo khoa|tuyển sinh|lớp 10|thi tốt nghiệp|điểm chuẩn|mầm non|tiểu học|trung học|thcs|thpt|bán trú|lạm thu|bạo lực học đường|chương trình giáo dục phổ thông|học bổng|sinh viên|đại học|du học|sĩ số|thư viện trường|sữa học đường|cô giáo|thầy cô|thầy giáo|các cháu đi học|học hành'],
      [2, 'phụ huynh|lớp|học|giảng dạy|phân tuyến|đầu năm học|năm học|tan học|cổng trường|quỹ lớp|quỹ phụ huynh'],
    ]),
    'y-te': list([
      [3, 'kinh doanh thực phẩm|cơ sở kinh doanh thực phẩm|vệ sinh thực phẩm|dịch bệnh|ổ dịch|bùng dịch|mùa dịch|diệt muỗi|muỗi đốt|bệnh sởi|vắc xin sởi|y tế|bệnh viện|trạm y tế|bảo hiểm y tế|bhyt|khám chữa bệnh|khám bệnh|chữa bệnh|bác sĩ|bệnh nhân|viện phí|vắc xin|vaccine|tiêm chủng|dịch bệnh|sốt xuất huyết|tay chân miệng|ngộ độc|ngộ độc thực phẩm|an toàn thực phẩm|vệ sinh an toàn thực phẩm|thực phẩm bẩn|sữa giả|thuốc giả|sức khoẻ|sức khỏe|phòng khám|khám sàng lọc|bác sĩ gia đình|nhập viện'],
      [2, 'thuốc|bệnh|ca mắc|thực phẩm|nguồn gốc|vệ sinh thực phẩm|huyết áp|tiểu đường|ốm|phun thuốc diệt muỗi|bụi mịn'],
    ]),
    'van-hoa': list([
      [3, 'văn hoá|văn hóa|lễ hội|di tích|văn nghệ|nhà văn hoá|nhà văn hóa|gia đình văn hoá|gia đình văn hóa|nếp sống văn minh|thể dục thể thao|thể thao|bóng đá|đội tuyển|karaoke|hát karaoke|thư viện|khu vui chơi|sân chơi|câu lạc bộ|dưỡng sinh|tin giả|phản cảm|thuần phong mỹ tục|đám cưới|tiệc cưới|đám hiếu|vàng mã|mê tín|pháo hoa|bảo tồn|lịch sử|mỹ quan|phim|tiktok'],
      [2, 'truyền thống|mạng xã hội|clip|giải trí|vui chơi|sinh hoạt cộng đồng|du xuân|mừng xuân|hội trại|lối sống|giới trẻ|quảng cáo|rao vặt|đổi tên đường|tên đường|giếng cổ|cây đa|trang phục|văn minh đô thị'],
    ]),
    'moi-truong': list([
      [3, 'dòng sông|bờ sông|ven sông|nước sông|con sông|sông tô lịch|bờ kè|kè sông|đoạn kè|cống thoát nước|miệng cống|nắp cống|khói đen|xả thải|xả trộm|xả thẳng|môi trường|vệ sinh môi trường|ô nhiễm|rác|rác thải|thu gom rác|bãi rác|nước thải|xả thải|khói bụi|bụi|tiếng ồn|ngập|ngập úng|ngập lụt|thoát nước|kênh|mương|hồ điều hoà|hồ điều hòa|cây xanh|mùi hôi|bốc mùi|hôi thối|khí thải|không khí|chất lượng không khí|phân loại rác|xử lý rác|đốt rác|đốt rơm rạ|túi ni lông|sạt lở|biến đổi khí hậu|nắng nóng|hạn hán|lò gạch|phế thải|chặt cây|cá chết|nạo vét'],
      [2, 'mùi|nước giếng|giếng khoan|bùn|đổ trộm|trồng cây|sạch đẹp|xanh sạch|ô nhiểm|mưa lớn|mưa to|triều cường|bão'],
    ]),
    'dat-dai': list([
      [3, 'đất đai|giải phóng mặt bằng|gpmb|bồi thường|đền bù|tái định cư|thu hồi đất|giá đất|bảng giá đất|sổ đỏ|sổ hồng|giấy chứng nhận quyền sử dụng đất|quyền sử dụng đất|giấy chứng nhận|quy hoạch|quy hoạch treo|tranh chấp đất|lấn chiếm đất|đất công|tách thửa|sang tên|chuyển mục đích|đo đạc|địa chính|kiểm đếm|bàn giao mặt bằng|mặt bằng|hiến đất|đất nông nghiệp|đất dịch vụ|đất ở|luật đất đai|giải toả|giải tỏa|sốt đất|thửa đất|ranh giới'],
      [1, 'đất'],
      [2, 'thu hồi|mét vuông|m2|lô đất|xây dựng trái phép|xây lấn|lấn chiếm|đất vườn|lô đất|đất giãn dân|dự án|cấp sổ|nhà đất|mồ mả|di dời'],
    ]),
    'xd-dang': list([
      [3, 'xây dựng đảng|của đảng|lãnh đạo của đảng|chỉnh đốn đảng|điều lệ đảng|bí thư|bí thư chi bộ|cấp uỷ|cấp ủy|đảng viên|chi bộ|đảng bộ|đảng uỷ|đảng ủy|sinh hoạt chi bộ|nghị quyết|đại hội đảng|đại hội chi bộ|kết nạp đảng|kết nạp|đảng phí|tham nhũng|chống tham nhũng|tiêu cực|lãng phí|kỷ luật|nêu gương|tinh gọn bộ máy|tinh gọn|sắp xếp bộ máy|tinh giản biên chế|cán bộ dôi dư|dôi dư|tự diễn biến|tự chuyển hoá|tự chuyển hóa|suy thoái|văn kiện|nhân sự đại hội|xếp loại|đánh giá cán bộ|học tập nghị quyết|quán triệt|tư tưởng hồ chí minh|hệ thống chính trị|sổ tay đảng viên|vùng cấm|vụ lợi|sai phạm|nhũng nhiễu'],
      [2, 'lãnh đạo|người đứng đầu|vụ án|xét xử|quần chúng|sợ sai|đùn đẩy|nể nang|gương mẫu|nhiệm kỳ|sáp nhập|cán bộ chủ chốt|rút ruột'],
      [1, 'cán bộ'],
    ]),
    'chinh-quyen': list([
      [3, 'chính quyền|uỷ ban nhân dân|ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd|thủ tục|thủ tục hành chính|cải cách hành chính|một cửa|bộ phận một cửa|dịch vụ công|dịch vụ công trực tuyến|căn cước|cccd|định danh điện tử|vneid|chứng thực|hộ tịch|hộ khẩu|sổ hộ khẩu|thường trú|khai sinh|tiếp dân|tiếp công dân|đối thoại|đơn thư|khiếu nại|tố cáo|trả lời đơn|phiền hà|hách dịch|chính quyền địa phương hai cấp|hai cấp|sáp nhập phường|công chức|cán bộ phường|giấy tờ|tiếp xúc cử tri|kỳ họp|đường dây nóng'],
      [2, 'hồ sơ|uỷ ban|ủy ban|giải quyết|trả lời|văn bản|nộp|đại biểu|làm thủ tục|chậm trễ|giờ hành chính'],
      [1, 'trụ sở|công khai|cử tri|phường|xử lý|chính sách|quy định|kết quả|cán bộ'],
    ]),
    'mttq-doan-the': list([
      [3, 'mặt trận|mặt trận tổ quốc|mttq|đoàn thể|hội phụ nữ|đoàn thanh niên|đoàn viên|hội viên|cựu chiến binh|hội cựu chiến binh|ccb|hội nông dân|công đoàn|hội người cao tuổi|đại đoàn kết|ngày hội đại đoàn kết|quỹ vì người nghèo|vì người nghèo|giám sát và phản biện|phản biện xã hội|ban công tác mặt trận|họp tổ|mùa hè xanh|tình nguyện|chữ thập đỏ|mái ấm tình thương|vận động quyên góp|ủng hộ đồng bào|mừng thọ'],
      [2, 'vận động|đóng góp|quỹ|họp tổ dân phố|tổ trưởng|trưởng ban|các cụ|chị em|cựu'],
      [1, 'khu dân cư|tổ dân phố|người cao tuổi|nông dân|phụ nữ|thanh niên'],
    ]),
    'ton-giao-dan-toc': list([
      [3, 'nhà chùa|ngôi chùa|tại chùa|ở chùa|lên chùa|đi chùa|chùa chiền|sư trụ trì|tôn giáo|tín ngưỡng|tự do tín ngưỡng|dân tộc|dân tộc thiểu số|đồng bào dân tộc|nhà thờ|giáo xứ|giáo họ|giáo dân|công giáo|tin lành|phật giáo|phật tử|phật đản|nhà chùa|nhà sư|sư thầy|linh mục|chức sắc|chức việc|tín đồ|đạo lạ|tà đạo|truyền đạo|đạo mới|hội thánh|hội thánh đức chúa trời|giáng sinh|công đức|thờ tự|cơ sở thờ tự|khmer|người hoa|người dân tộc|đọc kinh|cúng giải hạn|mê tín dị đoan|tượng phật'],
      [2, 'thắp hương|tín đồ|sinh hoạt tôn giáo'],
    ]),
    'doi-ngoai': list([
      [3, 'ở nhật|sang nhật|hàn quốc|đài loan|lao động ở nước ngoài|nhật bản|nước nga|nga ukraine|người thân ở nước ngoài|đối ngoại|quốc tế|ngoại giao|nước ngoài|trung quốc|hoa kỳ|ukraine|israel|iran|trung đông|biển đông|biển đỏ|xung đột|chiến sự|thuế quan|thuế đối ứng|hội nhập|hội nhập quốc tế|đối tác chiến lược|apec|asean|liên hợp quốc|tổng thống|thủ tướng nước|hàn quốc|thị thực|du học|xuất khẩu lao động|tàu nước ngoài|nước bạn|quan hệ hai nước|bạn bè quốc tế|hàng nhập khẩu|giá dầu thế giới'],
      [2, 'ngư dân|tàu cá|vùng biển|lãnh hải|ngư cụ|mỹ|chiến tranh|thế giới|toàn cầu|cứu hộ quốc tế|động đất|chuyến thăm|ký kết|thoả thuận|thỏa thuận'],
      [1, 'hợp tác'],
    ]),
    khac: list([
      [3, 'thời tiết|xổ số|nhật thực|người nổi tiếng|tình hình tư tưởng|không có vấn đề gì|chưa có vấn đề gì|không có gì nổi bật|không có ý kiến|không có diễn biến|ý kiến khác|chuyện đời thường|trời rét|trời mưa|vệ tinh|kỳ nghỉ lễ|đón tết|không khí đầm ấm'],
      [2, 'cơ bản ổn định|ổn định|nói chung|nhìn chung|chung chung|đời thường'],
      [1, 'tin đồn|bàn tán'],
    ]),
  },
  directions: {
    // two stances in one text: "có người tiếc, có người thấy hợp lý", "ý kiến trái chiều"
    mixed: list([[2, 'trái chiều|tranh cãi|nhiều chiều|có người|số khác|người khen người chê|vừa mừng vừa lo|chưa thống nhất|còn ý kiến|một số ít còn']]),
    support: list([
      [3, 'đồng ý|thích|hợp lý|cần thiết|yên tâm|đồng tình|ủng hộ|hoan nghênh|phấn khởi|tin tưởng|hài lòng|đồng thuận|nhất trí|tán thành|đánh giá cao|tự hào|vui mừng|yên tâm|cảm kích|cảm động|xúc động|khen|khen ngợi|hưởng ứng|thiết thực|tích cực|rất vui|đỡ quá'],
      [2, 'đỡ quá|đỡ được|đỡ vất vả|ổn|mừng|vui|thuận tiện|tiện lợi|tốt|tận tình|chu đáo|nhanh gọn|khang trang|sạch đẹp|hào hứng|háo hức|an toàn hơn|hiệu quả|đón nhận|ghi nhận|mong chờ|mong đợi|kỳ vọng|cải thiện|tiến bộ|ổn định|quý mến|đầm ấm|nghiêm túc|trang trọng|đúng hẹn|sôi nổi|minh bạch|ok|yên tâm công tác|đỡ được|giảm hẳn|đã được khắc phục'],
      [1, 'hoàn thành'],
    ]),
    concern: list([
      [3, 'lo lắng|lo ngại|băn khoăn|hoang mang|trăn trở|e ngại|lưỡng lự|thắc mắc|phân vân|sốt ruột|nỗi lo|xôn xao|nghi ngờ|cảnh giác|tâm lý chờ đợi'],
      [2, 'nghi ngờ|nghi do|nghi là|không biết có|lo|đề nghị|kiến nghị|mong muốn|không biết|chưa rõ|chưa có thông tin|tin đồn|nguy cơ|ngại|e rằng|khó khăn|chật vật|đề xuất|nghe đồn|chưa quen|lúng túng'],
      [1, 'cảnh báo|lạ mặt|thất thường|gia tăng|bao giờ|khi nào|hay không|liệu|chưa biết|tình trạng|hỏi bao giờ|hỏi nhau|tiếc|ảnh hưởng|mong'],
    ]),
    oppose: list([
      [3, 'than phiền|than thở|than khó|mệt mỏi|bị lỗi|hay bị lỗi|lỗi hệ thống|mái dột|dột nát|nợ đọng|phản đối|bức xúc|bất bình|phẫn nộ|phản nộ|phàn nàn|kêu ca|lên án|không chấp nhận|chưa thoả đáng|chưa thỏa đáng|không công bằng|nhũng nhiễu|hách dịch|gây phiền hà|phiền hà|lãng phí|sai phạm|mất niềm tin|than trời|bất tiện|quá tải|tràn lan|xuống cấp|ép giá|cắt cổ|rút ruột|vô trách nhiệm|né tránh|cào bằng|nể nang|thất vọng|tức giận|ai chịu nổi|quá đáng'],
      [2, 'không tin|mất lòng tin|quá thấp|thấp|quá cao|tăng cao|tăng liên tục|chưa thấy|không thấy|thiếu|không phù hợp|bỏ hoang|đòi|áp lực|dồn dập|đơn điệu|không có cơ hội|chưa khắc phục|phê bình|không bảo đảm|trượt|tiêu cực|chung chung|hình thức|kém|kêu|chậm|chậm trễ|không ai|chưa được giải quyết|chưa giải quyết|không ai xử lý|không được xử lý|vẫn chưa|mãi không|lạm thu|bốc mùi|hôi thối|ế ẩm|điêu đứng|rườm rà|nguy hiểm|phản cảm|xuyên tạc|không đủ|thấp quá|cao quá|chậm quá|lầy lội|ồn ào|mất ngủ|cáu gắt|không ổn'],
      [1, 'trái phép|lấn chiếm|vi phạm|ô nhiễm|kéo dài'],
    ]),
  },
  intensity: {
    pressing: list([[1, 'rất bức xúc|vô cùng bức xúc|hết sức bức xúc|cực kỳ bức xúc|kiến nghị khẩn|khẩn|khẩn cấp|khẩn trương|tụ tập đông người|kéo đến trụ sở|kéo nhau lên|kéo ra chặn|chặn xe|vây bắt|đình công|ngừng việc|biểu tình|gay gắt|căng thẳng|nguy cơ phức tạp|nguy cơ mất an ninh|nguy cơ mất nhà|di dời khẩn cấp|phản ứng dữ dội|phản đối mạnh mẽ|đe doạ|đe dọa']]),
    high: list([[1, 'bức xúc|phản đối|bất bình|phẫn nộ|lên án|kéo dài|nhiều lần|nhiều năm|nhiều tháng|nghiêm trọng|không ai xử lý|mất niềm tin|rất lo|hoang mang|phản ứng mạnh|đã báo|gửi đơn|ai chịu nổi|quá đáng|không chấp nhận']]),
    medium: list([[1, 'lo lắng|lo ngại|băn khoăn|lo|kiến nghị|đề nghị|phản ánh|phàn nàn|kêu ca|thắc mắc|không đồng tình|chưa hài lòng|mong|đề xuất']]),
  },
  // phrases that only take their syllables away from shorter rules they would otherwise trigger:
  // "chủ trương" is not "trường", "chất lượng" is not "lương", "trường hợp" is not a school
  neutral: 'chủ trương|chất lượng|lực lượng|số lượng|trường hợp|lập trường|hiện trường|quảng trường|thị trường|người thân|tổ trưởng|thuộc diện|trực thuộc|phụ thuộc|dịch vụ|mục đích|thù địch|đảm bảo|bảo đảm|đồng chí|đồng thời|giải thích|thích hợp|thích ứng|chào mừng|chúc mừng|tin tức|thông tin|không khí|không gian'.split('|'),
  amplifiers: ['rất', 'quá', 'vô cùng', 'hết sức', 'cực kỳ', 'lắm', 'cực', 'kinh khủng', 'nghiêm trọng'],
  latent: list([[1, 'âm ỉ|xì xào|ngấm ngầm|chưa ai dám|không dám nói|chưa lên tiếng|chưa ai lên tiếng|dư luận ngầm|sau lưng|chưa công khai|chưa nói ra|tâm lý chờ đợi|có tâm lý|nghe đồn|tin đồn|xôn xao|bàn tán|lén lút|chưa có thông tin chính thức|chưa có văn bản|nghi ngờ|tiềm ẩn|nguy cơ phát sinh']]),
}
