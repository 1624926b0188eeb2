/** Test databases: SQLite always (in memory), PostgreSQL when TEST_DATABASE_URL is set (one fresh schema each). */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { connect, type Connection } from '../../src/db/connect.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import type { DialectName } from '../../src/db/dialect.ts'

export type TestDialect = { name: DialectName }

/** The dialects every repository and service test runs on. */
export const DIALECTS: TestDialect[] = [{ name: 'sqlite' }, ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres' as const }] : [])]

/** A migrated, empty database; `close()` drops the PostgreSQL schema. */
export async function openTestDb(dialect: TestDialect): Promise<Connection> {
  if (dialect.name === 'sqlite') {
    const conn = connect({ sqliteFile: ':memory:' })
    await migrateToLatest(conn.db, 'sqlite')
    return conn
  }
  const url = process.env.TEST_DATABASE_URL!
  const schema = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const conn = connect({ databaseUrl: url, pgSchema: schema })
  await migrateToLatest(conn.db, 'postgres')
  const close = conn.close
  return {
    ...conn,
    close: async () => {
      await close()
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      await c.query(`drop schema ${schema} cascade`)
      await c.end()
    },
  }
}
