/**
 * Runs a job's work at most once per run key ("referral-reminders:2026-11-20"): the work and its job_run row commit
 * together, so a run that fails leaves nothing behind and is tried again next time, while a second run of the same
 * key (a restart the same morning, another server process) finds the row and does nothing. `force` runs again; the
 * work's own writes must then be idempotent (notifications carry dedup keys).
 */
import { getJobRun, insertJobRun, updateJobRun } from '../db/repos/job-run.repo.ts'
import type { ServiceContext } from '../services/context.ts'

export type JobOutcome<T> = { name: string; runKey: string; skipped: boolean; result: T | null }

export async function runOnce<T>(
  ctx: ServiceContext,
  spec: { name: string; runKey: string; force?: boolean },
  work: (trx: ServiceContext['db']) => Promise<T>,
  clock: () => Date = () => new Date(),
): Promise<JobOutcome<T>> {
  const skipped = (row: { result_json: string | null }): JobOutcome<T> => ({ name: spec.name, runKey: spec.runKey, skipped: true, result: row.result_json ? JSON.parse(row.result_json) : null })
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const existing = await getJobRun(trx, spec.runKey)
      if (existing && !spec.force) return skipped(existing)
      const started = clock().toISOString()
      if (existing) await updateJobRun(trx, spec.runKey, { started_at: started, finished_at: null })
      else await insertJobRun(trx, { run_key: spec.runKey, name: spec.name, started_at: started, finished_at: null, result_json: null })
      const result = await work(trx)
      await updateJobRun(trx, spec.runKey, { finished_at: clock().toISOString(), result_json: JSON.stringify(result) })
      return { name: spec.name, runKey: spec.runKey, skipped: false, result }
    })
  } catch (e) {
    // another process claimed the same key meanwhile: its run stands, ours is the duplicate
    const other = spec.force ? undefined : await getJobRun(ctx.db, spec.runKey)
    if (other) return skipped(other)
    throw e
  }
}
