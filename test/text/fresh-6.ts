/**
 * The sixth fresh set: 245 records written on 2026-11-26 by author "h8" BEFORE any change of the sixth round, as an
 * independent author who did not read the labelled records (src/text/data/labelled-*.ts) nor the records of the
 * earlier fresh sets. Voices: ward officers' monthly summaries after the merger of wards and the end of the district
 * level (sáp nhập phường, bỏ cấp huyện); collaborators' terse notes (some without accents, texting forms "ko", "dc",
 * "bik", "hok", "r"); residents quoted; hotline calls written down by the duty officer; voter-meeting petitions;
 * comments on the ward's fanpage; press and social-media monitoring; the youth union and students; the veterans'
 * association; elderly clubs; religious communities (parish, pagodas, Protestant group, Hòa Hảo); ethnic-minority
 * residents (Khmer, Chăm, Hoa, Ê Đê, Tày); small shops and household businesses (e-invoices after the end of the
 * flat tax); construction workers; people with disabilities; apartment-building Zalo groups; digital public services
 * (VNeID, dịch vụ công trực tuyến); online scams; heat, storms and floods; prices; school fees; hospitals; land
 * clearance. Short (5–10 words, 11 records) and long (3–4 clauses) records, mixed views, questions, negations
 * ("không phản đối", "chưa hài lòng", "không đồng tình"), 28 records with a second topic. Places, organisations and
 * people are invented. Labelled by the guide in docs/text-engine.md (primary topic = what the opinion is about, not
 * who reports it; direction = the people's attitude).
 * Directions: support 59, concern 62, oppose 58, mixed 21, unknown 45.
 * Primary topics: kt-xh 27, qp-an 12, ttatxh 24, doi-song 30, giao-duc 15, y-te 15, van-hoa 10, moi-truong 16,
 * dat-dai 16, xd-dang 9, chinh-quyen 26, mttq-doan-the 12, ton-giao-dan-toc 12, doi-ngoai 9, khac 12.
 * Dedup check (src/text/dedup.ts `similarity`, a scratch script that printed scores only) against every record of
 * LABELLED (src/text/data/labelled.ts as it stood in the working tree, 2 823 records, with the earlier fresh sets moved
 * in as parts 23+), against fresh.ts … fresh-5.ts as committed at 5dce6da, and between the records of this set: the
 * highest score against the other records is 0.435, within this set 0.352; none ≥ 0.45. Of 245 drafts (238, then 7
 * short ones), 28 came within 0.45 of a record of LABELLED or the fresh sets (0.45–0.90) and one pair of drafts within
 * 0.459 of each other; all were rewritten as other stories or wording (two needed a second rewrite, one a third), none
 * dropped. Four of the rewrites and two other drafts were turned to concern to approach the planned balance.
 * The classifier was not run on this set while it was written. Only measured (test/text/evaluate.ts, ONLY=6);
 * never used to train or tune.
 */
import type { LabelledText } from '../../src/text/classify.ts'

const rows: [string, string, string][] = [
  // ward officers' monthly summaries after the merger (two-tier local government)
  ['Tháng 7, phường Tân Hòa mới (sáp nhập từ ba phường cũ) đi vào hoạt động; đa số nhân dân đồng tình, song nhiều cụ cao tuổi than trụ sở mới xa, đi làm giấy tờ phải nhờ con cháu chở.', 'chinh-quyen', 'mixed'],
  ['Từ khi bỏ cấp huyện, hồ sơ chuyển mục đích sử dụng đất nộp và nhận ngay tại phường, bà con phấn khởi vì không phải lên quận chờ cả buổi như trước.', 'chinh-quyen dat-dai', 'support'],
  ['Tuần đầu vận hành, Trung tâm phục vụ hành chính công phường tiếp nhận 412 hồ sơ, 63% nộp trực tuyến, trả đúng hạn 398 hồ sơ.', 'chinh-quyen', 'unknown'],
  ['Người dân hỏi: tên phường đã đổi thì sổ đỏ, giấy phép kinh doanh ghi địa chỉ cũ có bắt buộc đi cập nhật không, có mất phí không, sợ lại phải chạy tới chạy lui.', 'chinh-quyen', 'concern'],
  ['Nhiều hộ kinh doanh bức xúc vì sau sáp nhập phải cập nhật địa chỉ ở ba bốn nơi, nơi nào cũng đòi bản sao, đi mấy buổi vẫn chưa xong.', 'chinh-quyen kt-xh', 'oppose'],
  ['Nhóm Zalo khu phố rộ tin sắp có siêu bão đổ bộ trong tuần, nhiều nhà đổ xô mua mì gói, nến, pin dự trữ dù đài khí tượng chưa dự báo gì.', 'khac', 'concern'],
  ['Tổng hợp tháng 9: sau đợt mưa lũ, giá rau xanh, thịt heo ở chợ Bình Khê tăng 20–30%, người lao động thu nhập thấp lo không đủ tiền chợ hằng ngày.', 'doi-song', 'concern'],
  ['Cán bộ, công chức phường cũ được bố trí lại vị trí, một số người lo lắng về việc làm sau khi tinh giản, tư tưởng chưa thật yên tâm.', 'chinh-quyen', 'concern'],
  ['Ý kiến cử tri khu phố 4 ghi nhận tinh thần phục vụ của bộ phận một cửa phường mới: nhanh, niềm nở, hướng dẫn tận tình, không phải đi lại nhiều lần.', 'chinh-quyen', 'support'],
  ['Qua nắm tình hình, một bộ phận nhân dân chưa hài lòng vì số điện thoại đường dây nóng của phường cũ không còn ai nghe, gọi số mới thì toàn máy bận.', 'chinh-quyen', 'oppose'],

  // collaborators' terse notes (some without accents, texting forms, typos)
  ['CTV to 12: ba con hoi bao gio phat tien ho tro lu dot 2, nghe noi co danh sach roi ma chua thay doc.', 'doi-song', 'concern'],
  ['Ghi nhanh: hẻm 45 mất nước 3 ngày, dân xách xô đi xin nước, ai cũng bực, cty cấp nước ko báo trước.', 'doi-song', 'oppose'],
  ['ctv to 7: tuan nay binh thuong, ba con chi ban chuyen tuyen VN da AFF', 'khac', 'unknown'],
  ['Ctv ghi: quán nhậu đầu ngõ mở loa tới 1h sáng, nhắc hoài ko nghe, mấy nhà có con nhỏ chịu hết nổi.', 'ttatxh moi-truong', 'oppose'],
  ['Nắm bắt: nhiều ng lớn tuổi ko bik cài VNeID mức 2, ra phường nhờ thì hẹn tuần sau, sợ ko kịp lĩnh lương hưu qua tài khoản.', 'chinh-quyen doi-song', 'concern'],
  ['ba con khen doi thu gom rac moi, gio giac dung, xe ko con do nuoc ri ra duong nhu truoc', 'moi-truong', 'support'],
  ['CTV khu 3: cống rãnh đường Nguyễn Trãi bị tắc, mưa chừng 30 phút là nước ngập tới gối, đề nghị nạo vét trước mùa mưa bão.', 'moi-truong', 'concern'],
  ['Ghi nhận ở chợ tạm: tiểu thương nói thuế khoán bỏ rồi, giờ phải xuất hóa đơn điện tử, hổng biết làm, sợ bị phạt.', 'kt-xh', 'concern'],
  ['CTV: dân tổ 5 đồng tình cao việc cấm xe tải vào đường Lạc Long Quân giờ cao điểm, đi lại an toàn hơn hẳn.', 'ttatxh', 'support'],
  ['to 9 co vu lua dao qua dien thoai, 1 chi bi gia danh cong an bao cap nhat dinh danh, mat 48 trieu', 'ttatxh', 'unknown'],
  ['CTV ấp Mỹ Phước: bà con người Khmer phấn khởi vì chùa Phước Hưng được hỗ trợ kinh phí sửa chánh điện trước lễ Ok Om Bok.', 'ton-giao-dan-toc', 'support'],
  ['Ctv ghi: dân xóm bãi đốt rơm rạ khói mù mịt, người già ho sặc sụa, nhắc rồi vẫn đốt.', 'moi-truong', 'oppose'],
  ['thue khoan bo roi ma van co nguoi tu xung can bo thue toi thu tien, may chi ban nuoc mia so qua dua luon', 'ttatxh kt-xh', 'concern'],
  ['mn oi phuong moi o dau v, can xin xac nhan cu tru ma tim ko ra', 'chinh-quyen', 'unknown'],
  ['Cty cấp nước nói tuần sau sửa ống mà 2 tuần r vẫn chưa thấy ai, nước yếu xìu, bực ghê', 'doi-song', 'oppose'],
  ['Dân tổ 15 mừng vì đc hỗ trợ sửa nhà sau bão, mỗi hộ 5tr, tuy ít nhưng quý.', 'doi-song', 'support'],

  // residents' words quoted
  ['"Con tôi học lớp 3, từ năm nay được miễn học phí, nhà đỡ được một khoản, mừng lắm" – chị Thu, tổ 6.', 'giao-duc', 'support'],
  ['Ông Bảy (tổ 2) nói: "Đền bù có 18 triệu một mét, ngoài kia bán 60 triệu, lấy gì mua lại chỗ ở? Tôi không ký."', 'dat-dai', 'oppose'],
  ['Bà Hạnh, 71 tuổi: "Giờ cái gì cũng quét mã, tui không có điện thoại thông minh thì làm sao đây con?"', 'chinh-quyen', 'concern'],
  ['Anh Tùng thợ hồ kể: công trình dừng từ tháng 5, chủ thầu nợ lương hai tháng, anh em phải đi phụ bán cà phê kiếm sống, ai cũng bức xúc.', 'doi-song', 'oppose'],
  ['"Cảm ơn mấy cháu đoàn viên về tận nhà cài app cho bà, giờ bà tự xem được lịch khám rồi" – bà Tư, khu phố 1.', 'mttq-doan-the', 'support'],
  ['Chị Lan bán tạp hóa: "Mấy sàn online bán rẻ hơn giá tui lấy sỉ, khách quen cũng bỏ, không biết trụ được tới Tết không."', 'kt-xh', 'concern'],
  ['Tiệm tạp hóa cô Ba: "Buôn bán ế lắm, tháng này doanh thu chỉ bằng nửa năm ngoái, tiền mặt bằng vẫn 8 triệu."', 'kt-xh', 'concern'],
  ['Anh Khoa chạy Grab nói phí chiết khấu của app tăng lên 27%, chạy cả ngày trừ xăng còn chưa tới 200 nghìn, anh em tài xế rất bức xúc.', 'doi-song kt-xh', 'oppose'],

  // hotline calls written down by the duty officer
  ['ĐDN 22h10: người dân chung cư Hòa Phát báo có mùi khét ở hầm xe, nghi xe điện sạc qua đêm chập điện, đề nghị kiểm tra gấp.', 'ttatxh', 'concern'],
  ['Cuộc gọi 9h05: ông Sáu cho biết con trai bị bại não, đã nộp hồ sơ xác định mức độ khuyết tật từ tháng 6, ông lo hồ sơ thất lạc khi chuyển về phường mới.', 'doi-song', 'concern'],
  ['Đường dây nóng nhận phản ánh: xe ben chở đất công trình cầu Rạch Đỉa chạy không phủ bạt, đất rơi đầy đường, bụi mù, đã báo ba lần không ai xử lý.', 'moi-truong ttatxh', 'oppose'],
  ['Người gọi giấu tên tố cán bộ địa chính phường gợi ý "bồi dưỡng" thì hồ sơ tách thửa mới đi nhanh, yêu cầu làm rõ.', 'xd-dang dat-dai', 'oppose'],
  ['Hotline 14h: chị Mai phản ánh sau sáp nhập trạm y tế đóng điểm cũ, giờ tiêm chủng cho bé phải đi 6 km, chị cho rằng sắp xếp vậy là không hợp lý.', 'y-te', 'oppose'],
  ['Gọi tổng đài: một cụ ông hỏi tháng này trợ cấp người cao tuổi có chuyển qua tài khoản không hay vẫn nhận tiền mặt ở tổ.', 'doi-song', 'unknown'],

  // voter-meeting petitions
  ['Cử tri Trần Văn Lộc (KP 3) kiến nghị sớm làm đường Lê Văn Lương đoạn qua cầu Ông Lớn, dự án khởi công 4 năm vẫn dở dang, xe cộ lún sình.', 'kt-xh', 'oppose'],
  ['Cử tri tổ 14 đề nghị bố trí thêm điểm thu gom pin, bóng đèn hỏng, hiện chưa biết bỏ đâu cho đúng.', 'moi-truong', 'concern'],
  ['Tại buổi tiếp xúc cử tri, nhiều ý kiến hoan nghênh chủ trương tinh gọn bộ máy, đề nghị chọn người có năng lực ở lại, không nên cào bằng.', 'chinh-quyen xd-dang', 'support'],
  ['Cử tri Lê Thị Hoa hỏi: trường THCS Phú Lợi đã có quyết định xây thêm 12 phòng học từ năm 2024, vì sao đến nay chưa khởi công?', 'giao-duc', 'concern'],
  ['Cử tri khu tái định cư Bắc Sơn bức xúc: nhận nhà 5 năm vẫn chưa được cấp sổ hồng, không thế chấp vay vốn được, đề nghị trả lời dứt điểm.', 'dat-dai', 'oppose'],
  ['Hội nghị tiếp xúc cử tri có 14 ý kiến, tập trung vào hạ tầng, bảo hiểm y tế và trật tự đô thị; các ý kiến đã được ghi nhận, chuyển cơ quan chức năng.', 'chinh-quyen', 'unknown'],
  ['Cử tri cựu chiến binh Phạm Văn Khải đề nghị quan tâm hơn đến gia đình có công, nhiều hộ còn ở nhà tạm, mái tôn thủng.', 'doi-song', 'concern'],
  ['Cử tri đề nghị thành phố sớm công bố tiến độ tuyến đường sắt đô thị số 2, người dân ven tuyến chờ đợi đã lâu.', 'kt-xh', 'concern'],

  // comments on the ward's fanpage and residents' posts
  ['Phường mình sáp nhập rồi mà fanpage vẫn để tên cũ, hỏi gì cũng không ai rep 😒', 'chinh-quyen', 'oppose'],
  ['Ad ơi cho e hỏi làm lại CCCD gắn chip thì làm ở phường mới hay phải lên công an tỉnh ạ', 'chinh-quyen', 'unknown'],
  ['Đường mới trải nhựa êm ru, cảm ơn phường nha, đi làm đỡ xóc hẳn 👍', 'kt-xh', 'support'],
  ['Cổng dịch vụ công cứ tới bước ký số là văng ra, thử điện thoại rồi máy tính đều vậy, mất nguyên buổi sáng, chán hết muốn nói', 'chinh-quyen', 'oppose'],
  ['Nghe nói sắp thu phí vỉa hè theo mét vuông hả mọi người? Bán xôi có cái bàn nhỏ xíu cũng bị thu à?', 'ttatxh kt-xh', 'concern'],
  ['Cty nào xả khói đen ở KCN Tân Tạo mà chiều nào cũng khét lẹt, ai chịu nổi', 'moi-truong', 'oppose'],
  ['Hàng xóm mình có bác bị bán thuốc chữa tiểu đường trên live stream, 3 triệu một hộp, uống vô chả thấy gì. Bọn lừa người già quá đáng thật!', 'ttatxh y-te', 'oppose'],
  ['Chung cư mình nhóm Zalo cả tuần nay toàn cãi nhau vụ tăng phí quản lý từ 9 nghìn lên 14 nghìn/m2, ban quản trị chưa công khai thu chi năm ngoái.', 'doi-song', 'oppose'],
  ['Phường làm ăn kiểu gì mà hồ sơ nộp online vẫn bắt lên ký tay?', 'chinh-quyen', 'oppose'],
  ['Trời ơi giá thịt lại tăng, đi chợ sợ luôn', 'doi-song', 'concern'],

  // press and social-media monitoring
  ['Tổng hợp báo chí tuần: các báo phản ánh tình trạng sạt lở bờ sông đoạn qua khu phố 6, 3 căn nhà bị nứt, người dân phải di dời tạm.', 'moi-truong', 'unknown'],
  ['Theo dõi mạng xã hội: clip CSGT hỗ trợ học sinh qua đường ngập được chia sẻ hơn 20 nghìn lượt, bình luận phần lớn khen ngợi.', 'ttatxh', 'support'],
  ['Người dân đổ xô gửi tiết kiệm kỳ hạn ngắn sau khi lãi suất ngân hàng nhích lên 5,5%/năm, chi nhánh trên đường Trần Hưng Đạo phát số thứ tự tới trưa.', 'kt-xh', 'unknown'],
  ['Trên các hội nhóm, xuất hiện bài viết xuyên tạc việc sáp nhập tỉnh là "xóa tên quê hương", kêu gọi không hợp tác; lực lượng chức năng đã xác minh tài khoản.', 'qp-an', 'unknown'],
  ['Điểm báo: bạn đọc đánh giá cao việc bệnh viện quận công khai giá dịch vụ, không còn "phong bì", nhưng vẫn phàn nàn thời gian chờ khám quá lâu.', 'y-te', 'mixed'],

  // youth union and students
  ['Đoàn phường báo cáo: 120 đoàn viên tham gia chiến dịch "Mùa hè xanh", hướng dẫn 1.300 lượt người dân sử dụng dịch vụ công trực tuyến.', 'mttq-doan-the', 'unknown'],
  ['Sinh viên trọ ở khu phố 2 than giá phòng tăng từ 2,5 lên 3,2 triệu mà vẫn tính điện 4 nghìn một số, ở không nổi.', 'doi-song', 'oppose'],
  ['Em Vy lớp 12 nhắn trên fanpage Đoàn trường: bọn em rối quá, mỗi trường đại học một kiểu xét học bạ, điểm đánh giá năng lực, không biết dồn sức vào đâu.', 'giao-duc', 'concern'],
  ['Đoàn viên thanh niên hào hứng đăng ký tình nguyện đi nghĩa vụ quân sự năm nay, có 9 đơn tự nguyện.', 'qp-an', 'support'],
  ['Mấy bạn sinh viên nói vui: "Xe buýt điện tuyến mới mát rượi, quẹt thẻ là đi, khỏi xài xe máy luôn."', 'kt-xh', 'support'],
  ['tụi em hs lớp 9 thấy cấm dạy thêm cũng dc nhưng kì thi lớp 10 khó quá, ko học thêm thì sợ rớt', 'giao-duc', 'mixed'],

  // veterans' association
  ['Nhân ngày 22/12, chi hội CCB khu phố 5 đến thăm, tặng 14 phần quà cho các gia đình liệt sĩ và thương binh trên địa bàn.', 'mttq-doan-the', 'unknown'],
  ['Bác Thành, cựu chiến binh, giận lắm: mấy tài khoản TikTok dựng clip bôi nhọ người lính, bọn trẻ xem lại tin theo, cần bắt gỡ ngay.', 'qp-an', 'oppose'],
  ['Các cựu chiến binh đồng tình với việc sắp xếp lại lực lượng dân quân sau khi bỏ cấp huyện, mong lực lượng vẫn giữ được ở từng khu phố.', 'qp-an', 'support'],
  ['Hội CCB phản ánh chế độ cho thương binh nặng chậm chi trả hai tháng nay sau khi chuyển đầu mối từ quận về phường, hội viên không hài lòng.', 'doi-song', 'oppose'],
  ['Cựu chiến binh nhận xét: phong trào thanh niên năm nay sôi nổi hơn, nhưng nhiều hoạt động chụp ảnh đăng báo là chính.', 'mttq-doan-the', 'mixed'],

  // elderly club
  ['CLB dưỡng sinh người cao tuổi rất vui vì phường cho mượn sân nhà văn hóa buổi sáng, các cụ tập đều, khỏe ra.', 'van-hoa', 'support'],
  ['Các cụ CLB thơ hỏi: trợ cấp xã hội cho người từ 75 tuổi theo quy định mới bắt đầu từ tháng nào, có phải làm hồ sơ lại không?', 'doi-song', 'unknown'],
  ['Hội Người cao tuổi phản ánh: nhiều cụ bị gọi điện mạo danh bảo hiểm xã hội đòi "truy thu", có cụ hoảng chuyển tiền, đề nghị công an tuyên truyền.', 'ttatxh', 'concern'],
  ['CLB Hưu trí phấn khởi: bệnh viện quận mở khung khám riêng buổi chiều cho người trên 80 tuổi, các cụ không phải chen lấn từ sáng sớm.', 'y-te', 'support'],

  // religious communities
  ['Giáo xứ Tân Phước xin phép rước kiệu quanh khu phố tối 24/12, tổ dân phố và công an phường đã phối hợp phân luồng.', 'ton-giao-dan-toc', 'unknown'],
  ['Bà con phật tử chùa Bửu Long băn khoăn việc mở rộng đường có lấn vào khuôn viên chùa và tháp cổ không, đề nghị phường thông tin rõ.', 'ton-giao-dan-toc dat-dai', 'concern'],
  ['Chức sắc Hội thánh Tin lành chi hội Phước An cảm ơn chính quyền đã cấp phép sinh hoạt điểm nhóm mới, thủ tục nhanh gọn.', 'ton-giao-dan-toc', 'support'],
  ['Một số người dân không đồng tình việc cơ sở thờ tự tự phát ở hẻm 88 tổ chức lên đồng, đốt vàng mã đêm khuya, khói và ồn.', 'ton-giao-dan-toc', 'oppose'],
  ['Chức sắc Phật giáo Hòa Hảo ở ấp Long Hưng đồng tình vận động tín đồ tham gia hiến đất làm đường nông thôn.', 'ton-giao-dan-toc', 'support'],

  // ethnic-minority residents
  ['Đồng bào Chăm ở khu phố Hòa Thạnh phấn khởi vì lễ Katê năm nay được phường hỗ trợ tổ chức chung, có cả đội múa của học sinh.', 'ton-giao-dan-toc van-hoa', 'support'],
  ['Già làng Y Bih nói con cháu người Ê Đê đi học xa, tiền ở trọ nặng, mong có suất học bổng cho học sinh dân tộc thiểu số.', 'ton-giao-dan-toc giao-duc', 'concern'],
  ['Một số hộ người Hoa ở khu chợ cũ lo khi giải tỏa, hội quán Quảng Triệu hơn trăm năm tuổi không biết có được giữ lại.', 'ton-giao-dan-toc van-hoa', 'concern'],
  ['Bà con dân tộc Tày ở tổ 19 chưa hài lòng vì chính sách hỗ trợ nhà ở cho hộ nghèo dân tộc thiểu số xét duyệt hai năm chưa có kết quả.', 'ton-giao-dan-toc doi-song', 'oppose'],
  ['Có thông tin một nhóm người lạ đến nhà đồng bào Khmer ở tổ 21 truyền đạo, phát tiền, vận động bỏ thờ cúng ông bà; bà con lo lắng, báo tổ trưởng.', 'ton-giao-dan-toc', 'concern'],
  ['Bà con người Hoa vui vì Tết Nguyên tiêu được tổ chức lớn, có múa lân, tuy vậy vẫn lo chuyện kẹt xe, trộm cắp khi đông người.', 'ton-giao-dan-toc', 'mixed'],

  // small shops and household businesses
  ['Hộ kinh doanh trên đường Hai Bà Trưng đồng tình bỏ thuế khoán, cho rằng kê khai theo doanh thu thật công bằng hơn, nhưng xin được hướng dẫn kỹ phần mềm hóa đơn.', 'kt-xh', 'mixed'],
  ['Các tiệm sửa xe ven quốc lộ ủng hộ chủ trương dẹp vỉa hè nhưng đề nghị cho thời gian sắp xếp, vì cả nhà sống nhờ cái tiệm.', 'ttatxh', 'mixed'],
  ['Chủ tiệm in Minh Phát hỏi: năm nay đổi tên phường thì bảng hiệu, con dấu công ty có phải làm lại ngay không, hạn chót là khi nào?', 'chinh-quyen', 'unknown'],
  ['Tiểu thương chợ Bến Thành Mới phấn khởi vì ban quản lý giảm 30% phí thuê sạp trong ba tháng mưa lũ.', 'kt-xh', 'support'],
  ['Hộ kinh doanh ven đường Nguyễn Văn Cừ thiệt hại vì rào chắn thi công metro kéo dài 2 năm, khách không vào được, nhiều nhà đóng cửa.', 'kt-xh', 'oppose'],
  ['Tiểu thương chợ Xóm Mới bức xúc vì dời chợ về khu mới ở cuối đường, vắng khách, bán cả tuần không đủ tiền sạp.', 'kt-xh', 'oppose'],
  ['Các hộ làm bánh tráng ở khu phố Hòa Phú đồng tình chuyển vào cụm sản xuất tập trung, nhưng xin được hỗ trợ tiền di dời lò sấy.', 'kt-xh', 'mixed'],
  ['hok bik nop thue dien tu sao het tron', 'kt-xh', 'concern'],

  // construction workers
  ['Công nhân xây dựng ở lán trại khu dự án Sky Garden than nắng nóng 39 độ vẫn phải làm đến 12h trưa, đã có 2 người bị say nắng.', 'doi-song', 'oppose'],
  ['Anh em thợ phụ hồ quê Thanh Hóa làm ở công trình cầu Bình Lợi mừng vì chủ thầu mới đóng BHXH đầy đủ, lương trả đúng ngày mùng 5.', 'doi-song', 'support'],
  ['Nhóm thợ hồ tự do hỏi: không có hợp đồng lao động thì có tham gia BHXH tự nguyện được không, đóng ở đâu, mức thấp nhất bao nhiêu?', 'doi-song', 'unknown'],
  ['Công nhân lo lắng vì công trình nhà ở xã hội Phước Long bị tạm dừng để rà soát pháp lý, hơn 200 người có thể mất việc sau Tết.', 'doi-song kt-xh', 'concern'],

  // people with disabilities
  ['Hội Người khuyết tật phường kiến nghị các trụ sở mới sau sáp nhập làm lối đi cho xe lăn, hiện bộ phận một cửa ở tầng 2, không có thang máy.', 'chinh-quyen', 'concern'],
  ['Anh Quang (khiếm thị) cảm ơn Đoàn phường tặng điện thoại có phần mềm đọc màn hình, giờ anh tự nhận tin nhắn ngân hàng.', 'mttq-doan-the', 'support'],
  ['Chị Nga ngồi xe lăn bức xúc: xe buýt tuyến 52 có cầu dẫn nhưng tài xế không chịu hạ, nói "mất thời gian", đã gọi tổng đài ba lần.', 'kt-xh', 'oppose'],

  // apartment-building Zalo groups
  ['Nhóm Zalo cư dân tòa B2: thang máy kẹt hai lần trong tuần, có lần nhốt một bà cụ 40 phút, ban quản lý chỉ nhắn "đang xử lý".', 'doi-song', 'oppose'],
  ['Zalo chung cư Lê Thành: cư dân đồng loạt thả tim thông báo ban quản trị đã lắp xong hệ thống báo cháy mới, nghiệm thu đạt.', 'ttatxh', 'support'],
  ['Admin nhóm cư dân nhắc: từ 1/1, rác phải phân ba loại mới được thu, chưa phân loại thì bỏ lại. Nhiều nhà hỏi túi màu gì, mua ở đâu.', 'moi-truong', 'unknown'],
  ['Cư dân chung cư An Phú lo lắng vì bãi xe hầm đã quá tải, xe điện sạc chen chúc, sợ cháy như vụ ở chung cư bên Thanh Xuân.', 'ttatxh', 'concern'],

  // digital public services
  ['Ông Hưng tổ 8 khen: làm giấy khai sinh cho cháu qua VNeID, ngồi nhà bấm điện thoại, hai hôm sau có bản điện tử, khỏi xếp hàng.', 'chinh-quyen', 'support'],
  ['Nhiều người dân chưa hài lòng vì dịch vụ công trực tuyến bắt chụp lại giấy tờ đã có sẵn trong cơ sở dữ liệu dân cư, vẫn phải nộp bản giấy.', 'chinh-quyen', 'oppose'],
  ['Trong tháng, phường hướng dẫn 2.140 lượt người dân kích hoạt tài khoản định danh điện tử mức 2, đạt 87% kế hoạch.', 'chinh-quyen', 'unknown'],
  ['Người dân băn khoăn việc tích hợp thẻ BHYT vào VNeID: lỡ điện thoại hết pin khi đi cấp cứu thì bệnh viện có chịu nhận căn cước không?', 'y-te', 'concern'],

  // online scams
  ['Công an phường cảnh báo thủ đoạn gửi tin nhắn "hoàn tiền điện" kèm đường link giả, trong tuần có 4 người dân bị chiếm đoạt tài khoản.', 'ttatxh', 'unknown'],
  ['Người dân hoang mang vì nhận cuộc gọi xưng cán bộ phường mới, yêu cầu cung cấp mã OTP để "cập nhật địa chỉ sau sáp nhập".', 'ttatxh', 'concern'],
  ['Cô giáo về hưu bị lừa đầu tư tiền ảo mất hơn 600 triệu, gia đình bức xúc vì trình báo hai tháng chưa thấy kết quả điều tra.', 'ttatxh', 'oppose'],
  ['Bà con khen công an phường tổ chức buổi chỉ cách nhận biết cuộc gọi lừa đảo rất dễ hiểu, có cả diễn tiểu phẩm.', 'ttatxh', 'support'],

  // heat, storms, floods
  ['Nắng nóng kéo dài 38–40 độ, người dân khu lao động than mất điện luân phiên, nhà ống không có cửa sổ nóng như lò, trẻ nhỏ không ngủ được.', 'doi-song', 'oppose'],
  ['Dự báo tuần tới có mưa lớn diện rộng do áp thấp nhiệt đới, phường đề nghị các hộ ven sông chủ động kê cao đồ đạc.', 'khac', 'unknown'],
  ['Bà con vùng trũng khu phố 7 lo triều cường tháng 10 lên cao kỷ lục, bờ bao tạm bằng bao cát đã thấm nước.', 'moi-truong', 'concern'],
  ['Người dân phấn khởi vì tuyến cống ngầm đường Võ Văn Kiệt hoàn thành, trận mưa hôm qua 80 mm mà đường không ngập.', 'kt-xh moi-truong', 'support'],
  ['Trưa nay nhiệt độ ngoài trời đo được 41 độ, chỉ số tia UV ở mức rất cao.', 'khac', 'unknown'],
  ['Bà con lo mùa mưa bão năm nay đến sớm, nhiều đợt dông lốc bất thường, nhà mái tôn không yên tâm.', 'khac', 'concern'],
  ['Cả khu mừng vì đợt nắng nóng đã qua, mấy bữa có mưa rào mát mẻ, ngủ ngon hơn hẳn.', 'khac', 'support'],

  // prices
  ['Giá điện bậc thang tăng từ tháng 5, nhiều hộ nhận hóa đơn gấp rưỡi tháng trước, bà con kêu trời vì nóng phải bật quạt, máy lạnh suốt.', 'doi-song', 'oppose'],
  ['Tiểu thương chợ Phước Bình cho biết giá gạo ổn định, rau củ sau Tết giảm, người mua đông trở lại.', 'doi-song', 'unknown'],
  ['Xăng giảm giá ba kỳ liên tiếp, anh em chạy xe công nghệ phấn khởi, mỗi ngày đỡ được vài chục nghìn.', 'doi-song', 'support'],
  ['Người chăn nuôi heo ở ấp 3 lo giá heo hơi xuống 48 nghìn/kg, bán ra lỗ, đàn heo nái không dám tái đàn.', 'kt-xh', 'concern'],

  // schools and school fees
  ['Phụ huynh trường Tiểu học Hòa Bình phản đối khoản thu "quỹ lớp" 1,5 triệu/năm, cho rằng được miễn học phí rồi lại thu khoản khác, lạm thu trá hình.', 'giao-duc', 'oppose'],
  ['Được miễn học phí là quý, nhưng cô Hà (phụ huynh lớp 2) tính lại vẫn tốn gần 3 triệu đầu năm tiền đồng phục, sách vở, bảo hiểm, chưa thấy nhẹ gánh bao nhiêu.', 'giao-duc', 'mixed'],
  ['Hỏi: nhà thuê ở khu phố 3, chưa đăng ký tạm trú thì con có được vào trường công gần nhà không, cần giấy tờ gì?', 'giao-duc', 'unknown'],
  ['Hội phụ huynh lớp 5A: cô chủ nhiệm công khai thu chi rõ ràng, từng khoản in ra gửi về, phụ huynh rất yên tâm.', 'giao-duc', 'support'],
  ['Trường THCS Lê Lợi đưa vào dùng sổ liên lạc điện tử, phụ huynh khen tiện, nhưng phải đóng 220 nghìn/năm tiền tin nhắn thì không đồng ý.', 'giao-duc', 'mixed'],
  ['Bé Na lớp 4 bị bạn cùng lớp quay clip trêu chọc đăng lên nhóm chat, mẹ bé lo con sợ không dám tới trường, mong nhà trường can thiệp.', 'giao-duc', 'concern'],
  ['Phụ huynh bức xúc: cấm dạy thêm mà cô vẫn "gợi ý" con học nhóm ở nhà riêng, không học thì điểm kiểm tra thấp.', 'giao-duc', 'oppose'],
  ['Hỏi phường: năm học tới con tôi vào lớp 1, hộ khẩu ở phường cũ đã nhập, thì tuyển sinh theo tuyến nào?', 'giao-duc', 'unknown'],
  ['Phụ huynh trường Tiểu học An Khánh hỏi bao giờ nhà đa năng xây xong, hai năm nay các cháu học thể dục ngoài sân nắng.', 'giao-duc', 'concern'],
  ['Học sinh nghèo ở khu nhà trọ mừng vì được Đoàn phường trao 50 suất học bổng và xe đạp trước năm học mới.', 'giao-duc mttq-doan-the', 'support'],

  // hospitals and health
  ['Bệnh viện quận sau sáp nhập thành trung tâm y tế khu vực, bệnh nhân than phải đi xa, xếp hàng lấy số từ 5h sáng vẫn đợi tới trưa.', 'y-te', 'oppose'],
  ['Người nhà bệnh nhân khen khoa Nhi Bệnh viện Tân Sơn bác sĩ trực đêm tận tình, thay ca vẫn dặn dò kỹ.', 'y-te', 'support'],
  ['Bà con lo bệnh sốt xuất huyết tăng mạnh, tổ 11 đã có 6 ca, nhiều nhà còn lu nước, chậu cây không đậy.', 'y-te', 'concern'],
  ['Từ tháng 10, bệnh nhân tăng huyết áp có thẻ BHYT được trạm y tế phường kê đơn thuốc 90 ngày, hiện có 215 người đăng ký.', 'y-te', 'unknown'],
  ['Có mẹ trong nhóm Zalo tổ 4 kể con sốt là ra tiệm thuốc tây mua kháng sinh liền, mấy chị khác lo trẻ nhờn thuốc mà chẳng ai hướng dẫn.', 'y-te', 'concern'],
  ['Bệnh viện Đa khoa khu vực thiếu thuốc điều trị ung thư, bệnh nhân phải tự mua ngoài giá gấp ba, người nhà than trời.', 'y-te', 'oppose'],
  ['Bà con phấn khởi vì trạm y tế phường mới có bác sĩ gia đình khám tại nhà cho người già neo đơn, nằm liệt.', 'y-te', 'support'],
  ['Đợt tiêm vắc xin sởi bổ sung cho trẻ 1–5 tuổi diễn ra từ 10 đến 20/3 tại trạm y tế và các trường mầm non.', 'y-te', 'unknown'],
  ['Chị Hồng hỏi: năm nay gia hạn BHYT theo hộ gia đình thì đóng qua app ngân hàng được không hay phải ra đại lý thu?', 'y-te', 'unknown'],
  ['Người bệnh hài lòng với khám bệnh bằng căn cước gắn chip, nhưng vẫn lo hệ thống hay treo giờ cao điểm.', 'y-te', 'mixed'],

  // land clearance and land
  ['Các hộ dân trong dự án mở rộng đường Tô Ngọc Vân đồng tình chủ trương, nhưng chưa nhận đơn giá bồi thường vì thấp hơn giá thị trường nhiều lần.', 'dat-dai', 'mixed'],
  ['Lúc đầu nhiều hộ còn thắc mắc, sau khi Hội đồng bồi thường giải thích và áp bảng giá đất mới, 38/41 hộ đã nhận tiền, bàn giao mặt bằng.', 'dat-dai', 'support'],
  ['Bảng giá đất mới công bố, bà con hỏi nhau tiền sử dụng đất khi chuyển từ đất vườn lên thổ cư tăng bao nhiêu, có nên làm ngay không.', 'dat-dai', 'concern'],
  ['Người dân khu phố 5 phản đối việc cưỡng chế thu hồi đất khi chưa bố trí xong tái định cư, tụ tập trước trụ sở phường sáng 14/8.', 'dat-dai', 'oppose'],
  ['Ban bồi thường giải phóng mặt bằng thông báo chi trả đợt 3 cho 57 hộ dự án Vành đai 3, tổng số tiền 312 tỷ đồng.', 'dat-dai', 'unknown'],
  ['Ông Tám ở ấp 4 hỏi: đất nông nghiệp được giao năm 1993, nay làm sổ đỏ có phải nộp tiền sử dụng đất không?', 'dat-dai', 'unknown'],
  ['Mấy hộ lấn chiếm hành lang kênh xây nhà kiên cố, phường biết mà không xử lý, người chấp hành thì thiệt.', 'dat-dai', 'oppose'],
  ['Tranh chấp lối đi chung giữa hai hộ ở hẻm 17 được tổ hòa giải giải quyết ổn thỏa, hai bên bắt tay, không phải lên phường.', 'dat-dai', 'support'],
  ['Các hộ trong quy hoạch treo 15 năm ở khu Đồng Xoài mừng vì thành phố đã hủy quy hoạch, nay được xây sửa nhà.', 'dat-dai', 'support'],
  ['Nhiều người lo sốt đất ở ven đô sau khi có tin làm sân bay mới, cò đất về dựng lều, giá mỗi ngày một khác.', 'dat-dai', 'concern'],
  ['Hộ bà Sáu nhận tiền bồi thường nhưng vẫn không đồng tình cách tính diện tích, cho rằng đo thiếu 12 m2 so với sổ.', 'dat-dai', 'oppose'],
  ['Làm thủ tục tặng cho QSDĐ cho con, nộp ở phường mới 15 ngày có sổ, nhanh hơn trước gần nửa tháng, cảm ơn cán bộ.', 'dat-dai chinh-quyen', 'support'],
  ['Hộ dân ven kênh không phản đối di dời, chỉ mong tái định cư gần chỗ cũ.', 'dat-dai', 'support'],
  ['Bà con chưa hài lòng với tiến độ làm sổ hồng.', 'dat-dai', 'oppose'],

  // defence and security
  ['Thanh niên tổ 4 nhận lệnh gọi nhập ngũ, gia đình lo con út đi bộ đội thì không ai phụ bán tiệm, xin hoãn có được không?', 'qp-an', 'concern'],
  ['Lễ giao nhận quân năm nay gọn nhẹ, trang trọng, phụ huynh tân binh tin tưởng con vào môi trường rèn luyện tốt.', 'qp-an', 'support'],
  ['Các lão ngư ở cảng cá Hòa Lợi phẫn nộ, cho rằng hành động uy hiếp ngư dân ngay trên ngư trường truyền thống của ta là không thể chấp nhận.', 'qp-an doi-ngoai', 'oppose'],
  ['Ban chỉ huy quân sự phường tổ chức huấn luyện 42 chiến sĩ dân quân thường trực theo Luật Dân quân tự vệ sửa đổi.', 'qp-an', 'unknown'],
  ['Một số quần chúng chia sẻ bài viết kêu gọi "biểu tình phản đối sáp nhập" trên Facebook, chưa phân biệt được đâu là luận điệu của các đối tượng phản động.', 'qp-an', 'concern'],
  ['Phụ huynh đánh giá cao đợt học quân sự cho sinh viên năm nhất ở trung tâm giáo dục quốc phòng, con về tự giác gấp chăn màn, dậy sớm.', 'qp-an giao-duc', 'support'],
  ['Phường họp xét hoãn nghĩa vụ, dân tổ 9 xì xào: nhà có điều kiện thì "chạy" được giấy bệnh, con nhà nghèo đi hết, thấy không công bằng.', 'qp-an', 'oppose'],
  ['Cựu chiến binh tổ 3 hỏi: tuổi gọi nhập ngũ năm nay có mở rộng đến 27 với người học đại học không?', 'qp-an', 'unknown'],

  // Party cells and members
  ['Đảng viên chi bộ khu phố 8 tán thành dự thảo văn kiện Đại hội Đảng bộ phường, góp ý nên nêu cụ thể hơn chỉ tiêu chuyển đổi số.', 'xd-dang', 'support'],
  ['Nhân dân phàn nàn một đảng viên là tổ trưởng tổ dân phố tự ý thu tiền "làm cổng chào" mà không họp dân, chi bộ chưa xử lý.', 'xd-dang', 'oppose'],
  ['Sau khi gộp chi bộ, sinh hoạt chuyển về hội trường phường cách hơn 3 km, mấy đảng viên 80 tuổi ngại đi, đề nghị cho sinh hoạt ghép theo cụm.', 'xd-dang', 'concern'],
  ['Qua lấy ý kiến, quần chúng tin tưởng vào kết quả kiểm tra, kỷ luật cán bộ sai phạm trong vụ cấp phép xây dựng, thấy Đảng làm thật.', 'xd-dang', 'support'],
  ['Ngày 15/5, đảng bộ phường tổng kết việc thực hiện chỉ thị về nêu gương, 4 tập thể và 11 cá nhân được khen thưởng.', 'xd-dang', 'unknown'],
  ['Cán bộ hưu trí là đảng viên ý kiến: tinh gọn thì đúng, song cán bộ trẻ nghỉ việc nhiều quá, sợ mất người giỏi.', 'chinh-quyen xd-dang', 'mixed'],
  ['Đảng viên trẻ đề xuất chi bộ sinh hoạt chuyên đề về chống tin giả, nhiều đồng chí hưởng ứng.', 'xd-dang', 'support'],
  ['dang vien to 6 than dong dang phi qua app ngan hang ma chi bo van bat ky so giay, lam 2 lan', 'xd-dang', 'oppose'],
  ['Quần chúng hỏi vì sao nguyên phó chủ tịch quận bị khởi tố vì nhận hối lộ mà hơn một năm chưa thấy đưa ra xét xử.', 'xd-dang', 'concern'],

  // the Front, mass organisations, residential groups
  ['Bà con khu phố 2 hỏi tiền ủng hộ lũ lụt năm ngoái Mặt trận chuyển đi đâu, chưa thấy công khai sao kê, nhiều người ngại góp tiếp.', 'mttq-doan-the', 'concern'],
  ['Hội viên phụ nữ băn khoăn khi các hội đoàn thể về chung dưới Mặt trận, không biết chi hội có còn, quỹ tiết kiệm của chi hội giao cho ai quản lý.', 'mttq-doan-the', 'concern'],
  ['Bà con khu phố 9 không đồng tình việc tổ dân phố thu quỹ "vì người nghèo" theo định mức 100 nghìn mỗi hộ, cho rằng ủng hộ phải tự nguyện.', 'mttq-doan-the', 'oppose'],
  ['Hội nghị khu dân cư năm nay ngắn gọn, có chiếu thu chi lên màn hình, bà con nói họp vậy mới muốn đi.', 'mttq-doan-the', 'support'],
  ['Đoàn thanh niên và Hội phụ nữ phường phối hợp ra mắt mô hình "Chợ 0 đồng" mỗi sáng chủ nhật, người lao động nghèo rất cảm kích.', 'mttq-doan-the', 'support'],
  ['Tổ dân phố họp bàn sửa lại nhà sinh hoạt cộng đồng, 70% hộ đồng ý góp, số còn lại chưa đồng ý vì mới góp làm đường.', 'mttq-doan-the', 'mixed'],
  ['Hội Liên hiệp Phụ nữ tổ chức lớp dạy nghề làm bánh cho 30 chị em khó khăn, học xong có chị đã bán online được.', 'mttq-doan-the', 'support'],

  // foreign affairs
  ['Nhân dân phấn khởi theo dõi chuyến thăm chính thức của lãnh đạo cấp cao Việt Nam tới Nhật Bản, kỳ vọng thêm cơ hội cho lao động sang làm việc.', 'doi-ngoai', 'support'],
  ['Người dân quan tâm việc Mỹ áp thuế đối ứng với hàng Việt Nam, công nhân may ở KCN lo đơn hàng giảm, bị cắt ca.', 'doi-ngoai kt-xh', 'concern'],
  ['Đoàn thành phố kết nghĩa từ Lào sang thăm và trao quà cho trường tiểu học Hữu Nghị, phụ huynh và giáo viên rất vui.', 'doi-ngoai', 'support'],
  ['Kiều bào về quê ăn Tết khen thủ tục nhập cảnh, làm căn cước cho người Việt ở nước ngoài nay nhanh gọn.', 'doi-ngoai', 'support'],
  ['Báo chí đưa tin lễ kỷ niệm 50 năm quan hệ ngoại giao Việt Nam – Hà Lan tổ chức tại nhà hát thành phố, có triển lãm ảnh và hòa nhạc.', 'doi-ngoai', 'unknown'],
  ['Ngư dân xã biển lo lắng vì tàu cá bị nước ngoài bắt giữ, đề nghị Nhà nước can thiệp ngoại giao để đưa thuyền viên về sớm.', 'doi-ngoai qp-an', 'concern'],
  ['Người dân đánh giá cao việc Việt Nam cử đội cứu hộ sang giúp nước bạn sau động đất, thấy tự hào.', 'doi-ngoai', 'support'],
  ['Một bộ phận nhân dân bức xúc khi thấy một số du khách nước ngoài quay clip xúc phạm người bán hàng rong, đòi xử lý và trục xuất.', 'doi-ngoai', 'oppose'],
  ['Tin ngắn: phường tiếp đoàn tình nguyện viên Nhật Bản dạy tiếng Nhật miễn phí cho 40 thanh niên chuẩn bị đi xuất khẩu lao động.', 'doi-ngoai', 'unknown'],

  // other: weather, lottery, celebrities, nothing notable
  ['Xổ số kiến thiết miền Nam kỳ này có vé trúng độc đắc bán ở đầu chợ, cả xóm bàn tán cả buổi sáng.', 'khac', 'unknown'],
  ['Dân mạng trong phường bàn tán chuyện một hoa hậu sinh ra ở khu phố 3 vừa đăng quang, ai cũng tự hào.', 'khac', 'support'],
  ['Mấy bữa nay trời se lạnh buổi sáng, sương mù dày, đi đường nhớ bật đèn nha bà con.', 'khac', 'unknown'],
  ['Tháng này không có ý kiến gì đáng chú ý, bà con lo làm ăn, chuẩn bị Tết.', 'khac', 'unknown'],
  ['Người dân phàn nàn dự báo thời tiết trên ứng dụng sai bét, báo nắng mà chiều nào cũng mưa, phơi đồ ướt hết.', 'khac', 'oppose'],
  ['Tin đồn có người trúng Vietlott 90 tỷ ở khu phố 6 lan khắp nhóm Zalo, thực tế chưa ai xác nhận.', 'khac', 'unknown'],

  // culture and leisure
  ['Lễ hội đình Tân Hưng năm nay tổ chức gọn, không còn hàng quán bày la liệt, người dân đánh giá văn minh hơn mọi năm.', 'van-hoa', 'support'],
  ['Bà con tiếc nuối khi nghe tin rạp chiếu phim cũ đường Trần Phú sẽ bị tháo dỡ, đề nghị giữ lại một phần làm không gian văn hóa.', 'van-hoa', 'concern'],
  ['Đám cưới ở hẻm 12 dựng rạp chiếm hết lòng đường ba ngày, mở nhạc xập xình, hàng xóm không ai dám nói.', 'van-hoa ttatxh', 'oppose'],
  ['Phụ huynh khen lớp dạy hát dân ca miễn phí ở nhà văn hóa khu phố 5, con về hát ru em, bỏ bớt điện thoại.', 'van-hoa', 'support'],
  ['Nhiều phụ huynh lo trẻ xem các clip "trend" phản cảm trên TikTok rồi bắt chước, nói tục, đề nghị nhà trường và đoàn thể nhắc nhở.', 'van-hoa', 'concern'],
  ['Sân cỏ nhân tạo khu phố 2 tổ chức giải bóng đá công nhân nhà trọ, 10 đội đăng ký, đá tối thứ bảy hằng tuần.', 'van-hoa', 'unknown'],
  ['Câu lạc bộ đờn ca tài tử phản ánh nhà văn hóa thu 200 nghìn mỗi buổi tập, các nghệ nhân lớn tuổi không kham nổi, thấy không hợp lý.', 'van-hoa', 'oppose'],
  ['Người dân khu phố 1 đồng tình với việc xét danh hiệu "Gia đình văn hóa" bỏ chạy theo thành tích, nhưng một số cho rằng giờ bỏ hẳn thì không còn động lực.', 'van-hoa', 'mixed'],
  ['ve lang nghe dieu hat boi ma rap chieu co moi may nguoi gia, buon qua, tre gio ko ai theo', 'van-hoa', 'concern'],
  ['Tuyến phố đi bộ mới thu hút khách, quán xá đông vui; song cư dân trong hẻm than ồn ào đến nửa đêm, xe đậu chắn cửa.', 'kt-xh van-hoa', 'mixed'],

  // more on environment, order, living conditions, economy
  ['Người dân phản đối trạm trung chuyển rác đặt sát trường mầm non, mùi hôi nồng nặc, ruồi bu kín.', 'moi-truong', 'oppose'],
  ['Kênh Hàng Bàng sau nạo vét đã trong hơn, cá lên nhiều, bà con chiều chiều ra đi bộ, khen phường làm tốt.', 'moi-truong', 'support'],
  ['Dân khu phố 3 lo việc chặt hạ 40 cây sao để mở đường, sợ mất bóng mát, đề nghị di dời chứ đừng chặt.', 'moi-truong', 'concern'],
  ['Phong trào "Ngày chủ nhật xanh" tháng 4 thu gom 2,3 tấn rác thải nhựa ven kênh, 500 đoàn viên và người dân tham gia.', 'moi-truong', 'unknown'],
  ['Nhà nào cũng chịu khó chia rác hữu cơ với rác tái chế, mà xe rác tới lại hốt chung một xe, vậy phân loại làm gì? Chủ trương thì đúng, làm thì chưa tới.', 'moi-truong', 'mixed'],
  ['bui tu cong trinh metro bay vao nha suot, lau nha 3 lan/ngay ko het, lam on tuoi nuoc giup', 'moi-truong', 'oppose'],
  ['Nhóm thanh niên đua xe đêm trên đại lộ ven sông tái diễn, người dân hai bên đường bức xúc, đề nghị lập chốt.', 'ttatxh', 'oppose'],
  ['Người dân lo tín dụng đen quay lại, mấy tờ rơi "vay tiền nhanh không cần thế chấp" dán kín cột điện trong hẻm.', 'ttatxh', 'concern'],
  ['Công an phường lập biên bản 12 trường hợp vi phạm nồng độ cồn trong đợt cao điểm tết Dương lịch.', 'ttatxh', 'unknown'],
  ['Camera an ninh khu phố góp tiền lắp năm ngoái hư gần hết, không ai sửa, bà con lo trộm quay lại.', 'ttatxh', 'concern'],
  ['Trẻ em đi học qua ngã tư Bến Củi không có đèn tín hiệu, phụ huynh ngày nào cũng thót tim, đề nghị lắp đèn và vạch qua đường.', 'ttatxh', 'concern'],
  ['Người dân khen công an phường xử lý nhanh vụ trộm, nhưng chê việc thông báo cho bị hại quá chậm, phải tự lên hỏi mới biết.', 'ttatxh', 'mixed'],
  ['Lo tụi nhỏ 15, 16 tuổi ngồi nhậu ở quán vỉa hè mà không ai cấm.', 'ttatxh', 'concern'],
  ['Hộ cận nghèo được xét chuyển sang hộ nghèo để hưởng BHYT miễn phí, bà con phấn khởi, cảm ơn tổ dân phố rà soát kỹ.', 'doi-song', 'support'],
  ['Tiền trợ cấp thất nghiệp của công nhân bị cho nghỉ việc ở Cty giày Tân Việt chậm 2 tháng, nhiều người đi vay nóng trả tiền phòng.', 'doi-song', 'oppose'],
  ['Đa số hộ hài lòng với việc cấp nước sạch đến tận nhà, nhưng một bộ phận còn băn khoăn tiền lắp đồng hồ 2,8 triệu quá cao.', 'doi-song', 'mixed'],
  ['Chủ nhà trọ phản đối việc điện lực áp giá kinh doanh cho phòng trọ, cho rằng người thuê là công nhân, tính vậy là đẩy chi phí lên người nghèo.', 'doi-song kt-xh', 'oppose'],
  ['Cầu Bà Lớn thông xe sớm 3 tháng, đi từ ấp 5 ra trung tâm chỉ mất 10 phút, dân hết lời khen nhà thầu.', 'kt-xh', 'support'],
  ['Nông dân trồng sầu riêng lo vì lô hàng xuất khẩu bị trả về do dư lượng chất cấm, thương lái ép giá còn một nửa.', 'kt-xh', 'concern'],
  ['Quý III, phường có 86 hộ kinh doanh đăng ký mới, 31 hộ tạm ngừng, chủ yếu ngành ăn uống và bán lẻ.', 'kt-xh', 'unknown'],
  ['Dự án khu công nghiệp công nghệ cao giai đoạn 2 được phê duyệt, người dân kỳ vọng có việc làm nhưng lo khói bụi và giá đất tăng.', 'kt-xh', 'mixed'],
  ['Hợp tác xã rau sạch Phước Lộc được công nhận sản phẩm OCOP 4 sao, xã viên mừng vì bán vào siêu thị giá ổn định hơn.', 'kt-xh', 'support'],
  ['Người dân hỏi bao giờ tuyến xe buýt số 19 nối lại sau khi cầu sửa xong, học sinh đang phải đi vòng 5 km.', 'kt-xh', 'concern'],
  ['Ngân hàng chính sách giải ngân vốn vay tạo việc làm cho 24 hộ, mỗi hộ tối đa 100 triệu, lãi suất 0,66%/tháng.', 'kt-xh', 'unknown'],
  ['Ngõ 9 tối om cả tuần, đèn cao áp hư, mấy đứa nhỏ đi học thêm về sợ lắm.', 'kt-xh', 'concern'],

  // very short replies
  ['Khu phố 2 đồng thuận cao với việc lắp camera.', 'ttatxh', 'support'],
  ['Cán bộ phường mới nhiệt tình, dễ gặp.', 'chinh-quyen', 'support'],
  ['Chưa thấy ai nhắc chuyện sáp nhập nữa.', 'chinh-quyen', 'unknown'],
  ['Phí giữ xe chung cư lên 300k/tháng, quá đáng.', 'doi-song', 'oppose'],
  ['Hẻm 22 ngập lại rồi, nước tới yên xe.', 'moi-truong', 'concern'],
  ['to 3 chua nghe ai noi gi vu doi bien so nha moi', 'chinh-quyen', 'unknown'],
  ['Học phí miễn rồi, khỏe re!', 'giao-duc', 'support'],
  ['Giá gas lên 520 nghìn một bình, lo quá.', 'doi-song', 'concern'],
  ['Chợ tạm lầy lội, tiểu thương than trời.', 'kt-xh', 'oppose'],
  ['Khám BHYT nhanh hơn, mà thuốc vẫn thiếu.', 'y-te', 'mixed'],
]

export const FRESH_6: LabelledText[] = rows.map(([text, topics, direction]) => ({ text, topics: topics.split(' ') as LabelledText['topics'], direction: direction as LabelledText['direction'] }))
