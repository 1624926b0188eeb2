/** `caunoi report export ID --format docx|pdf|xlsx --out FILE`: a report as a file, as the operator (system actor). */
import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import { parseInput } from '../http/validation.ts'
import { reportExportQuery } from '../shared/report-export.schema.ts'
import { exportReport } from '../services/reporting/export-report.ts'
import { withSystem } from './shared.ts'

/** Adds `export` to the `caunoi report` command (created by report.cmd.ts; made here if it is not there). */
export function reportExportCommand(program: Command): void {
  const report = program.commands.find((c) => c.name() === 'report') ?? program.command('report').description('Báo cáo')
  report
    .command('export')
    .description('Xuất báo cáo ra tệp: văn bản DOCX hoặc PDF theo thể thức của Đảng, hoặc phụ lục thống kê XLSX')
    .argument('<id>', 'mã báo cáo (cột id của caunoi report list)')
    .requiredOption('--format <docx|pdf|xlsx>', 'định dạng tệp')
    .option('-o, --out <file>', 'tệp ghi ra (mặc định: tên do hệ thống đặt, trong thư mục hiện tại)')
    .action((id: string, opts: { format: string; out?: string }) =>
      withSystem(async (ctx) => {
        const { format } = parseInput(reportExportQuery, { format: opts.format })
        const file = await exportReport(ctx, id, format)
        const out = opts.out ?? file.filename
        await writeFile(out, file.body)
        console.log(`Đã ghi ${out} (${file.body.length.toLocaleString('vi-VN')} byte).`)
      }),
    )
}
