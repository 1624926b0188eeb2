import type { Command } from 'commander'
import { DomainError } from '../domain/errors.ts'
import { parseInput } from '../http/validation.ts'
import { JOBS } from '../jobs/scheduler.ts'
import type { JobOutcome } from '../jobs/run-once.ts'
import { jobRunInput } from '../shared/issue.schema.ts'
import { output, withSystem } from './shared.ts'

/** `caunoi jobs run NAME [--date YYYY-MM-DD] [--force]`: what the server runs on schedule, by hand. */
export function jobsCommand(program: Command) {
  const jobs = program.command('jobs').description(`Tác vụ nền (${JOBS.map((j) => j.name).join(', ')}); máy chủ tự chạy theo lịch`)
  jobs
    .command('run <name>')
    .description('Chạy một tác vụ nền cho một ngày (mặc định hôm nay theo giờ Việt Nam); chạy lại cùng ngày không tạo thêm gì')
    .option('--date <YYYY-MM-DD>', 'ngày chạy (giờ Việt Nam)')
    .option('--day <YYYY-MM-DD>', 'như --date')
    .option('--force', 'chạy lại dù ngày đó đã chạy (thông báo đã gửi không gửi lại)')
    .option('--json', 'in kết quả dạng JSON')
    .action((name: string, opts: { date?: string; day?: string; force?: boolean; json?: boolean }) =>
      withSystem(async (ctx) => {
        const job = JOBS.find((j) => j.name === name)
        if (!job) throw new DomainError('JOB_UNKNOWN', { name })
        const input = parseInput(jobRunInput, { date: opts.date ?? opts.day, force: !!opts.force })
        const outcome = (await job.run(ctx, { day: input.date, force: input.force })) as JobOutcome<unknown>
        output(!!opts.json, outcome, () => [
          outcome.skipped ? `${outcome.runKey}: đã chạy trước đó, không chạy lại (dùng --force để chạy lại).` : `${outcome.runKey}: xong.`,
          ...Object.entries((outcome.result ?? {}) as Record<string, unknown>).map(([k, v]) => `  ${k}: ${String(v)}`),
        ])
      }),
    )
}
