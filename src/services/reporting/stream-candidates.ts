/** The opinion streams a report may cite: records of the unit's subtree heard in the period, optionally matching words. */
import { findPeriodsByIds } from '../../db/repos/report-period.repo.ts'
import { listCandidateStreams, listStreamTopics } from '../../db/repos/report-stats.repo.ts'
import type { StreamCandidate } from '../../shared/report.schema.ts'
import { fold } from '../../text/fold.ts'
import type { ServiceContext } from '../context.ts'
import { findReportFor } from './report-access.ts'

export async function listStreamCandidates(ctx: ServiceContext, input: { reportId: string; q?: string; limit: number }): Promise<StreamCandidate[]> {
  const row = await findReportFor(ctx, 'read', input.reportId)
  const [period] = await findPeriodsByIds(ctx.db, [row.period_id])
  const q = input.q ? fold(input.q).trim() : ''
  const streams = await listCandidateStreams(ctx.db, { unitPath: row.unit_path, from: period!.from_day, to: period!.to_day }, q || null, input.limit)
  const topics = new Map<string, string[]>()
  for (const t of await listStreamTopics(ctx.db, streams.map((s) => s.id))) topics.set(t.stream_id, [...(topics.get(t.stream_id) ?? []), t.topic])
  return streams.map((s) => ({
    id: s.id, summary: s.summary, topics: (topics.get(s.id) ?? []).sort(), direction: s.direction,
    recordId: s.record_id, recordTitle: s.record_title, heardOn: s.heard_on, unitId: s.unit_id,
  }))
}
