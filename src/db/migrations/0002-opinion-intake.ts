/**
 * Opinion intake: records (phiếu thông tin DLXH) with their streams (luồng ý kiến), the restricted contact
 * store, attachments, collaborators with allowances, monthly topics to watch, issues with referrals and a
 * timeline, voter meetings, and key-value settings.
 */
import { sql, type Kysely } from 'kysely'
import { autoIncrementType, type DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, dialect: DialectName) {
  const pathIndex = async (name: string, table: string, cols: string) => {
    // subtree scans are `unit_path like '/a/b/%'`; PostgreSQL needs text_pattern_ops for that
    if (dialect === 'postgres') await sql.raw(`create index ${name} on ${table} (${cols.replace('unit_path', 'unit_path text_pattern_ops')})`).execute(db)
    else await sql.raw(`create index ${name} on ${table} (${cols})`).execute(db)
  }

  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute()

  await db.schema
    .createTable('voter_meeting')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.references('area.id'))
    /** names of the delegates present, one per line */
    .addColumn('delegates', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('attendance', 'integer')
    .addColumn('notes', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await pathIndex('voter_meeting_path_idx', 'voter_meeting', 'unit_path, held_on')

  await db.schema
    .createTable('opinion_report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** id made by the phone that recorded it offline: a repeat send is the same record */
    .addColumn('client_id', 'text', (c) => c.unique())
    /** key of an imported row (with the unit): re-imports add nothing */
    .addColumn('external_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    /** the unit's path, kept current when units move, so scoped reads need no join */
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text', (c) => c.references('area.id'))
    .addColumn('meeting_id', 'text', (c) => c.references('voter_meeting.id'))
    .addColumn('entered_by', 'text', (c) => c.references('app_user.id'))
    /** the local day the opinion was heard (YYYY-MM-DD) */
    .addColumn('heard_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    /** folded title and content ("Uỷ ban" → "uy ban"), what search matches */
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('opinion_report_external_unique', ['unit_id', 'external_id'])
    .execute()
  await pathIndex('opinion_report_path_idx', 'opinion_report', 'unit_path, heard_on')
  await db.schema.createIndex('opinion_report_heard_idx').on('opinion_report').column('heard_on').execute()
  await db.schema.createIndex('opinion_report_entered_idx').on('opinion_report').columns(['entered_by', 'heard_on']).execute()
  await db.schema.createIndex('opinion_report_meeting_idx').on('opinion_report').column('meeting_id').execute()

  await db.schema
    .createTable('issue')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('hot_spot', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('answer_text', 'text')
    /** may the answer be published to the people? */
    .addColumn('answer_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('answered_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await pathIndex('issue_path_idx', 'issue', 'unit_path, status')

  await db.schema
    .createTable('opinion_stream')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('opinion_report.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('intensity', 'text', (c) => c.notNull())
    .addColumn('breadth', 'text', (c) => c.notNull())
    .addColumn('latent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('hot_spot', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('proposed_handling', 'text')
    .addColumn('issue_id', 'text', (c) => c.references('issue.id'))
    .execute()
  await db.schema.createIndex('opinion_stream_report_idx').on('opinion_stream').column('report_id').execute()
  await db.schema.createIndex('opinion_stream_issue_idx').on('opinion_stream').column('issue_id').execute()

  await db.schema
    .createTable('stream_topic')
    .addColumn('stream_id', 'text', (c) => c.notNull().references('opinion_stream.id').onDelete('cascade'))
    .addColumn('topic', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stream_topic_pk', ['stream_id', 'topic'])
    .execute()
  await db.schema.createIndex('stream_topic_topic_idx').on('stream_topic').columns(['topic', 'stream_id']).execute()
  await db.schema
    .createTable('stream_group')
    .addColumn('stream_id', 'text', (c) => c.notNull().references('opinion_stream.id').onDelete('cascade'))
    .addColumn('grp', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stream_group_pk', ['stream_id', 'grp'])
    .execute()
  await db.schema.createIndex('stream_group_grp_idx').on('stream_group').columns(['grp', 'stream_id']).execute()

  // names and contacts of citizens who must get an answer: read only by focal and admin, every read audited
  await db.schema
    .createTable('opinion_contact')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('opinion_report.id').onDelete('cascade'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('address', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    /** the local day after which `caunoi privacy purge` deletes it */
    .addColumn('delete_after', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('opinion_contact_report_idx').on('opinion_contact').column('report_id').execute()
  await db.schema.createIndex('opinion_contact_delete_idx').on('opinion_contact').column('delete_after').execute()

  await db.schema
    .createTable('attachment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('opinion_report.id').onDelete('cascade'))
    /** SHA-256 of the stored bytes: the file's name under <data>/attachments/ */
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('attachment_report_idx').on('attachment').column('report_id').execute()

  await db.schema
    .createTable('referral')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issue_id', 'text', (c) => c.notNull().references('issue.id').onDelete('cascade'))
    .addColumn('to_unit_id', 'text', (c) => c.references('unit.id'))
    /** an agency outside the tree ("Phòng Tài nguyên và Môi trường") */
    .addColumn('to_agency', 'text')
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('last_reminded_on', 'text')
    .execute()
  await db.schema.createIndex('referral_issue_idx').on('referral').column('issue_id').execute()
  await db.schema.createIndex('referral_due_idx').on('referral').columns(['status', 'due_on']).execute()

  await db.schema
    .createTable('issue_event')
    .addColumn('id', autoIncrementType(dialect), (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
    .addColumn('issue_id', 'text', (c) => c.notNull().references('issue.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('details_json', 'text')
    .execute()
  await db.schema.createIndex('issue_event_issue_idx').on('issue_event').columns(['issue_id', 'at']).execute()

  await db.schema
    .createTable('collaborator')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** the account the collaborator signs in with, if any */
    .addColumn('user_id', 'text', (c) => c.unique().references('app_user.id'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('unit_path', 'text', (c) => c.notNull())
    .addColumn('decision_no', 'text')
    .addColumn('decision_on', 'text')
    .addColumn('contract_from', 'text')
    .addColumn('contract_to', 'text')
    /** 'fixed' (amount in đồng) or 'coefficient' (× mức lương cơ sở) */
    .addColumn('allowance_kind', 'text', (c) => c.notNull())
    .addColumn('allowance_amount', 'integer')
    .addColumn('allowance_coefficient', 'real')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await pathIndex('collaborator_path_idx', 'collaborator', 'unit_path')
  await db.schema
    .createTable('collaborator_area')
    .addColumn('collaborator_id', 'text', (c) => c.notNull().references('collaborator.id').onDelete('cascade'))
    .addColumn('area_id', 'text', (c) => c.notNull().references('area.id'))
    .addPrimaryKeyConstraint('collaborator_area_pk', ['collaborator_id', 'area_id'])
    .execute()
  await db.schema
    .createTable('collaborator_group')
    .addColumn('collaborator_id', 'text', (c) => c.notNull().references('collaborator.id').onDelete('cascade'))
    .addColumn('grp', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('collaborator_group_pk', ['collaborator_id', 'grp'])
    .execute()

  // mức lương cơ sở with its effective day; the allowance of a month uses the level in force on its first day
  await db.schema
    .createTable('base_salary')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('effective_from', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('watch_topic')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id'))
    .addColumn('unit_path', 'text', (c) => c.notNull())
    /** YYYY-MM */
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    /** topic codes separated by ";" */
    .addColumn('topics', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await pathIndex('watch_topic_path_idx', 'watch_topic', 'unit_path, month')
}
