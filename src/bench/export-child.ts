/**
 * One export in its own process, so that its peak memory is its own: `ours-csv`, `ours-xlsx` (the real export
 * service, streamed to a file) or `raw-csv` (rows read from the raw table and written as plain CSV lines).
 * Prints one JSON line: { seconds, bytes, peakRssMb }.
 */
import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { to as copyTo } from 'pg-copy-streams'
import { loadConfig } from '../config.ts'

const [mode, out] = process.argv.slice(2) as ['ours-csv' | 'ours-xlsx' | 'raw-csv', string]
const config = loadConfig(process.env, { demo: false })
let t = performance.now()

if (mode === 'raw-csv') {
  const line = (cells: unknown[]) => cells.map((c) => `"${String(c ?? '').replaceAll('"', '""')}"`).join(',') + '\r\n'
  function* rows(): Generator<string> {
    const db = new SQLite(config.sqliteFile, { readonly: true })
    for (const r of db.prepare('select * from raw_opinion').iterate()) yield line(Object.values(r as object))
    db.close()
  }
  if (!config.databaseUrl) await pipeline(Readable.from(rows()), fs.createWriteStream(out))
  else {
    // PostgreSQL's own fastest way out: COPY … TO STDOUT as CSV
    const c = new pg.Client({ connectionString: config.databaseUrl })
    await c.connect()
    await pipeline(c.query(copyTo('copy raw_opinion (rid, external_id, heard_on, channel, unit_code, area_code, topic, direction, intensity, breadth, groups_, latent, title, content) to stdout with (format csv)')), fs.createWriteStream(out))
    await c.end()
  }
} else {
  // the app is loaded only for our path, so the raw baseline's peak memory is the engine's alone
  const { SYSTEM_ACTOR } = await import('../domain/policy.ts')
  const { openDatabase } = await import('../runtime.ts')
  const { exportOpinions } = await import('../services/opinions/export-opinions.ts')
  t = performance.now()
  const conn = await openDatabase(config, { migrate: false })
  const ctx = { db: conn.db, dialect: conn.dialect, actor: SYSTEM_ACTOR, now: new Date('2026-11-24T05:00:00Z'), ip: null, config }
  const file = await exportOpinions(ctx, { query: {}, format: mode === 'ours-xlsx' ? 'xlsx' : 'csv' })
  await pipeline(file.stream as NodeJS.ReadableStream, fs.createWriteStream(out))
  await conn.close()
}
const seconds = (performance.now() - t) / 1000
console.log(JSON.stringify({ seconds, bytes: fs.statSync(out).size, peakRssMb: peakRssMb() }))

/**
 * This process's peak resident memory: the high-water mark of its own address space (VmHWM, Linux). Not
 * `process.resourceUsage().maxRSS`: Linux carries that figure over from the parent across fork and exec, so a child
 * of the bench (which holds the corpus: gigabytes at 1 M records) reported the parent's size, not its own.
 */
function peakRssMb(): number {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]
    if (kb) return Number(kb) / 1024
  } catch {
    // not Linux: the rusage figure below
  }
  return process.resourceUsage().maxRSS / 1024
}
