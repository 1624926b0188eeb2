/** Helpers for CLI commands: open the database, run, close. */
import { loadConfig, type AppConfig } from '../config.ts'
import type { Connection } from '../db/connect.ts'
import { openDatabase, systemContext } from '../runtime.ts'
import type { ServiceContext } from '../services/context.ts'

/** Opens (and migrates) the configured database, runs `fn` as the system actor, and closes the database. */
export async function withSystem<T>(fn: (ctx: ServiceContext, conn: Connection, config: AppConfig) => Promise<T>): Promise<T> {
  const config = loadConfig()
  const conn = await openDatabase(config)
  try {
    return await fn(systemContext(conn, config), conn, config)
  } finally {
    await conn.close()
  }
}

/** Prints JSON when asked, otherwise readable lines. */
export function output(json: boolean, value: unknown, lines: () => string[]) {
  console.log(json ? JSON.stringify(value, null, 2) : lines().join('\n'))
}
