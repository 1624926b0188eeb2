/**
 * `npm run bench` / `caunoi bench`: generates the seeded corpus, loads it into a fresh database per engine, and
 * measures each step against the raw engine in the same run (DESIGN §6, issue #7). Prints a table, writes JSON.
 * Timings are output, never pass/fail: the process fails only when a step could not run.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { DialectName } from '../db/dialect.ts'
import { benchRecords, type BenchRecord } from './corpus.ts'
import { formatTable, type BenchResult } from './result.ts'
import { benchContext, openBenchDatabase, seedTree, type BenchDatabase } from './setup.ts'
import { benchIngest } from './steps/ingest.ts'
import { benchDashboard, benchDashboardDuringJob, benchSearch, benchSingleHttp, benchToken } from './steps/http.ts'
import { startChildServer } from './load.ts'
import { benchExport, benchReport, benchTrendJob } from './steps/jobs.ts'

export type BenchOptions = {
  records: number
  databases: DialectName[]
  json: string | null
  quick: boolean
  dataDir: string
  pgUrl: string | undefined
  /** Only these steps (ingest always runs: the others need its data); all when absent. */
  steps?: BenchResult['step'][]
  /** Keeps the databases of runs that share a machine apart (see openBenchDatabase). */
  tag?: string
  /**
   * Runs the other steps on the databases an earlier run with the same --records (and --tag) left, without the
   * ingest: for re-measuring a step at 1 M records without loading them again. Its table has no ingest row.
   */
  reuse?: boolean
  log: (line: string) => void
}

/** The steps every engine must produce results for. */
export const STEPS: BenchResult['step'][] = ['ingest', 'single_http', 'dashboard', 'search', 'trend_job', 'report', 'export']

export type BenchReport = {
  machine: { cpu: string; cores: number; node: string; databases: string[] }
  options: { records: number; quick: boolean; reuse: boolean }
  startedAt: string
  /** wall-clock seconds of the whole run (issue #7: both engines at 1 M records within 30 minutes) and of each part */
  elapsed: { seconds: number; parts: { database: string; part: string; seconds: number }[] }
  results: BenchResult[]
}

/** The records in memory (about 1 KB each with the CSV made from them; 1 M ≈ 1–2 GB of heap — run with a large heap). */
function corpus(n: number): BenchRecord[] {
  const out: BenchRecord[] = new Array(n)
  let i = 0
  for (const r of benchRecords(n)) out[i++] = r
  return out
}

export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const startedAt = new Date().toISOString()
  const t0 = performance.now()
  const parts: BenchReport['elapsed']['parts'] = []
  /** Runs one part of the run, logs and records how long it took. */
  const timed = async <T>(database: string, part: string, fn: () => Promise<T>): Promise<T> => {
    const t = performance.now()
    try {
      return await fn()
    } finally {
      const seconds = (performance.now() - t) / 1000
      parts.push({ database, part, seconds })
      o.log(`  [${part}: ${seconds.toFixed(0)} s; ${((performance.now() - t0) / 60_000).toFixed(1)} min since the start]`)
    }
  }
  o.log(`Corpus: ${o.records.toLocaleString('en-US')} records (seeded)…`)
  const t = performance.now()
  const records = await timed('-', 'corpus', async () => corpus(o.records))
  o.log(`  generated in ${((performance.now() - t) / 1000).toFixed(1)} s`)
  const wanted = new Set<BenchResult['step']>([...(o.reuse ? [] : ['ingest' as const]), ...(o.steps ?? STEPS).filter((s) => !(o.reuse && s === 'ingest'))])
  const want = (step: BenchResult['step']) => wanted.has(step)
  const results: BenchResult[] = []
  const versions: string[] = []
  for (const dialect of o.databases) {
    o.log(`\n== ${dialect} ==`)
    const db = await openBenchDatabase(dialect, { dataDir: o.dataDir, pgUrl: o.pgUrl, tag: o.tag, reuse: o.reuse })
    try {
      versions.push(await engineVersion(db.conn.db, dialect))
      const ctx = benchContext(db)
      if (o.reuse) {
        const n = await recordCount(db)
        if (n < o.records) throw new Error(`--reuse: the ${dialect} bench database holds ${n} records, not ${o.records}`)
        o.log(`reusing the ${dialect} bench database: ${n.toLocaleString('en-US')} records (no ingest)`)
      } else {
        await seedTree(ctx)
        o.log('ingest…')
        results.push(await timed(dialect, 'ingest', () => benchIngest(db, ctx, records, o.log)))
      }
      const token = await benchToken(ctx, o.reuse ? `bench-${Date.now()}` : 'bench')
      const server = await startChildServer(db.env)
      try {
        // 5 s a round at 20 connections is hundreds to thousands of requests at the target rates (p97.5 from the 25
        // slowest of every thousand); longer rounds only stretch the run: 7 load steps × 3 rounds × 2 paths per engine
        const http = { seconds: o.quick ? 2 : 5, rounds: 3, connections: 20, log: o.log }
        if (want('dashboard')) {
          o.log('dashboard…')
          results.push(...(await timed(dialect, 'dashboard', () => benchDashboard(db, ctx, server, token, http))))
        }
        if (want('search')) {
          o.log('search…')
          results.push(...(await timed(dialect, 'search', () => benchSearch(db, server, token, records, http))))
        }
        if (want('trend_job')) {
          o.log('dashboard while the trend job runs…')
          results.push(...(await timed(dialect, 'dashboard during the trend job', () => benchDashboardDuringJob(db, ctx, server, token, http))))
        }
        // last: it adds records
        if (want('single_http')) {
          o.log('single record over HTTP…')
          results.push(...(await timed(dialect, 'single_http', () => benchSingleHttp(db, ctx, server, token, http))))
        }
      } finally {
        await server.stop()
      }
      if (want('trend_job')) {
        o.log('trend job…')
        results.push(...(await timed(dialect, 'trend_job', () => benchTrendJob(db, ctx, 3, o.log))))
      }
      if (want('report')) {
        o.log('monthly report…')
        results.push(...(await timed(dialect, 'report', () => benchReport(db, ctx, 3, o.log))))
      }
      if (want('export')) {
        o.log('export…')
        // one round when quick, and above 200 000 records: three rounds of CSV and XLSX of 1 M records on two engines
        // would take most of the 30 minutes the whole run may take (issue #7); the README says which run had how many
        results.push(...(await timed(dialect, 'export', () => benchExport(db, o.quick || o.records > 200_000 ? 1 : 3, o.log))))
      }
    } finally {
      await db.close()
    }
  }
  const report: BenchReport = {
    machine: { cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.cpus().length, node: process.version, databases: versions },
    options: { records: o.records, quick: o.quick, reuse: !!o.reuse },
    startedAt,
    elapsed: { seconds: (performance.now() - t0) / 1000, parts },
    results,
  }
  o.log('\n' + formatTable(results))
  for (const r of results.filter((x) => x.note)) o.log(`  ${r.database}/${r.step}/${r.metric}: ${r.note}`)
  o.log(`\nWhole run: ${(report.elapsed.seconds / 60).toFixed(1)} minutes`)
  // the harness's own check (what the quick mode in CI is for): every step ran on every engine and gave numbers
  const missing = o.databases.flatMap((d) => STEPS.filter(want).filter((step) => !results.some((r) => r.database === d && r.step === step && Number.isFinite(r.value))).map((step) => `${d}/${step}`))
  if (missing.length > 0) throw new Error(`bench: no result for ${missing.join(', ')}`)
  if (o.json) {
    fs.mkdirSync(path.dirname(path.resolve(o.json)), { recursive: true })
    fs.writeFileSync(o.json, JSON.stringify(report, null, 2) + '\n')
    o.log(`\nJSON: ${o.json}`)
  }
  return report
}

async function recordCount(db: BenchDatabase): Promise<number> {
  const r = await db.conn.db.selectFrom('opinion_report').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

async function engineVersion(db: import('../db/connect.ts').Db, dialect: DialectName): Promise<string> {
  const { sql } = await import('kysely')
  if (dialect === 'sqlite') return `SQLite ${(await sql<{ v: string }>`select sqlite_version() as v`.execute(db)).rows[0]?.v}`
  return (await sql<{ v: string }>`select version() as v`.execute(db)).rows[0]?.v.split(' on ')[0] ?? 'PostgreSQL'
}
