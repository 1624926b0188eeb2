/** Voter meetings in the actor's scope: a page of them, and one with its petitions and their handling. */
import { countMeetings, getMeetingById, listMeetings } from '../../db/repos/meeting.repo.ts'
import { findUnitInScope } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope, scopeOf } from '../../domain/policy.ts'
import type { MeetingDetailView, MeetingQuery } from '../../shared/meeting.schema.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { petitionsOf, toMeetingViews } from './meeting-views.ts'

export async function listVoterMeetings(ctx: ServiceContext, input: MeetingQuery) {
  const scope = await requireScope(ctx, 'read', 'meeting')
  let underPath: string | undefined
  if (input.unitId) {
    const unit = await findUnitInScope(ctx.db, input.unitId, scope)
    if (!unit) return { items: [], total: 0 }
    underPath = unit.path
  }
  const filter = { scope, from: input.from, to: input.to, underPath }
  const [rows, total] = await Promise.all([
    listMeetings(ctx.db, { ...filter, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }),
    countMeetings(ctx.db, filter),
  ])
  return { items: await toMeetingViews(ctx.db, rows, scope), total }
}

/** One meeting with its petitions; outside the actor's scope it does not exist. */
export async function getVoterMeeting(ctx: ServiceContext, input: { meetingId: string }): Promise<MeetingDetailView> {
  const scope = await requireScope(ctx, 'read', 'meeting')
  const row = await getMeetingById(ctx.db, input.meetingId)
  if (!row || !inScope(scope, row.unit_path)) throw new DomainError('MEETING_NOT_FOUND')
  const [view] = await toMeetingViews(ctx.db, [row], scope)
  return { ...view!, petitions: await petitionsOf(ctx.db, row.id, scope, scopeOf(ctx.actor, 'read', 'issue')) }
}
