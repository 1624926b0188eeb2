/** Runs of background jobs, one row per run key ("referral-reminders:2026-11-20"): what makes a job run once. */
import type { Insertable, Updateable } from 'kysely'
import type { Db } from '../connect.ts'
import type { JobRunTable } from '../database.ts'

export function getJobRun(db: Db, runKey: string) {
  return db.selectFrom('job_run').selectAll().where('run_key', '=', runKey).executeTakeFirst()
}

export function insertJobRun(db: Db, row: Insertable<JobRunTable>) {
  return db.insertInto('job_run').values(row).execute()
}

export function updateJobRun(db: Db, runKey: string, patch: Updateable<JobRunTable>) {
  return db.updateTable('job_run').set(patch).where('run_key', '=', runKey).execute()
}

/** The latest runs of a job, newest first. */
export function listJobRuns(db: Db, name: string, limit: number) {
  return db.selectFrom('job_run').selectAll().where('name', '=', name).orderBy('started_at', 'desc').limit(limit).execute()
}
