/**
 * PostgreSQL only: cheaper storage of new opinion records' long values (issue #7, bulk ingest). A bench record's
 * row is about 2.4 kB (title, content, folded search_text, search_tsv), above the 2 kB at which PostgreSQL
 * compresses a row's long values, so every insert ran pglz over them. lz4 compresses the three text columns for a
 * fraction of pglz's CPU (and decompresses faster on every read); the search vector (word positions, which pglz
 * rarely shrinks) is stored without a compression attempt (`external`: still moved out of line when the row is
 * long). By backend CPU, inserting 5 000 bench records into opinion_report after 20 000 fell from about 1.0 to
 * 0.8 s (bench/README.md "Ingest on PostgreSQL: what the server spends"). Rows already stored keep their
 * compression (both are read alike); only new values use the new settings. Nothing changes where the server was
 * built without lz4 (the text columns then stay pglz).
 */
import { sql, type Kysely } from 'kysely'
import type { DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, dialect: DialectName) {
  if (dialect !== 'postgres') return
  const lz4 = (await sql<{ ok: boolean }>`select 'lz4' = any(enumvals) as ok from pg_settings where name = 'default_toast_compression'`.execute(db)).rows[0]?.ok
  if (lz4) {
    for (const column of ['title', 'content', 'search_text']) await sql.raw(`alter table opinion_report alter column ${column} set compression lz4`).execute(db)
  }
  await sql`alter table opinion_report alter column search_tsv set storage external`.execute(db)
}
