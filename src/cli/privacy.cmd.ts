/** `caunoi privacy purge`: deletes citizens' contacts past their retention day (privacy.retentionMonths, 24 by default). */
import type { Command } from 'commander'
import { purgeContacts, setRetentionMonths } from '../services/opinions/contacts.ts'
import { retentionMonths } from '../services/opinions/opinion-rules.ts'
import { output, withSystem } from './shared.ts'

export function privacyCommand(program: Command) {
  const privacy = program.command('privacy').description('Bảo vệ dữ liệu cá nhân')
  privacy
    .command('retention [months]')
    .description('Xem hoặc đặt số tháng lưu giữ thông tin liên hệ của người dân (mặc định 24), tính từ ngày nắm bắt; áp dụng cho thông tin ghi từ nay')
    .option('--json', 'in kết quả dạng JSON: { months }')
    .action((months: string | undefined, opts: { json?: boolean }) =>
      withSystem(async (ctx) => {
        const r = months === undefined ? { months: await retentionMonths(ctx) } : await setRetentionMonths(ctx, { months: Number(months) })
        output(!!opts.json, r, () => [`Thời hạn lưu giữ thông tin liên hệ: ${r.months} tháng.`])
      }),
    )
  privacy
    .command('purge')
    .description('Xoá thông tin liên hệ của người dân đã hết thời hạn lưu giữ (ghi nhật ký số lượng)')
    .option('--dry-run', 'chỉ đếm, không xoá')
    .option('--json', 'in kết quả dạng JSON: { purged, before, dryRun }')
    .action((opts: { dryRun?: boolean; json?: boolean }) =>
      withSystem(async (ctx) => {
        const r = await purgeContacts(ctx, { dryRun: !!opts.dryRun })
        output(!!opts.json, r, () => [
          r.dryRun
            ? `Có ${r.purged} thông tin liên hệ hết hạn lưu giữ (trước ngày ${r.before}); chưa xoá (--dry-run).`
            : `Đã xoá ${r.purged} thông tin liên hệ hết hạn lưu giữ (trước ngày ${r.before}).`,
        ])
      }),
    )
}
