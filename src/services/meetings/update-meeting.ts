/**
 * Edits a voter meeting. Its petitions are filed under the meeting's unit on the meeting's day, so the unit
 * and the day change only while it has none (MEETING_HAS_PETITIONS otherwise).
 */
import { countPetitionsOfMeetings, getMeetingById, updateMeetingRow } from '../../db/repos/meeting.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { EVERYWHERE, inScope } from '../../domain/policy.ts'
import type { UpdateMeetingInput } from '../../shared/meeting.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, requireScope, type ServiceContext } from '../context.ts'
import { checkMeetingArea, checkMeetingUnit, normaliseDelegates } from './meeting-rules.ts'
import { toMeetingViews, type MeetingRow } from './meeting-views.ts'

export async function updateMeeting(ctx: ServiceContext, input: UpdateMeetingInput & { meetingId: string }) {
  const scope = await requireScope(ctx, 'update', 'meeting')
  const current = await getMeetingById(ctx.db, input.meetingId)
  if (!current || !inScope(scope, current.unit_path)) throw new DomainError('MEETING_NOT_FOUND')
  const movesUnit = input.unitId !== undefined && input.unitId !== current.unit_id
  const movesDay = input.heldOn !== undefined && input.heldOn !== current.held_on
  if (movesUnit || movesDay) {
    // every petition counts here, wherever it is filed: none may be left on the old unit or day
    const [petitions] = await countPetitionsOfMeetings(ctx.db, [current.id], [EVERYWHERE])
    if (petitions && Number(petitions.n) > 0)
      throw new DomainError('MEETING_HAS_PETITIONS', { fields: [{ path: movesUnit ? 'unitId' : 'heldOn', code: 'MEETING_HAS_PETITIONS' }] })
  }
  const unit = movesUnit ? await checkMeetingUnit(ctx.db, input.unitId!, scope) : { id: current.unit_id, path: current.unit_path }
  const areaId = input.areaId !== undefined ? input.areaId : current.area_id
  if (areaId && (areaId !== current.area_id || movesUnit)) await checkMeetingArea(ctx.db, areaId, scope, unit.path)
  const next: MeetingRow = {
    ...current,
    unit_id: unit.id,
    unit_path: unit.path,
    held_on: input.heldOn ?? current.held_on,
    place: input.place !== undefined ? clean(input.place) : current.place,
    area_id: areaId,
    delegates: input.delegates !== undefined ? normaliseDelegates(input.delegates) : current.delegates,
    attendance: input.attendance !== undefined ? input.attendance : current.attendance,
    notes: input.notes !== undefined ? (input.notes ? clean(input.notes) : null) : current.notes,
    updated_at: ctx.now.toISOString(),
  }
  const { id: _id, created_at: _c, created_by: _b, ...patch } = next
  await ctx.db.transaction().execute(async (trx) => {
    await updateMeetingRow(trx, current.id, patch)
    await audit(trx, ctx, {
      action: 'meeting.update', resourceType: 'meeting', resourceId: current.id, unitId: unit.id, unitPath: unit.path,
      details: { fields: Object.keys(input).filter((k) => k !== 'meetingId').sort() },
    })
  })
  return (await toMeetingViews(ctx.db, [next], scope))[0]!
}
