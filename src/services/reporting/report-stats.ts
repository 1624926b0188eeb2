/**
 * The statistics of a report (report.stats_json, see the contract): records and streams of the unit's subtree heard
 * in the period; streams by topic × direction from the daily roll-up, records by channel counted from the records.
 * Every figure can be traced through the opinion list with the same from/to/unitId (and topic/direction) filters.
 */
import type { Db } from '../../db/connect.ts'
import { countRecordsByChannel, sumStreams, sumStreamsByTopicDirection } from '../../db/repos/report-stats.repo.ts'
import type { ReportStats } from '../../shared/report.schema.ts'

/** Computes the statistics of a unit's subtree (`unit.path`) over a period's days. */
export async function computeReportStats(db: Db, unit: { id: string; path: string }, period: { from: string; to: string }): Promise<ReportStats> {
  const w = { unitPath: unit.path, from: period.from, to: period.to }
  const [channels, topicDirection, streams] = await Promise.all([countRecordsByChannel(db, w), sumStreamsByTopicDirection(db, w), sumStreams(db, w)])
  const byChannel = channels.map((c) => ({ channel: c.channel, count: Number(c.n) })).filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel))
  const byTopicDirection = topicDirection.map((r) => ({ topic: r.topic, direction: r.direction, count: Number(r.n) })).filter((r) => r.count > 0)
    .sort((a, b) => b.count - a.count || a.topic.localeCompare(b.topic) || a.direction.localeCompare(b.direction))
  return {
    total: byChannel.reduce((s, c) => s + c.count, 0),
    streams,
    byTopicDirection,
    byChannel,
    from: period.from,
    to: period.to,
    unitId: unit.id,
  }
}
