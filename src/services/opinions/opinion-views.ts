/** Opinion records as the API shows them: unit, area, author, streams with topics, groups and issue, attachments, hasContact. */
import type { Selectable } from 'kysely'
import type { Db } from '../../db/connect.ts'
import type { OpinionReportTable, OpinionStreamTable } from '../../db/database.ts'
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

type StreamRow = Pick<Selectable<OpinionStreamTable>, 'id' | 'position' | 'summary' | 'direction' | 'intensity' | 'breadth' | 'latent' | 'hot_spot' | 'proposed_handling'>
type IssueRef = { id: string; title: string; status: string }

/** A stream as the API shows it, from its row, its topic and group codes and its linked issue. */
export function streamViewOf(s: StreamRow, topics: string[], groups: string[], issue: IssueRef | undefined): StreamView {
  return {
    id: s.id, position: s.position, summary: s.summary, topics: [...topics].sort(),
    direction: s.direction, intensity: s.intensity, breadth: s.breadth, groups: [...groups].sort(),
    latent: s.latent === 1, hotSpot: s.hot_spot === 1, proposedHandling: s.proposed_handling,
    issue: issue ? { id: issue.id, title: issue.title, status: issue.status } : null,
  }
}

/** What a record's view shows besides its own row. */
export type OpinionViewParts = {
  unit: { code: string; name: string } | undefined
  area: { id: string; code: string; name: string } | undefined
  user: { id: string; username: string; full_name: string } | undefined
  streams: StreamView[]
  attachments: OpinionView['attachments']
  hasContact: boolean
}

/** A record as the API shows it, from its row and what it shows besides. */
export function opinionViewOf(r: OpinionRow, p: OpinionViewParts): OpinionView {
  return {
    id: r.id, clientId: r.client_id, externalId: r.external_id, channel: r.channel,
    unit: { id: r.unit_id, code: p.unit?.code ?? '', name: p.unit?.name ?? '' },
    area: p.area ? { id: p.area.id, code: p.area.code, name: p.area.name } : null,
    meetingId: r.meeting_id,
    enteredBy: p.user ? { id: p.user.id, username: p.user.username, fullName: p.user.full_name } : null,
    heardOn: r.heard_on, title: r.title, content: r.content,
    streams: p.streams, attachments: p.attachments, hasContact: p.hasContact,
    createdAt: r.created_at, updatedAt: r.updated_at, version: Number(r.version),
  }
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
    const view = streamViewOf(s, (topicsOf.get(s.id) ?? []).map((t) => t.topic), (groupsOf.get(s.id) ?? []).map((g) => g.grp), s.issue_id ? issueById.get(s.issue_id) : undefined)
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
  return rows.map((r) => opinionViewOf(r, {
    unit: unitById.get(r.unit_id),
    area: r.area_id ? areaById.get(r.area_id) : undefined,
    user: r.entered_by ? userById.get(r.entered_by) : undefined,
    streams: streams.get(r.id) ?? [],
    attachments: (attachmentsOf.get(r.id) ?? []).map((a) => ({ id: a.id, filename: a.filename, mime: a.mime, size: Number(a.size) })),
    hasContact: withContact.has(r.id),
  }))
}
