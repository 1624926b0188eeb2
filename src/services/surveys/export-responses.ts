/**
 * The anonymised responses of a survey as CSV (UTF-8 with BOM) or XLSX with a "codebook" sheet: one row per
 * response — `_id`, `_channel`, `_submission_time`, `_weight`, then one column per question `name` in the layout
 * the import reads (select_multiple values separated by spaces, a matrix as one column per row). Nothing about the
 * respondent is stored, so nothing is exported; the codebook gives every column's question, type and codes.
 */
import ExcelJS from 'exceljs'
import { allQuestions, choicesOf, type Questionnaire } from '../../domain/survey/model.ts'
import { answersToCsvCells, csvColumns } from '../../domain/survey/validate.ts'
import { csvLine } from '../../exports/csv.ts'
import { looksLikeFormula } from '../../imports/tabular.ts'
import { audit, type ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'
import { questionnaireOf } from './survey-views.ts'
import { weightedResponses } from './survey-weights.ts'

export type ExportFile = { filename: string; contentType: string; data: Buffer }

const META = ['_id', '_channel', '_submission_time', '_weight']

/** The codebook: one row per column and code. */
export function codebookRows(q: Questionnaire): string[][] {
  const out: string[][] = []
  const byName = new Map(allQuestions(q).map(({ question }) => [question.name, question]))
  for (const col of csvColumns(q)) {
    const x = byName.get(col.question)!
    const rowLabel = col.row !== undefined ? (x.rows ?? []).find((r) => r.value === col.row)?.label ?? col.row : ''
    const label = rowLabel ? `${x.label} — ${rowLabel}` : x.label
    const choices = choicesOf(x)
    if (choices.length === 0) out.push([col.column, x.type, label, '', ''])
    for (const c of choices) out.push([col.column, x.type, label, c.value, c.label])
  }
  return out
}
const CODEBOOK_HEADER = ['column', 'type', 'question', 'code', 'code_label']

export async function exportResponses(ctx: ServiceContext, surveyId: string, format: 'csv' | 'xlsx'): Promise<ExportFile> {
  const row = await surveyFor(ctx, 'export', 'survey_response', surveyId)
  const w = await weightedResponses(ctx.db, row)
  const columns = csvColumns(w.questionnaire).map((c) => c.column)
  const header = [...META, ...columns]
  const lines = w.rows.map((r, i) => {
    const cells = answersToCsvCells(w.questionnaire, w.answers[i]!)
    return [r.external_id ?? r.id, r.channel, r.submitted_at, Math.round(w.weights[i]! * 1e6) / 1e6, ...columns.map((c) => cells[c] ?? '')]
  })
  await audit(ctx.db, ctx, {
    action: 'survey_response.export', resourceType: 'survey', resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path, details: { format, rows: lines.length },
  })
  const base = `khao-sat-${row.id.slice(0, 8)}`
  if (format === 'csv') {
    const data = Buffer.from('\uFEFF' + csvLine(header) + lines.map((l) => csvLine(l)).join(''), 'utf8')
    return { filename: `${base}.csv`, contentType: 'text/csv; charset=utf-8', data }
  }
  const wb = new ExcelJS.Workbook()
  const sheet = wb.addWorksheet('responses', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.addRow(header).font = { bold: true }
  // every cell is a value, never a formula: text that looks like one is written as text
  for (const l of lines) sheet.addRow(l.map((v) => (typeof v === 'string' && looksLikeFormula(v) ? `'${v}` : v)))
  const book = wb.addWorksheet('codebook', { views: [{ state: 'frozen', ySplit: 1 }] })
  book.addRow(CODEBOOK_HEADER).font = { bold: true }
  for (const r of codebookRows(w.questionnaire)) book.addRow(r)
  const data = Buffer.from(await wb.xlsx.writeBuffer())
  return { filename: `${base}.xlsx`, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data }
}

/** The codebook alone as CSV. */
export async function exportCodebook(ctx: ServiceContext, surveyId: string): Promise<ExportFile> {
  const row = await surveyFor(ctx, 'export', 'survey_response', surveyId)
  const rows = codebookRows(questionnaireOf(row))
  const data = Buffer.from('\uFEFF' + csvLine(CODEBOOK_HEADER) + rows.map((r) => csvLine(r)).join(''), 'utf8')
  return { filename: `codebook-${row.id.slice(0, 8)}.csv`, contentType: 'text/csv; charset=utf-8', data }
}
