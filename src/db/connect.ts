/** Opens the database named by the configuration: embedded SQLite by default, PostgreSQL for postgres:// URLs. */
import fs from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import type { Database } from './database.ts'
import type { DialectName } from './dialect.ts'

// bigint (count(*), bigserial) as a JS number: audit ids and counts stay far below 2^53
pg.types.setTypeParser(20, (v) => Number(v))

export type Db = Kysely<Database>
export type Connection = {
  db: Db
  dialect: DialectName
  /** the SQLite file, for backups; null on PostgreSQL */
  sqliteFile: string | null
  /** the raw better-sqlite3 handle (SQLite only) */
  sqlite: SQLite.Database | null
  url: string | null
  close(): Promise<void>
}

export type ConnectOptions = {
  /** postgres://… ; when absent, SQLite at sqliteFile */
  databaseUrl?: string | null
  sqliteFile?: string
  /** PostgreSQL schema to use (tests use one schema each) */
  pgSchema?: string
}

/** Opens SQLite (WAL, foreign keys, busy timeout) or a PostgreSQL pool. */
export function connect(opts: ConnectOptions): Connection {
  if (opts.databaseUrl && /^postgres(ql)?:\/\//.test(opts.databaseUrl)) {
    const pool = new pg.Pool({
      connectionString: opts.databaseUrl,
      max: 10,
      ...(opts.pgSchema ? { options: `-c search_path=${opts.pgSchema}` } : {}),
    })
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
    return { db, dialect: 'postgres', sqliteFile: null, sqlite: null, url: opts.databaseUrl, close: () => db.destroy() }
  }
  const file = opts.sqliteFile ?? ':memory:'
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  // 64 MB of page cache instead of SQLite's 2 MB: a city's opinion table and its indexes are gigabytes, and the hot
  // pages of the indexes (the newest records, the roll-ups) should stay in the process rather than be re-read
  sqlite.pragma('cache_size = -65536')
  sqlite.pragma('temp_store = MEMORY')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
  return { db, dialect: 'sqlite', sqliteFile: file === ':memory:' ? null : file, sqlite, url: null, close: () => db.destroy() }
}

/** How many prepared statements the SQLite connection keeps (the app issues a few hundred distinct ones). */
const STATEMENT_CACHE_SIZE = 2000

/**
 * The SQLite handle as Kysely sees it, with `prepare` remembering statements by their text: Kysely prepares every
 * query anew (one opinion POST runs 18 statements; in a CPU profile of 550 POSTs, better-sqlite3's `prepare` took
 * 1.2 s against 0.9 s for running the statements). A statement that is busy
 * (a streamed read still iterating) is never handed out twice; a new one is prepared instead.
 */
function withStatementCache(sqlite: SQLite.Database): SQLite.Database {
  const cache = new Map<string, SQLite.Statement>()
  const prepare = (source: string) => {
    const hit = cache.get(source)
    if (hit && !hit.busy) return hit
    const statement = sqlite.prepare(source)
    if (!hit) {
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!)
      cache.set(source, statement)
    }
    return statement
  }
  return new Proxy(sqlite, {
    get(target, prop) {
      if (prop === 'prepare') return prepare
      const value = Reflect.get(target, prop, target) as unknown
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  })
}
