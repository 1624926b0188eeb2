/**
 * Bulk ingest: our import path (parse the CSV, check every row against units and areas, fold, insert the records and
 * streams, the full-text index, the daily roll-ups, the audit event, commit) against raw prepared inserts of the same
 * rows with the engine's own full-text index (better-sqlite3 and FTS5; COPY and a GIN tsvector on PostgreSQL).
 * The corpus is cut in three thirds; each round loads one third by our path and the same third raw, alternating,
 * so both end with every record (the later steps query them) and each round is a sample of the rate.
 */
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { csvLine } from '../../exports/csv.ts'
import { importOpinions } from '../../services/opinions/import-opinions.ts'
import type { ServiceContext } from '../../services/context.ts'
import type { BenchRecord } from '../corpus.ts'
import { alternateRounds, resultOf, type BenchResult } from '../result.ts'
import type { BenchDatabase } from '../setup.ts'

/** Rows per import file: well under the import's row and size limits (20 000 rows, 10 MB). */
export const BATCH_ROWS = 5_000

const COLUMNS: (keyof BenchRecord)[] = ['external_id', 'received_on', 'channel', 'unit_code', 'area_code', 'topic', 'direction', 'intensity', 'breadth', 'groups', 'latent', 'title', 'content']

/** CSV files of BATCH_ROWS rows, as a user would upload them (made before timing starts). */
export function toCsvBatches(records: readonly BenchRecord[]): Buffer[] {
  const out: Buffer[] = []
  for (let i = 0; i < records.length; i += BATCH_ROWS) {
    const lines = [csvLine(COLUMNS)]
    for (const r of records.slice(i, i + BATCH_ROWS)) lines.push(csvLine(COLUMNS.map((c) => r[c])))
    out.push(Buffer.from(lines.join('')))
  }
  return out
}

/** Creates the raw tables the baselines write to and query: the same rows, the engine's own full-text index. */
export async function createRawTables(db: BenchDatabase): Promise<void> {
  if (db.dialect === 'sqlite') {
    const s = db.conn.sqlite!
    s.exec(`create table raw_opinion (rid integer primary key, external_id text, heard_on text, channel text, unit_code text, area_code text,
      topic text, direction text, intensity text, breadth text, groups_ text, latent text, title text, content text)`)
    s.exec(`create virtual table raw_fts using fts5(title, content, content='raw_opinion', content_rowid='rid', tokenize='unicode61 remove_diacritics 2')`)
    s.exec(`create index raw_opinion_day on raw_opinion (heard_on)`)
    return
  }
  const c = await pgClient(db)
  await c.query(`create table raw_opinion (rid bigserial primary key, external_id text, heard_on text, channel text, unit_code text, area_code text,
    topic text, direction text, intensity text, breadth text, groups_ text, latent text, title text, content text,
    tsv tsvector generated always as (to_tsvector('simple', title || ' ' || content)) stored)`)
  await c.query('create index raw_opinion_tsv on raw_opinion using gin (tsv)')
  await c.query('create index raw_opinion_day on raw_opinion (heard_on)')
  await c.end()
}

async function pgClient(db: BenchDatabase): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: db.env.DATABASE_URL })
  await c.connect()
  return c
}

/** Raw load of records: one prepared statement in one transaction (SQLite), or one COPY (PostgreSQL). */
export async function rawInsert(db: BenchDatabase, records: readonly BenchRecord[]): Promise<void> {
  if (db.dialect === 'sqlite') {
    const s = db.conn.sqlite!
    const ins = s.prepare(`insert into raw_opinion (external_id, heard_on, channel, unit_code, area_code, topic, direction, intensity, breadth, groups_, latent, title, content)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    const fts = s.prepare('insert into raw_fts (rowid, title, content) values (?, ?, ?)')
    s.transaction(() => {
      for (const r of records) {
        const { lastInsertRowid } = ins.run(...COLUMNS.map((c) => r[c]))
        fts.run(lastInsertRowid, r.title, r.content)
      }
    })()
    return
  }
  const c = await pgClient(db)
  try {
    const copy = c.query(copyFrom(`copy raw_opinion (external_id, heard_on, channel, unit_code, area_code, topic, direction, intensity, breadth, groups_, latent, title, content) from stdin with (format csv)`))
    await pipeline(Readable.from((function* () {
      for (const r of records) yield COLUMNS.map((k) => csvQuote(r[k])).join(',') + '\n'
    })()), copy)
  } finally {
    await c.end()
  }
}

const csvQuote = (v: string) => `"${v.replaceAll('"', '""')}"`

/** Loads all records by both paths in three alternating rounds; returns the ingest result row. */
export async function benchIngest(db: BenchDatabase, ctx: ServiceContext, records: readonly BenchRecord[], log: (s: string) => void): Promise<BenchResult> {
  await createRawTables(db)
  const third = Math.ceil(records.length / 3)
  const part = (round: number) => records.slice(round * third, (round + 1) * third)
  const r = await alternateRounds(
    3,
    async (round) => {
      const rows = part(round)
      const files = toCsvBatches(rows) // made before the clock starts: a user's files exist before the upload
      const t = performance.now()
      let imported = 0
      for (const [i, data] of files.entries()) imported += (await importOpinions(ctx, { filename: `batch-${round}-${i}.csv`, data })).imported
      const s = (performance.now() - t) / 1000
      if (imported !== rows.length) throw new Error(`ingest: imported ${imported} of ${rows.length}`)
      return rows.length / s
    },
    async (round) => {
      const rows = part(round)
      const t = performance.now()
      for (let i = 0; i < rows.length; i += BATCH_ROWS) await rawInsert(db, rows.slice(i, i + BATCH_ROWS))
      return rows.length / ((performance.now() - t) / 1000)
    },
    (a, b, round) => log(`  ingest round ${round + 1}: ours ${Math.round(a)} records/s, raw ${Math.round(b)} records/s`),
  )
  return resultOf(
    { database: db.dialect, step: 'ingest', metric: 'records_per_s', unit: 'records/s', target: '≥ 10 000 /s and ≥ 0.2 × raw' },
    r.ours, r.base, true, (v, ratio) => v >= 10_000 && (ratio ?? 0) >= 0.2,
  )
}
