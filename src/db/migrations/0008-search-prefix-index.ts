/**
 * SQLite only: FTS5 prefix indexes for prefixes of 2 to 6 letters (the last word typed is searched as a prefix).
 * Without them FTS5 answers `"tr"*` by merging the whole doclist of every word starting with "tr" before
 * returning its first row, whatever the LIMIT: 25 ms of CPU at 50 000 records, growing with the records (the
 * search ranks only the newest matches, which the index reads from the end, see listSearchCandidates). With them a
 * prefix of up to 6 letters reads like a single word (0.5–1 ms). Longer prefixes, rare among Vietnamese
 * syllables, still merge. Costs about 45 µs of CPU per record written (the FTS table rebuilt: 1.3 → 3.5 s per
 * 50 000 records). The table is recreated with the same name, columns and docids; the triggers of migration
 * 0004 name it and keep working. PostgreSQL's GIN index answers prefixes with a range scan of its keys already.
 */
import { sql, type Kysely } from 'kysely'
import type { DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, dialect: DialectName) {
  if (dialect !== 'sqlite') return
  await sql`drop table opinion_fts`.execute(db)
  await sql`create virtual table opinion_fts using fts5(search_text, content='', contentless_delete=1, tokenize='unicode61', prefix='2 3 4 5 6')`.execute(db)
  await sql`insert into opinion_fts (rowid, search_text) select d.docid, r.search_text from opinion_fts_doc d join opinion_report r on r.id = d.report_id`.execute(db)
}
