import fs from 'node:fs'
import path from 'node:path'
import type { Command } from 'commander'
import { importUnits } from '../services/units/import-units.ts'
import { importUsers } from '../services/users/import-users.ts'
import type { ImportResult } from '../shared/schemas.ts'
import { output, withSystem } from './shared.ts'

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
      withSystem(async (ctx) => {
        const r = await importUnits(ctx, { filename: path.basename(file), data: fs.readFileSync(file), dryRun: opts.dryRun })
        output(!!opts.json, r, () => summary(r))
      }),
    )
  program
    .command('users')
    .description('Tài khoản')
    .command('import <file>')
    .description('Nhập tài khoản từ CSV/XLSX (cả tệp hoặc không dòng nào; nhập lại không tạo bản trùng)')
    .option('--json', 'in kết quả dạng JSON')
    .action((file: string, opts: { json?: boolean }) =>
      withSystem(async (ctx) => {
        const r = await importUsers(ctx, { filename: path.basename(file), data: fs.readFileSync(file) })
        output(!!opts.json, r, () => summary(r))
      }),
    )
}
