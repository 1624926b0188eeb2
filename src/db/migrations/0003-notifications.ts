/**
 * In-app notifications and runs of background jobs, both generic (referral reminders now, monthly report deadlines
 * next); and the answer a referral got, kept on the referral itself so an issue referred to two units keeps both.
 */
import type { Kysely } from 'kysely'
import type { DialectName } from '../dialect.ts'

export async function up(db: Kysely<any>, _dialect: DialectName) {
  await db.schema
    .createTable('notification')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    /** what it is about ("referral_due_soon", "referral_answered", …); the UI may pick an icon by it */
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
    /** where the web app opens it ("/issues/<id>") */
    .addColumn('link', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    /** the same key is the same notification: a job run twice adds nothing */
    .addColumn('dedup_key', 'text', (c) => c.unique())
    .execute()
  await db.schema.createIndex('notification_user_idx').on('notification').columns(['user_id', 'created_at']).execute()

  await db.schema
    .createTable('job_run')
    /** the job and its period ("referral-reminders:2026-11-20"): one run per key */
    .addColumn('run_key', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('result_json', 'text')
    .execute()
  await db.schema.createIndex('job_run_name_idx').on('job_run').columns(['name', 'started_at']).execute()

  await db.schema.alterTable('referral').addColumn('answer_text', 'text').execute()
  await db.schema.alterTable('referral').addColumn('answer_public', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.alterTable('referral').addColumn('answered_by', 'text', (c) => c.references('app_user.id')).execute()
}
