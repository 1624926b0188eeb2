import type { Command } from 'commander'
import { backupDatabase, restoreDatabase } from '../services/system/backup.ts'
import { describeDatabase } from '../runtime.ts'
import { withSystem } from './shared.ts'

export function backupCommand(program: Command) {
  program
    .command('backup <file>')
    .description('Sao lưu nhất quán khi ứng dụng đang chạy (SQLite: online backup; PostgreSQL: pg_dump)')
    .action((file: string) =>
      withSystem(async (ctx, conn, config) => {
        await backupDatabase(ctx, conn, file)
        console.log(`Đã sao lưu ${describeDatabase(conn, config)} vào ${file}`)
      }),
    )
}

export function restoreCommand(program: Command) {
  program
    .command('restore <file>')
    .description('Khôi phục toàn bộ cơ sở dữ liệu từ tệp sao lưu (hãy dừng máy chủ trước)')
    .action((file: string) =>
      withSystem(async (ctx, conn, config) => {
        await restoreDatabase(ctx, conn, file)
        console.log(`Đã khôi phục ${describeDatabase(conn, config)} từ ${file}`)
      }),
    )
}
