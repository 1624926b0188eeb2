/**
 * The report template (mẫu báo cáo, DESIGN §3): the sections every report has, in order, and the extra sections of
 * the six-month (sơ kết) and annual (tổng kết) reports. Pure data; titles are the Vietnamese headings printed in the
 * document (the i18n files carry the same titles under "reportSections" for the interface).
 */
import type { PeriodKind } from './periods.ts'

/** One section of the template: its Roman numeral code and its heading. */
export type TemplateSection = { code: string; title: string }

/** A section as stored in `report.sections_json`: text plus the opinion streams it cites. */
export type ReportSection = { code: string; title: string; body: string; streamIds: string[] }

/** Sections of every report, month or otherwise. */
export const BASE_SECTIONS: readonly TemplateSection[] = [
  { code: 'I', title: 'Tình hình tư tưởng' },
  { code: 'II', title: 'Dư luận xã hội nổi bật' },
  { code: 'III', title: 'Dư luận tiềm ẩn, dự báo' },
  { code: 'IV', title: 'Công tác nắm bắt, định hướng' },
  { code: 'V', title: 'Đề xuất, kiến nghị' },
]

/** Sections six-month and annual reports add after V (kết quả, hạn chế, bài học, đánh giá, phương hướng). */
export const REVIEW_SECTIONS: readonly TemplateSection[] = [
  { code: 'VI', title: 'Kết quả, ưu điểm' },
  { code: 'VII', title: 'Hạn chế, nguyên nhân' },
  { code: 'VIII', title: 'Bài học kinh nghiệm' },
  { code: 'IX', title: 'Đánh giá theo tiêu chí' },
  { code: 'X', title: 'Phương hướng' },
]

/** The template of a period kind: I–V for month and ad hoc, I–X for half and year. */
export function templateFor(kind: PeriodKind): TemplateSection[] {
  return kind === 'half' || kind === 'year' ? [...BASE_SECTIONS, ...REVIEW_SECTIONS] : [...BASE_SECTIONS]
}

/** Empty sections for a new report of this period kind, in template order. */
export function emptySections(kind: PeriodKind): ReportSection[] {
  return templateFor(kind).map((s) => ({ code: s.code, title: s.title, body: '', streamIds: [] }))
}
