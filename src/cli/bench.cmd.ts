import type { Command } from 'commander'
import { loadConfig } from '../config.ts'
import type { DialectName } from '../db/dialect.ts'
import { runBench, STEPS } from '../bench/main.ts'

/** `caunoi bench`: the benchmark of DESIGN §6 (also `npm run bench`). */
export function benchCommand(program: Command) {
  program
    .command('bench')
    .description('Đo hiệu năng (nạp, tìm kiếm, bảng điều khiển, báo cáo, xuất) so với cơ sở dữ liệu thô trong cùng lần chạy')
    .option('--records <n>', 'số phiếu của bộ dữ liệu mẫu', '1000000')
    .option('--database <which>', 'sqlite | postgres | both', 'both')
    .option('--json <file>', 'ghi kết quả JSON vào tệp')
    .option('--steps <list>', `chỉ các bước này, cách nhau bởi dấu phẩy (${STEPS.join(', ')}); bước nạp luôn chạy`)
    .option('--tag <name>', 'tên riêng cho cơ sở dữ liệu đo (caunoi_bench_<tag>), khi nhiều lần đo chạy cùng máy')
    .option('--quick', 'chạy nhanh khoảng 50 000 phiếu (kiểm tra bộ đo, không đánh giá tốc độ)')
    .option('--reuse', 'dùng lại cơ sở dữ liệu đo của lần chạy trước (cùng --records, --tag), bỏ bước nạp')
    .action(async (opts: { records: string; database: string; json?: string; quick?: boolean; steps?: string; tag?: string; reuse?: boolean }) => {
      const records = opts.quick && opts.records === '1000000' ? 50_000 : Number(opts.records)
      if (!Number.isInteger(records) || records < 1000) throw new Error('--records: a whole number ≥ 1000')
      if (!['sqlite', 'postgres', 'both'].includes(opts.database)) throw new Error('--database: sqlite, postgres or both')
      const pgUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres'
      const steps = opts.steps?.split(',').map((x) => x.trim()).filter(Boolean)
      const unknown = steps?.filter((x) => !(STEPS as string[]).includes(x)) ?? []
      if (unknown.length > 0) throw new Error(`--steps: unknown ${unknown.join(', ')} (one of ${STEPS.join(', ')})`)
      const databases: DialectName[] = opts.database === 'both' ? ['sqlite', 'postgres'] : [opts.database as DialectName]
      await runBench({ records, databases, json: opts.json ?? null, quick: !!opts.quick, steps: steps as typeof STEPS | undefined, tag: opts.tag, reuse: !!opts.reuse, dataDir: loadConfig().dataDir, pgUrl, log: (l) => console.log(l) })
    })
}
