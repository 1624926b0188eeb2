/**
 * Exports read every matching record newest first, a page at a time after a (heard_on, id) key. With an index on
 * heard_on alone, each page scanned the whole index and sorted by id (SQLite: `SCAN … USE TEMP B-TREE FOR LAST
 * TERM OF ORDER BY`), so an export cost pages × records. The index on (heard_on, id) serves the key and the order;
 * it also serves everything the index on heard_on alone served, which it replaces (no extra index on writes).
 */
import { sql, type Kysely } from 'kysely'
import type { DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, _dialect: DialectName) {
  await sql`create index opinion_report_heard_id_idx on opinion_report (heard_on, id)`.execute(db)
  await sql`drop index opinion_report_heard_idx`.execute(db)
}
