/** Records a voter meeting (tiếp xúc cử tri) held by a unit in the actor's scope. */
import { insertMeeting } from '../../db/repos/meeting.repo.ts'
import type { CreateMeetingInput } from '../../shared/meeting.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { checkMeetingArea, checkMeetingUnit, normaliseDelegates } from './meeting-rules.ts'
import { toMeetingViews, type MeetingRow } from './meeting-views.ts'

export async function createMeeting(ctx: ServiceContext, input: CreateMeetingInput) {
  const scope = await requireScope(ctx, 'create', 'meeting')
  const unit = await checkMeetingUnit(ctx.db, input.unitId, scope)
  if (input.areaId) await checkMeetingArea(ctx.db, input.areaId, scope, unit.path)
  const at = ctx.now.toISOString()
  const row: MeetingRow = {
    id: newId(), unit_id: unit.id, unit_path: unit.path, held_on: input.heldOn, place: clean(input.place), area_id: input.areaId ?? null,
    delegates: normaliseDelegates(input.delegates), attendance: input.attendance ?? null, notes: input.notes ? clean(input.notes) : null,
    created_by: ctx.actor.userId, created_at: at, updated_at: at,
  }
  await ctx.db.transaction().execute(async (trx) => {
    await insertMeeting(trx, row)
    await audit(trx, ctx, { action: 'meeting.create', resourceType: 'meeting', resourceId: row.id, unitId: unit.id, unitPath: unit.path, details: { heldOn: row.held_on } })
  })
  return (await toMeetingViews(ctx.db, [row], scope))[0]!
}
