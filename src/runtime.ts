/** Opens the configured database and brings its schema up to date: shared by the server and the CLI. */
import { connect, type Connection } from './db/connect.ts'
import { migrateToLatest } from './db/migrate.ts'
import type { AppConfig } from './config.ts'
import { SYSTEM_ACTOR } from './domain/policy.ts'
import type { ServiceContext } from './services/context.ts'

export async function openDatabase(config: AppConfig, opts: { migrate?: boolean } = {}): Promise<Connection> {
  const conn = connect({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile })
  if (opts.migrate !== false) await migrateToLatest(conn.db, conn.dialect)
  return conn
}

/** A service context for the operator at the command line: the system actor, the real clock. */
export function systemContext(conn: Connection, config: AppConfig): ServiceContext {
  return { db: conn.db, dialect: conn.dialect, actor: SYSTEM_ACTOR, now: new Date(), ip: null, config }
}

/** Where the database lives, for messages. */
export function describeDatabase(conn: Connection, config: AppConfig): string {
  return conn.dialect === 'sqlite' ? `SQLite ${config.sqliteFile}` : `PostgreSQL ${redactUrl(config.databaseUrl ?? '')}`
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@')
}
