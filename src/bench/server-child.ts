/**
 * The server under load, in its own process (the load generator runs in the bench's process): the real app on the
 * bench database, plus bench-only routes for the baselines — a trivial route, and the same aggregates and searches
 * as raw SQL over the raw rows (no auth, no scope, no roll-ups: what the engine alone does). Prints "READY <port>".
 * Never started by the product; only `caunoi bench` spawns it.
 */
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { loadConfig } from '../config.ts'
import { buildApp } from '../http/app.ts'
import { openDatabase } from '../runtime.ts'
import { fold } from '../text/fold.ts'

const config = loadConfig(process.env, { demo: false })
const conn = await openDatabase(config, { migrate: false })
const app = await buildApp({ conn, config, logger: false })

const sqlite = conn.dialect === 'sqlite' ? new SQLite(config.sqliteFile, { readonly: true }) : null
const pool = conn.dialect === 'postgres' ? new pg.Pool({ connectionString: config.databaseUrl!, max: 10 }) : null

/** Units of a scope by code: the city (every unit), a ward (its code prefix), or one unit. */
function unitFilter(scope: string): { sql: string; args: string[] } {
  if (scope === 'TP') return { sql: '1 = 1', args: [] }
  if (/^P\d\d$/.test(scope)) return { sql: 'unit_code like ?', args: [`${scope}-%`] }
  return { sql: 'unit_code = ?', args: [scope] }
}

async function query(text: string, args: unknown[]): Promise<unknown[]> {
  if (sqlite) return sqlite.prepare(text).all(...args)
  let i = 0
  const r = await pool!.query(text.replace(/\?/g, () => `$${++i}`), args)
  return r.rows
}

app.post('/bench/trivial', async () => ({ ok: true }))

// how many other statements the database is still running: a load round's requests outlive the load generator's
// connections (the server finishes what it has read), so the next round waits until this is 0 and answers at once
// (on SQLite this answer itself waits until the one thread is free)
app.get('/bench/busy', async () => {
  if (sqlite) return { active: 0 }
  const r = await pool!.query("select count(*)::int as n from pg_stat_activity where datname = current_database() and state <> 'idle' and pid <> pg_backend_pid()")
  return { active: (r.rows[0] as { n: number }).n }
})

// the volume chart's aggregate: streams per day and primary topic in the window, over the raw rows
app.get('/bench/raw/volume', async (req) => {
  const q = req.query as { from: string; to: string; scope: string }
  const u = unitFilter(q.scope)
  const topic = sqlite ? "substr(topic, 1, instr(topic || ';', ';') - 1)" : "split_part(topic, ';', 1)"
  return query(`select heard_on as day, ${topic} as key, count(*) as n from raw_opinion where heard_on >= ? and heard_on <= ? and ${u.sql} group by 1, 2 order by 1`,
    [q.from, q.to, ...u.args])
})

// the heat grid's aggregate: rows per area and primary topic in the window
app.get('/bench/raw/heatmap', async (req) => {
  const q = req.query as { from: string; to: string; scope: string }
  const u = unitFilter(q.scope)
  const topic = sqlite ? "substr(topic, 1, instr(topic || ';', ';') - 1)" : "split_part(topic, ';', 1)"
  return query(`select area_code, ${topic} as key, count(*) as n from raw_opinion where heard_on >= ? and heard_on <= ? and ${u.sql} group by 1, 2`,
    [q.from, q.to, ...u.args])
})

// search: a ranked full-text query on the same index our search uses (the folded words), top 20, no scope or snippets
app.get('/bench/raw/search', async (req) => {
  const q = req.query as { q: string }
  const words = fold(q.q).split(/[^a-z0-9]+/).filter(Boolean)
  if (words.length === 0) return []
  if (sqlite) {
    const match = words.map((w, i) => (i === words.length - 1 ? `"${w}"*` : `"${w}"`)).join(' ')
    return query('select d.report_id from opinion_fts f join opinion_fts_doc d on d.docid = f.rowid where opinion_fts match ? order by bm25(opinion_fts) limit 20', [match])
  }
  const tsq = words.map((w, i) => (i === words.length - 1 ? `'${w}':*` : `'${w}'`)).join(' & ')
  return query('select id from opinion_report where search_tsv @@ to_tsquery(\'simple\', ?) order by ts_rank(search_tsv, to_tsquery(\'simple\', ?)) desc limit 20', [tsq, tsq])
})

await app.listen({ port: 0, host: '127.0.0.1' })
const address = app.server.address()
console.log(`READY ${typeof address === 'object' && address ? address.port : 0}`)
const stop = async () => {
  await app.close()
  sqlite?.close()
  await pool?.end()
  await conn.close()
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
