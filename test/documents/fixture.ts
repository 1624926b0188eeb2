/**
 * A realistic ward report as a PartyDocument: what the ward helper's buildReportDocument produces for a month, with
 * every kind of block (headings of three levels, paragraphs, bullets, tables with totals, bar/pie/line charts), so
 * the renderers can be built and checked before the reporting services exist. Written in NFD on purpose in places
 * ("Đảng uỷ" typed with combining marks) to prove the renderers normalise to NFC.
 */
import type { PartyDocument } from '../../src/documents/model.ts'

/** The monthly ward report of Hồng Bàng for October 2025, approved and numbered. */
export function wardReportFixture(over: Partial<PartyDocument> = {}): PartyDocument {
  return {
    superiorBody: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
    issuingBody: 'ĐẢNG UỶ PHƯỜNG HỒNG BÀNG'.normalize('NFD'),
    number: 'Số 07-BC/ĐU',
    place: 'Hồng Bàng',
    date: '2025-10-02',
    typeName: 'BÁO CÁO',
    summary: 'tình hình tư tưởng, dư luận xã hội tháng 9 năm 2025',
    body: [
      { kind: 'heading', level: 1, text: 'I. TÌNH HÌNH TƯ TƯỞNG' },
      { kind: 'heading', level: 2, text: '1. Trong cán bộ, đảng viên' },
      {
        kind: 'paragraph',
        text:
          'Cán bộ, đảng viên trong Đảng bộ phường cơ bản có tư tưởng ổn định, tin tưởng vào sự lãnh đạo của Đảng, ' +
          'sự quản lý, điều hành của chính quyền; đồng tình với chủ trương sắp xếp tổ chức bộ máy, vận hành chính quyền ' +
          'địa phương hai cấp. Một bộ phận đảng viên cao tuổi băn khoăn về việc sinh hoạt chi bộ sau khi sáp nhập các ' +
          'khu dân cư, khoảng cách đi lại xa hơn trước.',
      },
      { kind: 'heading', level: 2, text: '2. Trong các tầng lớp Nhân dân' },
      {
        kind: 'paragraph',
        text:
          'Nhân dân trên địa bàn phấn khởi trước kết quả tổ chức Đại hội Đảng bộ phường nhiệm kỳ 2025 – 2030; quan tâm ' +
          'đến việc mở rộng đường Lê Lợi, giá bồi thường giải phóng mặt bằng tại các tổ dân phố 5, 6, 7, 8 và tình trạng ' +
          'ngập úng cục bộ trên phố Trần Phú sau các trận mưa lớn cuối tháng.',
      },
      { kind: 'heading', level: 1, text: 'II. DƯ LUẬN XÃ HỘI NỔI BẬT' },
      { kind: 'heading', level: 2, text: '1. Dư luận về tình hình địa phương' },
      { kind: 'heading', level: 3, text: 'a) Lĩnh vực đất đai, giải phóng mặt bằng' },
      {
        kind: 'paragraph',
        text:
          'Có 9 luồng ý kiến (chiếm 21,4%) bày tỏ lo lắng về đơn giá bồi thường khi mở rộng đường Lê Lợi; các hộ ở tổ ' +
          '6 và tổ 7 đề nghị công khai phương án tái định cư trước khi kiểm đếm. Cường độ: mạnh; phạm vi: nhiều người.',
      },
      { kind: 'heading', level: 3, text: 'b) Lĩnh vực đô thị, môi trường' },
      {
        kind: 'bullets',
        items: [
          'Ngập úng trên phố Trần Phú sau mưa lớn ngày 18/9, ảnh hưởng việc đi lại của học sinh;',
          'Rác thải tồn đọng tại điểm tập kết cuối ngõ 12 phố Hoàng Văn Thụ;',
          'Tiếng ồn từ các công trình xây dựng ban đêm tại tổ dân phố 3.',
        ],
      },
      {
        kind: 'table',
        table: {
          title: 'Bảng 1. Luồng ý kiến theo lĩnh vực và chiều hướng',
          header: ['Lĩnh vực', 'Đồng tình', 'Băn khoăn', 'Phản đối', 'Trái chiều', 'Cộng'],
          rows: [
            ['Đất đai, giải phóng mặt bằng', '2', '9', '3', '1', '15'],
            ['Đô thị, môi trường', '4', '7', '0', '2', '13'],
            ['Y tế, giáo dục', '6', '3', '0', '1', '10'],
            ['Xây dựng Đảng, chính quyền', '8', '2', '0', '0', '10'],
            ['An ninh, trật tự', '3', '4', '1', '1', '9'],
          ],
          total: ['Tổng cộng', '23', '25', '4', '5', '57'],
        },
      },
      {
        kind: 'chart',
        chart: {
          kind: 'bar',
          title: 'Biểu đồ 1. Luồng ý kiến theo lĩnh vực và chiều hướng',
          categories: ['Đất đai', 'Đô thị', 'Y tế, giáo dục', 'Xây dựng Đảng', 'An ninh'],
          series: [
            { name: 'Đồng tình', values: [2, 4, 6, 8, 3] },
            { name: 'Băn khoăn', values: [9, 7, 3, 2, 4] },
            { name: 'Phản đối', values: [3, 0, 0, 0, 1] },
            { name: 'Trái chiều', values: [1, 2, 1, 0, 1] },
          ],
          stacked: true,
        },
      },
      { kind: 'heading', level: 2, text: '2. Ý kiến cử tri, Mặt trận Tổ quốc và các đoàn thể' },
      {
        kind: 'paragraph',
        text:
          'Qua hội nghị tiếp xúc cử tri ngày 20/9/2025, cử tri phản ánh 15 ý kiến, kiến nghị; trong đó 6 ý kiến về đất ' +
          'đai, 4 ý kiến về hạ tầng đô thị, 3 ý kiến về chính sách an sinh xã hội, 2 ý kiến khác.',
      },
      {
        kind: 'table',
        table: {
          title: 'Bảng 2. Thông tin dư luận theo kênh tiếp nhận',
          header: ['Kênh', 'Số phiếu', 'Tỷ lệ'],
          rows: [
            ['Cộng tác viên', '30', '71,4%'],
            ['Tiếp xúc cử tri', '6', '14,3%'],
            ['Mặt trận, đoàn thể', '4', '9,5%'],
            ['Báo chí, mạng xã hội', '2', '4,8%'],
          ],
          total: ['Cộng', '42', '100%'],
        },
      },
      {
        kind: 'chart',
        chart: {
          kind: 'pie',
          title: 'Biểu đồ 2. Cơ cấu thông tin theo kênh tiếp nhận',
          slices: [
            { name: 'Cộng tác viên', value: 30 },
            { name: 'Tiếp xúc cử tri', value: 6 },
            { name: 'Mặt trận, đoàn thể', value: 4 },
            { name: 'Báo chí, mạng xã hội', value: 2 },
          ],
        },
      },
      { kind: 'heading', level: 1, text: 'III. DƯ LUẬN TIỀM ẨN, DỰ BÁO' },
      {
        kind: 'paragraph',
        text:
          'Dự báo tháng tới, dư luận về giá bồi thường giải phóng mặt bằng đường Lê Lợi tiếp tục tăng khi phương án ' +
          'được niêm yết; cần chủ động thông tin, đối thoại với các hộ bị ảnh hưởng, không để hình thành điểm nóng.',
      },
      {
        kind: 'chart',
        chart: {
          kind: 'line',
          title: 'Biểu đồ 3. Số luồng ý kiến về đất đai theo tháng và dự báo',
          categories: ['T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10 (dự báo)'],
          series: [{ name: 'Đất đai, giải phóng mặt bằng', values: [3, 4, 4, 6, 11, 15, 17] }],
          band: { low: [3, 4, 4, 6, 11, 15, 12], high: [3, 4, 4, 6, 11, 15, 22] },
        },
      },
      { kind: 'heading', level: 1, text: 'IV. CÔNG TÁC NẮM BẮT, ĐỊNH HƯỚNG' },
      {
        kind: 'paragraph',
        text:
          'Trong tháng, 20/22 chi bộ gửi báo cáo đúng hạn; Chi bộ khu dân cư số 9 gửi muộn 2 ngày, Chi bộ Trường Tiểu ' +
          'học Hồng Bàng được gia hạn đến ngày 27/9. Ban Xây dựng Đảng đã tổng hợp, báo cáo Ban Thường vụ 3 vụ việc ' +
          'cần định hướng dư luận.',
      },
      { kind: 'paragraph', text: '(Chi tiết tại Phụ lục thống kê kèm theo)', italic: true },
      { kind: 'heading', level: 1, text: 'V. ĐỀ XUẤT, KIẾN NGHỊ' },
      {
        kind: 'bullets',
        items: [
          'Đề nghị Uỷ ban nhân dân phường công khai phương án bồi thường, hỗ trợ, tái định cư dự án mở rộng đường Lê Lợi;',
          'Đề nghị Công ty Thoát nước Hải Phòng nạo vét hệ thống cống trên phố Trần Phú trước mùa mưa bão;',
          'Vấn đề cần theo dõi tháng tới: giá bồi thường, ngập úng, tuyển sinh đầu cấp.',
        ],
      },
    ],
    signature: { onBehalfOf: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Nguyễn Thị Hải Yến' },
    recipients: ['- Ban Tuyên giáo và Dân vận Thành uỷ,', '- Thường trực Đảng uỷ phường,', '- Các chi bộ trực thuộc,', '- Lưu Văn phòng Đảng uỷ.'],
    draftMark: null,
    ...over,
  }
}
