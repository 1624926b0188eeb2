/** Scope filters shared by repositories: a row is visible when its unit path lies under one of the scope paths. */
import { sql, type Expression, type SqlBool } from 'kysely'
import { isRootPath } from '../../domain/policy.ts'
import type { Db } from '../connect.ts'
import { dialectOf } from '../dialect.ts'

/** `column like '/a/%' or column like '/b/%'`; an empty scope matches nothing (never everything). */
export function pathInScope(column: string, scope: string[]): Expression<SqlBool> {
  if (scope.length === 0) return sql<SqlBool>`1 = 0`
  const parts = scope.map((p) => sql<SqlBool>`${sql.ref(column)} like ${p + '%'}`)
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`
}

/**
 * Rows of a unit's subtree (`pathColumn like '/a/b/%'`, pathInScope) on the window's days. On SQLite, below the
 * root, the subtree is also given as a range its (unit_path, day) indexes seek, and the day test is kept off the
 * day indexes (`+day`): SQLite's LIKE ignores case, so it never seeks an index for a prefix, and without statistics
 * it read a ward's rows through the day index — every unit's rows of the period (for the roll-up, 15 months of
 * every unit). Paths end with '/', and '0' follows '/', so `>= '/a/b/' and < '/a/b0'` holds exactly the paths
 * starting with '/a/b/'. The root's subtree is everything: the day index serves it. PostgreSQL's text_pattern_ops
 * indexes serve the LIKE.
 */
export function inSubtreeDuring(db: Db, pathColumn: string, dayColumn: string, w: { unitPath: string; from: string; to: string }): Expression<SqlBool> {
  const path = pathInScope(pathColumn, [w.unitPath])
  const day = sql.ref(dayColumn)
  const belowRoot = w.unitPath.endsWith('/') && !isRootPath(w.unitPath)
  if (dialectOf(db) === 'postgres' || !belowRoot) return sql<SqlBool>`(${path} and ${day} >= ${w.from} and ${day} <= ${w.to})`
  const ref = sql.ref(pathColumn)
  return sql<SqlBool>`(${ref} >= ${w.unitPath} and ${ref} < ${`${w.unitPath.slice(0, -1)}0`} and ${path} and +${day} >= ${w.from} and +${day} <= ${w.to})`
}
