/** The `caunoi` command line: one sub-command per file, each calling a service. */
import { Command } from 'commander'
import { DomainError } from '../domain/errors.ts'
import { errorMessage } from '../shared/i18n/index.ts'
import { serveCommand } from './serve.cmd.ts'
import { migrateCommand } from './migrate.cmd.ts'
import { demoCommand } from './demo.cmd.ts'
import { userCommand } from './user.cmd.ts'
import { importCommands } from './import.cmd.ts'
import { backupCommand, restoreCommand } from './backup.cmd.ts'
import { auditCommand } from './audit.cmd.ts'
import { textCommand } from './text.cmd.ts'
import { jobsCommand } from './jobs.cmd.ts'
import { opinionsCommand } from './opinions.cmd.ts'
import { privacyCommand } from './privacy.cmd.ts'
import { surveyCommand } from './survey.cmd.ts'
import { reportCommand } from './report.cmd.ts'
import { reportExportCommand } from './report-export.cmd.ts'
import { benchCommand } from './bench.cmd.ts'

export function buildCli(): Command {
  const program = new Command('caunoi')
    .description('Cầu Nối — công tác dư luận xã hội. Cấu hình qua biến môi trường: DATABASE_URL, CAUNOI_DATA_DIR, PORT.')
    .version('0.1.0')
  serveCommand(program)
  migrateCommand(program)
  demoCommand(program)
  userCommand(program)
  importCommands(program)
  backupCommand(program)
  restoreCommand(program)
  auditCommand(program)
  textCommand(program)
  jobsCommand(program)
  opinionsCommand(program)
  privacyCommand(program)
  surveyCommand(program)
  reportCommand(program)
  reportExportCommand(program)
  benchCommand(program)
  return program
}

/** Runs the CLI; domain errors print their Vietnamese message and code and exit with status 1. */
export async function main(argv: string[]) {
  try {
    await buildCli().parseAsync(argv)
  } catch (e) {
    if (e instanceof DomainError) {
      const details = e.details as { rows?: { row: number; column: string | null; code: string }[] } | undefined
      console.error(`Lỗi ${e.code}: ${errorMessage(e.code, 'vi', e.details as Record<string, unknown>)}`)
      for (const r of details?.rows ?? []) console.error(`  dòng ${r.row}${r.column ? `, cột ${r.column}` : ''}: ${errorMessage(r.code)} (${r.code})`)
      process.exitCode = 1
      return
    }
    throw e
  }
}
