/**
 * Search and trends. Full-text search over the folded `opinion_report.search_text` (words of [a-z0-9] joined by
 * single spaces, see toSearchText): FTS5 on SQLite, a `tsvector` with a GIN index on PostgreSQL, both over exactly
 * the same words. And the daily roll-up of opinion streams by unit, area, topic, direction and channel, kept
 * current by the opinion services in the transaction of every write; both filled here for the rows that exist.
 */
import { sql, type Kysely } from 'kysely'
import type { DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, dialect: DialectName) {
  if (dialect === 'sqlite') {
    // Contentless FTS5 (the text is already in opinion_report) keyed by a docid of our own: external content
    // keyed by opinion_report's implicit rowid would break if VACUUM renumbered those rowids (the table has a
    // text primary key). search_text is folded by the app ("Đường" → "duong"), so unicode61 needs no options.
    await sql`create table opinion_fts_doc (
      docid integer primary key,
      report_id text not null unique references opinion_report(id) on delete cascade
    )`.execute(db)
    await sql`create virtual table opinion_fts using fts5(search_text, content='', contentless_delete=1, tokenize='unicode61')`.execute(db)
    await sql`create trigger opinion_fts_insert after insert on opinion_report begin
      insert into opinion_fts_doc (report_id) values (new.id);
      insert into opinion_fts (rowid, search_text) values ((select docid from opinion_fts_doc where report_id = new.id), new.search_text);
    end`.execute(db)
    await sql`create trigger opinion_fts_update after update of search_text on opinion_report when old.search_text is not new.search_text begin
      delete from opinion_fts where rowid = (select docid from opinion_fts_doc where report_id = old.id);
      insert into opinion_fts (rowid, search_text) values ((select docid from opinion_fts_doc where report_id = new.id), new.search_text);
    end`.execute(db)
    // before the delete: the doc row would otherwise go first through the foreign key's cascade
    await sql`create trigger opinion_fts_delete before delete on opinion_report begin
      delete from opinion_fts where rowid = (select docid from opinion_fts_doc where report_id = old.id);
      delete from opinion_fts_doc where report_id = old.id;
    end`.execute(db)
    await sql`insert into opinion_fts_doc (report_id) select id from opinion_report order by heard_on, id`.execute(db)
    await sql`insert into opinion_fts (rowid, search_text) select d.docid, r.search_text from opinion_fts_doc d join opinion_report r on r.id = d.report_id`.execute(db)
  } else {
    // The words verbatim, with their positions: to_tsvector's parser would read "3e10x" as the number "3e10" and
    // the word "x", where FTS5 sees one word; queries are cast the same way (`'…'::tsquery`), never re-parsed.
    await sql`create function caunoi_words_tsvector(t text) returns tsvector language sql immutable strict parallel safe as $$
      select coalesce(string_agg(quote_literal(w) || ':' || least(n, 16383), ' ')::tsvector, ''::tsvector)
      from unnest(string_to_array(t, ' ')) with ordinality as u(w, n)
      where w ~ '^[a-z0-9]+$'
    $$`.execute(db)
    await sql`alter table opinion_report add column search_tsv tsvector generated always as (caunoi_words_tsvector(search_text)) stored`.execute(db)
    await sql`create index opinion_report_search_idx on opinion_report using gin (search_tsv)`.execute(db)
  }

  await db.schema
    .createTable('opinion_rollup_daily')
    /** the local day the opinions were heard */
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    /** the unit's path, rewritten when units move, so scoped sums need no join */
    .addColumn('unit_path', 'text', (c) => c.notNull())
    /** '' when the record names no area */
    .addColumn('area_id', 'text', (c) => c.notNull())
    /** a topic code, one row per topic of a stream; '*' counts every stream once, whatever its topics */
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    /** number of streams */
    .addColumn('streams', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('opinion_rollup_daily_pk', ['day', 'unit_id', 'area_id', 'topic', 'direction', 'channel'])
    .execute()
  if (dialect === 'postgres') await sql`create index opinion_rollup_daily_path_idx on opinion_rollup_daily (unit_path text_pattern_ops, day)`.execute(db)
  else await sql`create index opinion_rollup_daily_path_idx on opinion_rollup_daily (unit_path, day)`.execute(db)

  // the streams already recorded
  await sql`insert into opinion_rollup_daily (day, unit_id, unit_path, area_id, topic, direction, channel, streams)
    select r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), st.topic, s.direction, r.channel, count(*)
    from opinion_report r join opinion_stream s on s.report_id = r.id join stream_topic st on st.stream_id = s.id
    group by r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), st.topic, s.direction, r.channel`.execute(db)
  await sql`insert into opinion_rollup_daily (day, unit_id, unit_path, area_id, topic, direction, channel, streams)
    select r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), '*', s.direction, r.channel, count(*)
    from opinion_report r join opinion_stream s on s.report_id = r.id
    group by r.heard_on, r.unit_id, r.unit_path, coalesce(r.area_id, ''), s.direction, r.channel`.execute(db)
}
