/**
 * PostgreSQL only: `opinion_report.search_tsv` becomes a plain column kept by a trigger instead of a generated one,
 * so that a bulk insert may bring the vector it built from the same words (see `searchVectorText` in
 * `repos/opinion-bulk.repo.ts`): building it in SQL (`caunoi_words_tsvector`, one unnest and string_agg per row)
 * was about a third of the server's CPU time of an import. The trigger fills it for every other insert and
 * recomputes it on every update that touches either column, with the same function as before, so the stored
 * vectors and the search results stay the same. The vectors already stored are kept as they are.
 */
import { sql, type Kysely } from 'kysely'
import type { DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, dialect: DialectName) {
  if (dialect !== 'postgres') return
  await sql`alter table opinion_report alter column search_tsv drop expression`.execute(db)
  await sql`create function caunoi_report_search_tsv() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        if new.search_tsv is null then new.search_tsv := caunoi_words_tsvector(new.search_text); end if;
      elsif new.search_text is distinct from old.search_text or new.search_tsv is distinct from old.search_tsv then
        new.search_tsv := caunoi_words_tsvector(new.search_text);
      end if;
      return new;
    end
  $$`.execute(db)
  await sql`create trigger opinion_report_search_tsv before insert or update on opinion_report
    for each row execute function caunoi_report_search_tsv()`.execute(db)
}
