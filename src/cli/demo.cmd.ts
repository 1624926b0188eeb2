import type { Command } from 'commander'
import { DEMO_PASSWORD, loadDemoWard } from '../services/system/demo-ward.ts'
import { withSystem } from './shared.ts'

export function demoCommand(program: Command) {
  program
    .command('demo')
    .description('Nạp phường mẫu "Phường Hoà Bình" vào cơ sở dữ liệu trống')
    .action(() =>
      withSystem(async (ctx) => {
        const r = await loadDemoWard(ctx)
        console.log(`Đã nạp phường mẫu: ${r.units} đơn vị, ${r.areas} tổ dân phố, ${r.users} tài khoản mẫu (mật khẩu ${DEMO_PASSWORD}; xoá khi dùng thật).`)
      }),
    )
}
