/**
 * `caunoi survey …` as the operator (system actor): import a questionnaire from XLSForm, import responses from
 * CSV/XLSX, set the weighting margins, print results and cross-tabs (the contract of issue #6).
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { DomainError } from '../domain/errors.ts'
import { parseInput } from '../http/validation.ts'
import { errorMessage } from '../shared/i18n/index.ts'
import { weightsInput, type ResponseImportResult } from '../shared/survey.schema.ts'
import { importForm } from '../services/surveys/import-form.ts'
import { importResponses, importResultWithMessages } from '../services/surveys/import-responses.ts'
import { setWeights } from '../services/surveys/set-weights.ts'
import { getResults } from '../services/surveys/survey-results.ts'
import { getCrosstab } from '../services/surveys/survey-crosstab.ts'
import { output, withSystem } from './shared.ts'

function importSummary(r: ResponseImportResult): string[] {
  return [
    `Đã nhập: ${r.imported}, đã có (không nhập lại): ${r.unchanged}, bị từ chối: ${r.rejected.length}`,
    ...r.rejected.map((x) => `  dòng ${x.row}${x.column ? `, cột ${x.column}` : ''}: ${x.message} (${x.code})`),
  ]
}

export function surveyCommand(program: Command) {
  const survey = program.command('survey').description('Điều tra dư luận xã hội: bảng hỏi, phiếu, quyền số, kết quả')
  survey
    .command('import-form <file>')
    .description('Tạo cuộc điều tra (bản nháp) từ tệp XLSForm (.xlsx: trang survey, choices, settings)')
    .option('--unit <id>', 'đơn vị chủ trì (mặc định: đơn vị gốc)')
    .option('--json', 'in kết quả dạng JSON: { id, questions }')
    .action((file: string, opts: { unit?: string; json?: boolean }) =>
      withSystem(async (ctx) => {
        const r = await importForm(ctx, { filename: path.basename(file), data: fs.readFileSync(file), unitId: opts.unit })
        output(!!opts.json, { id: r.id, questions: r.questions, warnings: r.warnings }, () => [
          `Đã tạo cuộc điều tra ${r.id} với ${r.questions} câu hỏi`,
          ...r.warnings.map((w) => `  bỏ qua (${w.sheet}, dòng ${w.row}${w.column ? `, cột ${w.column}` : ''}): ${errorMessage(w.code)} (${w.code})`),
        ])
      }),
    )
  const responses = survey.command('responses').description('Phiếu trả lời')
  responses
    .command('import <id> <file>')
    .description('Nhập phiếu từ CSV/XLSX: mỗi câu hỏi một cột theo name; cột bắt đầu bằng _ là siêu dữ liệu, _id giúp nhập lại không tạo bản trùng')
    .option('--strict', 'có dòng lỗi thì không nhập dòng nào')
    .option('--json', 'in kết quả dạng JSON: { imported, unchanged, rejected: [{ row, column, code, message }] }')
    .action((id: string, file: string, opts: { strict?: boolean; json?: boolean }) =>
      withSystem(async (ctx) => {
        const json = !!opts.json
        try {
          const r = importResultWithMessages(await importResponses(ctx, { surveyId: id, filename: path.basename(file), data: fs.readFileSync(file), strict: !!opts.strict }))
          output(json, r, () => importSummary(r))
          if (r.rejected.length > 0) process.exitCode = 1
        } catch (e) {
          if (!(json && e instanceof DomainError && e.code === 'IMPORT_INVALID')) throw e
          const rows = (e.details as { rows: { row: number; column: string | null; code: string }[] }).rows
          output(true, { imported: 0, unchanged: 0, rejected: rows.map((r) => ({ ...r, message: errorMessage(r.code) })) }, () => [])
          process.exitCode = 1
        }
      }),
    )
  survey
    .command('weights <id> <file>')
    .description('Đặt biên tổng thể từ tệp JSON { "margins": { "<câu hỏi>": { "<phương án>": tỷ lệ } } } và tính quyền số (raking)')
    .option('--json', 'in kết quả dạng JSON')
    .action((id: string, file: string, opts: { json?: boolean }) =>
      withSystem(async (ctx) => {
        let raw: unknown
        try {
          raw = JSON.parse(fs.readFileSync(file, 'utf8'))
        } catch {
          throw new DomainError('INVALID_JSON')
        }
        const r = await setWeights(ctx, id, parseInput(weightsInput, raw))
        output(!!opts.json, r, () => [
          `Đã tính quyền số cho ${r.n} phiếu sau ${r.iterations} vòng${r.converged ? '' : ' (chưa hội tụ)'}; quyền số từ ${r.minWeight.toFixed(3)} đến ${r.maxWeight.toFixed(3)}; cỡ mẫu hiệu dụng ${r.nEff.toFixed(1)}`,
        ])
      }),
    )
  survey
    .command('results <id>')
    .description('Kết quả theo câu hỏi: số phiếu, tỷ lệ, tỷ lệ có quyền số, sai số 95 % (điểm %)')
    .option('--json', 'in kết quả dạng JSON: { n, questions: [{ name, type, n, options: [{ value, count, percent, weightedPercent, moe }] }] }')
    .action((id: string, opts: { json?: boolean }) =>
      withSystem(async (ctx) => {
        const r = await getResults(ctx, id)
        output(!!opts.json, r, () => [
          `${r.title}: ${r.n} phiếu${r.weighted ? ' (có quyền số)' : ''}`,
          ...r.questions.flatMap((q) => [
            `${q.name} — ${q.label} (n = ${q.n})`,
            ...q.options.map((o) => `  ${o.value} ${o.label}: ${o.count} — ${o.percent}% — có quyền số ${o.weightedPercent}% ± ${o.moe}`),
          ]),
        ])
      }),
    )
  survey
    .command('crosstab <id> <row> <col>')
    .description('Bảng chéo hai câu hỏi với kiểm định khi bình phương')
    .option('--json', 'in kết quả dạng JSON: { rows, cols, counts, chiSquare, df, pValue }')
    .action((id: string, rowQ: string, colQ: string, opts: { json?: boolean }) =>
      withSystem(async (ctx) => {
        const r = await getCrosstab(ctx, id, rowQ, colQ)
        output(!!opts.json, r, () => [
          ['', ...r.cols].join('\t'),
          ...r.rows.map((v, i) => [v, ...r.counts[i]!].join('\t')),
          r.chiSquare === null ? 'Không áp dụng kiểm định khi bình phương' : `χ² = ${r.chiSquare.toFixed(4)}, df = ${r.df}, p = ${r.pValue!.toPrecision(4)}`,
        ])
      }),
    )
}
