/** Turns meeting rows into MeetingView, and a meeting's records into petitions with their handling status. */
import type { Selectable } from 'kysely'
import type { Db } from '../../db/connect.ts'
import type { VoterMeetingTable } from '../../db/database.ts'
import { findAreasByIds } from '../../db/repos/area.repo.ts'
import { listUnitLabels } from '../../db/repos/collaborator.repo.ts'
import {
  countPetitionsOfMeetings, listGroupsOfStreams, listPetitionRecords, listStreamsWithIssues, listTopicsOfStreams,
} from '../../db/repos/meeting.repo.ts'
import { inScope } from '../../domain/policy.ts'
import type { MeetingView, PetitionView } from '../../shared/meeting.schema.ts'

export type MeetingRow = Selectable<VoterMeetingTable>

/** Views of meetings; petitions are counted within `scope` only. */
export async function toMeetingViews(db: Db, rows: MeetingRow[], scope: string[]): Promise<MeetingView[]> {
  const [units, areas, counts] = await Promise.all([
    listUnitLabels(db, rows.map((r) => r.unit_id)),
    findAreasByIds(db, [...new Set(rows.flatMap((r) => (r.area_id ? [r.area_id] : [])))]),
    countPetitionsOfMeetings(db, rows.map((r) => r.id), scope),
  ])
  const unitById = new Map(units.map((u) => [u.id, u]))
  const areaById = new Map(areas.map((a) => [a.id, a]))
  const countById = new Map(counts.map((c) => [c.meeting_id, Number(c.n)]))
  return rows.map((r) => {
    const unit = unitById.get(r.unit_id)
    const area = r.area_id ? areaById.get(r.area_id) : undefined
    return {
      id: r.id,
      unit: { id: r.unit_id, code: unit?.code ?? '', name: unit?.name ?? '' },
      heldOn: r.held_on,
      place: r.place,
      area: area ? { id: area.id, code: area.code, name: area.name } : null,
      delegates: r.delegates ? r.delegates.split('\n') : [],
      attendance: r.attendance == null ? null : Number(r.attendance),
      notes: r.notes,
      petitionCount: countById.get(r.id) ?? 0,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }
  })
}

/**
 * The petitions of a meeting filed in `scope`, each stream with its handling status: the linked issue's
 * status, or "none" (chưa xử lý). The issue's title and answer show when the actor may read the issue
 * (`issueScope`) or the answer is public; its status always does — it is the petition's own state.
 */
export async function petitionsOf(db: Db, meetingId: string, scope: string[], issueScope: string[]): Promise<PetitionView[]> {
  const records = await listPetitionRecords(db, meetingId, scope)
  const streams = await listStreamsWithIssues(db, records.map((r) => r.id))
  const ids = streams.map((s) => s.id)
  const [topics, groups] = await Promise.all([listTopicsOfStreams(db, ids), listGroupsOfStreams(db, ids)])
  return records.map((r) => ({
    id: r.id,
    title: r.title,
    content: r.content,
    heardOn: r.heard_on,
    createdAt: r.created_at,
    streams: streams.filter((s) => s.report_id === r.id).map((s) => {
      const readable = s.issue_unit_path != null && inScope(issueScope, s.issue_unit_path)
      const answerVisible = readable || Number(s.answer_public) === 1
      return {
        id: s.id,
        summary: s.summary,
        topics: topics.filter((t) => t.stream_id === s.id).map((t) => t.topic),
        direction: s.direction,
        intensity: s.intensity,
        breadth: s.breadth,
        groups: groups.filter((g) => g.stream_id === s.id).map((g) => g.grp),
        proposedHandling: s.proposed_handling,
        status: s.issue_id && s.issue_status ? s.issue_status : 'none',
        issue: s.issue_id && s.issue_status
          ? {
              id: s.issue_id, status: s.issue_status, title: readable ? s.issue_title : null,
              answer: answerVisible ? s.answer_text : null, answeredAt: answerVisible ? s.answered_at : null,
            }
          : null,
      }
    }),
  }))
}
