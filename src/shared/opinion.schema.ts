/** Zod schemas and output types of opinion records (phiếu thông tin DLXH) and their streams (luồng ý kiến). */
import { z } from 'zod'
import { BREADTHS, CHANNELS, DIRECTIONS, INTENSITIES, SOCIAL_GROUPS, TOPICS } from './enums.ts'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'DATE_FORMAT')

export const streamInput = z.strictObject({
  /** one line saying what this stream of opinion is ("Lo ngại tiền đền bù thấp hơn giá thị trường") */
  summary: z.string().trim().max(1000).default(''),
  topics: z.array(z.enum(TOPICS)).min(1).max(5),
  direction: z.enum(DIRECTIONS),
  intensity: z.enum(INTENSITIES).default('medium'),
  breadth: z.enum(BREADTHS).default('few'),
  groups: z.array(z.enum(SOCIAL_GROUPS)).max(12).default([]),
  latent: z.boolean().default(false),
  hotSpot: z.boolean().default(false),
  proposedHandling: z.string().trim().max(2000).nullable().optional(),
  /** link the stream to an open issue (vấn đề) */
  issueId: z.string().nullable().optional(),
})

/** A citizen who must get an answer: kept apart, read only by focal and admin, deleted after the retention period. */
export const contactInput = z.strictObject({
  fullName: z.string().trim().min(1).max(120),
  phone: z.string().trim().max(30).nullable().optional(),
  address: z.string().trim().max(300).nullable().optional(),
  note: z.string().trim().max(1000).nullable().optional(),
})

export const createOpinionInput = z.strictObject({
  /** made by the phone when the record was written (offline too): sending it again returns the same record */
  clientId: z.string().uuid().optional(),
  channel: z.enum(CHANNELS),
  unitId: z.string(),
  areaId: z.string().nullable().optional(),
  meetingId: z.string().nullable().optional(),
  heardOn: isoDate,
  title: z.string().trim().min(1).max(300),
  content: z.string().trim().min(1).max(20_000),
  streams: z.array(streamInput).min(1).max(20),
  contact: contactInput.nullable().optional(),
})
/** A stream when editing: with the `id` of an existing stream it is changed in place (its issue link kept unless `issueId` is given), without one it is new; streams left out are removed. */
export const streamUpdateInput = streamInput.extend({ id: z.string().max(100).optional() })
export const updateOpinionInput = createOpinionInput.omit({ clientId: true, contact: true }).partial().extend({
  /** the version the editor started from; a stale one is refused (OPINION_VERSION_CONFLICT) */
  version: z.number().int().min(1),
  streams: z.array(streamUpdateInput).min(1).max(20).optional(),
})

const csv = z.string().max(500).optional()
/** Filters of the opinion list (all optional; lists of codes separated by ","). */
export const opinionQuery = z.object({
  q: z.string().max(200).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  unitId: z.string().optional(),
  areaId: z.string().optional(),
  topic: csv,
  direction: csv,
  intensity: csv,
  breadth: csv,
  channel: csv,
  group: csv,
  latent: z.enum(['0', '1']).optional(),
  hotSpot: z.enum(['0', '1']).optional(),
  /** status of the linked issue, or "none" for streams not linked to any issue */
  status: csv,
  /** records of one voter meeting */
  meetingId: z.string().optional(),
  /** records with a stream linked to this issue */
  issueId: z.string().optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
})
/** The same filters for an export (every matching row, no pages). */
export const opinionExportQuery = opinionQuery.omit({ page: true, pageSize: true })
/** Text to suggest topic, direction, intensity and the latent flag for. */
export const suggestInput = z.strictObject({ text: z.string().trim().min(1).max(20_000) })

export type StreamInput = z.infer<typeof streamInput>
export type ContactInput = z.infer<typeof contactInput>
export type CreateOpinionInput = z.infer<typeof createOpinionInput>
export type UpdateOpinionInput = z.infer<typeof updateOpinionInput>
export type OpinionQuery = z.infer<typeof opinionQuery>
export type OpinionExportQuery = z.infer<typeof opinionExportQuery>
export type StreamUpdateInput = z.infer<typeof streamUpdateInput>

export type StreamView = {
  id: string
  position: number
  summary: string
  topics: string[]
  direction: string
  intensity: string
  breadth: string
  groups: string[]
  latent: boolean
  hotSpot: boolean
  proposedHandling: string | null
  issue: { id: string; title: string; status: string } | null
}
export type OpinionView = {
  id: string
  clientId: string | null
  externalId: string | null
  channel: string
  unit: { id: string; code: string; name: string }
  area: { id: string; code: string; name: string } | null
  meetingId: string | null
  enteredBy: { id: string; username: string; fullName: string } | null
  heardOn: string
  title: string
  content: string
  streams: StreamView[]
  attachments: { id: string; filename: string; mime: string; size: number }[]
  /** whether a restricted contact exists; its content is read through its own audited endpoint */
  hasContact: boolean
  createdAt: string
  updatedAt: string
  version: number
}
/** A list item: the record, and with a search the matched places (offsets into the original title and content). */
export type OpinionListItem = OpinionView & {
  highlight?: {
    title: { start: number; end: number }[]
    content: { text: string; offset: number; matches: { start: number; end: number }[]; cutBefore: boolean; cutAfter: boolean }[]
  }
}
/**
 * A page of the list. `total` counts the records that match; a search ranks only the most recently entered
 * matches (a few hundred), and when more match `totalCapped` is true and `total` is that bound: more than
 * `total` records match, the pages hold `total` of them.
 */
export type OpinionListResult = { items: OpinionListItem[]; total: number; totalCapped: boolean }
export type AttachmentView = { id: string; filename: string; mime: string; size: number; createdAt: string }
/** What the text engine proposes for a record (the person entering it decides). */
export type OpinionSuggestion = {
  topics: { code: string; score: number }[]
  direction: { code: string; score: number }
  intensity: string
  latent: boolean
}
export type ContactView = { fullName: string; phone: string | null; address: string | null; note: string | null; deleteAfter: string }
export type OpinionImportResult = {
  imported: number
  unchanged: number
  rejected: { row: number; column: string | null; code: string; message: string }[]
}
