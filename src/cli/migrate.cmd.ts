import type { Command } from 'commander'
import { loadConfig } from '../config.ts'
import { connect } from '../db/connect.ts'
import { migrateToLatest } from '../db/migrate.ts'
import { describeDatabase } from '../runtime.ts'

export function migrateCommand(program: Command) {
  program
    .command('migrate')
    .description('Cập nhật lược đồ cơ sở dữ liệu lên bản mới nhất')
    .action(async () => {
      const config = loadConfig()
      const conn = connect({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile })
      try {
        const applied = await migrateToLatest(conn.db, conn.dialect)
        console.log(`${describeDatabase(conn, config)}: ${applied.length ? `đã áp dụng ${applied.join(', ')}` : 'lược đồ đã mới nhất'}`)
      } finally {
        await conn.close()
      }
    })
}
