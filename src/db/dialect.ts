/** The few places where SQLite and PostgreSQL differ, in one module. */
import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely'

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
