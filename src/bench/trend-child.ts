/**
 * The trend job in its own process, run again and again until SIGTERM: the load on the database and the CPU while
 * the dashboard is measured "while the job runs" (issue #7: dashboard p97.5 rises ≤ 20 %). Prints "READY" once the
 * database is open, then "RUNS <n>" when stopped.
 */
import { loadConfig } from '../config.ts'
import { SYSTEM_ACTOR } from '../domain/policy.ts'
import { openDatabase } from '../runtime.ts'
import { runTrendJob } from './steps/jobs.ts'

const config = loadConfig(process.env, { demo: false })
const conn = await openDatabase(config, { migrate: false })
const ctx = { db: conn.db, dialect: conn.dialect, actor: SYSTEM_ACTOR, now: new Date('2026-11-24T05:00:00Z'), ip: null, config }
let stopping = false
let runs = 0
process.on('SIGTERM', () => {
  stopping = true
})
console.log('READY')
while (!stopping) {
  await runTrendJob(ctx)
  runs++
  // better-sqlite3 answers synchronously: without a turn of the event loop the signal would never be seen
  await new Promise((resolve) => setImmediate(resolve))
}
await conn.close()
console.log(`RUNS ${runs}`)
