import type { Command } from 'commander'
import { loadConfig } from '../config.ts'
import { serve } from '../main.ts'

export function serveCommand(program: Command) {
  program
    .command('serve')
    .description('Chạy máy chủ web (tự cập nhật lược đồ; nạp phường mẫu nếu cơ sở dữ liệu trống)')
    .option('--no-demo', 'không nạp phường mẫu')
    .option('-p, --port <port>', 'cổng (mặc định PORT hoặc 3000)')
    .action(async (opts: { demo: boolean; port?: string }) => {
      const config = loadConfig(process.env, {
        ...(opts.demo === false ? { demo: false } : {}),
        ...(opts.port ? { port: Number(opts.port) } : {}),
      })
      await serve(config)
    })
}
