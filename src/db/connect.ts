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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  return { db, dialect: 'sqlite', sqliteFile: file === ':memory:' ? null : file, sqlite, url: null, close: () => db.destroy() }
}
