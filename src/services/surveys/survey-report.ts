/**
 * The results report in the Party form, "BÁO CÁO kết quả điều tra dư luận xã hội về …" (DOCX): general information
 * (purpose, fieldwork, sample, weighting, how to read the margins of error), then each question with a table of
 * counts, percentages, weighted percentages and margins of error, and a chart. A survey not yet published is
 * marked "DỰ THẢO".
 */
import { getUnitById } from '../../db/repos/unit.repo.ts'
import { getWeighting } from '../../db/repos/survey-response.repo.ts'
import { renderDocx } from '../../documents/docx.ts'
import type { DocBlock, PartyDocument } from '../../documents/model.ts'
import { localDay } from '../../domain/time.ts'
import type { QuestionResult, ResultOption } from '../../shared/survey.schema.ts'
import { audit, type ServiceContext } from '../context.ts'
import { committeeOf, headerCaps, wardDocSettings } from '../reporting/ward/ward-settings.ts'
import { requireResultsVisible, surveyFor } from './survey-access.ts'
import { computeResults } from './survey-results.ts'

const num = (x: number, digits = 1) => x.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const dayVi = (d: string | null) => (d ? `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}` : '…')
const ROMAN = ['I', 'II', 'III', 'IV']

function optionTable(options: ResultOption[], weighted: boolean) {
  return {
    header: ['Phương án', 'Số phiếu', 'Tỷ lệ (%)', ...(weighted ? ['Tỷ lệ có quyền số (%)'] : []), 'Sai số (± điểm %)'],
    rows: options.map((o) => [o.label, String(o.count), num(o.percent), ...(weighted ? [num(o.weightedPercent)] : []), num(o.moe)]),
  }
}

function questionBlocks(q: QuestionResult, i: number, weighted: boolean): DocBlock[] {
  const blocks: DocBlock[] = [{ kind: 'heading', level: 2, text: `${i + 1}. ${q.label}` }]
  blocks.push({ kind: 'paragraph', text: `Số người trả lời: ${q.n}.`, italic: true })
  if (q.options.length > 0) {
    blocks.push({ kind: 'table', table: optionTable(q.options, weighted) })
    const values = q.options.map((o) => (weighted ? o.weightedPercent : o.percent))
    blocks.push({ kind: 'chart', chart: { kind: 'bar', title: q.label, categories: q.options.map((o) => o.label), series: [{ name: weighted ? 'Tỷ lệ có quyền số (%)' : 'Tỷ lệ (%)', values }], horizontal: true } })
  }
  if (q.numeric) blocks.push({ kind: 'paragraph', text: `Trung bình: ${num(q.numeric.mean, 2)}; trung vị: ${num(q.numeric.median, 2)}; trung bình có quyền số: ${num(q.numeric.weightedMean, 2)}.` })
  for (const r of q.rows ?? []) {
    blocks.push({ kind: 'paragraph', text: `${r.label} (${r.n} người trả lời)`, bold: true })
    blocks.push({ kind: 'table', table: optionTable(r.options, weighted) })
  }
  if (q.type === 'text' || q.type === 'long_text') blocks.push({ kind: 'paragraph', text: `Câu hỏi mở: ${q.n} ý kiến (tổng hợp theo lĩnh vực và khuynh hướng trên trang kết quả).` })
  return blocks
}

export async function surveyReport(ctx: ServiceContext, surveyId: string): Promise<{ filename: string; data: Buffer }> {
  const row = await surveyFor(ctx, 'export', 'survey', surveyId)
  requireResultsVisible(row)
  const [results, weighting, unit] = await Promise.all([computeResults(ctx.db, row), getWeighting(ctx.db, row.id), getUnitById(ctx.db, row.unit_id)])
  const parent = unit?.parent_id ? await getUnitById(ctx.db, unit.parent_id) : undefined
  const settings = await wardDocSettings(ctx.db, unit!, parent ?? null)
  const weighted = results.weighted
  const general: DocBlock[] = [
    { kind: 'heading', level: 1, text: `${ROMAN[0]}. THÔNG TIN CHUNG` },
    ...(row.description ? [{ kind: 'paragraph', text: `Mục đích: ${row.description}` } as DocBlock] : []),
    { kind: 'paragraph', text: `Thời gian thu thập ý kiến: từ ngày ${dayVi(row.opens_on ?? row.opened_at?.slice(0, 10) ?? null)} đến ngày ${dayVi(row.closes_on ?? row.closed_at?.slice(0, 10) ?? null)}.` },
    { kind: 'paragraph', text: `Số phiếu hợp lệ: ${results.n}${row.planned_sample ? ` (kế hoạch ${row.planned_sample} phiếu)` : ''}.` },
    {
      kind: 'paragraph',
      text: weighted && weighting
        ? `Kết quả được gia quyền theo cơ cấu tổng thể (${Object.keys(JSON.parse(weighting.margins_json)).join(', ')}) bằng phương pháp lặp tỷ lệ (raking); cỡ mẫu hiệu dụng ${num(Number(weighting.n_eff))}.`
        : 'Kết quả chưa gia quyền (mọi phiếu có quyền số bằng 1).',
    },
    { kind: 'paragraph', text: 'Sai số ở độ tin cậy 95 % tính bằng 1,96 × √(p(1 − p)/n hiệu dụng), theo điểm phần trăm.', italic: true },
    { kind: 'heading', level: 1, text: `${ROMAN[1]}. KẾT QUẢ ĐIỀU TRA` },
  ]
  const body = [...general, ...results.questions.flatMap((q, i) => questionBlocks(q, i, weighted))]
  const doc: PartyDocument = {
    superiorBody: parent ? headerCaps(parent.name) : null,
    issuingBody: headerCaps(committeeOf(unit!.name)),
    number: null,
    place: settings.place,
    date: localDay(ctx.now),
    typeName: 'BÁO CÁO',
    summary: `kết quả điều tra dư luận xã hội về ${row.title}`,
    body,
    signature: settings.signer,
    recipients: settings.recipients,
    draftMark: row.status === 'published' ? null : 'DỰ THẢO',
  }
  const data = await renderDocx(doc)
  await audit(ctx.db, ctx, { action: 'survey.report', resourceType: 'survey', resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path })
  return { filename: `bao-cao-ket-qua-dieu-tra-${row.id.slice(0, 8)}.docx`, data }
}
