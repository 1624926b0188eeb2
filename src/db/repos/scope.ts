/** Scope filters shared by repositories: a row is visible when its unit path lies under one of the scope paths. */
import { sql, type Expression, type SqlBool } from 'kysely'

/** `column like '/a/%' or column like '/b/%'`; an empty scope matches nothing (never everything). */
export function pathInScope(column: string, scope: string[]): Expression<SqlBool> {
  if (scope.length === 0) return sql<SqlBool>`1 = 0`
  const parts = scope.map((p) => sql<SqlBool>`${sql.ref(column)} like ${p + '%'}`)
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`
}
