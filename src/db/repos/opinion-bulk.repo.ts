/** Bulk writes of the opinion import (one query per function). */
import { sql, type Insertable } from 'kysely'
import type { Db } from '../connect.ts'
import type { OpinionReportTable } from '../database.ts'
import { dialectOf, insertMany, type BulkColumn } from '../dialect.ts'
import { REPORT_COLUMNS, REPORT_INSERT } from './opinion.repo.ts'

const INSERT_PG: BulkColumn[] = [...REPORT_INSERT, { name: 'search_tsv', pg: 'tsvector' }]

/**
 * The text of the tsvector `caunoi_words_tsvector(searchText)` makes (migration 0004): every word of [a-z0-9]
 * with its position among the space-separated words (1-based, at most 16 383), in order. The words need no
 * quotes (only [a-z0-9]); PostgreSQL's cast sorts, merges and limits the positions exactly as it does for the
 * function's own text.
 */
export function searchVectorText(searchText: string): string {
  const words = searchText.split(' ')
  let out = ''
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!
    if (w.length > 0 && isWord(w)) out += `${out ? ' ' : ''}${w}:${Math.min(i + 1, 16383)}`
  }
  return out
}

/** Only a–z and 0–9 (the function's `w ~ '^[a-z0-9]+$'`), without a regular expression per word. */
function isWord(w: string): boolean {
  for (let j = 0; j < w.length; j++) {
    const c = w.charCodeAt(j)
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false
  }
  return true
}

/**
 * Inserts new records. On PostgreSQL with their search vector built here from `search_text` (the trigger of
 * migration 0007 keeps a given vector), which costs the server a cast instead of `caunoi_words_tsvector`.
 */
export async function insertOpinionRowsBulk(db: Db, rows: Insertable<OpinionReportTable>[]) {
  if (dialectOf(db) === 'postgres') {
    await insertMany(db, 'opinion_report', INSERT_PG, rows.map((r) => [...REPORT_COLUMNS.map((c) => r[c]), searchVectorText(r.search_text)]))
  } else {
    await insertMany(db, 'opinion_report', REPORT_INSERT, rows.map((r) => REPORT_COLUMNS.map((c) => r[c])))
  }
}

/**
 * PostgreSQL: for the rest of the import's transaction, new search-index entries gather in a pending list of up to
 * 64 MB instead of the default 4 MB, so the GIN index merges them into its tree once per import
 * (`flushSearchPendingList`) instead of every few hundred records. No-op on SQLite.
 */
export async function widenSearchPendingList(db: Db) {
  if (dialectOf(db) === 'postgres') await sql`set local gin_pending_list_limit = '64MB'`.execute(db)
}

/**
 * PostgreSQL: merges the search index's pending list into its tree, in bulk, before the import commits, so that no
 * search scans a long pending list and the next single write does not pay for the import's merge. No-op on SQLite.
 */
export async function flushSearchPendingList(db: Db) {
  if (dialectOf(db) === 'postgres') await sql`select gin_clean_pending_list('opinion_report_search_idx'::regclass)`.execute(db)
}

/** The tables a bulk import writes to, whose planner statistics it keeps fresh. */
export const IMPORTED_TABLES = ['opinion_report', 'opinion_stream', 'stream_topic', 'stream_group', 'opinion_rollup_daily', 'opinion_rollup_scope'] as const

/**
 * PostgreSQL: which of these tables changed by more than half their size (plus 1 000 rows) since their statistics
 * were last gathered, counting `justWritten` rows a transaction has just committed (the server's change counters
 * lag by up to a second) — autovacuum's own rule with a wider margin, since a server may run without autovacuum and
 * a planner that still sees an empty table picks plans that read every row. Always none on SQLite (no statistics
 * unless ANALYZE is run, and the queries are planned for that).
 */
export async function tablesWithStaleStatistics(db: Db, tables: readonly string[], justWritten: number): Promise<string[]> {
  if (dialectOf(db) !== 'postgres') return []
  const { rows } = await sql<{ relname: string }>`select s.relname from pg_stat_user_tables s join pg_class c on c.oid = s.relid
    where s.schemaname = current_schema() and s.relname in (${sql.join(tables)})
      and s.n_mod_since_analyze + ${justWritten}::bigint > 1000 + 0.5 * greatest(c.reltuples, 0)`.execute(db)
  return rows.map((r) => r.relname)
}

/** PostgreSQL: gathers planner statistics of these tables (a sample: about the same time at any size). */
export async function analyzeTables(db: Db, tables: readonly string[]) {
  if (tables.length === 0 || dialectOf(db) !== 'postgres') return
  await sql`analyze ${sql.join(tables.map((t) => sql.id(t)))}`.execute(db)
}
