/** Queries on voter meetings (tiếp xúc cử tri) and their petitions (the opinion records of a meeting). No rules. */
import type { Insertable, Updateable } from 'kysely'
import type { Db } from '../connect.ts'
import type { VoterMeetingTable } from '../database.ts'
import { escapeLike } from '../dialect.ts'
import { pathInScope } from './scope.ts'

export type MeetingFilter = { scope: string[]; from?: string; to?: string; underPath?: string }

function filtered(db: Db, f: MeetingFilter) {
  let q = db.selectFrom('voter_meeting').where(pathInScope('unit_path', f.scope))
  if (f.from) q = q.where('held_on', '>=', f.from)
  if (f.to) q = q.where('held_on', '<=', f.to)
  if (f.underPath) q = q.where('unit_path', 'like', escapeLike(f.underPath) + '%')
  return q
}

/** A page of meetings in the scope, latest first. */
export function listMeetings(db: Db, f: MeetingFilter & { limit: number; offset: number }) {
  return filtered(db, f).selectAll().orderBy('held_on', 'desc').orderBy('created_at', 'desc').limit(f.limit).offset(f.offset).execute()
}

/** How many meetings the same filter matches. */
export async function countMeetings(db: Db, f: MeetingFilter) {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** One meeting by id, whatever the scope. */
export function getMeetingById(db: Db, id: string) {
  return db.selectFrom('voter_meeting').selectAll().where('id', '=', id).executeTakeFirst()
}

export function insertMeeting(db: Db, row: Insertable<VoterMeetingTable>) {
  return db.insertInto('voter_meeting').values(row).execute()
}

export function updateMeetingRow(db: Db, id: string, patch: Updateable<VoterMeetingTable>) {
  return db.updateTable('voter_meeting').set(patch).where('id', '=', id).execute()
}

/** Number of petitions (records) of each meeting, counting only records filed in the scope. */
export function countPetitionsOfMeetings(db: Db, meetingIds: string[], scope: string[]) {
  if (meetingIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('opinion_report')
    .select(['meeting_id'])
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('meeting_id', 'in', meetingIds)
    .where(pathInScope('unit_path', scope))
    .groupBy('meeting_id')
    .execute()
}

/** The petitions (records) of a meeting filed in the scope, in the order they were entered. */
export function listPetitionRecords(db: Db, meetingId: string, scope: string[]) {
  return db
    .selectFrom('opinion_report')
    .select(['id', 'title', 'content', 'heard_on', 'created_at'])
    .where('meeting_id', '=', meetingId)
    .where(pathInScope('unit_path', scope))
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

/** Streams of the given records with their linked issue's status, title, answer and path. */
export function listStreamsWithIssues(db: Db, reportIds: string[]) {
  if (reportIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('opinion_stream as s')
    .leftJoin('issue as i', 'i.id', 's.issue_id')
    .select([
      's.id', 's.report_id', 's.position', 's.summary', 's.direction', 's.intensity', 's.breadth', 's.proposed_handling', 's.issue_id',
      'i.status as issue_status', 'i.title as issue_title', 'i.answer_text', 'i.answer_public', 'i.answered_at', 'i.unit_path as issue_unit_path',
    ])
    .where('s.report_id', 'in', reportIds)
    .orderBy('s.report_id')
    .orderBy('s.position')
    .execute()
}

/** Topic codes of the given streams. */
export function listTopicsOfStreams(db: Db, streamIds: string[]) {
  if (streamIds.length === 0) return Promise.resolve([])
  return db.selectFrom('stream_topic').select(['stream_id', 'topic']).where('stream_id', 'in', streamIds).orderBy('topic').execute()
}

/** Social group codes of the given streams. */
export function listGroupsOfStreams(db: Db, streamIds: string[]) {
  if (streamIds.length === 0) return Promise.resolve([])
  return db.selectFrom('stream_group').select(['stream_id', 'grp']).where('stream_id', 'in', streamIds).orderBy('grp').execute()
}
