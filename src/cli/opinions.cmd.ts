/** `caunoi opinions import FILE` and `caunoi opinions export`: opinion records from and to files, as the operator (system actor). */
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Command } from 'commander'
import { DomainError } from '../domain/errors.ts'
import { parseInput } from '../http/validation.ts'
import { errorMessage } from '../shared/i18n/index.ts'
import { opinionExportQuery, type OpinionImportResult } from '../shared/opinion.schema.ts'
import { exportOpinions } from '../services/opinions/export-opinions.ts'
import { importOpinions, withMessages } from '../services/opinions/import-opinions.ts'
import { output, withSystem } from './shared.ts'

function summary(r: OpinionImportResult): string[] {
  return [
    `Đã nhập: ${r.imported}, không đổi: ${r.unchanged}, bị từ chối: ${r.rejected.length}`,
    ...r.rejected.map((x) => `  dòng ${x.row}${x.column ? `, cột ${x.column}` : ''}: ${x.message} (${x.code})`),
  ]
}

export function opinionsCommand(program: Command) {
  const opinions = program.command('opinions').description('Phiếu thông tin dư luận xã hội')
  opinions
    .command('import <file>')
    .description('Nhập phiếu từ CSV, XLSX hoặc JSON Lines (mặc định: có dòng lỗi thì không nhập dòng nào; nhập lại không tạo bản trùng)')
    .option('--skip-invalid', 'nhập các dòng hợp lệ, liệt kê các dòng lỗi')
    .option('--json', 'in kết quả dạng JSON: { imported, unchanged, rejected: [{ row, column, code, message }] }')
    .action((file: string, opts: { skipInvalid?: boolean; json?: boolean }) =>
      withSystem(async (ctx) => {
        const json = !!opts.json
        try {
          const r = withMessages(await importOpinions(ctx, { filename: path.basename(file), data: fs.readFileSync(file), skipInvalid: !!opts.skipInvalid }))
          output(json, r, () => summary(r))
        } catch (e) {
          if (!(json && e instanceof DomainError && e.code === 'IMPORT_INVALID')) throw e
          // refused as a whole: the same shape, nothing imported, every bad row listed
          const rows = (e.details as { rows: { row: number; column: string | null; code: string }[] }).rows
          output(true, { imported: 0, unchanged: 0, rejected: rows.map((r) => ({ ...r, message: errorMessage(r.code) })) }, () => [])
          process.exitCode = 1
        }
      }),
    )
  opinions
    .command('export')
    .description('Xuất phiếu ra CSV (UTF-8 có BOM) hoặc XLSX, mỗi luồng ý kiến một dòng')
    .option('--format <csv|xlsx>', 'định dạng', 'csv')
    .option('--from <YYYY-MM-DD>', 'từ ngày nắm bắt')
    .option('--to <YYYY-MM-DD>', 'đến ngày nắm bắt (tính cả ngày đó)')
    .option('-q, --query <text>', 'tìm theo nội dung (không dấu cũng được)')
    .option('-o, --out <file>', 'tệp kết quả (mặc định in ra màn hình)')
    .action((opts: { format: string; from?: string; to?: string; query?: string; out?: string }) =>
      withSystem(async (ctx) => {
        if (opts.format !== 'csv' && opts.format !== 'xlsx') throw new DomainError('VALIDATION', { fields: [{ path: 'format', code: 'FIELD_INVALID' }] })
        const query = parseInput(opinionExportQuery, { from: opts.from, to: opts.to, q: opts.query })
        const file = await exportOpinions(ctx, { query, format: opts.format })
        await pipeline(file.stream, opts.out ? fs.createWriteStream(opts.out) : process.stdout, { end: !!opts.out })
        if (opts.out) console.error(`Đã ghi ${opts.out}`)
      }),
    )
}
