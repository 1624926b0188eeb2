/** Runs the migrations (one set for both engines) up to the latest. */
import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import type { DialectName } from './dialect.ts'
import * as m0001 from './migrations/0001-foundation.ts'
import * as m0002 from './migrations/0002-opinion-intake.ts'
import * as m0003 from './migrations/0003-notifications.ts'
import * as m0004 from './migrations/0004-search-rollups.ts'
import * as m0005 from './migrations/0005-reporting.ts'
import * as m0006 from './migrations/0006-surveys.ts'
import * as m0007 from './migrations/0007-import-search-vector.ts'
import * as m0008 from './migrations/0008-search-prefix-index.ts'
import * as m0009 from './migrations/0009-rollup-scope.ts'
import * as m0010 from './migrations/0010-export-keyset.ts'
import * as m0011 from './migrations/0011-rollup-cheaper-writes.ts'
import * as m0012 from './migrations/0012-import-storage.ts'

type MigrationModule = { up(db: Kysely<any>, dialect: DialectName): Promise<void> }
const MIGRATIONS: Record<string, MigrationModule> = {
  '0001-foundation': m0001,
  '0002-opinion-intake': m0002,
  '0003-notifications': m0003,
  '0004-search-rollups': m0004,
  '0005-reporting': m0005,
  '0006-surveys': m0006,
  '0007-import-search-vector': m0007,
  '0008-search-prefix-index': m0008,
  '0009-rollup-scope': m0009,
  '0010-export-keyset': m0010,
  '0011-rollup-cheaper-writes': m0011,
  '0012-import-storage': m0012,
}

class StaticProvider implements MigrationProvider {
  constructor(private dialect: DialectName) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    return Object.fromEntries(
      Object.entries(MIGRATIONS).map(([name, m]) => [name, { up: (db: Kysely<any>) => m.up(db, this.dialect) }]),
    )
  }
}

/** Applies pending migrations; returns the names applied. Throws with the failing migration's error. */
export async function migrateToLatest(db: Kysely<any>, dialect: DialectName): Promise<string[]> {
  // Kysely looks for its own tables in every schema unless told which: another schema's (a parallel test's)
  // kysely_migration_lock would make it skip creating this one's
  const schema = dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined
  const migrator = new Migrator({ db, provider: new StaticProvider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) })
  const { error, results } = await migrator.migrateToLatest()
  if (error) throw error
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
