import fs from 'node:fs'
import { once } from 'node:events'
import type { Command } from 'commander'
import { exportAuditCsv } from '../services/audit/audit-log.ts'
import { parseInput } from '../http/validation.ts'
import { auditQuery } from '../shared/schemas.ts'
import { withSystem } from './shared.ts'

export function auditCommand(program: Command) {
  program
    .command('audit')
    .description('Nhật ký hệ thống')
    .command('export')
    .description('Xuất nhật ký ra CSV (UTF-8 có BOM), theo ngày giờ Việt Nam, --to tính cả ngày đó')
    .option('--from <YYYY-MM-DD>')
    .option('--to <YYYY-MM-DD>')
    .option('-o, --out <file>', 'tệp CSV (mặc định in ra màn hình)')
    .action((opts: { from?: string; to?: string; out?: string }) =>
      withSystem(async (ctx) => {
        const q = parseInput(auditQuery, { from: opts.from, to: opts.to })
        const out = opts.out ? fs.createWriteStream(opts.out) : process.stdout
        for await (const line of exportAuditCsv(ctx, q)) if (!out.write(line)) await once(out, 'drain')
        if (opts.out) {
          ;(out as fs.WriteStream).end()
          await once(out, 'finish')
          console.error(`Đã ghi ${opts.out}`)
        }
      }),
    )
}
