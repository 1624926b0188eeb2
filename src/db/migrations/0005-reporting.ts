/**
 * The reporting cycle (kỳ báo cáo, báo cáo): periods, unit and ward reports with their versions, extensions granted
 * by the board, the log of reminders/overdue notices/escalations, and the document number counters (số văn bản,
 * Hướng dẫn 36-HD/VPTW: a sequence per issuing body and document type that restarts each Party-committee term).
 * See docs/dev/reporting-contract.md for how they are used.
 */
import type { Kysely } from 'kysely'
import type { DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, _dialect: DialectName) {
  await db.schema
    .createTable('report_period')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** month | half | year | ad_hoc (src/domain/reporting/periods.ts) */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** "2026-11", "2026-H1", "2026", or for ad hoc "A:<from>..<to>:<short id>" */
    .addColumn('key', 'text', (c) => c.notNull().unique())
    /** first and last local day, both inclusive (YYYY-MM-DD, Asia/Ho_Chi_Minh) */
    .addColumn('from_day', 'text', (c) => c.notNull())
    .addColumn('to_day', 'text', (c) => c.notNull())
    /** ad hoc periods belong to the unit whose board asked for them (báo cáo nhanh); null for calendar periods */
    .addColumn('owner_unit_id', 'text', (c) => c.references('unit.id'))
    /** ad hoc subject ("Báo cáo nhanh về vụ việc …"); null for calendar periods */
    .addColumn('title', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('report_period_kind_idx').on('report_period').columns(['kind', 'from_day']).execute()

  await db.schema
    .createTable('report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().references('report_period.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    /** copy of the unit's path for scope filters (kept in step on unit moves like opinion_report.unit_path) */
    .addColumn('unit_path', 'text', (c) => c.notNull())
    /** unit (a cell's or organisation's report) | ward (the board's consolidated report) */
    .addColumn('level', 'text', (c) => c.notNull())
    /** unit: draft | submitted | returned | accepted; ward: draft | approved */
    .addColumn('status', 'text', (c) => c.notNull())
    /** starts at 1, +1 on every change; every version is kept in report_version */
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    /** trích yếu: the one-line summary under the type name */
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    /** JSON [{ code, title, body, streamIds }] in template order (see the contract) */
    .addColumn('sections_json', 'text', (c) => c.notNull())
    /** JSON statistics filled in automatically (see the contract); null until first computed */
    .addColumn('stats_json', 'text')
    .addColumn('stats_refreshed_at', 'text')
    /** first submission instant (ISO UTC) and whether it was late against the (extended) deadline */
    .addColumn('submitted_at', 'text')
    .addColumn('last_submitted_at', 'text')
    .addColumn('is_late', 'integer', (c) => c.notNull().defaultTo(0))
    /** the board's last return comment (góp ý) and who returned/accepted when */
    .addColumn('review_comment', 'text')
    .addColumn('reviewed_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('reviewed_at', 'text')
    /** ward reports: approval by a leader gives the number */
    .addColumn('approved_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('approved_at', 'text')
    /** document type abbreviation (BC = báo cáo) and the number given at approval: 7 → "Số 07-BC/ĐU" */
    .addColumn('doc_type', 'text', (c) => c.notNull().defaultTo('BC'))
    .addColumn('number_seq', 'integer')
    .addColumn('number_text', 'text')
    /** the Party-committee term (its start day) the number belongs to */
    .addColumn('term_start', 'text')
    /** the local day printed in "…, ngày DD tháng MM năm YYYY" (set at approval/submission; editable before) */
    .addColumn('issued_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('report_period_unit_level_uq').on('report').columns(['period_id', 'unit_id', 'level']).unique().execute()
  await db.schema.createIndex('report_unit_path_idx').on('report').columns(['unit_path', 'period_id']).execute()

  await db.schema
    .createTable('report_version')
    .addColumn('report_id', 'text', (c) => c.notNull().references('report.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    /** the action that made this version: create | save | refresh_stats | submit | return | accept | redraft | approve */
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    /** JSON { summary, sections, stats } as they were after the action */
    .addColumn('snapshot_json', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('actor_id', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_version_pk', ['report_id', 'version'])
    .execute()

  await db.schema
    .createTable('report_extension')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().references('report_period.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('unit_path', 'text', (c) => c.notNull())
    /** the new deadline instant (ISO UTC); the latest grant for a period and unit applies */
    .addColumn('until_at', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('granted_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('report_extension_period_unit_idx').on('report_extension').columns(['period_id', 'unit_id', 'created_at']).execute()

  await db.schema
    .createTable('report_notice')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** Notice.key from src/domain/reporting/deadlines.ts + ":" + recipient + ":" + channel: sent once */
    .addColumn('dedup_key', 'text', (c) => c.notNull().unique())
    .addColumn('period_id', 'text', (c) => c.notNull().references('report_period.id'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('unit_path', 'text', (c) => c.notNull())
    /** reminder | overdue | escalation */
    .addColumn('kind', 'text', (c) => c.notNull())
    /** the local day the notice was computed for */
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('recipient_user_id', 'text', (c) => c.references('app_user.id'))
    /** in_app | email */
    .addColumn('channel', 'text', (c) => c.notNull())
    /** sent | failed | no_recipient */
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('report_notice_period_idx').on('report_notice').columns(['period_id', 'unit_path']).execute()

  await db.schema
    .createTable('doc_number_counter')
    /** the issuing unit (the ward's Đảng bộ) */
    .addColumn('issuer_unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('doc_type', 'text', (c) => c.notNull())
    .addColumn('term_start', 'text', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_number_counter_pk', ['issuer_unit_id', 'doc_type', 'term_start'])
    .execute()
}
