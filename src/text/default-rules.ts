/**
 * The phrase rules shipped with the engine. The focal board may edit them (they are plain data, see
 * rules.ts); phrases are written as people type them and are folded when compiled, so "giải phóng mặt bằng"
 * also matches "giai phong mat bang". Weights: 1 a hint, 2 typical, 3 decisive for the topic.
 */
import type { Rules } from './rules.ts'
import { fold } from './fold.ts'

type W = [number, string]
const list = (groups: W[]): { phrase: string; weight: number }[] =>
  groups.flatMap(([weight, phrases]) => phrases.split('|').map((p) => ({ phrase: p.trim(), weight })).filter((p) => p.phrase !== ''))

const BASE: Rules = {
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

// Second version: wider vocabulary per topic, and a direction lexicon of everyday words of approval, worry and
// complaint (with the southern, northern and texting forms people write), so that cues carry over to wording
// the labelled set never used. Folded forms that mean something else are blocked through `neutral`.
const MORE_TOPICS: Partial<Record<keyof Rules['topics'], W[]>> = {
  'kt-xh': [
    [3, 'hạ tầng kỹ thuật|vỉa hè mới|lát vỉa hè|trải nhựa|bê tông hoá|bê tông hóa|đổ bê tông|thông xe|nhà thầu|chủ đầu tư|tiến độ thi công|thi công|đấu thầu|vốn đầu tư|đầu tư công|xe buýt điện|tuyến buýt|bến xe|cao tốc|quốc lộ|trạm thu phí|bot|siêu thị|chợ đêm|hàng rong|mặt bằng kinh doanh|cửa hàng|tiệm|nhà hàng|homestay|khách du lịch|sức mua|hàng tồn|hóa đơn|hoá đơn|thuế khoán|kê khai thuế|mã qr|quét mã|thanh toán không dùng tiền mặt|giá vàng|tỷ giá|lạm phát|giá lúa|phân bón|thương lái|hợp tác xã|nông sản|được mùa|mất mùa'],
    [2, 'cầu|đường ngõ|ngõ xóm|lát lại|sửa đường|đào đường|nâng cấp|cải tạo|xây mới|khánh thành|hoàn thành|ki ốt|sạp|quầy|tiểu thương|buôn bán|bán hàng|khách hàng|doanh thu|lãi|lỗ|vay vốn|ngân hàng|điện ngầm|cáp|đèn đường'],
  ],
  'qp-an': [
    [3, 'trường sa|hoàng sa|hải quân|biên phòng|cảnh sát biển|tuyển quân|lễ giao nhận quân|hậu phương|xuất ngũ|tạm hoãn nghĩa vụ|dân quân thường trực|diễn tập khu vực phòng thủ|trường bắn|huấn luyện dân quân|diễu binh|diễu hành|phản động|tờ rơi|chính phủ lâm thời|tổ chức khủng bố|khủng bố|xâm phạm chủ quyền|an ninh mạng|thông tin xấu độc|dư luận viên|tự vệ'],
    [2, 'quân|lính|chiến sĩ|sĩ quan|đơn vị quân đội|bắn đạn thật|quân trang|chiến tranh bảo vệ|cựu quân nhân|bảo vệ tổ quốc|thế trận lòng dân'],
  ],
  ttatxh: [
    [3, 'trộm xe|mất xe|móc túi|giật túi|cướp tài sản|băng nhóm|bảo kê|côn đồ|hành hung|gây rối|gây thương tích|cố ý gây thương tích|chất cấm|hút chích|ma túy tổng hợp|đánh bạc qua mạng|cá độ|lạng lách|bốc đầu|rú ga|vượt đèn đỏ|mũ bảo hiểm|xử phạt nguội|phạt nguội|camera phạt nguội|cảnh sát giao thông|csgt|công an khu vực|công an phường|dân phòng|phòng cháy|chữa cháy|lối thoát hiểm|bình chữa cháy|báo cháy|cháy chung cư|chập điện|giả danh công an|cuộc gọi lừa đảo|chuyển tiền|lừa đảo qua mạng|mạo danh|hàng giả|hàng nhái|quản lý thị trường|trật tự đô thị|lấn chiếm lòng đường|để xe|bãi giữ xe|giữ xe|gửi xe|tai nạn|va chạm|cột điện|cây đổ|gờ giảm tốc|đèn tín hiệu|phân luồng|kẹt xe'],
    [2, 'công an|bắt giữ|đối tượng|tố giác|tụ tập|nhậu|say rượu|đánh lộn|trộm|cướp|lừa|an toàn|nguy hiểm|ban đêm|tuần tra|camera|khu trọ|nhà trọ'],
  ],
  'doi-song': [
    [3, 'giá thịt|giá rau|giá gas|giá nước|tiền nước|nước sinh hoạt|cấp nước|cắt nước|cắt điện|mất nước|điện lực|hóa đơn điện|tiền phòng|thuê trọ|ở trọ|chủ trọ|người thuê trọ|lương|tăng lương|thưởng tết|nghỉ việc|mất việc|làm thêm|tăng ca|chợ lao động|trợ cấp thất nghiệp|lương hưu|hưu trí|người cao tuổi neo đơn|neo đơn|khó khăn|hoàn cảnh|bữa cơm|đi chợ|nội trợ|tiền chợ|chi tiêu|tiết kiệm|vay mượn|nhà ở xã hội|mua nhà|chung cư mini|ban quản trị|phí dịch vụ|quỹ bảo trì|thang máy|hỗ trợ bão|thiệt hại do bão|tốc mái|quà tết|suất quà|người khuyết tật|bảo trợ xã hội'],
    [2, 'giá|đắt|rẻ|tiền|hộ gia đình|công ty|xí nghiệp|nhà máy|đơn hàng|xe ôm|grab|tài xế công nghệ|lao động tự do|cụ già|các cụ'],
  ],
  'giao-duc': [
    [3, 'học sinh|học trò|con đi học|các cháu đi học|bài tập về nhà|bài tập|điểm số|xét tuyển|thi vào lớp 10|thi lớp 10|vào lớp 6|lớp 1|lớp 2|lớp 3|học kỳ|kỳ thi|cuối cấp|bán trú|xe đưa đón học sinh|bữa trưa|suất ăn|bếp ăn|khai giảng|bế giảng|nghỉ hè|trường liên kết|tiếng anh|học bổng|khuyến học|điểm trường|sáp nhập trường|thiếu giáo viên|sĩ số lớp|nhóm trẻ|nhóm trẻ tự phát|trường mầm non|cô giáo|thầy giáo|giáo viên nước ngoài|lớp học|học bơi|kỹ năng sống|ôn thi|luyện thi'],
    [2, 'trường|lớp|học|thi|cháu|con em|phụ huynh|ban đại diện|hội cha mẹ|đọc sách'],
  ],
  'y-te': [
    [3, 'khám chữa bệnh|khám sức khoẻ|khám sức khỏe|khám miễn phí|cấp thuốc|thuốc bảo hiểm|hết thuốc|thiếu thuốc|nhà thuốc|hiệu thuốc|kháng sinh|cấp cứu|nằm viện|nằm ghép|người bệnh|người nhà bệnh nhân|chạy thận|ung thư|tiểu đường|huyết áp|cúm|cúm a|sởi|bạch hầu|dại|tiêm phòng|tiêm vắc xin|vaccine|tay chân miệng|sốt xuất huyết|phun thuốc|muỗi|dịch|ổ dịch|y sĩ|y tá|điều dưỡng|khám bảo hiểm|trái tuyến|đúng tuyến|tuyến trên|tuyến cơ sở|quá tải bệnh viện|bệnh viện quận|bệnh viện thành phố|trạm y tế phường|hiến máu|giá đỗ|hoá chất|hóa chất|ngâm hoá chất|nguồn gốc thực phẩm|thực phẩm bẩn|ngộ độc'],
    [2, 'khám|thuốc|bệnh|ốm|sức khoẻ|sức khỏe|bác sĩ|viện|truyền dịch|phòng khám tư'],
  ],
  'van-hoa': [
    [3, 'văn nghệ|liên hoan|hội diễn|đội văn nghệ|dân vũ|múa|hát|ca nhạc|chiếu phim|phim lưu động|lễ hội|rước kiệu|đình làng|đình|miếu|đền|giỗ tổ|trò chơi dân gian|cờ tướng|bóng đá|giải bóng|đội tuyển|sân bóng|sân chơi|khu vui chơi|công viên|phố đi bộ|đèn trang trí|trang trí tết|chợ hoa|pháo hoa|bắn pháo hoa|đám cưới|rạp cưới|đám ma|đám tang|đám giỗ|loa kẹo kéo|karaoke|hát karaoke|livestream|mạng xã hội|tiktok|trào lưu|người nổi tiếng|quảng cáo sai sự thật|hoa hậu|tủ sách|thư viện|đọc sách|đổi tên đường|đặt tên đường|danh nhân|di tích|trùng tu|tết trung thu|trung thu|tết thiếu nhi|nếp sống|văn minh'],
    [2, 'truyền thống|phong tục|nghệ thuật|giải trí|vui chơi|thiếu nhi|trẻ em|lễ kỷ niệm|kỷ niệm'],
  ],
  'moi-truong': [
    [3, 'rác|đổ rác|vứt rác|xe rác|thùng rác|phí rác|tiền rác|thu gom|phân loại rác|bãi rác tự phát|rác tồn đọng|điểm tập kết rác|trạm trung chuyển rác|nước rỉ rác|mùi hôi|hôi thối|bốc mùi|ruồi nhặng|khói|bụi|bụi bặm|ô nhiễm không khí|tiếng ồn|ồn ào|xưởng|xả khói|nước thải|cống|cống thoát nước|ống cống|mương|kênh|sông|bờ sông|ven sông|hồ|ao|ngập|ngập nước|nước ngập|mưa to|mưa lớn|triều cường|sạt lở|kè|cây xanh|chặt cây|cây cổ thụ|trồng cây|bóng mát|bão|lũ|nắng nóng|nhiễm mặn|nước giếng|asen|chăn nuôi|nuôi heo|nuôi lợn|chuồng trại|tái chế|phế liệu|nhựa|ni lông'],
    [2, 'môi trường|vệ sinh|sạch|bẩn|thoát nước|nạo vét|đất cát|vật liệu|che chắn|công viên'],
  ],
  'dat-dai': [
    [3, 'đền bù|bồi thường|tái định cư|khu tái định cư|giải tỏa|giải toả|di dời|thu hồi|thu hồi đất|cưỡng chế|quy hoạch|quy hoạch treo|sổ đỏ|sổ hồng|cấp sổ|làm sổ|giấy chứng nhận|tách thửa|sang tên|chuyển nhượng|chuyển mục đích|giá đất|bảng giá đất|đất ruộng|đất nông nghiệp|đất công|lấn chiếm|lấn đất|xây lấn|xây dựng trái phép|xây sai phép|giấy phép xây dựng|cấp phép xây dựng|cơi nới|ranh giới|lối đi chung|tranh chấp|đo đạc|kiểm đếm|diện tích|mặt bằng|bàn giao mặt bằng|đấu giá đất|nhà đất|mua đất|bán đất|niên hạn|sở hữu chung cư|nghĩa trang|mồ mả'],
    [2, 'đất|nhà|thửa|mét|m2|hộ dân|dự án|địa chính|văn phòng đăng ký đất đai'],
  ],
  'xd-dang': [
    [3, 'đảng|đảng viên|chi bộ|chi ủy|chi uỷ|bí thư|đảng ủy|đảng uỷ|cấp ủy|cấp uỷ|sinh hoạt chi bộ|sinh hoạt đảng|kết nạp|huy hiệu|tuổi đảng|nghị quyết|quán triệt|học tập nghị quyết|đại hội|nhiệm kỳ|kiểm điểm|xếp loại|phiếu tín nhiệm|lấy phiếu tín nhiệm|kê khai tài sản|tham nhũng|tham ô|hối lộ|nhận phong bì|phong bì|tiêu cực|lợi ích nhóm|sai phạm|kỷ luật|cán bộ sai phạm|xử lý cán bộ|nêu gương|gương mẫu|tinh gọn|tinh giản|sắp xếp bộ máy|bộ máy|dôi dư|luân chuyển cán bộ|quy hoạch cán bộ|người nhà cán bộ|con cháu cán bộ|cơ cấu|đảng phí|quần chúng ưu tú|vụ án|xét xử|bị bắt|bị điều tra|điều tra'],
    [2, 'cán bộ|lãnh đạo|trách nhiệm|đùn đẩy|sợ sai|nể nang|quần chúng|chống phá'],
  ],
  'chinh-quyen': [
    [3, 'ủy ban|uỷ ban|bộ phận một cửa|một cửa|hồ sơ|thủ tục|giấy tờ|nộp hồ sơ|trả kết quả|hẹn trả|dịch vụ công|cổng dịch vụ công|vneid|định danh|căn cước|cccd|đăng ký thường trú|tạm trú|khai sinh|khai tử|kết hôn|chứng thực|sao y|công chứng|tư pháp|hộ tịch|tiếp dân|tiếp công dân|đơn thư|khiếu nại|tố cáo|đối thoại|trả lời kiến nghị|tiếp xúc cử tri|đại biểu|hội đồng nhân dân|kỳ họp|sáp nhập phường|sáp nhập|chính quyền hai cấp|bỏ cấp huyện|địa giới|trụ sở|con dấu|biển hiệu|địa chỉ|số nhà|đường dây nóng|cán bộ phường|công chức|giờ hành chính|hiến pháp|lấy ý kiến|dự thảo'],
    [2, 'chính quyền|cán bộ|giải quyết|trả lời|xử lý|hứa|cơ quan|quy định|chính sách|thông báo'],
  ],
  'mttq-doan-the': [
    [3, 'mặt trận|ban công tác mặt trận|hội phụ nữ|chi hội|phụ nữ|hội viên|hội cựu chiến binh|cựu chiến binh|hội người cao tuổi|người cao tuổi|hội nông dân|đoàn thanh niên|đoàn viên|thanh niên tình nguyện|công đoàn|đoàn phường|hội chữ thập đỏ|quỹ|đóng quỹ|thu quỹ|các loại quỹ|quỹ khuyến học|quỹ đền ơn đáp nghĩa|quỹ vì người nghèo|quỹ an ninh|hội phí|đóng góp|vận động|ủng hộ đồng bào|quyên góp|từ thiện|nhà đại đoàn kết|họp tổ|họp dân|tổ trưởng|tổ phó|tổ dân phố|khu phố|ngày hội đại đoàn kết|giám sát|mừng thọ|hiến máu'],
    [2, 'hội|đoàn|chi em|chị em|anh em|tổ|họp'],
  ],
  'ton-giao-dan-toc': [
    [3, 'chùa|nhà chùa|sư|sư thầy|phật tử|phật đản|vu lan|lễ phật|tụng kinh|đánh chuông|nhà thờ|giáo xứ|giáo họ|giáo dân|linh mục|cha xứ|đi lễ|giờ lễ|rước kiệu đức mẹ|giáng sinh|thánh thất|cao đài|hòa hảo|hoà hảo|tin lành|hội thánh|thánh đường|đạo hồi|hồi giáo|ramadan|người chăm|đồng bào chăm|katê|khmer|chôl chnăm thmây|người hoa|hội quán|người tày|người mường|người dao|người thái|đồng bào|dân tộc|tôn giáo|tín đồ|tín ngưỡng|truyền đạo|giảng đạo|đạo lạ|thầy cúng|giải hạn|công đức|cơ sở thờ tự|thờ tự'],
    [2, 'đạo|lễ|cúng|thờ|tâm linh'],
  ],
  'doi-ngoai': [
    [3, 'nước ngoài|quốc tế|ngoại giao|đối ngoại|biển đông|tàu lạ|tàu nước ngoài|tàu trung quốc|tàu cá|ngư dân|ngư trường|bắt giữ tàu|trung quốc|mỹ|hoa kỳ|nhật|nhật bản|hàn quốc|đài loan|úc|châu âu|nga|ukraine|lào|campuchia|thái lan|indonesia|thổ nhĩ kỳ|trung đông|israel|iran|liên hợp quốc|asean|apec|thượng đỉnh|tổng thống|thủ tướng|chuyến thăm|hiệp định|thỏa thuận thương mại|thuế quan|thuế đối ứng|xuất khẩu lao động|đi xuất khẩu lao động|lao động nước ngoài|visa|thị thực|du học|người nước ngoài|khách nước ngoài|du khách nước ngoài|bảo hộ công dân|sơ tán|chiến sự|xung đột|gìn giữ hòa bình|gìn giữ hoà bình|động đất|cứu hộ quốc tế|kết nghĩa|hữu nghị|giao lưu|thế giới'],
    [2, 'hội nhập|hợp tác|nhập khẩu|xuất khẩu|vùng biển|đánh bắt xa bờ'],
  ],
  khac: [
    [3, 'thời tiết|trời mưa|trời nắng|trời nóng|trời rét|rét đậm|nồm|không khí lạnh|dự báo thời tiết|nắng nóng kéo dài|xổ số|vé số|trúng số|trúng thưởng|nhật thực|trăng máu|hiện tượng lạ|người nổi tiếng|chuyện đời thường|chuyện nhà|nghỉ tết|lịch nghỉ|nghỉ lễ|không có gì nổi bật|không có gì đặc biệt|không có chuyện gì|không có ý kiến|không ý kiến|chưa có ý kiến|bình thường|dư luận ổn định|tình hình ổn định|tư tưởng ổn định|không phát sinh|không có gì'],
    [2, 'chuyện|bàn tán|tò mò|mê tín|xui xẻo|may mắn'],
  ],
}

const MORE_DIRECTIONS: Record<'support' | 'concern' | 'oppose' | 'mixed', W[]> = {
  support: [
    [3, 'biết ơn|cảm ơn|cám ơn|cảm phục|khâm phục|nể phục|ai cũng phục|dân phục|quý|quý mến|trân trọng|vui vẻ|vui lắm|vui quá|mừng lắm|an tâm|yên lòng|yên ổn|bình yên|yên bình|hay lắm|hay quá|hay thật|hay ghê|hay thiệt|rất hay|tuyệt|tuyệt vời|sướng|đỡ khổ|đỡ lo|đỡ tốn|đỡ vất vả|đỡ mất|bổ ích|hữu ích|đúng đắn|là đúng|đúng rồi|là phải|thế là phải|nên làm|đáng khen|xứng đáng|nhất trí|thống nhất|ưng ý|ưng|khen nức nở|hài lòng|thấy hợp lý|tiện|tiện quá|thích thú|thích lắm|vui mừng|mừng rỡ|phấn chấn|đánh giá tốt|cảm thấy an toàn|an toàn hơn|được việc'],
    [2, 'tốt|tốt hơn|đẹp|sạch sẽ|sạch đẹp|gọn gàng|thông thoáng|khang trang|hiện đại|nhiệt tình|tận tâm|niềm nở|hiền|dễ thương|chu đáo|tận tình|kịp thời|nhanh chóng|nhanh|công bằng|phù hợp|hợp lý|minh bạch|rõ ràng|văn minh|giỏi|ổn thỏa|ổn thoả|đầm ấm|đông vui|vui tươi|nô nức|háo hức|hào hứng|trong lành|dễ chịu|thoải mái|thuận lợi|cải thiện|tiến bộ|chuyển biến tích cực|giảm rõ rệt|giảm hẳn|hết hẳn|yên tâm|tin tưởng|niềm tin|trông chờ|mong chờ'],
  ],
  concern: [
    [3, 'lo|lo sợ|lo âu|lo quá|lo lắm|sợ|sợ rằng|bất an|không yên tâm|chưa yên tâm|chưa an tâm|không an tâm|thấp thỏm|canh cánh|ái ngại|nôn nóng|ngờ vực|chưa rõ|không rõ|chưa hiểu|không hiểu rõ|chưa nắm được|chưa biết|không biết|hỏi nhau|thắc mắc|băn khoăn|phân vân|hoang mang|xôn xao'],
    [2, 'hỏi|xin|nhờ|đề nghị|kiến nghị|đề xuất|mong|mong muốn|mong được|cần được|chờ đợi|liệu|bao giờ|khi nào|chừng nào|hay không|có được không|có phải|ở đâu|thế nào|như thế nào|làm sao|ra sao|rủi ro|nguy cơ|không chắc|chưa chắc|khó|khó khăn|vất vả|chật vật|thiếu|chưa có|chưa được|chưa thấy|ảnh hưởng|tác động'],
  ],
  oppose: [
    [3, 'phản đối|bức xúc|bất bình|phẫn nộ|bực|bực mình|bực bội|tức|tức giận|tức tối|tức thật|khó chịu|chán|chán nản|ngán|ngán ngẩm|mệt mỏi|vô lý|phi lý|bất công|không công bằng|quá đáng|ai chịu nổi|chịu hết nổi|không chịu nổi|không chịu thấu|ai chịu thấu|không thể chấp nhận|không chấp nhận|thất vọng|mất niềm tin|mất lòng tin|không tin|không phục|chê|chê bai|chỉ trích|phê phán|lên án|tố cáo|tẩy chay|kêu trời|than trời|kêu ca|than phiền|phàn nàn|than thở|uất ức|ấm ức|oan|thiệt thòi|vô trách nhiệm|vô cảm|làm ngơ|lờ đi|bỏ mặc|thờ ơ|đùn đẩy|né tránh|đẩy qua đẩy lại|hứa suông|hứa hoài|hứa mãi|nói mãi|nhắc mãi|báo mãi|phản ánh mãi|nói hoài|mãi không|hoài không|có cũng như không|cho có|qua loa|chiếu lệ|đối phó|chặt chém|cắt cổ|ép giá|quỵt|nhũng nhiễu|hách dịch|gây khó dễ|làm khó|phiền hà|phiền phức|rườm rà|nhiêu khê|lãng phí|sai phạm|khổ|khổ sở|khổ thân|điêu đứng|lao đao|mất vui|kỳ cục|không ra gì|coi thường|tệ|tệ hại|kém|yếu kém|dở'],
    [2, 'bẩn|hôi|bốc mùi|hôi thối|ồn|ồn ào|ầm ĩ|um sùm|ầm ầm|nguy hiểm|xuống cấp|hư hỏng|hỏng hóc|bị hỏng|lộn xộn|bừa bãi|nhếch nhác|mất vệ sinh|mất an toàn|mất trật tự|chậm|chậm trễ|chậm chạp|đắt|đắt đỏ|cao quá|quá cao|quá thấp|thấp quá|không đủ|quá tải|tràn lan|lầy lội|tốn kém|bất tiện|vất vả quá|mệt|đòi|không đồng ý|không chịu|không nhận|không ký|không đóng|vẫn chưa|vẫn không|vẫn nguyên|vẫn thế|vẫn vậy|than|trục lợi|lạm thu|tận thu|thu sai|vi phạm|trái phép|sai quy định|không đúng|không công khai|thiếu minh bạch|không minh bạch'],
  ],
  mixed: [[2, 'xen lẫn|nửa mừng nửa lo|vừa mừng vừa lo|vừa vui vừa lo|khen chê|người khen|người chê|người thì|chưa ngã ngũ|ý kiến khác nhau|mỗi người một ý|được cái|ngược lại']],
}

// folded collisions: "tốt nghiệp" is not "tốt", "phục vụ" not "phục", "hỏi han" is kind, "chờ" in "chợ" is blocked by folding to "cho"
const MORE_NEUTRAL = 'tốt nghiệp|học sinh giỏi|phục vụ|khôi phục|phục hồi|khắc phục|trang phục|thuyết phục|quý vị|quý i|quý ii|quý iii|quý iv|quý 1|quý 2|quý 3|quý 4|hằng quý|hàng quý|cuối quý|đầu quý|quý này|chi tiết|tin nhắn|tin tức|thông tin|thông báo|lo liệu|lo toan|sợ hãi|đẹp trời|nhanh nhẹn|hội thánh|đường ống|sông hồng|chậm nhất|yêu cầu khắc phục|thiếu nhi|thiếu niên|thiếu tá|thiếu úy|thiếu uý|khó khăn thật sự|tiền lương|than tổ ong|hỏi thăm|thăm hỏi|đề nghị khen thưởng|đồng ý kiến|ủng hộ quỹ|ủng hộ đồng bào|ủng hộ tiền|ủng hộ gạo|nhà dột nát|nhà tạm|xóa nhà tạm|xoá nhà tạm|vui chơi|khu vui chơi|đi chơi|lo việc|lo làm ăn|lo chuẩn bị|lo làm|lo kiếm|lo cơm|phương tiện|chi nhánh|tức là|lập tức|ngay lập tức|tiền tệ|tùy tiện|tuỳ tiện|xin chào|chuẩn bị|tiêu chuẩn'.split('|')

// Third round: typical nouns, places and institutions of each field, and everyday, slang and regional words of
// approval, worry and complaint that the first two rounds lacked ("xịn", "toang", "bó tay", "sốt vó", "ngồi không
// yên"), written from the fields' vocabulary and from parts 17–20 of the labelled set, not from any fresh set.
// Folded collisions were avoided: "mát" (= "mất"), "rối" (= "rồi"), "cay" (= "cây"), "xịn" (= "xin"), "đỉnh"
// (= "định"), "nể" (= "né"), "rầu" (= "rau"), "ẩu" (= "âu"), "đô la" (= "đó là") are not listed alone. A phrase already in
// the list of its topic or stance is not added twice (it would count twice).
const THIRD_TOPICS: Partial<Record<keyof Rules['topics'], W[]>> = {
  'kt-xh': [[3, 'lưới điện|trạm biến áp|hạ ngầm|cầu treo|thuê sạp|phí thuê sạp|giá thuê ki ốt|chợ mới|xây chợ|cải tạo chợ|ban quản lý chợ|tiến độ dự án|chậm tiến độ|nhà máy|cơ sở sản xuất|làng nghề|đồ gỗ|vay vốn ưu đãi|máy tính tiền|thuế thu nhập|tiền thuê mặt bằng|buôn bán ế ẩm|giá thuê']],
  'qp-an': [[3, 'tân binh|thương binh|thương bệnh binh|khám tuyển nghĩa vụ|khám nghĩa vụ|trúng tuyển nghĩa vụ|bộ đội biên phòng|đồn biên phòng|xuất ngũ|nghĩa trang liệt sĩ|nhà bia|ghi danh liệt sĩ|ban chỉ huy quân sự|chỉ huy quân sự|dân quân cơ động|trung đội dân quân|huấn luyện quân sự|gọi nhập ngũ']],
  ttatxh: [[3, 'ca phường|ca quận|công an xã|trộm chó|chó thả rông|chó cắn|án mạng|hung khí|không biển số|vỡ hụi|chơi hụi|tạt sơn|ném mắm tôm|cầm đồ|bắt cóc|xe container|xe ben|xe tải|thuốc lá điện tử|người lạ|đi lạc|mất trộm|bị trộm|cháy nhà|nhà trọ cháy|karaoke tay kéo|đánh ghen|bạo lực gia đình|xâm hại trẻ em|đỗ xe|đậu xe|cấm xe|xe dù|bến cóc']],
  'doi-song': [[3, 'giá gạo|cứu đói|phát gạo|lương tối thiểu|lương tối thiểu vùng|tiền hỗ trợ|hỗ trợ lũ|người thuê nhà|người ở trọ|tiền sinh hoạt|chi phí sinh hoạt|thang máy hỏng|ban quản lý chung cư|mất việc làm|giảm giờ làm|nghỉ không lương|chậm lương|nợ lương|trợ cấp người cao tuổi|người già neo đơn']],
  'giao-duc': [[3, 'đề cương|thi học kỳ|đồng phục|hiệu trưởng|cô chủ nhiệm|giáo viên chủ nhiệm|chủ nhiệm lớp|nguyện vọng|thủ khoa|mẫu giáo|trường cấp 1|trường cấp 2|trường cấp 3|cấp 2|cấp 3|lớp 6|lớp 9|lớp 12|trường chuyên|học online|học trực tuyến|phòng giáo dục|sở giáo dục|ban đại diện cha mẹ|cha mẹ học sinh|trẻ đi học|con đi học']],
  'y-te': [[3, 'tai biến|đột quỵ|khoa nhi|lọc máu|hàn the|cận thị|sàng lọc|trái gió|ốm đau|đau ốm|y tế phường|trạm xá|bệnh xá|khám bệnh viện|xét nghiệm|siêu âm|nằm viện|phòng khám đa khoa|thẻ bảo hiểm|bảo hiểm y tế hộ gia đình|cúm mùa|tiêm phòng dại']],
  'van-hoa': [[3, 'loa phát thanh|loa phường|quan họ|dân ca|nói tục|chửi bậy|giải chạy|chạy bộ|bóng rổ|cầu lông|bóng chuyền|tổ dân phố văn hóa|khu dân cư văn hóa|halloween|câu lạc bộ thơ|nghệ nhân|bảo tàng|triển lãm|phố đi bộ|vườn hoa|ghế đá|nhảy dân vũ|tập thể dục|máy tập']],
  'moi-truong': [[3, 'cát tặc|khai thác cát|pin cũ|rác thải điện tử|nghẹt cống|tắc cống|cống nghẹt|nước lên|mương hở|nước đen|khét|khói khét|đốt vàng mã|cây mục|cây gãy|cắt tỉa cây|tỉa cành|mưa bão|ngập sâu|nước rút|phun khử khuẩn|chủ nhật xanh|tổng vệ sinh|dọn rác|vớt rác']],
  'dat-dai': [[3, 'đất ao|đất rừng|đất rừng phòng hộ|nhà tái định cư|tiền sử dụng đất|thuế đất|biên bản kiểm đếm|giải tỏa trắng|trả lại đất|lấn đất công|phần đất|đất thổ cư|xây nhà|xin phép xây dựng|sửa chữa nhà|giấy phép sửa chữa|mua bán nhà|bán nhà|nhà chung cư|cải tạo chung cư|chung cư cũ']],
  'xd-dang': [[3, 'chạy chức|chạy chọt|ủy ban kiểm tra|uỷ ban kiểm tra|trong sạch vững mạnh|khiển trách|cảnh cáo|cách chức|khai trừ|chung chi|kết luận thanh tra|dấu hiệu vi phạm|sinh hoạt nơi cư trú|chi bộ khu dân cư|đảng viên cao tuổi|đảng viên trẻ|50 năm tuổi đảng|kiểm điểm cuối năm|phân loại đảng viên|trên nóng dưới lạnh']],
  'chinh-quyen': [[3, 'xác nhận cư trú|giấy xác nhận|chủ tịch phường|phó chủ tịch phường|lãnh đạo phường|chủ tịch ubnd|hẹn lần hẹn lữa|hẹn đi hẹn lại|bản giấy|làm online|nộp online|nộp trực tuyến|app dịch vụ công|cổng dịch vụ công|bộ phận tiếp nhận|nộp phạt|địa giới hành chính|chính quyền địa phương|cán bộ tư pháp|cán bộ một cửa']],
  'mttq-doan-the': [[3, 'chi đoàn|đoàn phí|hội hưu trí|hội cựu giáo chức|câu lạc bộ hưu trí|ban đại diện tổ|tổ phó|chi hội phụ nữ|phụ nữ phường|hội liên hiệp phụ nữ|quỹ an ninh|quỹ đền ơn|quỹ phòng chống thiên tai|quỹ khuyến học|quỹ tổ|tiền quỹ|họp tổ dân phố|tổ trưởng dân phố|trưởng khu phố|nhà văn hóa tổ']],
  'ton-giao-dan-toc': [[3, 'hang đá|noel|xóm đạo|bên lương|lương giáo|họ đạo|cầu siêu|rằm tháng bảy|cơm chay|hầu đồng|lên đồng|đền mẫu|theo đạo|vận động theo đạo|ban trị sự|giáo hội|nhà nguyện|lễ phục sinh|đồng bào hoa|đồng bào chăm|đồng bào khmer']],
  'doi-ngoai': [[3, 'nhân quyền|vùng đặc quyền kinh tế|đặc quyền kinh tế|đường bay thẳng|đồng yên|việt kiều|kiều bào|người việt ở nước ngoài|đối tác chiến lược toàn diện|láng giềng|đàm phán|đại sứ quán|lãnh sự|sứ quán|thiện nguyện nước ngoài|báo nước ngoài|lao động ở hàn|lao động ở nhật|đi hàn|đi nhật|đi đài loan']],
  khac: [[3, 'sương mù|cầu vồng|mưa đá|ca sĩ|diễn viên|đi bão|vô địch|sea games|trời lạnh|trời nồm|tìm chủ nhân|đánh rơi|nhặt được|chuyện phiếm|chuyện showbiz']],
}

const THIRD_DIRECTIONS: Record<'support' | 'concern' | 'oppose' | 'mixed', W[]> = {
  support: [[3, 'xịn xò|đỉnh của chóp|mười điểm|10 điểm|mượt|ngon lành|mãn nguyện|ý nghĩa|nhân văn|ấm áp|ưng bụng|yên hẳn|đỡ hẳn|sáng trưng|khỏe re|khoẻ re|ngon rồi|hết ý|quá ok|quá tốt|rất tốt|tốt quá|tốt thật|cảm động|mừng rớt nước mắt|mừng lây|cảm kích|đáng đồng tiền|thấy tiện|vui dã man|vui xỉu']],
  concern: [[3, 'hồi hộp|lo xỉu|sợ xỉu|sốt vó|lo sốt vó|ngồi không yên|mất ăn mất ngủ|không biết tính sao|biết tính sao|tính răng|biết làm sao|chạnh lòng|run|sợ quá|lo rầu|ngay ngáy|nơm nớp|ái ngại|e dè|dè dặt|chần chừ|không biết thật giả|thật giả|có thật không|có đúng không']],
  oppose: [[3, 'toang|bó tay|lag|chán ghê|chán thật|chả ai|chẳng ai|không ai làm|tắc trách|ngang nhiên|lộng hành|bất lực|kêu cứu|ngao ngán|chán chẳng buồn nói|lạ thật|cũng như không|chẳng bõ|chả bõ|không bõ|ăn thua gì|hẹn lần hẹn lữa|quát nạt|nhẹ tay|đòi quyền lợi|căng băng rôn|ngừng việc|bị thiệt|chịu sao nổi|sống sao nổi|không nổi|kinh khủng|tệ quá|dở tệ|làm ẩu|lấp ẩu|chửi lại']],
  mixed: [[2, 'được cái này mất cái kia|khen thì có chê thì có|người đồng ý người phản đối|người ủng hộ người phản đối|vừa khen vừa chê|nửa tin nửa ngờ']],
}

/** `more` without the phrases `existing` already has (compared folded). */
function added(existing: { phrase: string }[], more: W[]) {
  const seen = new Set(existing.map((p) => fold(p.phrase)))
  return list(more).filter((p) => !seen.has(fold(p.phrase)))
}

function mergeThird(rules: Rules): Rules {
  for (const [code, groups] of Object.entries(THIRD_TOPICS) as [keyof Rules['topics'], W[]][]) rules.topics[code] = [...rules.topics[code], ...added(rules.topics[code], groups)]
  for (const code of ['support', 'concern', 'oppose', 'mixed'] as const) rules.directions[code] = [...rules.directions[code], ...added(rules.directions[code], THIRD_DIRECTIONS[code])]
  return rules
}

// Single syllables that fold to other, frequent words were cues for the wrong thing: "thủ tục" and "tiếp tục" read
// as "tức" (anger), "thu tiền" as "tiện", "y tế" and "kinh tế" as "tệ", "đổ, đó, độ" as "dở", "hội" as "hôi",
// "một số, sổ đỏ" as "sợ", "đang" as "Đảng", "đến" as "đền", "mua" as "múa", "hộ" as "hồ", "bao giờ" as "bão",
// "lại" as "lãi", "lo" as "lỗ", "quận" as "quân", "thì" as "thi", "cũng" as "cúng", "sự" as "sư". Such syllables
// are dropped as cues on their own and kept in phrases that cannot be read otherwise ("tức quá", "ngôi đền").
const AMBIGUOUS_DIRECTION = new Set('ổn|quý|ưng|tiện|hiền|giỏi|đẹp|sợ|hỏi|nhờ|đòi|tức|chán|ngán|chê|tệ|dở|bẩn|hôi|ồn|đắt|mệt|than'.split('|'))
const AMBIGUOUS_TOPIC: Partial<Record<keyof Rules['topics'], string>> = {
  'xd-dang': 'đảng',
  'van-hoa': 'đền|đình|múa',
  'moi-truong': 'hồ|cống|bão|khói|ao|sông',
  'doi-song': 'bão|đắt',
  'qp-an': 'quân|lính',
  'doi-ngoai': 'nhật|nga|lào',
  'y-te': 'viện|dại',
  'kt-xh': 'lãi|lỗ|cáp|tiệm|cầu',
  'mttq-doan-the': 'họp|hội|tổ',
  'ton-giao-dan-toc': 'đạo|lễ|thờ|sư|cúng',
  'giao-duc': 'thi',
}
const UNAMBIGUOUS_TOPICS: Partial<Record<keyof Rules['topics'], W[]>> = {
  'xd-dang': [[3, 'đảng ta|lãnh đạo đảng|trong đảng|vào đảng|ra khỏi đảng|đảng và nhà nước|đảng cộng sản|tổ chức đảng|công tác đảng|đảng viên']],
  'van-hoa': [[3, 'ngôi đền|đền thờ|đền chùa|đình chùa|ngôi đình|sân đình|múa lân|múa hát|nhảy múa|đội múa|biểu diễn']],
  'moi-truong': [[3, 'ven hồ|bờ hồ|mặt hồ|quanh hồ|góc hồ|hồ nước|hồ sen|cống rãnh|cống ngầm|cống hộp|đường cống|cơn bão|bão số|sau bão|trước bão|bão lũ|siêu bão|tránh bão|chằng chống|khói than|khói thuốc|bốc khói|ao hồ|ao tù|cái ao|ao làng|bãi sông|bên sông|qua sông|trên sông|xuống sông|sông ngòi']],
  'doi-song': [[2, 'cơn bão|sau bão|bão lũ|giá đắt|đắt quá|quá đắt']],
  'qp-an': [[2, 'người lính|anh lính|đi lính|quân khu|quân nhân|bộ đội|chiến sĩ']],
  'doi-ngoai': [[3, 'người nhật|bên nhật|liên bang nga|người nga|nước lào|bạn lào|người lào|bên lào']],
  'y-te': [[3, 'ra viện|vào viện|chuyển viện|bệnh dại|chó dại|phòng dại']],
  'kt-xh': [[2, 'tiền lãi|có lãi|lời lãi|thua lỗ|bị lỗ|lỗ vốn|cáp quang|dây cáp|tiệm tạp hóa|tiệm tạp hoá|tiệm vàng|tiệm net|mở tiệm|chủ tiệm|cầu tạm|cầu sắt|sập cầu|qua cầu|xây cầu|sửa cầu']],
  'mttq-doan-the': [[2, 'cuộc họp|buổi họp|đi họp|họp bàn|các tổ|trong tổ|tổ mình|cả tổ|chi hội|các hội']],
  'ton-giao-dan-toc': [[3, 'người có đạo|bên đạo|đạo phật|đạo thiên chúa|đạo công giáo|giữ đạo|đi đạo|lễ chùa|làm lễ|dâng lễ|cúng bái|đồ cúng|cúng dường|cúng rằm|lễ cúng|thờ cúng']],
  'giao-duc': [[3, 'thi đỗ|thi trượt|bài thi|đề thi|phòng thi|thi đầu vào|thi cuối kỳ|thi giữa kỳ|thi xong']],
}
const UNAMBIGUOUS_DIRECTIONS: Record<'support' | 'concern' | 'oppose', W[]> = {
  support: [[2, 'ổn rồi|rất ổn|ổn lắm|ổn cả|làm đẹp|đẹp rồi|đẹp quá|rất đẹp|đẹp lắm|đẹp hơn|đẹp thật|đẹp ghê|đẹp đẽ|giỏi quá|rất giỏi|giỏi lắm|giỏi giang|hiền lành|hiền hậu|tiện lắm|rất tiện|tiện ghê|tiện hơn|ưng lắm|rất ưng'], [3, 'ai cũng quý|rất quý|quý lắm|đáng quý|quý hóa|quý hoá']],
  concern: [[3, 'rất sợ|sợ quá|sợ lắm|sợ bị|sợ mất|sợ không|sợ lại|sợ xảy ra|ai cũng sợ|cũng sợ|đều sợ|thấy sợ|e sợ|nỗi sợ|phát sợ|sợ thật|hơi sợ|sợ ảnh hưởng|sợ nguy hiểm']],
  oppose: [
    [3, 'tức quá|tức lắm|bực tức|tức mình|chán quá|chán lắm|thấy chán|chán ngán|phát chán|chán ngắt|chán đời|ngán quá|ngán lắm|phát ngán|ai cũng ngán|thấy ngán|bị chê|chê trách|ai cũng chê|quá tệ|rất tệ|tệ lắm|tệ thật|tồi tệ|dở quá|dở ẹc|quá dở|rất dở'],
    [2, 'bẩn quá|rất bẩn|bẩn thỉu|nhiễm bẩn|nước bẩn|bẩn lắm|hôi quá|hôi hám|hôi lắm|hôi rình|ồn quá|ồn lắm|ồn ã|gây ồn|đắt quá|quá đắt|đắt lắm|đắt hơn|mệt quá|mệt lắm|mệt thật|kêu than|than vãn|than quá|đòi lại|đòi trả|đòi bồi thường|đòi xử lý'],
  ],
}
// longer words that only take their syllables away from the cues kept ("sạt lở" is not "lo", "chăm sóc" not "chậm")
const THIRD_NEUTRAL = 'làm thủ tục|làm thu ngân|sạt lở|lô đất|lộ trình|tiết lộ|lò gạch|chăm sóc|chăm chỉ|chăm lo|bức tường|bức ảnh|bức thư|bức tranh|thắp hương|sương mù|ung thư|ung bướu|trưởng ban|trưởng khu|trưởng thôn|bộ trưởng|tăng trưởng|trưởng phòng|trưởng ấp|hiệu trưởng'.split('|')

function disambiguate(rules: Rules): Rules {
  const drop = (phrases: { phrase: string; weight: number }[], words: Set<string>) => phrases.filter((p) => !words.has(p.phrase.normalize('NFC')))
  for (const code of ['support', 'concern', 'oppose', 'mixed'] as const) rules.directions[code] = drop(rules.directions[code], AMBIGUOUS_DIRECTION)
  for (const code of ['support', 'concern', 'oppose'] as const) rules.directions[code] = [...rules.directions[code], ...added(rules.directions[code], UNAMBIGUOUS_DIRECTIONS[code])]
  for (const [code, words] of Object.entries(AMBIGUOUS_TOPIC) as [keyof Rules['topics'], string][]) rules.topics[code] = drop(rules.topics[code], new Set(words.split('|')))
  for (const [code, groups] of Object.entries(UNAMBIGUOUS_TOPICS) as [keyof Rules['topics'], W[]][]) rules.topics[code] = [...rules.topics[code], ...added(rules.topics[code], groups)]
  rules.neutral = [...rules.neutral, ...THIRD_NEUTRAL.filter((n) => !rules.neutral.includes(n))]
  return rules
}

function merge(base: Rules): Rules {
  const rules: Rules = structuredClone(base)
  for (const [code, groups] of Object.entries(MORE_TOPICS) as [keyof Rules['topics'], W[]][]) rules.topics[code] = [...rules.topics[code], ...list(groups)]
  for (const code of ['support', 'concern', 'oppose', 'mixed'] as const) rules.directions[code] = [...rules.directions[code], ...list(MORE_DIRECTIONS[code])]
  rules.neutral = [...rules.neutral, ...MORE_NEUTRAL]
  return rules
}

// Fifth round: everyday nouns of each field that parts 21–22 (leave one author out) showed missing — farming and
// animal disease, phone masts, convenience stores, fire drills, laughing gas, memorial prayers, photo contests,
// lottery, hailstorms, salt intrusion, civil status papers, work abroad. Multi-syllable only (no folded collisions).
const FIFTH_TOPICS: Partial<Record<keyof Rules['topics'], W[]>> = {
  'kt-xh': [[2, 'chăn nuôi|trồng trọt|dịch tả lợn|tả lợn châu phi|cúm gia cầm|nông sản|được mùa|mất mùa|trạm phát sóng|sóng điện thoại|cáp ngầm|siêu thị|cửa hàng tiện lợi|bán ế|phố đi bộ|chợ đêm|khách du lịch|cầu vượt|hầm chui|đường sắt|tàu điện|phí dịch vụ|giá cước']],
  ttatxh: [[3, 'diễn tập phòng cháy|diễn tập chữa cháy|bình chữa cháy|lối thoát hiểm|khí cười|bình khí cười|kẻ gian|cạy cửa|móc túi|rú ga|rượt nhau']],
  'ton-giao-dan-toc': [[3, 'cầu siêu|lễ cầu siêu|vu lan|giáo xứ|giáo dân|giáng sinh|phật đản|nhà thờ|tu tập|đạo lạ|tà đạo|đồng bào dân tộc']],
  'van-hoa': [[2, 'cuộc thi ảnh|văn nghệ|câu lạc bộ|thể dục thể thao|sân bóng|khu vui chơi|thư viện|quy ước|hương ước|nếp sống văn minh|tượng đài|di tích']],
  khac: [[2, 'vé số|xổ số|mưa đá|động đất|nhật thực|ca sĩ|diễn viên|người nổi tiếng']],
  'moi-truong': [[2, 'cây xanh|cây xà cừ|cây đổ|gãy đổ|cây bóng mát|nước mặn|xâm nhập mặn|rác cồng kềnh|phân loại rác|dầu mỡ|mùi hôi']],
  'chinh-quyen': [[2, 'quy chế dân chủ|tiếp dân|tư pháp|chứng thực|giấy khai sinh|hộ tịch|định danh điện tử|trụ sở phường']],
  'qp-an': [[2, 'vùng biển|tàu nước ngoài|tạm hoãn nghĩa vụ|tạm hoãn gọi nhập ngũ|ban chỉ huy quân sự']],
  'doi-song': [[2, 'tiền trọ|phòng trọ|nhà trọ|tiền điện|giá điện|sữa bột|giá sữa|chậm lương|mua chịu']],
  'doi-ngoai': [[3, 'người nước ngoài|xuất khẩu lao động|đi lao động|hàn quốc|đài loan|thị thực|tổng thống|đường bay']],
  'giao-duc': [[2, 'học bơi|kỹ năng sống|bán trú|giáo viên hợp đồng|sân trường']],
  'y-te': [[2, 'khám sức khỏe|khám sức khoẻ|vắc xin|người bệnh|nằm ghép|quá tải bệnh viện']],
}

function mergeFifth(rules: Rules): Rules {
  for (const [code, groups] of Object.entries(FIFTH_TOPICS) as [keyof Rules['topics'], W[]][]) rules.topics[code] = [...rules.topics[code], ...added(rules.topics[code], groups)]
  return rules
}

export const DEFAULT_RULES: Rules = mergeFifth(disambiguate(mergeThird(merge(BASE))))
