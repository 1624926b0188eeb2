/** `caunoi report list`: the reports (unit and ward level), as the operator (system actor). */
import type { Command } from 'commander'
import { parseInput } from '../http/validation.ts'
import { reportsQuery, type ReportListItem } from '../shared/report.schema.ts'
import { listReports } from '../services/reporting/list-reports.ts'
import { output, withSystem } from './shared.ts'

/** One line of `caunoi report list --json`. */
export type ReportListLine = { id: string; unitCode: string; period: string; kind: string; status: string; number: string | null }

/** Registers `caunoi report` with its `list` sub-command and returns it, so other report sub-commands can join it. */
export function reportCommand(program: Command): Command {
  const report = program.command('report').description('Báo cáo tình hình tư tưởng, dư luận xã hội của đơn vị và của phường')
  report
    .command('list')
    .description('Liệt kê báo cáo (mới nhất trước)')
    .option('--period <YYYY-MM>', 'kỳ báo cáo (tháng YYYY-MM, 6 tháng YYYY-H1, năm YYYY)')
    .option('--kind <unit|ward>', 'báo cáo của đơn vị (unit) hay báo cáo tổng hợp của phường (ward)')
    .option('--json', 'in dạng JSON: [{ id, unitCode, period, kind, status, number }]')
    .action((opts: { period?: string; kind?: string; json?: boolean }) =>
      withSystem(async (ctx) => {
        const lines: ReportListLine[] = []
        for (let page = 1; ; page++) {
          const q = parseInput(reportsQuery, { period: opts.period, level: opts.kind, page, pageSize: 500 })
          const { items } = await listReports(ctx, q)
          lines.push(...items.map(toLine))
          if (items.length < q.pageSize) break
        }
        output(!!opts.json, lines, () =>
          lines.length === 0 ? ['Không có báo cáo nào.'] : lines.map((l) => [l.period, l.kind, l.unitCode, l.status, l.number ?? '', l.id].join('\t')))
      }),
    )
  return report
}

function toLine(r: ReportListItem): ReportListLine {
  return { id: r.id, unitCode: r.unitCode, period: r.periodKey, kind: r.level, status: r.status, number: r.number }
}
