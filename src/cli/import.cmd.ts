import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { importUnits } from '../services/units/import-units.ts'
import { importUsers } from '../services/users/import-users.ts'
import type { ImportResult } from '../shared/schemas.ts'
import { output, withSystem } from './shared.ts'
import { DomainError } from '../domain/errors.ts'
import { errorMessage } from '../shared/i18n/index.ts'

/** Runs an import; with --json a refused file still prints the result shape, with every rejected row. */
async function runImport(json: boolean, fn: () => Promise<ImportResult>) {
  try {
    const r = await fn()
    output(json, r, () => summary(r))
  } catch (e) {
    if (!(json && e instanceof DomainError && e.code === 'IMPORT_INVALID')) throw e
    const rows = (e.details as { rows: { row: number; column: string | null; code: string }[] }).rows
    output(true, { created: 0, updated: 0, unchanged: 0, rejected: rows.map((r) => ({ ...r, message: errorMessage(r.code) })) }, () => [])
    process.exitCode = 1
  }
}

function summary(r: ImportResult): string[] {
  return [
    `Thêm mới: ${r.created}, cập nhật: ${r.updated}, không đổi: ${r.unchanged}`,
    ...(r.temporaryPasswords?.length ? ['Mật khẩu tạm (chỉ hiện một lần):', ...r.temporaryPasswords.map((t) => `  ${t.username}  ${t.password}`)] : []),
  ]
}

export function importCommands(program: Command) {
  program
    .command('units')
    .description('Đơn vị')
    .command('import <file>')
    .description('Nhập đơn vị từ CSV/XLSX (cả tệp hoặc không dòng nào; nhập lại không tạo bản trùng)')
    .option('--dry-run', 'chỉ kiểm tra và đếm, không ghi')
    .option('--json', 'in kết quả dạng JSON')
    .action((file: string, opts: { json?: boolean; dryRun?: boolean }) =>
      withSystem((ctx) =>
        runImport(!!opts.json, () => importUnits(ctx, { filename: path.basename(file), data: fs.readFileSync(file), dryRun: opts.dryRun })),
      ),
    )
  program
    .command('users')
    .description('Tài khoản')
    .command('import <file>')
    .description('Nhập tài khoản từ CSV/XLSX (cả tệp hoặc không dòng nào; nhập lại không tạo bản trùng)')
    .option('--json', 'in kết quả dạng JSON')
    .action((file: string, opts: { json?: boolean }) =>
      withSystem((ctx) => runImport(!!opts.json, () => importUsers(ctx, { filename: path.basename(file), data: fs.readFileSync(file) }))),
    )
}
