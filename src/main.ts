/** Composition root: configuration → database → migrations → demo ward (empty database only) → HTTP server → jobs. */
import type { AppConfig } from './config.ts'
import { buildApp } from './http/app.ts'
import { startScheduler } from './jobs/scheduler.ts'
import { describeDatabase, openDatabase, systemContext } from './runtime.ts'
import { getUserByUsername } from './db/repos/user.repo.ts'
import { verifyPassword } from './services/auth/secrets.ts'
import { DEMO_EXTRA_ACCOUNTS } from './services/system/demo-corpus.ts'
import { DEMO_PASSWORD, DEMO_USERS, isEmptyDatabase, loadDemoWard } from './services/system/demo-ward.ts'

export async function serve(config: AppConfig) {
  const conn = await openDatabase(config)
  let demoLoaded = false
  if (config.demo && (await isEmptyDatabase(systemContext(conn, config)))) {
    await loadDemoWard(systemContext(conn, config))
    demoLoaded = true
  }
  const app = await buildApp({ conn, config, logger: process.env.CAUNOI_LOG === '1' })
  await app.listen({ port: config.port, host: config.host })
  const scheduler = startScheduler(conn, config)
  const url = `http://localhost:${config.port}`
  const lines = [
    '',
    `  Cầu Nối ${config.version} đang chạy tại ${url}`,
    `  Cơ sở dữ liệu: ${describeDatabase(conn, config)}`,
  ]
  if (demoLoaded || (config.demo && (await hasDemoAccounts(conn)))) {
    lines.push(
      '',
      `  Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}) — CHỈ ĐỂ DÙNG THỬ, hãy xoá hoặc khoá khi dùng thật:`,
      ...DEMO_USERS.map((u) => `    ${u.username.padEnd(10)} ${u.role}`),
      `    và ${DEMO_EXTRA_ACCOUNTS.length} tài khoản cộng tác viên, MTTQ mẫu: ${DEMO_EXTRA_ACCOUNTS.map((u) => u.username).join(', ')}`,
    )
  }
  console.log(lines.join('\n') + '\n')
  const stop = async () => {
    scheduler.stop()
    await app.close()
    await conn.close()
    process.exit(0)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return app
}

/** Do demo accounts still open with the demo password? Then the banner keeps warning. */
async function hasDemoAccounts(conn: Awaited<ReturnType<typeof openDatabase>>) {
  const admin = await getUserByUsername(conn.db, DEMO_USERS[0]!.username)
  return !!admin && (await verifyPassword(admin.password_hash, DEMO_PASSWORD))
}
