/**
 * Background jobs in the server process: each runs on its schedule in Asia/Ho_Chi_Minh and once at start (so a
 * server started after 07:00 still sends today's reminders). Runs are idempotent through the job_run table, so
 * several server processes, or a restart, do not repeat a run. Add a job by adding a line to JOBS.
 */
import { Cron } from 'croner'
import type { AppConfig } from '../config.ts'
import type { Connection } from '../db/connect.ts'
import { LOCAL_TZ } from '../domain/time.ts'
import { systemContext } from '../runtime.ts'
import type { ServiceContext } from '../services/context.ts'
import { REFERRAL_REMINDERS, runReferralReminders } from './referral-reminder.job.ts'
import { REPORT_NOTICES, runReportNotices } from './report-notices.job.ts'

export type JobOptions = { day?: string; force?: boolean }
export type ScheduledJob = {
  name: string
  /** cron pattern in Asia/Ho_Chi_Minh */
  schedule: string
  run(ctx: ServiceContext, opts?: JobOptions): Promise<unknown>
}

export const JOBS: ScheduledJob[] = [
  { name: REFERRAL_REMINDERS, schedule: '0 7 * * *', run: runReferralReminders },
  { name: REPORT_NOTICES, schedule: '0 7 * * *', run: runReportNotices },
]

/** Starts every job's schedule and a first run of each; `stop()` ends the schedules (a run under way finishes). */
export function startScheduler(conn: Connection, config: AppConfig, log: (line: string) => void = console.log): { stop(): void } {
  const tick = async (job: ScheduledJob) => {
    try {
      const outcome = await job.run(systemContext(conn, config))
      log(`[jobs] ${job.name}: ${JSON.stringify(outcome)}`)
    } catch (e) {
      log(`[jobs] ${job.name} failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`)
    }
  }
  // protect: a run still going when the next is due is not started twice
  const crons = JOBS.map((job) => new Cron(job.schedule, { timezone: LOCAL_TZ, protect: true }, () => tick(job)))
  for (const job of JOBS) void tick(job)
  return { stop: () => crons.forEach((c) => c.stop()) }
}
