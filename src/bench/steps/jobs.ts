/**
 * Steps that run in the bench process:
 * - trend_job: the trend work a nightly job does for every ward and the city — spike alerts over the last 30 days
 *   and the forecast — on the roll-ups, vs one SQL window query over the raw rows (per ward, topic and day: the count
 *   against its previous 14 days) for the two years;
 * - report: the ward monthly report drafted and rendered as DOCX for one ward and for the city, vs writing the same
 *   numbers (topic × direction and channel counts of the period, from the raw rows) to CSV;
 * - export: CSV and XLSX of every record through the real streamed export, each in its own process for its peak
 *   memory, vs plain CSV out of the raw table.
 */
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { sql } from 'kysely'
import { findUnitsByCodes } from '../../db/repos/unit.repo.ts'
import type { ServiceContext } from '../../services/context.ts'
import { exportReport } from '../../services/reporting/export-report.ts'
import { draftWardReport } from '../../services/reporting/ward/draft-ward-report.ts'
import { trendAlerts } from '../../services/trends/trend-alerts.ts'
import { trendForecast } from '../../services/trends/trend-forecast.ts'
import { alternateRounds, resultOf, type BenchResult } from '../result.ts'
import type { BenchDatabase } from '../setup.ts'

const run = promisify(execFile)
const seconds = async (fn: () => Promise<unknown>) => {
  const t = performance.now()
  await fn()
  return (performance.now() - t) / 1000
}

async function rawQuery(db: BenchDatabase, text: string): Promise<unknown[]> {
  if (db.dialect === 'sqlite') return db.conn.sqlite!.prepare(text).all()
  return (await sql.raw(text).execute(db.conn.db)).rows
}

/** The units the trend job covers: the city and its wards. */
const TREND_UNITS = ['TP', ...Array.from({ length: 20 }, (_, i) => `P${String(i + 1).padStart(2, '0')}`)]

/** One run of the trend job: spike alerts over the last 30 days and the forecast, for the city and every ward. */
export async function runTrendJob(ctx: ServiceContext): Promise<void> {
  for (const u of await findUnitsByCodes(ctx.db, TREND_UNITS)) {
    await trendAlerts(ctx, { unitId: u.id, day: '2026-11-24', days: 30 })
    await trendForecast(ctx, { unitId: u.id })
  }
}

export async function benchTrendJob(db: BenchDatabase, ctx: ServiceContext, rounds: number, log: (s: string) => void): Promise<BenchResult[]> {
  const topic = db.dialect === 'sqlite' ? "substr(topic, 1, instr(topic || ';', ';') - 1)" : "split_part(topic, ';', 1)"
  const ward = db.dialect === 'sqlite' ? 'substr(unit_code, 1, 3)' : 'left(unit_code, 3)'
  const windowSql = `select ward, key, day, n, avg(n) over (partition by ward, key order by day rows between 14 preceding and 1 preceding) as base
    from (select ${ward} as ward, ${topic} as key, heard_on as day, count(*) as n from raw_opinion group by 1, 2, 3) t`
  const r = await alternateRounds(
    rounds,
    () => seconds(() => runTrendJob(ctx)),
    () => seconds(() => rawQuery(db, windowSql)),
    (a, b, i) => log(`  trend_job round ${i + 1}: ours ${a.toFixed(2)} s, raw window query ${b.toFixed(2)} s`),
  )
  return [resultOf({ database: db.dialect, step: 'trend_job', metric: 'seconds', unit: 's', target: '≤ 10 s' }, r.ours, r.base, false, (v) => v <= 10)]
}

export async function benchReport(db: BenchDatabase, ctx: ServiceContext, rounds: number, log: (s: string) => void): Promise<BenchResult[]> {
  const out: BenchResult[] = []
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'caunoi-bench-'))
  for (const code of ['P01', 'TP']) {
    const [unit] = await findUnitsByCodes(ctx.db, [code])
    const like = code === 'TP' ? '' : `where unit_code like '${code}-%' and`
    const filter = code === 'TP' ? "where heard_on >= '2026-10-25' and heard_on <= '2026-11-24'" : `${like} heard_on >= '2026-10-25' and heard_on <= '2026-11-24'`
    const r = await alternateRounds(
      rounds,
      () => seconds(async () => {
        const { report } = await draftWardReport(ctx, { periodKey: '2026-11', unitId: unit!.id })
        const file = await exportReport(ctx, report.id, 'docx')
        fs.writeFileSync(path.join(tmp, `${code}.docx`), file.body)
      }),
      () => seconds(async () => {
        const byTopic = await rawQuery(db, `select topic, direction, count(*) as n from raw_opinion ${filter} group by 1, 2`)
        const byChannel = await rawQuery(db, `select channel, count(*) as n from raw_opinion ${filter} group by 1`)
        const lines = [...byTopic, ...byChannel].map((x) => Object.values(x as object).join(',')).join('\n')
        fs.writeFileSync(path.join(tmp, `${code}.csv`), lines)
      }),
      (a, b, i) => log(`  report ${code} round ${i + 1}: ours ${a.toFixed(2)} s, CSV of the same numbers ${b.toFixed(3)} s`),
    )
    out.push(resultOf({ database: db.dialect, step: 'report', metric: code === 'TP' ? 'city_seconds' : 'ward_seconds', unit: 's', target: '≤ 5 s' }, r.ours, r.base, false, (v) => v <= 5))
  }
  fs.rmSync(tmp, { recursive: true, force: true })
  return out
}

type ChildOutcome = { seconds: number; bytes: number; peakRssMb: number }

async function exportChild(db: BenchDatabase, mode: string): Promise<ChildOutcome> {
  const out = path.join(os.tmpdir(), `caunoi-bench-export-${process.pid}-${mode}`)
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, '..', 'export-child.ts'), mode, out], {
      env: { ...process.env, ...db.env }, maxBuffer: 1 << 20,
    })
    return JSON.parse(stdout.trim().split('\n').at(-1)!) as ChildOutcome
  } finally {
    fs.rmSync(out, { force: true })
  }
}

export async function benchExport(db: BenchDatabase, rounds: number, log: (s: string) => void): Promise<BenchResult[]> {
  const out: BenchResult[] = []
  const raw: ChildOutcome[] = []
  const csv: ChildOutcome[] = []
  const xlsx: ChildOutcome[] = []
  for (let i = 0; i < rounds; i++) {
    raw.push(await exportChild(db, 'raw-csv'))
    csv.push(await exportChild(db, 'ours-csv'))
    xlsx.push(await exportChild(db, 'ours-xlsx'))
    log(`  export round ${i + 1}: raw CSV ${raw.at(-1)!.seconds.toFixed(1)} s ${Math.round(raw.at(-1)!.peakRssMb)} MB; ours CSV ${csv.at(-1)!.seconds.toFixed(1)} s ${Math.round(csv.at(-1)!.peakRssMb)} MB; XLSX ${xlsx.at(-1)!.seconds.toFixed(1)} s ${Math.round(xlsx.at(-1)!.peakRssMb)} MB`)
  }
  const base = { database: db.dialect, step: 'export' as const }
  out.push(resultOf({ ...base, metric: 'csv_seconds', unit: 's', target: 'no row cap' }, csv.map((x) => x.seconds), raw.map((x) => x.seconds), false, () => null))
  out.push(resultOf({ ...base, metric: 'csv_peak_rss_mb', unit: 'MB', target: '≤ 300 MB' }, csv.map((x) => x.peakRssMb), raw.map((x) => x.peakRssMb), false, (v) => v <= 300))
  out.push(resultOf({ ...base, metric: 'xlsx_seconds', unit: 's', target: 'no row cap' }, xlsx.map((x) => x.seconds), raw.map((x) => x.seconds), false, () => null))
  out.push(resultOf({ ...base, metric: 'xlsx_peak_rss_mb', unit: 'MB', target: '≤ 300 MB' }, xlsx.map((x) => x.peakRssMb), raw.map((x) => x.peakRssMb), false, (v) => v <= 300))
  return out
}
