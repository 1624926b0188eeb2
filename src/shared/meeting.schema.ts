/**
 * Zod schemas and output types of voter meetings (tiếp xúc cử tri) and their petitions (kiến nghị). A petition
 * is an opinion record with channel `voter_meeting`, filed under the meeting's unit on the meeting's day; its
 * stream is referred and answered through the issue flow.
 */
import { z } from 'zod'
import { calendarDay } from './collaborator.schema.ts'
import { BREADTHS, DIRECTIONS, INTENSITIES, SOCIAL_GROUPS, TOPICS } from './enums.ts'
import { contactInput } from './opinion.schema.ts'

const trimmed = (max: number) => z.string().trim().min(1).max(max)

/** Names of the delegates present: one per line, or a list. */
const delegates = z.union([z.string().max(5000), z.array(z.string().trim().max(120)).max(50)])

export const createMeetingInput = z.strictObject({
  /** the HĐND delegates' group, or another unit in the actor's scope */
  unitId: z.string().min(1),
  heldOn: calendarDay,
  place: trimmed(300),
  areaId: z.string().nullable().optional(),
  delegates: delegates.default(''),
  /** voters present */
  attendance: z.number().int().min(0).max(100_000).nullable().optional(),
  notes: z.string().trim().max(5000).nullable().optional(),
})
/** Unit and day may change only while the meeting has no petition (its petitions carry both). */
export const updateMeetingInput = z.strictObject({
  unitId: z.string().min(1).optional(),
  heldOn: calendarDay.optional(),
  place: trimmed(300).optional(),
  areaId: z.string().nullable().optional(),
  delegates: delegates.optional(),
  attendance: z.number().int().min(0).max(100_000).nullable().optional(),
  notes: z.string().trim().max(5000).nullable().optional(),
})
export const meetingQuery = z.object({
  from: calendarDay.optional(),
  to: calendarDay.optional(),
  /** only this unit's subtree */
  unitId: z.string().optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
})

/** One petition (kiến nghị) raised at the meeting: becomes an opinion record with one stream. */
export const petitionInput = z.strictObject({
  /** made by the phone or the form: sending the same petition again returns it and writes nothing */
  clientId: z.string().uuid().optional(),
  title: trimmed(300),
  content: trimmed(20_000),
  /** one line for the stream; the title when absent */
  summary: z.string().trim().max(1000).optional(),
  topics: z.array(z.enum(TOPICS)).min(1).max(5),
  direction: z.enum(DIRECTIONS).default('concern'),
  intensity: z.enum(INTENSITIES).default('medium'),
  breadth: z.enum(BREADTHS).default('few'),
  groups: z.array(z.enum(SOCIAL_GROUPS)).max(12).default([]),
  proposedHandling: z.string().trim().max(2000).nullable().optional(),
  /** the voter who must get the answer, kept in the restricted contact store */
  contact: contactInput.nullable().optional(),
})

export type CreateMeetingInput = z.infer<typeof createMeetingInput>
export type UpdateMeetingInput = z.infer<typeof updateMeetingInput>
export type MeetingQuery = z.infer<typeof meetingQuery>
export type PetitionInput = z.infer<typeof petitionInput>

// ---- Output shapes ----

type Ref = { id: string; code: string; name: string }

export type MeetingView = {
  id: string
  unit: Ref
  heldOn: string
  place: string
  area: Ref | null
  delegates: string[]
  attendance: number | null
  notes: string | null
  petitionCount: number
  createdAt: string
  updatedAt: string
}

/** A stream of a petition and how its handling stands: the linked issue's status, or "none" (chưa xử lý). */
export type PetitionStreamView = {
  id: string
  summary: string
  topics: string[]
  direction: string
  intensity: string
  breadth: string
  groups: string[]
  proposedHandling: string | null
  /** ISSUE_STATUSES code of the linked issue, or "none" */
  status: string
  /** the linked issue; title and answer only when the actor may read the issue or the answer is public */
  issue: { id: string; status: string; title: string | null; answer: string | null; answeredAt: string | null } | null
}
export type PetitionView = { id: string; title: string; content: string; heardOn: string; createdAt: string; streams: PetitionStreamView[] }
export type MeetingDetailView = MeetingView & { petitions: PetitionView[] }
