/**
 * A Party-form document (văn bản của Đảng, Hướng dẫn 36-HD/VPTW 2018) as data: what the ward report, the unit
 * reports and the survey results report produce, and what the DOCX, PDF and XLSX renderers in this folder consume.
 * Pure data: no layout numbers here (sizes, margins and fonts are the renderers' job, per DESIGN §3).
 */

/** One chart, rendered server-side (ECharts SSR) into the document. */
export type DocChart =
  | { kind: 'bar'; title: string; categories: string[]; series: { name: string; values: number[] }[]; stacked?: boolean; horizontal?: boolean }
  | { kind: 'pie'; title: string; slices: { name: string; value: number }[] }
  | { kind: 'line'; title: string; categories: string[]; series: { name: string; values: number[] }[]; band?: { low: number[]; high: number[] } }

/** A table: header row(s) and body rows of text cells; numbers are formatted by the caller (vi-VN). */
export type DocTable = {
  title?: string
  header: string[]
  rows: string[][]
  /** optional bold last row ("Tổng") */
  total?: string[]
  /** column alignment: left for labels, right for numbers (default: first column left, others right) */
  align?: ('left' | 'right' | 'center')[]
}

/** A block of the body, in order. */
export type DocBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string } // 1 = "I. TÌNH HÌNH TƯ TƯỞNG", 2 = "1. …", 3 = "a) …"
  | { kind: 'paragraph'; text: string; italic?: boolean; bold?: boolean }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; table: DocTable }
  | { kind: 'chart'; chart: DocChart }

/** The whole document. */
export type PartyDocument = {
  /** "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" — the superior body (14 pt caps); null when there is none */
  superiorBody: string | null
  /** "ĐẢNG UỶ PHƯỜNG HỒNG BÀNG" — the issuing body (14 pt bold caps) with a centred "*" beneath */
  issuingBody: string
  /** "Số 07-BC/ĐU"; null while a draft has no number yet (rendered as "Số    -BC/ĐU") */
  number: string | null
  /** what a draft without a number shows instead (default "Số      -BC/ĐU"; a survey report may use "Số      -BC/BTG") */
  numberPlaceholder?: string
  /** "Hồng Bàng" and the local day YYYY-MM-DD → "Hồng Bàng, ngày 02 tháng 10 năm 2025" (14 pt italic) */
  place: string
  date: string
  /** "BÁO CÁO" (15–16 pt bold caps) */
  typeName: string
  /** trích yếu: "tình hình tư tưởng, dư luận xã hội tháng 11 năm 2026" (14 pt bold) */
  summary: string
  body: DocBlock[]
  /** "T/M BAN THƯỜNG VỤ", then the title ("PHÓ BÍ THƯ") and the signer's name */
  signature: { onBehalfOf: string; title: string; name: string }
  /** "Nơi nhận:" list ("- Ban Thường vụ Đảng uỷ,", "- Lưu Văn phòng.") */
  recipients: string[]
  /** a watermark-like line under the header for drafts ("DỰ THẢO"); null when final */
  draftMark: string | null
}

/** Page setup in millimetres (DESIGN §3 default 20 top / 20 bottom / 30 left / 15 right). */
export type PageMargins = { top: number; bottom: number; left: number; right: number }
export const DEFAULT_MARGINS: PageMargins = { top: 20, bottom: 20, left: 30, right: 15 }
