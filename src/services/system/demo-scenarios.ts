/**
 * What people in the demo ward "Phường Hoà Bình" talk about: one scenario per local subject, with the concrete
 * facts (streets, projects, schools, prices) and the phrases people use for it, by direction. The generator in
 * demo-corpus.ts composes records from these with many sentence frames. Everything here is fictional; streets
 * bear common Vietnamese street names, and no sentence names a real person.
 *
 * Grammar of the phrase lists, so any frame can take any phrase:
 * - `good`: noun phrases people approve of, after "đồng tình với", "hoan nghênh", "đánh giá cao";
 * - `bad`: clauses people complain about, after "bức xúc vì", "cho rằng", "phản ánh";
 * - `fear`: clauses people worry about, after "lo ngại", "lo";
 * - `q`: questions, after "băn khoăn không biết", "hỏi", "chưa rõ";
 * - `fact`: neutral sentences without the final full stop;
 * - `ask`: what people propose, verb phrases without an agent ("sớm công khai …"), after "đề nghị phường".
 */
import type { Direction, SocialGroup, Topic } from '../../shared/enums.ts'

/** Kinds of unit that hear of a subject. */
export type Where = 'kdc' | 'school' | 'health' | 'police' | 'army' | 'enterprise' | 'office' | 'front'

/** When a subject is heard, relative to the demo's anchors (see demo-corpus.ts). */
export type Phase = 'pre-burst' | 'post-burst' | 'market-open' | 'market-after' | 'recent'

export type Scenario = {
  id: string
  /** primary topic first; a stream carries the first one and sometimes the next */
  topics: readonly Topic[]
  /** relative frequency over the year */
  weight: number
  /** months of the year (1–12) it is heard in; absent: all year */
  months?: readonly number[]
  /** months it is heard three times as often */
  peak?: readonly number[]
  /** only between these local days (subjects tied to a dated event) */
  window?: readonly [string, string]
  phase?: Phase
  where: readonly Where[]
  /** tổ dân phố numbers it concerns; absent: anywhere */
  areas?: readonly number[]
  groups: readonly SocialGroup[]
  /** who says it, when more precise than a social group ("hộ dân ngõ 42 Trần Phú") */
  who?: readonly string[]
  /** what it is about, as a noun phrase */
  noun: string
  titles?: readonly string[]
  dir: Partial<Record<Direction, number>>
  good?: readonly string[]
  bad?: readonly string[]
  fear?: readonly string[]
  q?: readonly string[]
  fact?: readonly string[]
  ask?: readonly string[]
  /** share of its streams that are latent (not yet voiced openly) */
  latent?: number
  /** the issue its streams belong to */
  issue?: string
}

export const SCENARIOS: readonly Scenario[] = [
  // ---- đất đai, giải phóng mặt bằng ----
  {
    id: 'gpmb-le-loi', topics: ['dat-dai', 'chinh-quyen'], weight: 2, phase: 'post-burst', where: ['kdc'], areas: [5, 6, 7, 8],
    groups: ['tieu-thuong', 'nguoi-cao-tuoi', 'phu-nu'], issue: 'gpmb-le-loi',
    who: ['hộ có đất bị thu hồi', 'hộ mặt đường Lê Lợi', 'hộ bị ảnh hưởng bởi dự án', 'hộ kinh doanh mặt đường Lê Lợi'],
    noun: 'phương án bồi thường, hỗ trợ dự án mở rộng đường Lê Lợi',
    titles: ['Giá bồi thường GPMB đường Lê Lợi', 'Phương án bồi thường dự án mở rộng đường Lê Lợi', 'Đền bù mở rộng đường Lê Lợi', 'Ý kiến về giá đền bù đường Lê Lợi', 'Dự thảo phương án bồi thường đường Lê Lợi'],
    dir: { oppose: 5, concern: 4, mixed: 1.5, support: 0.6, unknown: 0.5 },
    good: ['chủ trương mở rộng đường Lê Lợi để giảm ùn tắc', 'việc niêm yết công khai dự thảo phương án bồi thường tại nhà văn hoá tổ', 'việc phường tổ chức đối thoại trực tiếp với các hộ bị ảnh hưởng'],
    bad: [
      'giá bồi thường đất ở chỉ bằng khoảng một phần ba giá chuyển nhượng thực tế',
      'đơn giá bồi thường đất mặt đường Lê Lợi còn thấp hơn giá đất ở khu tái định cư Đồng Hoà mà dự án bố trí',
      'phần nhà xây thêm sau năm 2004 không được bồi thường mà chỉ được hỗ trợ 30%',
      'các hộ kinh doanh mặt đường chưa được tính hỗ trợ ngừng kinh doanh thoả đáng',
      'dự thảo phương án chỉ niêm yết 20 ngày, nhiều hộ đi làm ăn xa chưa kịp xem',
      'số liệu đo đạc trong biên bản kiểm đếm của một số hộ thiếu so với sổ đỏ',
    ],
    fear: [
      'tiền bồi thường không đủ để mua lại một căn nhà tương đương trong phường',
      'phải dọn đi trước khi khu tái định cư hoàn thiện hạ tầng',
      'mất nguồn thu nhập từ cửa hàng mặt đường khi phải chuyển vào khu tái định cư',
      'phương án được phê duyệt vội vàng, không tiếp thu ý kiến của dân',
    ],
    q: [
      'bao giờ các hộ được nhận tiền bồi thường',
      'phần đất vườn liền kề có được bồi thường như đất ở hay không',
      'hộ có nhiều thế hệ cùng sinh sống có được giao thêm suất tái định cư hay không',
      'vì sao giá bồi thường lại áp dụng theo bảng giá năm trước',
    ],
    fact: [
      'UBND phường niêm yết dự thảo phương án bồi thường, hỗ trợ dự án mở rộng đường Lê Lợi tại nhà văn hoá các tổ 5, 6, 7, 8',
      'Tổ công tác giải phóng mặt bằng đến từng hộ mặt đường Lê Lợi phát phiếu lấy ý kiến về dự thảo phương án',
    ],
    ask: [
      'công khai cách tính giá bồi thường đến từng hộ', 'thuê đơn vị tư vấn định giá lại đất sát với giá thị trường',
      'hoàn thiện hạ tầng khu tái định cư trước khi yêu cầu bàn giao mặt bằng', 'xem xét hỗ trợ chuyển đổi nghề cho các hộ kinh doanh mặt đường',
      'gia hạn thời gian niêm yết để các hộ kịp góp ý',
    ],
  },
  {
    id: 'gpmb-tin-don', topics: ['dat-dai'], weight: 0.9, phase: 'pre-burst', where: ['kdc'], areas: [5, 6, 7, 8], latent: 0.7,
    groups: ['tieu-thuong', 'nguoi-cao-tuoi'], who: ['hộ mặt đường Lê Lợi', 'hộ dân dọc đường Lê Lợi'],
    noun: 'thông tin về dự án mở rộng đường Lê Lợi', titles: ['Tin đồn về dự án mở rộng đường Lê Lợi', 'Dự án mở rộng đường Lê Lợi'],
    dir: { concern: 4, oppose: 1 },
    bad: ['thông tin về dự án mở rộng đường Lê Lợi chỉ nghe qua người nọ người kia, chưa có văn bản chính thức', 'có người lạ đến hỏi mua nhà mặt đường Lê Lợi với giá cao như biết trước quy hoạch'],
    fear: ['giá đền bù sẽ tính theo bảng giá nhà nước, thấp hơn nhiều so với giá mua bán thực tế', 'mở rộng đường sẽ cắt mất gần hết mặt tiền nhà'],
    q: ['bao giờ dự án mở rộng đường Lê Lợi mới công bố phương án bồi thường', 'chỉ giới mở rộng đường Lê Lợi cắt vào bao nhiêu mét'],
  },
  {
    id: 'so-do-dong-hoa', topics: ['dat-dai', 'chinh-quyen'], weight: 1.6, where: ['kdc'], areas: [17, 18], issue: 'so-do-dong-hoa',
    groups: [], who: ['hộ tái định cư Đồng Hoà', 'cư dân khu tái định cư Đồng Hoà'],
    noun: 'việc cấp giấy chứng nhận cho các hộ ở khu tái định cư Đồng Hoà',
    titles: ['Chậm cấp sổ đỏ khu tái định cư Đồng Hoà', 'Sổ đỏ cho hộ tái định cư Đồng Hoà'],
    dir: { oppose: 4, concern: 2.5, support: 1, mixed: 0.7 },
    good: ['việc Văn phòng đăng ký đất đai về tận khu tái định cư hướng dẫn hoàn thiện hồ sơ', 'kết quả trả sổ đỏ đợt đầu cho các hộ tái định cư Đồng Hoà'],
    bad: [
      'đã chuyển về khu tái định cư Đồng Hoà hơn ba năm mà vẫn chưa được cấp sổ đỏ',
      'không có sổ đỏ nên không thể thế chấp vay vốn làm ăn',
      'hồ sơ cấp giấy chứng nhận nộp từ lâu nhưng hỏi đến đâu cũng được trả lời là đang chờ',
    ],
    fear: ['chậm cấp sổ sẽ ảnh hưởng đến việc sang tên, thừa kế sau này'],
    q: ['vướng mắc ở khâu nào mà chưa cấp được giấy chứng nhận', 'có phải nộp thêm tiền sử dụng đất khi được cấp sổ hay không'],
    ask: ['đôn đốc cơ quan chuyên môn sớm cấp giấy chứng nhận cho các hộ tái định cư', 'công khai tiến độ giải quyết hồ sơ của từng hộ'],
  },
  {
    id: 'ha-tang-dong-hoa', topics: ['dat-dai', 'van-hoa'], weight: 0.8, where: ['kdc'], areas: [17, 18], groups: [],
    who: ['cư dân khu tái định cư Đồng Hoà'], noun: 'hạ tầng khu tái định cư Đồng Hoà',
    dir: { oppose: 3, support: 1 },
    good: ['việc trải lại nhựa đường nội bộ khu tái định cư Đồng Hoà'],
    bad: ['đường nội bộ khu tái định cư Đồng Hoà xuống cấp, mưa xuống là lầy lội', 'khu tái định cư chưa có nhà văn hoá, trẻ em không có chỗ vui chơi', 'đèn chiếu sáng khu tái định cư hỏng nhiều tháng chưa được thay'],
    ask: ['bố trí kinh phí làm nhà văn hoá cho khu tái định cư', 'sửa chữa hệ thống chiếu sáng'],
  },
  {
    id: 'so-do-lan-dau', topics: ['dat-dai', 'chinh-quyen'], weight: 1.8, where: ['kdc'], groups: [],
    noun: 'thủ tục cấp sổ đỏ', titles: ['Thủ tục cấp sổ đỏ', 'Hồ sơ đất đai chậm', 'Cấp giấy chứng nhận quyền sử dụng đất'],
    dir: { oppose: 3, concern: 2.5, support: 1.5, mixed: 1, unknown: 0.5 },
    good: ['việc tiếp nhận hồ sơ đất đai trực tuyến, không phải chờ đợi như trước', 'thái độ hướng dẫn tận tình của cán bộ địa chính phường'],
    bad: [
      'thủ tục cấp sổ đỏ lần đầu phải đi lại nhiều lần, mỗi lần lại bổ sung một loại giấy tờ',
      'hồ sơ đăng ký biến động đất đai quá hạn vẫn chưa có kết quả',
      'sau khi chuyển về Trung tâm phục vụ hành chính công, hồ sơ đất đai phải chờ lâu hơn trước',
    ],
    fear: ['phải "bồi dưỡng" thì hồ sơ mới được giải quyết nhanh'],
    q: ['đất khai hoang sử dụng từ trước năm 1993 có được cấp giấy chứng nhận hay không', 'sau khi bỏ cấp huyện thì hồ sơ đất đai nộp ở đâu'],
    fact: ['Bộ phận một cửa tiếp nhận 37 hồ sơ đất đai trong tháng, đã trả đúng hạn 31 hồ sơ'],
    ask: ['niêm yết rõ thành phần hồ sơ, thời hạn giải quyết', 'nhắn tin báo tiến độ hồ sơ cho người dân'],
  },
  {
    id: 'bang-gia-dat', topics: ['dat-dai', 'kt-xh'], weight: 1, peak: [12, 1, 2], where: ['kdc'], groups: ['doanh-nhan', 'nong-dan'],
    noun: 'bảng giá đất mới của thành phố',
    dir: { concern: 3, mixed: 1.5, oppose: 1, support: 1 },
    good: ['việc xây dựng bảng giá đất sát với giá thị trường, hạn chế thất thu ngân sách'],
    bad: ['tiền chuyển mục đích từ đất vườn sang đất ở theo bảng giá mới quá cao'],
    fear: ['bảng giá đất mới tăng mạnh làm tiền sử dụng đất khi chuyển mục đích vượt khả năng của người dân', 'thuế, phí liên quan đến đất tăng theo bảng giá mới'],
    q: ['bảng giá đất mới có áp dụng cho các hồ sơ nộp từ trước hay không'],
    ask: ['tuyên truyền rõ các trường hợp áp dụng bảng giá đất mới'],
  },
  {
    id: 'lan-chiem-dat-cong', topics: ['dat-dai', 'ttatxh'], weight: 1.1, where: ['kdc'], areas: [4, 12, 15, 16], groups: ['nong-dan'],
    noun: 'việc lấn chiếm đất công', titles: ['Lấn chiếm đất công', 'Xây dựng trái phép trên đất công'],
    dir: { oppose: 3, support: 1.5, concern: 1 },
    good: ['việc phường ra quân cưỡng chế các công trình lấn chiếm đất công ven mương An Lạc'],
    bad: [
      'một số hộ ở ngõ 15 Quang Trung xây lấn ra đất công làm quán', 'khu đất trống cạnh nhà văn hoá tổ 12 bị quây tôn làm bãi giữ xe thu tiền',
      'việc xây dựng không phép trên đất nông nghiệp khu đồng Bãi Sậy vẫn diễn ra vào ban đêm',
    ],
    fear: ['xử lý không dứt điểm thì các hộ khác sẽ làm theo'],
    q: ['khu đất trống cạnh nhà văn hoá tổ 12 sẽ được sử dụng vào việc gì'],
    ask: ['kiểm tra, xử lý dứt điểm các trường hợp lấn chiếm', 'công khai kết quả xử lý để bà con giám sát'],
  },
  {
    id: 'tranh-chap-dat', topics: ['dat-dai'], weight: 0.6, where: ['kdc'], areas: [16, 19], groups: [],
    noun: 'tranh chấp ranh giới đất',
    dir: { concern: 2, oppose: 1.5, unknown: 1, support: 0.5 },
    good: ['kết quả hoà giải thành của tổ hoà giải cơ sở'],
    bad: ['việc hoà giải tranh chấp ranh giới giữa hai hộ ở ngõ 8 tổ 16 kéo dài hơn một năm chưa xong'],
    fear: ['mâu thuẫn đất đai giữa anh em trong gia đình dễ dẫn đến xô xát'],
    fact: ['Tổ hoà giải tổ dân phố số 16 hoà giải thành một vụ tranh chấp lối đi chung'],
    ask: ['sớm đo đạc, xác định ranh giới cho các hộ'],
  },

  // ---- môi trường ----
  {
    id: 'rac-to-7', topics: ['moi-truong', 'y-te'], weight: 2.6, peak: [5, 6, 7, 8], where: ['kdc'], areas: [7], groups: [], issue: 'rac-to-7',
    who: ['cư dân quanh trạm trung chuyển rác tổ 7', 'hộ dân ngõ 27 Trần Phú', 'các hộ sát trạm trung chuyển'],
    noun: 'trạm trung chuyển rác tổ 7', titles: ['Trạm trung chuyển rác tổ 7', 'Ô nhiễm tại trạm trung chuyển rác tổ 7', 'Mùi hôi trạm rác tổ 7'],
    dir: { oppose: 5, concern: 1.5, unknown: 0.4, support: 0.3 },
    good: ['việc phun khử mùi, rửa sạch mặt bằng trạm trung chuyển sau mỗi ca thu gom'],
    bad: [
      'trạm trung chuyển rác tổ 7 bốc mùi hôi thối, nhất là những ngày nắng nóng',
      'xe thu gom rác tập kết đến tận 9 giờ sáng, nước rỉ rác chảy tràn ra đường',
      'ruồi nhặng từ trạm rác bay vào nhà, trẻ nhỏ hay bị đau bụng',
      'trạm trung chuyển nằm sát khu dân cư, đã phản ánh nhiều lần nhưng chưa được di dời',
    ],
    fear: ['nước rỉ rác ngấm xuống giếng khoan, ảnh hưởng sức khoẻ lâu dài'],
    q: ['bao giờ trạm trung chuyển rác tổ 7 được di dời như đã hứa', 'vì sao xe rác không thu gom vào ban đêm như trước'],
    fact: ['Công ty môi trường đô thị phun chế phẩm khử mùi tại trạm trung chuyển rác tổ 7'],
    ask: ['di dời trạm trung chuyển ra xa khu dân cư', 'tăng tần suất thu gom, phun khử mùi hằng ngày', 'quy định giờ tập kết rác ngoài giờ cao điểm'],
  },
  {
    id: 'ngap-tran-phu', topics: ['moi-truong', 'doi-song'], weight: 3, months: [5, 6, 7, 8, 9, 10], peak: [7, 8, 9], where: ['kdc'], areas: [13, 14],
    groups: ['tieu-thuong'], issue: 'ngap-tran-phu',
    who: ['hộ dân ngõ 42 Trần Phú', 'các hộ khu trũng tổ 13', 'tiểu thương dọc đường Trần Phú'],
    noun: 'tình trạng ngập úng đường Trần Phú sau mưa lớn', titles: ['Ngập úng đường Trần Phú', 'Ngập sau mưa lớn ở tổ 13, tổ 14', 'Cống thoát nước Trần Phú'],
    dir: { oppose: 4, concern: 2, support: 1, unknown: 0.6, mixed: 0.5 },
    good: ['việc phường tổ chức nạo vét cống, khơi thông dòng chảy trước mùa mưa', 'lực lượng dân quân có mặt kịp thời hỗ trợ người dân kê dọn đồ đạc khi ngập'],
    bad: [
      'chỉ một trận mưa lớn khoảng một tiếng là đường Trần Phú, ngõ 42 đã ngập sâu 40–50 cm',
      'nước ngập tràn vào nhà, nhiều xe máy chết máy giữa đường',
      'cống thoát nước khu vực tổ 13 bị bồi lắng, rác thải làm tắc miệng cống',
      'công trình nâng cốt đường làm nhà dân thấp hơn mặt đường, mưa là nước chảy ngược vào nhà',
    ],
    fear: ['mùa mưa bão năm nay ngập còn nặng hơn năm trước', 'nước ngập lâu ngày gây dịch bệnh, sốt xuất huyết'],
    q: ['bao giờ tuyến cống Trần Phú được cải tạo'],
    fact: ['Sau trận mưa lớn đêm qua, đường Trần Phú đoạn qua tổ 13 ngập khoảng 45 cm, gần 3 giờ sau nước mới rút'],
    ask: ['nạo vét toàn bộ hệ thống cống khu vực tổ 13, tổ 14', 'có phương án cải tạo tuyến cống chính đường Trần Phú', 'bố trí máy bơm tiêu úng tại các điểm trũng'],
  },
  {
    id: 'mua-bao', topics: ['moi-truong', 'chinh-quyen'], weight: 1.4, months: [7, 8, 9, 10], peak: [9], where: ['kdc', 'army'], groups: ['nguoi-cao-tuoi'],
    noun: 'công tác phòng, chống mưa bão', titles: ['Phòng chống mưa bão', 'Khắc phục hậu quả sau bão'],
    dir: { support: 2.5, concern: 2, oppose: 1, unknown: 1 },
    good: ['sự chủ động của phường trong phòng, chống cơn bão vừa qua', 'việc ra quân dọn cây đổ, khắc phục hậu quả sau bão ngay trong đêm'],
    bad: ['nhiều cây xanh trên đường Hai Bà Trưng chưa được cắt tỉa, mưa bão là gãy đổ đè lên nhà dân'],
    fear: ['các nhà cấp bốn, mái tôn cũ ở tổ 19 không chịu được nếu bão mạnh đổ bộ'],
    fact: ['Phường huy động 60 lượt dân quân, đoàn viên dọn cây đổ, khơi thông cống sau bão'],
    ask: ['rà soát, cắt tỉa cây xanh có nguy cơ gãy đổ trước mùa bão'],
  },
  {
    id: 'phan-loai-rac', topics: ['moi-truong', 'chinh-quyen'], weight: 1.4, where: ['kdc', 'front'], groups: ['phu-nu'],
    noun: 'việc phân loại rác thải tại nguồn', titles: ['Phân loại rác tại nguồn', 'Thu phí rác theo khối lượng'],
    dir: { mixed: 2, concern: 2, support: 1.5, oppose: 1, unknown: 0.5 },
    good: ['chủ trương phân loại rác thải sinh hoạt tại nguồn', 'mô hình "Đổi rác tái chế lấy quà" của Hội Phụ nữ'],
    bad: ['người dân đã phân loại rác nhưng xe thu gom vẫn đổ lẫn vào nhau, làm mất lòng tin'],
    fear: ['thu phí rác theo khối lượng sẽ làm tăng chi phí của các hộ đông người'],
    q: ['mức thu phí rác theo khối lượng được tính cụ thể ra sao', 'rác thực phẩm phải đựng bằng loại túi nào'],
    fact: ['Hội Phụ nữ phường ra mắt mô hình "Đổi rác lấy quà" tại tổ 2, thu gom hơn 300 kg rác tái chế'],
    ask: ['hướng dẫn cụ thể cách phân loại đến từng hộ', 'bố trí xe thu gom riêng cho từng loại rác'],
  },
  {
    id: 'karaoke', topics: ['moi-truong', 'ttatxh', 'van-hoa'], weight: 1.8, peak: [10, 11, 12, 1], where: ['kdc'], areas: [11, 12, 3], groups: ['nguoi-cao-tuoi'],
    issue: 'karaoke-to-11', who: ['hộ dân ngõ 7 Lý Thường Kiệt', 'hộ sát quán karaoke', 'các cụ cao tuổi tổ 11'],
    noun: 'tiếng ồn karaoke', titles: ['Tiếng ồn karaoke', 'Karaoke gây ồn đêm khuya', 'Hát karaoke kẹo kéo đến khuya'],
    dir: { oppose: 5, concern: 1, support: 0.5 },
    good: ['việc công an phường kiểm tra, lập biên bản quán karaoke gây ồn'],
    bad: [
      'quán karaoke đầu ngõ 7 Lý Thường Kiệt hát đến 1–2 giờ sáng, người già, trẻ nhỏ không ngủ được',
      'một số gia đình mở loa kẹo kéo hát karaoke từ chiều đến khuya, âm lượng rất lớn',
      'đã báo công an khu vực nhưng chỉ được vài hôm lại đâu vào đấy',
      'nhà hàng tiệc cưới trên đường Tô Hiệu bật nhạc công suất lớn suốt cả ngày cuối tuần',
    ],
    fear: ['to tiếng qua lại giữa hàng xóm vì chuyện hát karaoke dễ dẫn đến xô xát'],
    ask: ['kiểm tra, xử phạt nghiêm các trường hợp gây tiếng ồn sau 22 giờ', 'đưa giờ hát karaoke vào hương ước của tổ dân phố'],
  },
  {
    id: 'xuong-co-khi', topics: ['moi-truong', 'kt-xh'], weight: 0.8, where: ['kdc'], areas: [9, 10], groups: [],
    who: ['hộ dân giáp Công ty Cơ khí Hoà Bình'], noun: 'khói bụi, tiếng ồn từ xưởng Công ty Cơ khí Hoà Bình',
    dir: { oppose: 3, concern: 1.5, support: 1 },
    good: ['việc công ty lắp hệ thống lọc bụi, chuyển các công đoạn gây ồn sang ban ngày'],
    bad: ['xưởng sơn của Công ty Cơ khí Hoà Bình xả mùi sơn nồng nặc vào buổi chiều', 'tiếng máy dập, máy cắt làm việc cả ban đêm gây mất ngủ'],
    fear: ['khói bụi sơn ảnh hưởng đến sức khoẻ của trẻ nhỏ'],
    ask: ['kiểm tra hệ thống xử lý khí thải của công ty'],
  },
  {
    id: 've-sinh-moi-truong', topics: ['moi-truong'], weight: 1.3, where: ['kdc', 'front'], groups: ['thanh-nien-hoc-sinh'],
    noun: 'vệ sinh môi trường khu dân cư', titles: ['Vệ sinh môi trường', 'Mương An Lạc ô nhiễm', 'Đổ trộm phế thải'],
    dir: { oppose: 2.5, support: 2, unknown: 1, concern: 0.5 },
    good: ['phong trào "Ngày chủ nhật xanh" ra quân dọn vệ sinh ngõ xóm', 'việc trồng thêm cây xanh, làm đẹp các tuyến phố'],
    bad: ['tình trạng vứt rác, đổ phế thải xây dựng ra ven mương An Lạc vẫn tiếp diễn', 'mương An Lạc ứ đọng, bốc mùi, muỗi nhiều', 'một số hộ thả rông chó, để chó phóng uế bừa bãi ra vỉa hè'],
    fear: ['muỗi sinh sôi ở mương An Lạc gây sốt xuất huyết'],
    fact: ['Đoàn Thanh niên phường ra quân "Ngày chủ nhật xanh" thu gom gần 2 tấn rác thải ven mương An Lạc'],
    ask: ['lắp camera giám sát điểm đổ trộm phế thải', 'nạo vét mương An Lạc'],
  },
  {
    id: 'nuoc-sach', topics: ['doi-song', 'moi-truong', 'y-te'], weight: 0.9, peak: [5, 6, 7], where: ['kdc'], areas: [17, 18, 19, 20], groups: [],
    noun: 'chất lượng nước sinh hoạt', dir: { oppose: 3, concern: 2 },
    bad: ['nước máy thường xuyên yếu vào giờ cao điểm, có hôm đục và có mùi clo nặng', 'công ty cấp nước cắt nước không báo trước'],
    fear: ['nước sinh hoạt không bảo đảm vệ sinh'], q: ['bao giờ đường ống cấp nước khu tái định cư được thay mới'],
    ask: ['kiểm tra chất lượng nước, thông báo lịch cắt nước trước ít nhất một ngày'],
  },

  // ---- đời sống, việc làm, thu nhập ----
  {
    id: 'gia-thuc-pham', topics: ['doi-song', 'kt-xh'], weight: 3, peak: [12, 1, 2], where: ['kdc', 'front', 'enterprise'], groups: ['phu-nu', 'cong-nhan', 'nguoi-cao-tuoi'],
    issue: 'gia-thuc-pham', who: ['các bà nội trợ', 'công nhân thuê trọ', 'hộ có thu nhập thấp'],
    noun: 'giá thực phẩm, hàng tiêu dùng', titles: ['Giá thực phẩm tăng', 'Giá cả sinh hoạt', 'Giá thịt lợn, rau xanh tăng'],
    dir: { oppose: 3, concern: 3, mixed: 0.5, support: 0.4 },
    good: ['việc quản lý thị trường kiểm tra niêm yết giá tại chợ'],
    bad: [
      'giá thịt lợn, rau xanh ở chợ tăng mạnh, đi chợ một trăm nghìn không còn được như trước',
      'giá cả tăng nhưng thu nhập không tăng, chi tiêu gia đình rất chật vật',
      'tiểu thương tự ý tăng giá theo tin đồn, không niêm yết giá',
    ],
    fear: ['giá cả tiếp tục leo thang dịp cuối năm', 'thực phẩm trôi nổi không rõ nguồn gốc tràn vào chợ'],
    q: ['vì sao giá xăng giảm mà giá hàng hoá không giảm'],
    ask: ['tăng cường kiểm tra, bình ổn giá các mặt hàng thiết yếu'],
  },
  {
    id: 'gia-dien', topics: ['doi-song', 'kt-xh'], weight: 1.8, peak: [5, 6, 7, 8], where: ['kdc', 'enterprise'], groups: ['cong-nhan', 'phu-nu'],
    noun: 'giá điện bậc thang', titles: ['Giá điện bậc thang', 'Tiền điện tăng cao', 'Hoá đơn tiền điện'],
    dir: { oppose: 3, concern: 2.5, support: 0.5, mixed: 0.5 },
    good: ['việc ngành điện gửi thông báo chỉ số qua tin nhắn, tiện theo dõi'],
    bad: [
      'hoá đơn tiền điện tháng nắng nóng tăng gấp đôi dù sinh hoạt như mọi tháng',
      'cách tính giá điện bậc thang khiến hộ đông người, nhà trọ phải trả giá cao',
      'chủ nhà trọ thu tiền điện của công nhân 4.000 đồng một số, cao hơn quy định',
    ],
    fear: ['giá điện tiếp tục được điều chỉnh tăng trong thời gian tới'],
    q: ['vì sao tiền điện tháng này tăng đột biến', 'hộ có nhiều người ở chung thì tính điện bậc thang thế nào'],
    ask: ['công khai cách tính hoá đơn, kiểm tra công tơ khi có nghi vấn', 'kiểm tra việc thu tiền điện của các chủ nhà trọ'],
  },
  {
    id: 'luong-huu', topics: ['doi-song', 'chinh-quyen'], weight: 1.4, peak: [6, 7], where: ['kdc', 'front'], groups: ['nguoi-cao-tuoi', 'cuu-chien-binh', 'can-bo-dang-vien'],
    noun: 'lương hưu, trợ cấp xã hội', titles: ['Lương hưu, trợ cấp', 'Trợ cấp hưu trí xã hội'],
    dir: { support: 3, mixed: 1.5, concern: 1, oppose: 0.4 },
    good: ['việc điều chỉnh tăng lương hưu, trợ cấp ưu đãi người có công', 'chính sách hạ tuổi hưởng trợ cấp hưu trí xã hội xuống 75 tuổi', 'việc chi trả lương hưu qua tài khoản ngân hàng đúng hạn'],
    bad: ['một số cụ cao tuổi không biết dùng thẻ ngân hàng, phải nhờ con cháu rút tiền lương hưu'],
    fear: ['mức tăng lương hưu không theo kịp tốc độ tăng giá'],
    q: ['người nghỉ hưu trước năm 1995 có được điều chỉnh thêm hay không'],
    ask: ['tiếp tục bố trí điểm chi trả bằng tiền mặt cho người cao tuổi không dùng được thẻ'],
  },
  {
    id: 'viec-lam-cong-nhan', topics: ['doi-song', 'kt-xh'], weight: 1.6, peak: [12, 1], where: ['enterprise', 'kdc', 'front'], groups: ['cong-nhan'],
    who: ['công nhân Công ty TNHH Thương mại Cảng Xanh', 'lao động thuê trọ', 'công nhân Công ty Cơ khí Hoà Bình'],
    noun: 'việc làm, thu nhập của công nhân', titles: ['Việc làm của công nhân', 'Thu nhập, thưởng Tết công nhân'],
    dir: { concern: 3, oppose: 1.5, support: 1.5, mixed: 1 },
    good: ['việc công đoàn cơ sở đối thoại, công ty cam kết không cắt giảm lao động', 'mức thưởng Tết năm nay cao hơn năm trước'],
    bad: ['công ty cắt giảm đơn hàng, công nhân chỉ làm bốn ngày một tuần, thu nhập giảm', 'doanh nghiệp chậm đóng bảo hiểm xã hội cho người lao động'],
    fear: ['mất việc khi các đơn hàng xuất khẩu bị ảnh hưởng bởi thuế đối ứng', 'không được thưởng Tết như các năm trước'],
    q: ['người lao động bị giảm giờ làm có được hỗ trợ gì không'],
    ask: ['nắm chắc tình hình doanh nghiệp, có phương án hỗ trợ người lao động bị giảm việc'],
  },
  {
    id: 'nha-o-xa-hoi', topics: ['doi-song', 'mttq-doan-the'], weight: 1.1, where: ['kdc', 'front'], groups: ['cong-nhan'],
    noun: 'chính sách nhà ở cho người thu nhập thấp', titles: ['Xoá nhà tạm, nhà dột nát', 'Nhà ở xã hội cho công nhân'],
    dir: { support: 3, concern: 1.5, unknown: 1, oppose: 0.5 },
    good: ['chương trình xoá nhà tạm, nhà dột nát, hỗ trợ hộ nghèo xây nhà mới', 'chính sách vay vốn mua nhà ở xã hội cho công nhân'],
    bad: ['thủ tục xác nhận thu nhập để mua nhà ở xã hội còn rườm rà'],
    q: ['công nhân thuê trọ cần điều kiện gì để được mua nhà ở xã hội'],
    fact: ['Uỷ ban MTTQ phường phối hợp bàn giao nhà Đại đoàn kết cho một hộ nghèo tại tổ 20'],
    ask: ['hướng dẫn cụ thể thủ tục mua nhà ở xã hội'],
  },
  {
    id: 'qua-tet', topics: ['doi-song', 'mttq-doan-the'], weight: 2.4, months: [12, 1, 2], where: ['kdc', 'front'], groups: ['nguoi-cao-tuoi'],
    noun: 'việc chăm lo Tết cho hộ nghèo, gia đình chính sách', titles: ['Quà Tết cho hộ nghèo', 'Chăm lo Tết', 'Tết vì người nghèo'],
    dir: { support: 3, unknown: 2, oppose: 0.5, concern: 0.5 },
    good: ['việc tặng quà Tết cho hộ nghèo, hộ cận nghèo và gia đình chính sách chu đáo, đúng đối tượng'],
    bad: ['việc bình xét hộ cận nghèo để nhận quà Tết ở tổ 10 chưa công khai'],
    q: ['tiêu chí xét hộ cận nghèo năm nay có thay đổi gì không'],
    fact: ['Phường trao 126 suất quà Tết cho hộ nghèo, cận nghèo, người có công, tổng trị giá gần 130 triệu đồng'],
  },

  // ---- kinh tế - xã hội ----
  {
    id: 'cho-tam', topics: ['kt-xh', 'ttatxh'], weight: 2.2, phase: 'market-open', where: ['kdc'], areas: [1, 2], groups: ['tieu-thuong'], issue: 'cho-tam',
    who: ['tiểu thương chợ tạm', 'hộ dân dọc đường Quang Trung'], noun: 'chợ tạm trên đường Quang Trung',
    titles: ['Chợ tạm lấn chiếm lòng đường Quang Trung', 'Chợ tạm Quang Trung', 'Chợ Hoà Bình xây lại'],
    dir: { oppose: 3, concern: 2.5, mixed: 1, support: 0.5 },
    good: ['việc sắp xếp lại chợ tạm, kẻ vạch, trả lại lòng đường Quang Trung'],
    bad: [
      'chợ tạm lấn ra gần hết lòng đường Quang Trung, giờ tan học rất dễ xảy ra va chạm',
      'tiểu thương ở chợ tạm phải nộp phí như chợ chính nhưng không có mái che',
      'sau mỗi buổi chợ rác thải, nước thải vương vãi khắp mặt đường',
    ],
    fear: ['chợ Hoà Bình xây lại chậm tiến độ, chợ tạm kéo dài vô thời hạn', 'vào chợ mới giá thuê ki-ốt cao, tiểu thương nhỏ không đủ tiền'],
    q: ['bao giờ chợ Hoà Bình xây xong để tiểu thương quay lại', 'tiêu chí bốc thăm ki-ốt ở chợ mới thế nào'],
    ask: ['sắp xếp lại chợ tạm gọn vào vỉa hè, bố trí người trông giữ trật tự', 'công khai tiến độ xây chợ Hoà Bình'],
  },
  {
    id: 'cho-moi', topics: ['kt-xh'], weight: 0.9, phase: 'market-after', where: ['kdc'], areas: [1, 2], groups: ['tieu-thuong'],
    noun: 'chợ tạm và chợ Hoà Bình mới', dir: { support: 2, concern: 2 },
    good: ['việc sắp xếp lại chợ tạm, trả lại sự thông thoáng cho đường Quang Trung'],
    fear: ['giá thuê ki-ốt ở chợ Hoà Bình mới cao'], q: ['khi nào bốc thăm ki-ốt chợ Hoà Bình mới'],
  },
  {
    id: 'thue-ho-kinh-doanh', topics: ['kt-xh', 'chinh-quyen'], weight: 1.5, peak: [11, 12, 1, 2, 3], where: ['kdc', 'front'], groups: ['tieu-thuong', 'doanh-nhan'],
    noun: 'việc bỏ thuế khoán, chuyển sang kê khai đối với hộ kinh doanh', titles: ['Bỏ thuế khoán hộ kinh doanh', 'Hoá đơn điện tử cho hộ kinh doanh'],
    dir: { concern: 3.5, mixed: 1.5, support: 1, oppose: 1 },
    good: ['chủ trương minh bạch thuế hộ kinh doanh, công bằng giữa các hộ', 'việc cán bộ thuế về tận chợ hướng dẫn cài đặt hoá đơn điện tử'],
    bad: ['thông tin hướng dẫn chưa rõ ràng, mỗi nơi nói một kiểu'],
    fear: ['phải dùng hoá đơn điện tử, máy tính tiền trong khi nhiều hộ buôn bán nhỏ không rành công nghệ', 'chi phí phần mềm, kế toán làm tăng gánh nặng cho hộ kinh doanh nhỏ'],
    q: ['hộ có doanh thu dưới 200 triệu đồng một năm có phải kê khai hay không', 'bán hàng ở chợ có phải xuất hoá đơn cho từng khách hay không'],
    ask: ['tổ chức hướng dẫn trực tiếp tại chợ, tại tổ dân phố cho hộ kinh doanh'],
  },
  {
    id: 'gia-vang-nha-dat', topics: ['kt-xh'], weight: 0.9, where: ['kdc', 'office'], groups: ['tri-thuc', 'thanh-nien-hoc-sinh'],
    noun: 'giá vàng, giá nhà đất', dir: { concern: 3, oppose: 1, unknown: 1 },
    bad: ['giá chung cư, nhà đất tăng quá cao, người trẻ khó có cơ hội mua nhà'],
    fear: ['sốt giá đất ảo ở khu vực có thông tin quy hoạch', 'nhiều người vay tiền mua vàng, mua đất theo phong trào'],
    q: ['giá vàng tăng liên tục là do đâu'],
    fact: ['Một số cửa hàng vàng trên đường Lê Lợi có cảnh người dân xếp hàng mua vàng'],
  },
  {
    id: 'ha-tang-thanh-pho', topics: ['kt-xh', 'chinh-quyen'], weight: 1, where: ['kdc', 'office', 'enterprise'], groups: ['can-bo-dang-vien', 'doanh-nhan'],
    noun: 'các công trình hạ tầng của thành phố', dir: { support: 3, mixed: 1 },
    good: ['việc thành phố đầu tư nhiều công trình hạ tầng giao thông lớn', 'tốc độ phát triển kinh tế của thành phố thời gian qua', 'việc khởi công tuyến đường liên phường nối ra đường vành đai'],
    fear: ['công trình thi công kéo dài gây bụi, ùn tắc'],
  },

  // ---- trật tự an toàn xã hội ----
  {
    id: 'lua-dao-mang', topics: ['ttatxh'], weight: 3, where: ['kdc', 'police', 'front'], groups: ['nguoi-cao-tuoi', 'phu-nu'], issue: 'lua-dao-mang',
    noun: 'lừa đảo qua mạng giả danh công an', titles: ['Lừa đảo qua mạng giả danh công an', 'Cuộc gọi lừa đảo', 'Tin nhắn giả mạo ngân hàng'],
    dir: { concern: 3, oppose: 1.5, support: 1.5, unknown: 1 },
    good: ['việc công an phường đến từng tổ dân phố tuyên truyền các thủ đoạn lừa đảo mới', 'những cảnh báo kịp thời, dễ hiểu của công an trên nhóm Zalo tổ dân phố'],
    bad: [
      'đối tượng gọi điện giả danh công an yêu cầu cài ứng dụng dịch vụ công giả để cập nhật định danh, rồi chiếm đoạt tiền trong tài khoản',
      'một cụ ở tổ 14 bị lừa chuyển hơn 200 triệu đồng vì tin lời kẻ giả danh cán bộ công an',
      'tin nhắn giả mạo ngân hàng, điện lực thông báo khoá tài khoản, cắt điện xuất hiện dày đặc',
    ],
    fear: ['người cao tuổi ở nhà một mình dễ bị lừa qua điện thoại', 'thông tin cá nhân bị lộ, kẻ gian biết rõ họ tên, số căn cước'],
    fact: ['Công an phường tuyên truyền phòng chống lừa đảo qua mạng tại nhà văn hoá tổ 14 với khoảng 80 người tham dự'],
    ask: ['tăng cường tuyên truyền cho người cao tuổi', 'phối hợp ngân hàng cảnh báo, chặn giao dịch đáng ngờ'],
  },
  {
    id: 'trom-cap', topics: ['ttatxh'], weight: 1.6, peak: [11, 12, 1], where: ['kdc', 'police'], groups: [],
    noun: 'tình hình trộm cắp', titles: ['Mất trộm xe máy', 'Tình hình trộm cắp', 'Camera an ninh'],
    dir: { concern: 2.5, oppose: 2, support: 2, unknown: 0.5 },
    good: ['mô hình "Camera an ninh" lắp tại các ngõ do công an phường phát động', 'hoạt động tuần tra ban đêm của tổ bảo vệ an ninh, trật tự ở cơ sở'],
    bad: ['liên tiếp xảy ra mất trộm xe máy để trong ngõ vào ban đêm', 'đối tượng nghiện ma tuý trộm cắp vặt, bẻ khoá xe đạp điện'],
    fear: ['tình hình trộm cắp gia tăng dịp cuối năm'],
    fact: ['Công an phường bắt giữ đối tượng trộm cắp 2 xe máy tại ngõ 21 Hai Bà Trưng'],
    ask: ['tăng cường tuần tra vào ban đêm', 'nhân rộng mô hình camera an ninh'],
  },
  {
    id: 'tin-dung-den', topics: ['ttatxh', 'doi-song'], weight: 1, where: ['kdc', 'police', 'enterprise'], groups: ['cong-nhan'],
    noun: 'tín dụng đen, cho vay qua ứng dụng', dir: { oppose: 2.5, concern: 2, support: 0.5 },
    good: ['việc Đoàn thanh niên ra quân bóc xoá quảng cáo rao vặt trái phép'],
    bad: ['tờ rơi cho vay tiền nhanh, không cần thế chấp dán khắp cột điện', 'một số công nhân vay qua ứng dụng trên mạng, lãi cao, bị gọi điện đe doạ, bôi nhọ người thân'],
    fear: ['tín dụng đen len lỏi vào khu nhà trọ công nhân'],
    ask: ['xử lý nghiêm các đối tượng cho vay nặng lãi', 'bóc xoá tờ rơi quảng cáo cho vay'],
  },
  {
    id: 'nong-do-con', topics: ['ttatxh', 'chinh-quyen'], weight: 1.2, where: ['kdc', 'police', 'office'], groups: ['cong-nhan'],
    noun: 'việc xử phạt vi phạm nồng độ cồn', dir: { support: 3, mixed: 2, concern: 1, oppose: 0.5 },
    good: ['việc xử phạt nghiêm vi phạm nồng độ cồn, góp phần giảm rõ rệt tai nạn giao thông', 'mức phạt cao, giúp người dân nâng cao ý thức chấp hành luật giao thông'],
    bad: ['có tổ kiểm soát đứng ở khúc cua khuất tầm nhìn, người dân cho rằng không phù hợp'],
    fear: ['mức phạt quá cao so với thu nhập của người lao động'],
    q: ['uống bia tối hôm trước, sáng hôm sau đi làm có bị xử phạt không'],
  },
  {
    id: 'thuoc-la-dien-tu', topics: ['ttatxh', 'y-te', 'giao-duc'], weight: 1.2, where: ['kdc', 'school', 'front'], groups: ['thanh-nien-hoc-sinh', 'phu-nu'],
    who: ['phụ huynh học sinh'], noun: 'thuốc lá điện tử, ma tuý trong học sinh',
    dir: { concern: 3, support: 1.5, oppose: 1, unknown: 0.7 },
    good: ['việc cấm kinh doanh, sử dụng thuốc lá điện tử'],
    bad: ['thuốc lá điện tử vẫn được bán công khai qua mạng, giao hàng tận nơi'],
    fear: ['học sinh dùng thuốc lá điện tử, bóng cười, có loại bị pha trộn chất ma tuý', 'con em bị rủ rê sử dụng ma tuý ở các quán bar'],
    fact: ['Chi đoàn tổ 9 phối hợp công an phường tuyên truyền tác hại của thuốc lá điện tử cho 120 học sinh THCS'],
    ask: ['phối hợp nhà trường, gia đình quản lý học sinh', 'kiểm tra các cửa hàng bán thuốc lá điện tử trá hình'],
  },
  {
    id: 'dua-xe', topics: ['ttatxh'], weight: 0.9, peak: [5, 6, 7, 8], where: ['kdc', 'police'], groups: ['thanh-nien-hoc-sinh', 'nguoi-cao-tuoi'],
    noun: 'đua xe, lạng lách', dir: { oppose: 3, concern: 1.5, support: 1 },
    good: ['việc lực lượng công an chốt chặn, giải tán các nhóm đua xe kịp thời'],
    bad: ['nhóm thanh thiếu niên tụ tập đua xe, lạng lách trên đường Tô Hiệu vào đêm cuối tuần', 'tiếng nẹt pô xe máy lúc nửa đêm làm cả khu phố mất ngủ'],
    fear: ['đua xe dễ gây tai nạn, trong nhóm còn mang theo dao kiếm'],
    ask: ['bố trí lực lượng chốt chặn vào các đêm cuối tuần'],
  },
  {
    id: 'chay-no', topics: ['ttatxh', 'doi-song'], weight: 1.1, where: ['kdc', 'police'], areas: [19, 20, 9, 10], groups: ['cong-nhan'],
    noun: 'phòng cháy, chữa cháy ở nhà trọ, nhà ống', titles: ['Phòng cháy chữa cháy nhà trọ', 'Sạc xe điện qua đêm'],
    dir: { concern: 3, support: 1.5, unknown: 1, oppose: 1 },
    good: ['việc kiểm tra phòng cháy, chữa cháy tại các khu nhà trọ', 'mô hình "Điểm chữa cháy công cộng" trang bị bình chữa cháy tại các ngõ nhỏ'],
    bad: ['nhiều chủ nhà trọ chưa trang bị bình chữa cháy, chưa có lối thoát nạn thứ hai'],
    fear: ['sạc xe đạp điện qua đêm trong nhà ống, nhà trọ dễ gây cháy', 'khu nhà trọ công nhân có lối thoát nạn duy nhất bị chắn bởi xe máy'],
    fact: ['Công an phường diễn tập phương án chữa cháy và cứu nạn, cứu hộ tại khu nhà trọ tổ 20'],
    ask: ['hướng dẫn người dân sạc xe điện an toàn', 'kiểm tra điều kiện phòng cháy của nhà trọ'],
  },
  {
    id: 'an-ninh-co-so', topics: ['ttatxh', 'chinh-quyen'], weight: 0.8, where: ['kdc', 'police'], groups: ['cuu-chien-binh'],
    noun: 'tổ bảo vệ an ninh, trật tự ở cơ sở', dir: { support: 2.5, concern: 1, oppose: 0.5 },
    good: ['hoạt động của tổ bảo vệ an ninh, trật tự ở cơ sở', 'việc công an phường tuần tra, kiểm soát thường xuyên'],
    bad: ['mức hỗ trợ cho thành viên tổ bảo vệ an ninh, trật tự còn thấp'],
    q: ['chế độ của thành viên tổ bảo vệ an ninh, trật tự ở cơ sở được tính thế nào'],
  },
  {
    id: 'phao-tet', topics: ['ttatxh'], weight: 1.2, months: [12, 1, 2], where: ['kdc', 'police', 'school'], groups: ['thanh-nien-hoc-sinh'],
    noun: 'việc sử dụng pháo dịp Tết', dir: { support: 2, concern: 2, unknown: 1 },
    good: ['việc các hộ gia đình ký cam kết không sử dụng pháo nổ dịp Tết'],
    fear: ['một số thanh thiếu niên mua pháo nổ trên mạng để đốt dịp giao thừa'],
    fact: ['Các hộ gia đình trong tổ ký cam kết không tàng trữ, sử dụng pháo nổ dịp Tết'],
    ask: ['kiểm soát chặt việc mua bán pháo qua mạng'],
  },
  {
    id: 'cho-tha-rong', topics: ['ttatxh', 'moi-truong'], weight: 0.6, where: ['kdc'], groups: ['phu-nu'],
    noun: 'chó thả rông', dir: { oppose: 3, concern: 1 },
    bad: ['chó thả rông không rọ mõm trong khu dân cư, đã có trẻ em bị chó cắn'],
    fear: ['bệnh dại lây từ chó thả rông'], ask: ['xử phạt các hộ thả rông chó'],
  },

  // ---- y tế ----
  {
    id: 'bhyt-gia-dinh', topics: ['y-te', 'doi-song'], weight: 1.7, where: ['kdc', 'health', 'front'], groups: ['nguoi-cao-tuoi'],
    noun: 'bảo hiểm y tế hộ gia đình', dir: { concern: 2, support: 2, oppose: 1.5, mixed: 1 },
    good: ['chính sách thông tuyến khám chữa bệnh bảo hiểm y tế', 'quy định mới giúp người bệnh bảo hiểm y tế chuyển tuyến thuận lợi hơn'],
    bad: ['mức đóng bảo hiểm y tế hộ gia đình tăng, hộ đông người phải đóng số tiền lớn'],
    fear: ['đi khám bằng bảo hiểm y tế mà bệnh viện vẫn yêu cầu mua thêm thuốc ngoài'],
    q: ['thẻ bảo hiểm y tế trên VNeID đã dùng thay thẻ giấy được chưa'],
    ask: ['hướng dẫn sử dụng thẻ bảo hiểm y tế trên ứng dụng VNeID', 'có chính sách giảm mức đóng bảo hiểm y tế cho hộ đông người, hộ cận nghèo'],
  },
  {
    id: 'tram-y-te', topics: ['y-te', 'chinh-quyen'], weight: 2, where: ['kdc', 'health'], groups: ['nguoi-cao-tuoi'],
    noun: 'khám chữa bệnh tại Trạm Y tế phường', titles: ['Trạm Y tế phường', 'Thuốc bảo hiểm tại trạm y tế'],
    dir: { support: 2, oppose: 2, concern: 1, mixed: 1 },
    good: ['việc Trạm Y tế phường khám sức khoẻ định kỳ miễn phí cho người cao tuổi', 'thái độ phục vụ của nhân viên Trạm Y tế phường'],
    bad: ['Trạm Y tế phường thiếu một số loại thuốc điều trị huyết áp, tiểu đường cấp theo bảo hiểm', 'người bệnh mạn tính phải lên bệnh viện tuyến trên lấy thuốc hằng tháng, rất vất vả'],
    q: ['bao giờ trạm y tế được cấp đủ thuốc điều trị bệnh mạn tính'],
    ask: ['bổ sung thuốc điều trị bệnh mạn tính tại trạm y tế', 'bố trí bác sĩ khám vào sáng thứ bảy'],
  },
  {
    id: 'sot-xuat-huyet', topics: ['y-te', 'moi-truong'], weight: 2, months: [6, 7, 8, 9, 10, 11, 12], peak: [8, 9, 10], where: ['kdc', 'health'], areas: [15, 16, 13, 14], groups: [],
    noun: 'dịch sốt xuất huyết', dir: { concern: 3, support: 1.5, unknown: 1.5, oppose: 0.5 },
    good: ['việc phun hoá chất diệt muỗi, ra quân diệt bọ gậy tại các khu dân cư'],
    bad: ['nhiều hộ chưa hợp tác cho đội diệt bọ gậy vào kiểm tra'],
    fear: ['sốt xuất huyết gia tăng, trong tổ đã có mấy ca phải nhập viện'],
    fact: ['Trạm Y tế phường ghi nhận 7 ca sốt xuất huyết trong tháng, tập trung ở tổ 15, tổ 16'],
    ask: ['phun thuốc diệt muỗi trên diện rộng'],
  },
  {
    id: 'tiem-chung', topics: ['y-te'], weight: 0.9, where: ['kdc', 'health', 'front'], groups: ['phu-nu'],
    noun: 'tiêm chủng cho trẻ', dir: { support: 2, concern: 2, oppose: 1 },
    good: ['chiến dịch tiêm vắc xin sởi - rubella cho trẻ', 'việc tổ chức tiêm chủng mở rộng chu đáo, có nhắn tin nhắc lịch'],
    bad: ['vắc xin trong chương trình tiêm chủng mở rộng có lúc không đủ, phải đi tiêm dịch vụ'],
    fear: ['dịch sởi quay lại khi nhiều trẻ chưa tiêm đủ mũi'],
    ask: ['bảo đảm đủ vắc xin tiêm chủng mở rộng'],
  },
  {
    id: 'an-toan-thuc-pham', topics: ['y-te', 'giao-duc'], weight: 0.9, where: ['kdc', 'school', 'health'], groups: ['phu-nu'],
    noun: 'an toàn thực phẩm quanh trường học', dir: { concern: 3, oppose: 1.5, support: 1 },
    good: ['việc kiểm tra an toàn thực phẩm bếp ăn bán trú'],
    bad: ['các hàng quà vặt trước cổng Trường Tiểu học Hoà Bình bán đồ chiên rán không rõ nguồn gốc'],
    fear: ['thực phẩm bẩn, không rõ nguồn gốc bán ở cổng trường'],
    ask: ['kiểm tra các hàng quà trước cổng trường'],
  },
  {
    id: 'mien-vien-phi', topics: ['y-te', 'doi-song'], weight: 1, where: ['kdc', 'health', 'office'], groups: ['nguoi-cao-tuoi', 'can-bo-dang-vien'],
    noun: 'chủ trương tiến tới miễn viện phí', dir: { support: 4, mixed: 1, concern: 1 },
    good: ['chủ trương tiến tới miễn viện phí cho người dân', 'chính sách khám sức khoẻ định kỳ miễn phí cho người dân mỗi năm một lần'],
    fear: ['miễn viện phí nhưng chất lượng khám chữa bệnh không bảo đảm'],
    q: ['khi nào chủ trương miễn viện phí được áp dụng cụ thể'],
  },

  // ---- giáo dục ----
  {
    id: 'tuyen-sinh-lop-6', topics: ['giao-duc'], weight: 2.6, months: [4, 5, 6, 7, 8], peak: [6, 7], where: ['kdc', 'school'], groups: ['phu-nu'],
    who: ['phụ huynh có con vào lớp 6', 'phụ huynh học sinh lớp 5'], noun: 'tuyển sinh lớp 6',
    titles: ['Tuyển sinh lớp 6', 'Phân tuyến tuyển sinh lớp 6', 'Tuyển sinh lớp 6 Trường THCS Lê Lợi'],
    dir: { concern: 3.5, oppose: 2, support: 1.5, mixed: 0.5 },
    good: ['việc tuyển sinh trực tuyến, phụ huynh không phải xếp hàng nộp hồ sơ'],
    bad: ['phân tuyến tuyển sinh lớp 6 chưa hợp lý, nhà sát Trường THCS Lê Lợi mà con phải học xa', 'kết quả phân tuyến công bố muộn, phụ huynh không kịp chuẩn bị'],
    fear: ['sĩ số lớp 6 năm nay vượt 50 em, chất lượng dạy học không bảo đảm', 'con không được vào trường gần nhà do số học sinh tăng sau sáp nhập'],
    q: ['tiêu chí phân tuyến tuyển sinh lớp 6 năm nay thế nào', 'hộ khẩu mới nhập có được tính để tuyển sinh không'],
    ask: ['công bố sớm, công khai phân tuyến tuyển sinh', 'đầu tư thêm phòng học cho Trường THCS Lê Lợi'],
  },
  {
    id: 'tuyen-sinh-lop-10', topics: ['giao-duc'], weight: 1.4, months: [3, 4, 5, 6, 7], peak: [5, 6], where: ['kdc', 'school'], groups: ['thanh-nien-hoc-sinh', 'phu-nu'],
    noun: 'kỳ thi tuyển sinh lớp 10', dir: { concern: 4, support: 1, oppose: 0.5 },
    good: ['việc công bố sớm phương án tuyển sinh lớp 10'],
    bad: ['học sinh phải đi học thêm nhiều để ôn thi vào lớp 10'],
    fear: ['tỉ lệ chọi vào lớp 10 công lập cao, con không đỗ phải học trường tư thục học phí cao', 'áp lực thi cử khiến học sinh lớp 9 căng thẳng'],
    q: ['thi vào lớp 10 năm nay có thay đổi môn thi không'],
  },
  {
    id: 'bhyt-hoc-sinh', topics: ['giao-duc', 'y-te'], weight: 2.4, months: [8, 9, 10], peak: [9], where: ['kdc', 'school'], groups: ['phu-nu'], issue: 'bhyt-hoc-sinh',
    who: ['phụ huynh học sinh'], noun: 'việc thu bảo hiểm y tế học sinh', titles: ['Bảo hiểm y tế học sinh', 'Thu bảo hiểm y tế học sinh đầu năm học'],
    dir: { concern: 3, oppose: 2, support: 0.5, mixed: 0.5 },
    good: ['việc nhà trường giải thích rõ, không bắt học sinh đã có thẻ phải mua lại'],
    bad: ['nhà trường yêu cầu đóng bảo hiểm y tế học sinh cả năm một lần, gia đình đông con rất khó khăn', 'con đã có thẻ bảo hiểm y tế theo bố mẹ là công nhân nhưng nhà trường vẫn vận động mua'],
    fear: ['không mua bảo hiểm y tế qua trường thì con bị ảnh hưởng thi đua của lớp'],
    q: ['học sinh đã có thẻ bảo hiểm y tế hộ gia đình có phải mua thêm qua trường không', 'có được đóng bảo hiểm y tế học sinh theo từng đợt không'],
    ask: ['hướng dẫn thống nhất việc thu bảo hiểm y tế học sinh'],
  },
  {
    id: 'khoan-thu-dau-nam', topics: ['giao-duc'], weight: 1.6, months: [8, 9, 10], where: ['kdc', 'school'], groups: ['phu-nu'],
    noun: 'các khoản thu đầu năm học', dir: { oppose: 2.5, support: 2.5, mixed: 1.5, concern: 1 },
    good: ['chính sách miễn học phí cho học sinh từ mầm non đến trung học phổ thông công lập'],
    bad: ['đầu năm học có quá nhiều khoản thu ngoài học phí như quỹ lớp, quỹ hội phụ huynh, tiền máy chiếu', 'ban đại diện cha mẹ học sinh tự đặt ra các khoản vận động tài trợ'],
    fear: ['miễn học phí nhưng các khoản thu khác lại tăng'],
    ask: ['công khai, quản lý chặt các khoản thu đầu năm'],
  },
  {
    id: 'day-them', topics: ['giao-duc'], weight: 1, where: ['kdc', 'school'], groups: ['tri-thuc', 'phu-nu'],
    noun: 'quy định về dạy thêm, học thêm', dir: { mixed: 2.5, concern: 2, support: 1.5, oppose: 1 },
    good: ['quy định mới về dạy thêm, học thêm giúp giảm áp lực cho học sinh'],
    bad: ['một số giáo viên vẫn gợi ý học sinh đến nhà học thêm'],
    fear: ['không được dạy thêm trong trường thì học sinh phải ra trung tâm, chi phí còn cao hơn'],
    q: ['dạy thêm ngoài nhà trường phải đăng ký kinh doanh thì áp dụng thế nào'],
  },
  {
    id: 'mam-non', topics: ['giao-duc'], weight: 0.9, peak: [7, 8], where: ['kdc', 'school'], groups: ['phu-nu', 'cong-nhan'],
    noun: 'chỗ học cho trẻ mầm non', dir: { oppose: 2, concern: 2, support: 1 },
    good: ['việc Trường Mầm non Hoa Sen đưa thêm 2 phòng học mới vào sử dụng'],
    bad: ['Trường Mầm non Hoa Sen không đủ chỗ, nhiều cháu 2 tuổi không được nhận', 'nhóm trẻ tư thục trong ngõ không phép, điều kiện chăm sóc không bảo đảm'],
    fear: ['gửi con vào nhóm trẻ tư thục không rõ chất lượng'],
    ask: ['mở thêm nhóm lớp nhà trẻ', 'kiểm tra các nhóm trẻ độc lập tư thục'],
  },
  {
    id: 'cong-truong', topics: ['giao-duc', 'ttatxh'], weight: 0.7, where: ['kdc', 'school'], areas: [9, 10], groups: ['phu-nu'],
    noun: 'an toàn giao thông trước cổng trường', dir: { oppose: 2, support: 1.5 },
    good: ['mô hình "Cổng trường an toàn giao thông" do Đoàn thanh niên phối hợp thực hiện'],
    bad: ['giờ tan học cổng Trường THCS Lê Lợi ùn tắc nghiêm trọng, phụ huynh dừng đỗ tràn ra đường'],
    ask: ['bố trí lực lượng phân luồng giờ tan học'],
  },
  {
    id: 'sach-giao-khoa', topics: ['giao-duc'], weight: 0.8, where: ['kdc', 'school'], groups: ['tri-thuc', 'phu-nu'],
    noun: 'chủ trương thống nhất một bộ sách giáo khoa', dir: { support: 2.5, concern: 1.5, mixed: 1 },
    good: ['chủ trương sử dụng thống nhất một bộ sách giáo khoa trên toàn quốc'],
    fear: ['năm nào cũng thay sách, phụ huynh tốn kém'],
    q: ['sách giáo khoa cũ có còn dùng được khi đổi bộ sách không'],
  },

  // ---- chính quyền, cải cách hành chính ----
  {
    id: 'chinh-quyen-hai-cap', topics: ['chinh-quyen'], weight: 3, where: ['kdc', 'office', 'front'], groups: ['can-bo-dang-vien', 'nguoi-cao-tuoi'],
    noun: 'mô hình chính quyền địa phương hai cấp', titles: ['Chính quyền địa phương hai cấp', 'Trung tâm phục vụ hành chính công phường', 'Thủ tục hành chính sau sắp xếp'],
    dir: { support: 2.5, mixed: 2, concern: 2, oppose: 1 },
    good: ['việc vận hành chính quyền địa phương hai cấp, giải quyết thủ tục ngay tại phường', 'việc Trung tâm phục vụ hành chính công phường tiếp nhận hồ sơ cả sáng thứ bảy'],
    bad: ['có thời điểm hồ sơ phải chờ lâu do phần mềm dịch vụ công bị lỗi'],
    fear: ['khối lượng công việc của phường sau sắp xếp quá lớn, cán bộ không kịp giải quyết', 'trụ sở phường mới ở xa, người già đi lại làm thủ tục khó khăn'],
    q: ['một số thủ tục trước đây làm ở quận nay nộp ở đâu'],
    ask: ['bố trí thêm cán bộ hướng dẫn tại Trung tâm phục vụ hành chính công', 'có điểm tiếp nhận hồ sơ lưu động cho người cao tuổi'],
  },
  {
    id: 'giay-to-sau-sap-nhap', topics: ['chinh-quyen'], weight: 1.2, where: ['kdc', 'front'], groups: ['nguoi-cao-tuoi'],
    noun: 'việc điều chỉnh địa chỉ trên giấy tờ sau sáp nhập', dir: { concern: 3, support: 1.5 },
    good: ['thông báo của phường khẳng định người dân không bắt buộc phải đổi giấy tờ khi thay đổi địa giới'],
    fear: ['phải đi làm lại nhiều loại giấy tờ, tốn thời gian'],
    q: ['sau sáp nhập có phải đổi lại căn cước, sổ đỏ theo địa chỉ mới hay không', 'giấy tờ ghi địa chỉ cũ còn giá trị sử dụng không'],
  },
  {
    id: 'sap-nhap-to-dan-pho', topics: ['chinh-quyen', 'xd-dang'], weight: 5, phase: 'recent', where: ['kdc'], areas: [17, 18, 19, 20], groups: ['can-bo-dang-vien', 'nguoi-cao-tuoi'],
    latent: 0.6, issue: 'sap-nhap-tdp', noun: 'việc sắp xếp, sáp nhập tổ dân phố', titles: ['Sáp nhập tổ dân phố', 'Tin đồn sáp nhập tổ dân phố'],
    dir: { concern: 4, oppose: 1 },
    bad: ['chưa có thông tin chính thức mà đã có người nói tổ sẽ bị giải thể'],
    fear: ['sáp nhập tổ dân phố thì nhà văn hoá cũ bị bỏ không hoặc bị bán đi', 'các tổ trưởng, bí thư chi bộ lâu năm bị cho nghỉ'],
    q: ['tổ dân phố số 17 và số 18 có nhập làm một hay không', 'sau sáp nhập tổ dân phố thì quỹ của tổ xử lý thế nào'],
  },
  {
    id: 'de-an-06', topics: ['chinh-quyen', 'ttatxh'], weight: 1.4, where: ['kdc', 'police'], groups: ['nguoi-cao-tuoi', 'thanh-nien-hoc-sinh'],
    noun: 'Đề án 06, định danh điện tử', titles: ['Đề án 06, VNeID', 'Định danh điện tử mức 2'],
    dir: { support: 2.5, concern: 1.5, oppose: 1, mixed: 1 },
    good: ['việc công an phường làm căn cước, kích hoạt định danh điện tử mức 2 tại nhà cho người già yếu', 'tiện ích của ứng dụng VNeID, đi khám bệnh không cần mang thẻ bảo hiểm y tế'],
    bad: ['ứng dụng VNeID hay lỗi, đăng nhập nhiều lần không được'],
    fear: ['lộ lọt thông tin cá nhân khi tích hợp quá nhiều dữ liệu trên một ứng dụng'],
    q: ['người không có điện thoại thông minh làm thủ tục thế nào'],
    ask: ['tiếp tục hỗ trợ người cao tuổi cài đặt, sử dụng VNeID'],
  },
  {
    id: 'thai-do-can-bo', topics: ['chinh-quyen', 'xd-dang'], weight: 1.2, where: ['kdc', 'office'], groups: [],
    noun: 'thái độ, tác phong của cán bộ tiếp dân', dir: { oppose: 2, support: 2, mixed: 0.5 },
    good: ['tinh thần phục vụ, thái độ niềm nở của cán bộ Trung tâm phục vụ hành chính công phường'],
    bad: ['một số cán bộ tiếp dân tại bộ phận một cửa còn thiếu nhiệt tình, hướng dẫn không đến nơi đến chốn', 'đơn kiến nghị gửi từ hai tháng trước vẫn chưa được trả lời'],
    fear: ['phản ánh rồi cũng không ai giải quyết'],
    ask: ['chấn chỉnh tác phong, thái độ của cán bộ tiếp dân', 'trả lời đơn thư đúng thời hạn'],
  },
  {
    id: 'tinh-gon-bo-may', topics: ['chinh-quyen', 'xd-dang'], weight: 1.5, where: ['office', 'kdc'], groups: ['can-bo-dang-vien'], latent: 0.3,
    noun: 'việc sắp xếp, tinh gọn bộ máy', dir: { support: 3, concern: 2.5, mixed: 1.5 },
    good: ['chủ trương tinh gọn bộ máy, giảm đầu mối trung gian', 'chính sách hỗ trợ cán bộ nghỉ việc khi sắp xếp bộ máy'],
    bad: ['việc bố trí công việc sau sắp xếp chưa hợp lý, có bộ phận quá tải'],
    fear: ['cán bộ không chuyên trách ở tổ dân phố bị cắt giảm phụ cấp sau sắp xếp', 'tâm lý cán bộ dao động, lo bị tinh giản'],
    q: ['chế độ của cán bộ không chuyên trách nghỉ việc được tính thế nào'],
  },

  // ---- xây dựng Đảng ----
  {
    id: 'dai-hoi-dang-bo', topics: ['xd-dang'], weight: 1.4, window: ['2025-06-01', '2026-03-31'], where: ['kdc', 'office'], groups: ['can-bo-dang-vien'],
    noun: 'kết quả Đại hội Đảng bộ phường', dir: { support: 3, unknown: 1, mixed: 1 },
    good: ['kết quả Đại hội Đảng bộ phường nhiệm kỳ 2025–2030', 'việc lựa chọn, giới thiệu nhân sự cấp uỷ trẻ, có năng lực'],
    fear: ['một số chỉ tiêu nghị quyết đề ra cao, khó thực hiện trong bối cảnh kinh tế khó khăn'],
    fact: ['Chi bộ quán triệt kết quả Đại hội Đảng bộ phường nhiệm kỳ 2025–2030 đến toàn thể đảng viên'],
  },
  {
    id: 'dai-hoi-xiv', topics: ['xd-dang', 'kt-xh'], weight: 2, window: ['2025-12-15', '2026-05-31'], where: ['kdc', 'office', 'front'], groups: ['can-bo-dang-vien', 'cuu-chien-binh'],
    noun: 'kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng', dir: { support: 4, concern: 0.5, unknown: 0.5 },
    good: ['kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng', 'các mục tiêu phát triển đất nước trong kỷ nguyên mới mà Đại hội XIV đề ra'],
    q: ['các nghị quyết của Đại hội XIV sẽ được cụ thể hoá ở địa phương thế nào'],
    fact: ['Đảng bộ phường tổ chức học tập, quán triệt Nghị quyết Đại hội XIV của Đảng cho cán bộ, đảng viên'],
  },
  {
    id: 'sinh-hoat-chi-bo', topics: ['xd-dang'], weight: 1.6, where: ['kdc', 'office'], groups: ['can-bo-dang-vien'],
    noun: 'sinh hoạt chi bộ khu dân cư', titles: ['Sinh hoạt chi bộ', 'Trao Huy hiệu Đảng', 'Phát triển đảng viên'],
    dir: { support: 2, concern: 2, oppose: 1, unknown: 1 },
    good: ['việc sinh hoạt chuyên đề về công tác dư luận xã hội theo Chỉ thị 47', 'lễ trao Huy hiệu Đảng trang trọng cho các đảng viên lâu năm'],
    bad: ['một số đảng viên cao tuổi, đảng viên được miễn sinh hoạt ít tham gia sinh hoạt chi bộ', 'nội dung sinh hoạt chi bộ còn đơn điệu, chủ yếu là thông báo'],
    fear: ['phát triển đảng viên trong khu dân cư khó khăn, thanh niên ít muốn vào Đảng'],
    fact: ['Chi bộ trao Huy hiệu 50 năm tuổi Đảng cho 3 đồng chí đảng viên'],
  },
  {
    id: 'chong-tham-nhung', topics: ['xd-dang', 'chinh-quyen'], weight: 1.1, where: ['kdc', 'office', 'front'], groups: ['can-bo-dang-vien', 'cuu-chien-binh', 'tri-thuc'],
    noun: 'công tác phòng, chống tham nhũng, lãng phí', dir: { support: 4, concern: 1 },
    good: ['việc kiên quyết xử lý các vụ án tham nhũng, lãng phí, không có vùng cấm', 'quy định cán bộ, đảng viên phải nêu gương'],
    fear: ['một số cán bộ sợ trách nhiệm, làm việc cầm chừng'],
  },
  {
    id: 'bau-cu', topics: ['xd-dang', 'chinh-quyen'], weight: 2.2, window: ['2026-01-05', '2026-03-31'], where: ['kdc', 'office', 'front'], groups: ['can-bo-dang-vien'],
    noun: 'cuộc bầu cử đại biểu Quốc hội và HĐND các cấp', dir: { support: 3, concern: 1, unknown: 1 },
    good: ['công tác chuẩn bị bầu cử đại biểu Quốc hội và HĐND các cấp nhiệm kỳ 2026–2031', 'việc niêm yết danh sách cử tri, tiểu sử người ứng cử đúng quy định'],
    fear: ['cử tri không biết rõ người ứng cử vì ít có dịp tiếp xúc'],
    q: ['người đi làm xa có được bầu cử ở nơi tạm trú không'],
    fact: ['Tổ bầu cử số 5 niêm yết danh sách cử tri tại nhà văn hoá tổ 9'],
  },

  // ---- MTTQ và đoàn thể ----
  {
    id: 'sap-xep-doan-the', topics: ['mttq-doan-the'], weight: 1.2, where: ['front', 'kdc'], groups: ['phu-nu', 'cuu-chien-binh', 'thanh-nien-hoc-sinh'],
    noun: 'việc sắp xếp các tổ chức chính trị - xã hội trực thuộc Mặt trận', dir: { concern: 2.5, support: 2, mixed: 1 },
    good: ['chủ trương sắp xếp tinh gọn các tổ chức chính trị - xã hội'],
    fear: ['hoạt động của hội ở cơ sở bị hình thức, hội viên ít được quan tâm'],
    q: ['sau khi các hội trực thuộc Mặt trận, chi hội ở tổ dân phố có còn sinh hoạt riêng không'],
  },
  {
    id: 'dai-doan-ket', topics: ['mttq-doan-the', 'van-hoa'], weight: 2.4, months: [10, 11], peak: [11], where: ['front', 'kdc'], groups: [],
    noun: 'Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư', dir: { support: 3, unknown: 1.5, oppose: 0.3 },
    good: ['việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư vui tươi, tiết kiệm'],
    bad: ['kinh phí tổ chức ngày hội ở khu dân cư còn hạn hẹp, chủ yếu vận động đóng góp'],
    fact: ['Khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc, khen thưởng 12 hộ gia đình tiêu biểu'],
  },
  {
    id: 'ung-ho-bao-lu', topics: ['mttq-doan-the', 'doi-song'], weight: 1.6, months: [9, 10, 11], where: ['front', 'kdc'], groups: [],
    noun: 'đợt vận động ủng hộ đồng bào bị bão lũ', dir: { support: 3, unknown: 1.5, concern: 0.5 },
    good: ['đợt vận động ủng hộ đồng bào các tỉnh bị thiệt hại do bão lũ', 'việc công khai danh sách ủng hộ, sao kê tài khoản tiếp nhận ủng hộ'],
    q: ['tiền ủng hộ được chuyển đến người dân vùng lũ bằng cách nào'],
    fact: ['Uỷ ban MTTQ phường tiếp nhận hơn 180 triệu đồng ủng hộ đồng bào bị thiệt hại do bão lũ'],
  },
  {
    id: 'quy-dong-gop', topics: ['mttq-doan-the', 'doi-song'], weight: 1, where: ['kdc', 'front'], groups: [],
    noun: 'các khoản vận động đóng góp ở tổ dân phố', dir: { oppose: 2, support: 1, concern: 1 },
    good: ['việc công khai thu chi quỹ khuyến học của tổ dân phố'],
    bad: ['trong năm có quá nhiều khoản vận động đóng góp ở tổ dân phố', 'một số quỹ vận động lại thu theo định mức, không đúng tinh thần tự nguyện'],
    fear: ['các hộ khó khăn ngại đi họp vì sợ bị hỏi chuyện đóng góp'],
    ask: ['rà soát, giảm bớt các khoản vận động đóng góp', 'công khai thu chi các quỹ ở tổ dân phố'],
  },
  {
    id: 'doan-thanh-nien', topics: ['mttq-doan-the', 'van-hoa'], weight: 1.2, months: [5, 6, 7, 8], where: ['front'], groups: ['thanh-nien-hoc-sinh'],
    noun: 'hoạt động hè của Đoàn thanh niên', dir: { support: 3, concern: 1.5, unknown: 1 },
    good: ['chiến dịch thanh niên tình nguyện hè, các lớp dạy bơi miễn phí cho thiếu nhi', 'hoạt động "Kỳ nghỉ hồng" về với gia đình chính sách'],
    fear: ['trẻ em nghỉ hè không có nơi vui chơi, dễ sa đà vào game, mạng xã hội'],
    fact: ['Đoàn phường mở lớp dạy bơi miễn phí cho 60 thiếu nhi'],
  },

  // ---- văn hoá ----
  {
    id: 'nha-van-hoa', topics: ['van-hoa'], weight: 1, where: ['kdc'], areas: [4, 16], groups: ['nguoi-cao-tuoi'],
    noun: 'nhà văn hoá tổ dân phố', dir: { oppose: 2, support: 1.5, concern: 1 },
    good: ['việc sửa chữa, nâng cấp nhà văn hoá tổ 4 từ nguồn xã hội hoá'],
    bad: ['nhà văn hoá tổ 16 xuống cấp, mái tôn dột, mùa mưa không sinh hoạt được', 'nhà văn hoá bị cho thuê làm nơi tổ chức tiệc, ít dành cho sinh hoạt cộng đồng'],
    q: ['kinh phí sửa nhà văn hoá lấy từ nguồn nào'],
    ask: ['bố trí kinh phí sửa chữa nhà văn hoá'],
  },
  {
    id: 'san-choi', topics: ['van-hoa', 'giao-duc'], weight: 0.8, where: ['kdc'], groups: ['phu-nu'],
    noun: 'sân chơi cho trẻ em', dir: { oppose: 2, support: 1.5 },
    good: ['sân chơi thiếu nhi mới làm ở khu đất trống tổ 2'],
    bad: ['khu dân cư thiếu sân chơi cho trẻ em, các cháu phải chơi dưới lòng ngõ'],
    ask: ['dành quỹ đất làm sân chơi, sân tập thể dục'],
  },
  {
    id: 'trung-thu', topics: ['van-hoa', 'mttq-doan-the'], weight: 1.6, months: [8, 9], where: ['kdc', 'front'], groups: ['thanh-nien-hoc-sinh'],
    noun: 'Tết Trung thu cho thiếu nhi', dir: { support: 3, unknown: 1.5 },
    good: ['đêm hội trăng rằm ấm cúng dành cho thiếu nhi', 'việc tặng quà Trung thu cho trẻ em có hoàn cảnh khó khăn'],
    fact: ['Các chi đoàn tổ chức vui Tết Trung thu cho hơn 400 cháu thiếu nhi tại 10 khu dân cư'],
  },
  {
    id: 'noi-dung-xau-mang', topics: ['van-hoa', 'qp-an'], weight: 1, where: ['kdc', 'school', 'front'], groups: ['phu-nu', 'thanh-nien-hoc-sinh'],
    noun: 'nội dung xấu, tin giả trên mạng xã hội', dir: { concern: 3, oppose: 1.5 },
    bad: ['một số tài khoản livestream bán hàng dùng lời lẽ thô tục, câu view'],
    fear: ['trẻ em xem các nội dung phản cảm, bạo lực trên mạng xã hội', 'tin giả, tin thất thiệt lan truyền nhanh trên các nhóm Zalo'],
    ask: ['tuyên truyền kỹ năng nhận biết tin giả'],
  },
  {
    id: 'viec-cuoi-viec-tang', topics: ['van-hoa'], weight: 0.8, where: ['kdc'], groups: ['nguoi-cao-tuoi'],
    noun: 'nếp sống văn minh trong việc cưới, việc tang', dir: { support: 2, oppose: 1.5, mixed: 1 },
    good: ['việc thực hiện nếp sống văn minh, tiết kiệm trong việc cưới, việc tang ở khu dân cư'],
    bad: ['đám cưới dựng rạp chiếm hết lòng ngõ hai ngày liền', 'một số đám tang vẫn rải vàng mã, thổi kèn đến khuya'],
  },
  {
    id: 'ngay-le', topics: ['van-hoa'], weight: 1.2, months: [4, 5, 8, 9], where: ['kdc', 'front'], groups: ['cuu-chien-binh'],
    noun: 'không khí các ngày lễ lớn', dir: { support: 3, unknown: 1 },
    good: ['không khí các ngày lễ lớn, nhà nhà treo cờ Tổ quốc', 'các hoạt động tri ân, đền ơn đáp nghĩa dịp lễ'],
    fact: ['Các tổ dân phố vận động 100% hộ treo cờ Tổ quốc dịp Quốc khánh 2/9'],
  },

  // ---- quốc phòng - an ninh ----
  {
    id: 'nghia-vu-quan-su', topics: ['qp-an'], weight: 1.6, months: [10, 11, 12, 1, 2, 3], peak: [12, 1, 2], where: ['kdc', 'army', 'front'], groups: ['thanh-nien-hoc-sinh'],
    noun: 'công tác tuyển quân', titles: ['Tuyển quân', 'Khám tuyển nghĩa vụ quân sự', 'Giao nhận quân'],
    dir: { support: 3, concern: 1.5, unknown: 1.5 },
    good: ['việc tuyển chọn, gọi công dân nhập ngũ công khai, đúng quy định', 'lễ giao nhận quân trang trọng, ấm áp'],
    fear: ['đi nghĩa vụ thì ảnh hưởng đến việc học nghề, công việc của con em'],
    q: ['thanh niên đang học cao đẳng có được tạm hoãn gọi nhập ngũ không'],
    fact: ['Phường tổ chức khám tuyển nghĩa vụ quân sự cho 58 thanh niên trong độ tuổi'],
  },
  {
    id: 'dan-quan', topics: ['qp-an', 'chinh-quyen'], weight: 0.8, where: ['army', 'kdc'], groups: ['thanh-nien-hoc-sinh'],
    noun: 'lực lượng dân quân', dir: { support: 2, concern: 1, oppose: 0.7, unknown: 1 },
    good: ['việc lực lượng dân quân thường trực tham gia tuần tra, giúp dân khi mưa bão'],
    bad: ['mức trợ cấp ngày công dân quân còn thấp, anh em ít mặn mà'],
    q: ['chế độ cho dân quân đi huấn luyện được tính thế nào'],
    fact: ['Ban Chỉ huy quân sự phường huấn luyện dân quân năm thứ nhất'],
  },
  {
    id: 'xuyen-tac-mang', topics: ['qp-an', 'xd-dang'], weight: 1, where: ['kdc', 'office', 'police'], groups: ['can-bo-dang-vien', 'cuu-chien-binh'], latent: 0.3,
    noun: 'thông tin xuyên tạc trên mạng xã hội', dir: { concern: 2.5, oppose: 1, support: 1, unknown: 1 },
    good: ['việc đấu tranh, phản bác các thông tin sai trái, xuyên tạc trên mạng xã hội'],
    bad: ['một số tài khoản mạng xã hội đăng thông tin sai sự thật về dự án mở rộng đường Lê Lợi, kích động người dân'],
    fear: ['các trang mạng phản động lợi dụng việc sắp xếp bộ máy để xuyên tạc, gây hoang mang'],
    fact: ['Phát hiện 2 bài viết trên mạng xã hội có nội dung xuyên tạc về công tác cán bộ, đã báo cáo cơ quan chức năng'],
  },

  // ---- tôn giáo, dân tộc ----
  {
    id: 'le-ton-giao', topics: ['ton-giao-dan-toc', 'van-hoa'], weight: 1, months: [4, 5, 12], where: ['kdc', 'front'], areas: [15, 16], groups: ['ton-giao'],
    noun: 'các ngày lễ tôn giáo', dir: { support: 3, unknown: 1.5 },
    good: ['việc chính quyền thăm, chúc mừng chức sắc, giáo dân dịp lễ Giáng sinh', 'việc tổ chức đại lễ Phật đản tại chùa Hoà Bình trang nghiêm, đúng quy định'],
    fact: ['Giáo họ Hoà Bình tổ chức lễ Giáng sinh an toàn, trật tự'],
  },
  {
    id: 'dao-la', topics: ['ton-giao-dan-toc', 'ttatxh'], weight: 0.7, where: ['kdc', 'police'], areas: [19, 20], groups: ['nguoi-cao-tuoi'], latent: 0.4,
    noun: 'hoạt động tuyên truyền "đạo lạ"', dir: { concern: 3, oppose: 1 },
    bad: ['nhóm người lạ tụ tập sinh hoạt tôn giáo trái phép tại một nhà thuê ở tổ 19'],
    fear: ['người lạ đến từng nhà tuyên truyền "đạo lạ", hứa chữa khỏi bệnh, rủ người cao tuổi tham gia'],
    ask: ['kiểm tra, ngăn chặn hoạt động tuyên truyền đạo lạ'],
  },
  {
    id: 'cong-nhan-dan-toc', topics: ['ton-giao-dan-toc', 'doi-song'], weight: 0.6, where: ['kdc', 'enterprise'], areas: [20], groups: ['dan-toc-thieu-so', 'cong-nhan'],
    noun: 'công nhân người dân tộc thiểu số thuê trọ', dir: { unknown: 1.5, concern: 1.5, support: 1 },
    good: ['việc tổ dân phố mời công nhân thuê trọ tham gia ngày hội đại đoàn kết'],
    fear: ['công nhân người dân tộc thiểu số xa nhà, ít tham gia sinh hoạt cộng đồng, dễ bị lôi kéo'],
    fact: ['Khoảng 40 công nhân là người dân tộc thiểu số từ các tỉnh miền núi thuê trọ tại tổ 20, đã đăng ký tạm trú đầy đủ'],
  },

  // ---- quốc tế, đối ngoại ----
  {
    id: 'bien-dong', topics: ['doi-ngoai', 'qp-an'], weight: 0.5, where: ['kdc', 'front'], groups: ['cuu-chien-binh', 'can-bo-dang-vien'],
    noun: 'tình hình Biển Đông', dir: { support: 2.5, concern: 2 },
    good: ['chủ trương kiên quyết, kiên trì bảo vệ chủ quyền biển, đảo bằng biện pháp hoà bình'],
    fear: ['tình hình Biển Đông còn diễn biến phức tạp'],
  },
  {
    id: 'thue-doi-ung', topics: ['doi-ngoai', 'kt-xh'], weight: 0.6, where: ['enterprise', 'kdc'], groups: ['cong-nhan', 'doanh-nhan'],
    noun: 'chính sách thuế quan của các nước', dir: { concern: 3, support: 1.5 },
    good: ['việc Chính phủ chủ động đàm phán, đa dạng hoá thị trường xuất khẩu'],
    fear: ['chính sách thuế quan của một số nước làm giảm đơn hàng xuất khẩu, công nhân mất việc'],
    q: ['doanh nghiệp trên địa bàn có bị ảnh hưởng bởi thuế đối ứng hay không'],
  },
  {
    id: 'xung-dot-the-gioi', topics: ['doi-ngoai', 'doi-song'], weight: 0.4, where: ['kdc', 'front'], groups: ['cuu-chien-binh', 'tri-thuc'],
    noun: 'tình hình xung đột trên thế giới', dir: { concern: 2, support: 1.5, unknown: 1 },
    good: ['chính sách đối ngoại độc lập, tự chủ, đa phương hoá của Đảng và Nhà nước'],
    fear: ['xung đột ở một số khu vực trên thế giới kéo dài đẩy giá xăng dầu, giá vàng tăng'],
    fact: ['Nhân dân quan tâm theo dõi tình hình xung đột ở Trung Đông qua báo chí, truyền hình'],
  },
  {
    id: 'vi-the-dat-nuoc', topics: ['doi-ngoai'], weight: 0.3, where: ['kdc', 'office'], groups: ['can-bo-dang-vien', 'tri-thuc'],
    noun: 'các hoạt động đối ngoại của đất nước', dir: { support: 1 },
    good: ['các hoạt động đối ngoại của lãnh đạo Đảng, Nhà nước thời gian qua, nâng cao vị thế của đất nước', 'việc nâng cấp quan hệ với nhiều đối tác quan trọng'],
  },

  // ---- khác ----
  {
    id: 'the-thao', topics: ['khac', 'van-hoa'], weight: 0.7, where: ['kdc', 'front'], groups: ['thanh-nien-hoc-sinh'],
    noun: 'thành tích của thể thao nước nhà', dir: { support: 3, oppose: 1 },
    good: ['thành tích của đội tuyển bóng đá quốc gia', 'kết quả thi đấu của đoàn thể thao Việt Nam tại đấu trường khu vực'],
    bad: ['cổ động viên đi bão sau trận đấu, đốt pháo sáng, lạng lách trên đường Lê Lợi'],
  },
  {
    id: 'thoi-tiet', topics: ['khac', 'y-te'], weight: 0.7, months: [1, 2, 6, 7, 12], where: ['kdc', 'health'], groups: ['nguoi-cao-tuoi'],
    noun: 'thời tiết khắc nghiệt', dir: { concern: 2.5, unknown: 1.5 },
    fear: ['rét đậm, rét hại kéo dài ảnh hưởng sức khoẻ người già, trẻ nhỏ', 'nắng nóng gay gắt, nhiều người già bị mệt, tăng huyết áp'],
    fact: ['Đợt nắng nóng kéo dài, nhiệt độ ngoài trời trên 38 độ, nhu cầu dùng điện tăng cao'],
  },
  {
    id: 'tin-don-bat-coc', topics: ['khac', 'ttatxh'], weight: 0.5, where: ['kdc', 'school', 'police'], groups: ['phu-nu'], issue: 'tin-don-bat-coc',
    noun: 'tin đồn bắt cóc trẻ em', dir: { concern: 2, unknown: 1, support: 1 },
    good: ['việc công an phường kịp thời bác bỏ tin đồn'],
    fear: ['tin đồn thất thiệt về việc trẻ em bị bắt cóc ở cổng trường lan truyền trên nhóm Zalo phụ huynh gây hoang mang'],
    fact: ['Công an phường xác minh, thông tin việc bắt cóc trẻ em ở cổng trường là không đúng sự thật'],
  },
  {
    id: 'mat-dien', topics: ['khac', 'doi-song'], weight: 0.5, peak: [5, 6, 7], where: ['kdc'], areas: [17, 18], groups: [],
    noun: 'tình trạng mất điện', dir: { oppose: 2, concern: 1 },
    bad: ['mất điện đột xuất nhiều giờ không báo trước trong ngày nắng nóng'],
    q: ['vì sao khu vực tổ 18 hay mất điện hơn các nơi khác'],
  },
]
