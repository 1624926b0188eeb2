/** The few places where SQLite and PostgreSQL differ, in one module. */
import { CompiledQuery, PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely'

export type DialectName = 'sqlite' | 'postgres'

/** The engine behind a Kysely instance or transaction, read from its adapter. */
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

/** Auto-increment integer primary key column type. */
export function autoIncrementType(d: DialectName) {
  return d === 'sqlite' ? 'integer' : 'bigserial'
}

/** Case-insensitive LIKE: SQLite's LIKE already ignores ASCII case, PostgreSQL needs ILIKE. */
export function likeOp(d: DialectName) {
  return d === 'sqlite' ? 'like' : 'ilike'
}

/** Escape %, _ and \ so user input is matched literally by LIKE … ESCAPE '\'. */
export function escapeLike(s: string) {
  return s.replace(/[\\%_]/g, (c) => '\\' + c)
}

/** `expr LIKE pattern ESCAPE '\'` in both engines. */
export function likeEscaped(d: DialectName, column: RawBuilder<unknown> | string, pattern: string) {
  const col = typeof column === 'string' ? sql.ref(column) : column
  return d === 'sqlite'
    ? sql<boolean>`${col} like ${pattern} escape '\\'`
    : sql<boolean>`${col} ilike ${pattern} escape '\\'`
}

/** A column of a bulk insert: its name and, for PostgreSQL's arrays, its type. */
export type BulkColumn = { name: string; pg: 'text' | 'integer' | 'tsvector' }

/** SQLite's limit on bound variables per statement (32 766 since 3.32), with room to spare. */
const SQLITE_MAX_VARIABLES = 32_000
/** Rows per statement on PostgreSQL: one array per column, so the statement text and plan stay the same size. */
const PG_ROWS_PER_STATEMENT = 5_000

/**
 * Inserts many rows of one table in few statements, compiled by hand (Kysely builds a node per value, which cost
 * more CPU than SQLite spent writing the rows): multi-row VALUES up to 1 000 rows within SQLite's variable limit;
 * on PostgreSQL `select * from unnest($1::text[], …)`, one array per column, so the server parses and plans a
 * statement of a few parameters instead of thousands. `onConflict` is appended as is (SQL text of the caller's
 * own, never user input); with it, the rows of one call must not repeat a key.
 */
export async function insertMany(db: Kysely<any>, table: string, columns: readonly BulkColumn[], rows: readonly unknown[][], onConflict = ''): Promise<void> {
  if (rows.length === 0) return
  const names = columns.map((c) => c.name).join(', ')
  if (dialectOf(db) === 'postgres') {
    const arrays = columns.map((c, i) => `$${i + 1}::${c.pg}[]`).join(', ')
    const text = `insert into ${table} (${names}) select * from unnest(${arrays}) ${onConflict}`
    for (let i = 0; i < rows.length; i += PG_ROWS_PER_STATEMENT) {
      const part = rows.slice(i, i + PG_ROWS_PER_STATEMENT)
      await db.executeQuery(CompiledQuery.raw(text, columns.map((_, j) => part.map((r) => r[j] ?? null))))
    }
    return
  }
  const perStatement = Math.max(1, Math.min(1_000, Math.floor(SQLITE_MAX_VARIABLES / columns.length)))
  const tuple = `(${columns.map(() => '?').join(', ')})`
  for (let i = 0; i < rows.length; i += perStatement) {
    const part = rows.slice(i, i + perStatement)
    const params: unknown[] = []
    for (const r of part) for (let j = 0; j < columns.length; j++) params.push(r[j] ?? null)
    await db.executeQuery(CompiledQuery.raw(`insert into ${table} (${names}) values ${new Array(part.length).fill(tuple).join(', ')} ${onConflict}`, params))
  }
}
