/** Zod schemas and output types of issues (vấn đề, điểm nóng), their referrals and answers, and notifications. */
import { z } from 'zod'
import { ISSUE_STATUSES, TOPICS, type IssueStatus } from './enums.ts'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'DATE_FORMAT')
const csv = z.string().max(500).optional()
const page = z.coerce.number().int().min(1).max(100000).default(1)
const pageSize = z.coerce.number().int().min(1).max(200).default(20)
const streamIds = z.array(z.string().max(100)).max(200)

export const createIssueInput = z.strictObject({
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(5000).default(''),
  topic: z.enum(TOPICS),
  /** the unit that follows the issue: in the actor's scope */
  unitId: z.string().max(100),
  /** điểm nóng */
  hotSpot: z.boolean().default(false),
  /** opinion streams to link at once (each one's record readable by the actor) */
  streamIds: streamIds.default([]),
})
export const updateIssueInput = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  description: z.string().trim().max(5000).optional(),
  topic: z.enum(TOPICS).optional(),
  hotSpot: z.boolean().optional(),
  /** may the answer be published to the people (Ban Xây dựng Đảng and admin only) */
  answerPublic: z.boolean().optional(),
})
export const linkStreamsInput = z.strictObject({ streamIds: streamIds.min(1) })
export const createReferralInput = z.strictObject({
  /** a unit of the tree… */
  toUnitId: z.string().max(100).optional(),
  /** …or an agency outside it ("Phòng Tài nguyên và Môi trường"): exactly one of the two */
  toAgency: z.string().trim().min(1).max(200).optional(),
  /** the local day the answer is due, today or later */
  dueOn: isoDate,
  note: z.string().trim().max(2000).nullable().optional(),
})
export const answerReferralInput = z.strictObject({
  answerText: z.string().trim().min(1).max(10_000),
  /** may the answer be published to the people */
  publishable: z.boolean().default(false),
})
export const transitionIssueInput = z.strictObject({
  /** `watching` (follow, or reopen a closed issue) or `closed`; referring and answering have their own endpoints */
  to: z.enum(ISSUE_STATUSES),
  reason: z.string().trim().max(1000).optional(),
})

/** Filters of the issue list (lists of codes separated by ","). */
export const issueQuery = z.object({
  status: csv,
  topic: csv,
  /** words of the title or description, accents ignored */
  q: z.string().max(200).optional(),
  hotSpot: z.enum(['0', '1']).optional(),
  page,
  pageSize,
})
/** Text of a record being written, to find open issues it resembles. */
export const suggestIssuesQuery = z.object({
  text: z.string().trim().min(1).max(4000),
  /** topics chosen for the record, separated by ",": issues on them come first */
  topics: csv,
})
export const publicAnswersQuery = z.object({ page, pageSize })
export const notificationsQuery = z.object({ unread: z.enum(['0', '1']).optional(), page, pageSize })
export const jobRunInput = z.strictObject({ date: isoDate.optional(), force: z.boolean().default(false) })

/** A comma-separated query value as a list: "dat-dai, moi-truong" → ["dat-dai", "moi-truong"]. */
export function splitList(csv: string | undefined): string[] {
  return csv ? [...new Set(csv.split(',').map((s) => s.trim()).filter(Boolean))] : []
}

export type CreateIssueInput = z.infer<typeof createIssueInput>
export type UpdateIssueInput = z.infer<typeof updateIssueInput>
export type CreateReferralInput = z.infer<typeof createReferralInput>
export type AnswerReferralInput = z.infer<typeof answerReferralInput>
export type TransitionIssueInput = z.infer<typeof transitionIssueInput>
export type IssueQuery = z.infer<typeof issueQuery>
export type SuggestIssuesQuery = z.infer<typeof suggestIssuesQuery>

// ---- Output shapes ----

type UnitRef = { id: string; code: string; name: string }
type UserRef = { id: string; username: string; fullName: string }

/** An issue as lists show it. */
export type IssueSummary = {
  id: string
  unit: UnitRef
  title: string
  topic: string
  status: IssueStatus
  hotSpot: boolean
  /** linked streams whose records the reader may see (others are not counted) */
  streamCount: number
  /** the earliest due day of a pending referral */
  nextDueOn: string | null
  answeredAt: string | null
  createdAt: string
  updatedAt: string
}
export type LinkedStreamView = {
  id: string
  summary: string
  direction: string
  intensity: string
  record: { id: string; title: string; heardOn: string; unit: UnitRef }
}
export type ReferralView = {
  id: string
  issueId: string
  toUnit: UnitRef | null
  toAgency: string | null
  dueOn: string
  note: string | null
  status: 'pending' | 'answered'
  /** pending and past its due day */
  overdue: boolean
  createdBy: UserRef | null
  createdAt: string
  answerText: string | null
  answerPublic: boolean
  answeredBy: UserRef | null
  answeredAt: string | null
  /** may the reader record the answer */
  canAnswer: boolean
}
export type IssueEventView = {
  id: number
  at: string
  /** created, updated, streams_linked, streams_unlinked, status_changed, referred, answered, reminded */
  kind: string
  actor: UserRef | null
  details: Record<string, unknown>
}
export type IssueView = IssueSummary & {
  description: string
  answerText: string | null
  answerPublic: boolean
  closedAt: string | null
  createdBy: UserRef | null
  streams: LinkedStreamView[]
  referrals: ReferralView[]
  /** oldest first */
  timeline: IssueEventView[]
}
export type IssueSuggestion = { id: string; title: string; topic: string; status: IssueStatus; unit: UnitRef; score: number; sameTopic: boolean }
/** What the people see: the question and the answer, nothing about units or persons. */
export type PublicAnswer = { title: string; answerText: string; answeredOn: string }
export type NotificationView = { id: string; kind: string; title: string; body: string; link: string | null; createdAt: string; readAt: string | null }
export type NotificationPage = { items: NotificationView[]; total: number; unread: number }
