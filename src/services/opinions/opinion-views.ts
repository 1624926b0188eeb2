/** Opinion records as the API shows them: unit, area, author, streams with topics, groups and issue, attachments, hasContact. */
import type { Selectable } from 'kysely'
import type { Db } from '../../db/connect.ts'
import type { OpinionReportTable } from '../../db/database.ts'
import {
  listAreasByIds, listGroupsOfStreams, listIssuesByIds, listStreamsOfReports, listTopicsOfStreams, listUnitsByIds, listUsersByIds,
} from '../../db/repos/opinion.repo.ts'
import { listAttachmentsOfReports } from '../../db/repos/attachment.repo.ts'
import { reportIdsWithContact } from '../../db/repos/contact.repo.ts'
import type { OpinionView, StreamView } from '../../shared/opinion.schema.ts'

export type OpinionRow = Selectable<OpinionReportTable>

/** Groups rows by a key, keeping order. */
export function groupBy<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const r of rows) {
    const k = key(r)
    const list = out.get(k)
    if (list) list.push(r)
    else out.set(k, [r])
  }
  return out
}

/** Streams of the given records with topics, groups and linked issue, by record id. */
export async function loadStreamViews(db: Db, reportIds: string[]): Promise<Map<string, StreamView[]>> {
  const streams = await listStreamsOfReports(db, reportIds)
  const ids = streams.map((s) => s.id)
  const [topics, groups, issues] = await Promise.all([
    listTopicsOfStreams(db, ids),
    listGroupsOfStreams(db, ids),
    listIssuesByIds(db, [...new Set(streams.map((s) => s.issue_id).filter((i): i is string => !!i))]),
  ])
  const topicsOf = groupBy(topics, (t) => t.stream_id)
  const groupsOf = groupBy(groups, (g) => g.stream_id)
  const issueById = new Map(issues.map((i) => [i.id, i]))
  const out = new Map<string, StreamView[]>()
  for (const s of streams) {
    const issue = s.issue_id ? issueById.get(s.issue_id) : undefined
    const view: StreamView = {
      id: s.id, position: s.position, summary: s.summary,
      topics: (topicsOf.get(s.id) ?? []).map((t) => t.topic).sort(),
      direction: s.direction, intensity: s.intensity, breadth: s.breadth,
      groups: (groupsOf.get(s.id) ?? []).map((g) => g.grp).sort(),
      latent: s.latent === 1, hotSpot: s.hot_spot === 1, proposedHandling: s.proposed_handling,
      issue: issue ? { id: issue.id, title: issue.title, status: issue.status } : null,
    }
    const list = out.get(s.report_id)
    if (list) list.push(view)
    else out.set(s.report_id, [view])
  }
  return out
}

/** Views of records, in the order given, with everything they show in a few batched queries. */
export async function toOpinionViews(db: Db, rows: OpinionRow[]): Promise<OpinionView[]> {
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const [streams, units, areas, users, attachments, withContact] = await Promise.all([
    loadStreamViews(db, ids),
    listUnitsByIds(db, [...new Set(rows.map((r) => r.unit_id))]),
    listAreasByIds(db, [...new Set(rows.map((r) => r.area_id).filter((a): a is string => !!a))]),
    listUsersByIds(db, [...new Set(rows.map((r) => r.entered_by).filter((u): u is string => !!u))]),
    listAttachmentsOfReports(db, ids),
    reportIdsWithContact(db, ids),
  ])
  const unitById = new Map(units.map((u) => [u.id, u]))
  const areaById = new Map(areas.map((a) => [a.id, a]))
  const userById = new Map(users.map((u) => [u.id, u]))
  const attachmentsOf = groupBy(attachments, (a) => a.report_id)
  return rows.map((r) => {
    const unit = unitById.get(r.unit_id)
    const area = r.area_id ? areaById.get(r.area_id) : undefined
    const user = r.entered_by ? userById.get(r.entered_by) : undefined
    return {
      id: r.id, clientId: r.client_id, externalId: r.external_id, channel: r.channel,
      unit: { id: r.unit_id, code: unit?.code ?? '', name: unit?.name ?? '' },
      area: area ? { id: area.id, code: area.code, name: area.name } : null,
      meetingId: r.meeting_id,
      enteredBy: user ? { id: user.id, username: user.username, fullName: user.full_name } : null,
      heardOn: r.heard_on, title: r.title, content: r.content,
      streams: streams.get(r.id) ?? [],
      attachments: (attachmentsOf.get(r.id) ?? []).map((a) => ({ id: a.id, filename: a.filename, mime: a.mime, size: Number(a.size) })),
      hasContact: withContact.has(r.id),
      createdAt: r.created_at, updatedAt: r.updated_at, version: Number(r.version),
    }
  })
}
