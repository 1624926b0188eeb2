/**
 * Adds a petition (kiến nghị) to a voter meeting: an opinion record through the opinion intake (createOpinion)
 * with channel `voter_meeting`, the meeting's unit, its day as the day heard, and its area when the unit
 * covers that area. The record's stream is then referred and answered through the issue flow.
 */
import { getMeetingById } from '../../db/repos/meeting.repo.ts'
import { unitHasArea } from '../../db/repos/opinion.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope, scopeOf } from '../../domain/policy.ts'
import { localDay } from '../../domain/time.ts'
import type { PetitionInput, PetitionView } from '../../shared/meeting.schema.ts'
import { createOpinion } from '../opinions/create-opinion.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { petitionsOf } from './meeting-views.ts'

export async function addPetition(ctx: ServiceContext, input: PetitionInput & { meetingId: string }): Promise<{ petition: PetitionView; created: boolean }> {
  const scope = await requireScope(ctx, 'update', 'meeting')
  const meeting = await getMeetingById(ctx.db, input.meetingId)
  if (!meeting || !inScope(scope, meeting.unit_path)) throw new DomainError('MEETING_NOT_FOUND')
  if (meeting.held_on > localDay(ctx.now)) throw new DomainError('MEETING_NOT_HELD_YET')
  const areaId = meeting.area_id && (await unitHasArea(ctx.db, meeting.unit_id, meeting.area_id)) ? meeting.area_id : null
  const { opinion, created } = await createOpinion(ctx, {
    ...(input.clientId ? { clientId: input.clientId } : {}),
    channel: 'voter_meeting',
    unitId: meeting.unit_id,
    areaId,
    meetingId: meeting.id,
    heardOn: meeting.held_on,
    title: input.title,
    content: input.content,
    streams: [{
      summary: input.summary || input.title, topics: input.topics, direction: input.direction, intensity: input.intensity,
      breadth: input.breadth, groups: input.groups, latent: false, hotSpot: false, proposedHandling: input.proposedHandling ?? null,
    }],
    contact: input.contact ?? null,
  })
  const petitions = await petitionsOf(ctx.db, meeting.id, scopeOf(ctx.actor, 'read', 'meeting'), scopeOf(ctx.actor, 'read', 'issue'))
  const petition = petitions.find((p) => p.id === opinion.id)
  if (!petition) throw new DomainError('MEETING_NOT_FOUND')
  return { petition, created }
}
