/**
 * Zod schemas and output types of collaborators (cộng tác viên DLXH), their allowance settings (mức lương cơ
 * sở, the monthly condition), their monthly activity, and the monthly topics to watch (nội dung cần nắm bắt).
 */
import { z } from 'zod'
import { COLLABORATOR_STATUSES, SOCIAL_GROUPS, TOPICS } from './enums.ts'
import type { AllowanceReason } from '../domain/allowance.ts'

/** 'fixed' (an amount in đồng) or 'coefficient' (× mức lương cơ sở). */
export const ALLOWANCE_KINDS = ['fixed', 'coefficient'] as const

/** A real calendar day YYYY-MM-DD (2026-02-30 is refused). */
export const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'DATE_FORMAT').refine((s) => {
  const d = new Date(`${s}T00:00:00Z`)
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s
}, 'DATE_FORMAT')
/** A month YYYY-MM. */
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)

const trimmed = (max: number) => z.string().trim().min(1).max(max)
const optionalText = (max: number) => z.string().trim().max(max).nullable().optional()
/** Amounts are whole đồng. */
const dong = z.number().int().min(0).max(1_000_000_000)
/** Coefficients have at most three decimals (0.5, 1.25, 2.34). */
const coefficient = z.number().positive().max(20).refine((c) => Math.abs(c * 1000 - Math.round(c * 1000)) < 1e-6)

const collaboratorFields = {
  fullName: trimmed(120),
  phone: optionalText(30),
  unitId: z.string().min(1),
  /** areas (tổ dân phố) the collaborator covers */
  areaIds: z.array(z.string()).max(50),
  /** social groups (SOCIAL_GROUPS codes) the collaborator follows */
  groups: z.array(z.enum(SOCIAL_GROUPS)).max(12),
  /** appointment decision: number and day */
  decisionNo: optionalText(60),
  decisionOn: calendarDay.nullable().optional(),
  /** contract period, both days inclusive */
  contractFrom: calendarDay.nullable().optional(),
  contractTo: calendarDay.nullable().optional(),
  allowanceKind: z.enum(ALLOWANCE_KINDS),
  /** đồng per month, with kind 'fixed' */
  allowanceAmount: dong.nullable().optional(),
  /** × mức lương cơ sở, with kind 'coefficient' */
  allowanceCoefficient: coefficient.nullable().optional(),
  status: z.enum(COLLABORATOR_STATUSES),
  /** the account the collaborator signs in with (must be visible to the actor); null unlinks */
  userId: z.string().nullable().optional(),
}

export const createCollaboratorInput = z.strictObject({
  ...collaboratorFields,
  areaIds: collaboratorFields.areaIds.default([]),
  groups: collaboratorFields.groups.default([]),
  status: collaboratorFields.status.default('active'),
})
/** Every field optional; switching the kind clears the other kind's value unless it is sent. */
export const updateCollaboratorInput = z.strictObject(collaboratorFields).partial()

export const collaboratorQuery = z.object({
  q: z.string().max(200).optional(),
  /** only this unit's subtree */
  unitId: z.string().optional(),
  status: z.enum(COLLABORATOR_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
})

export const baseSalaryInput = z.strictObject({ amount: z.number().int().min(1).max(1_000_000_000), effectiveFrom: calendarDay })
export const allowanceConditionInput = z.strictObject({
  /** records a collaborator must enter in the month to be paid (0: always paid while under contract) */
  minRecords: z.number().int().min(0).max(1000),
  /** count only records entered on time (within 7 days of hearing) */
  requireOnTime: z.boolean(),
})
export const activityQuery = z.object({ month })

export const createWatchTopicInput = z.strictObject({
  /** the unit that sets it (usually the ward); it reaches that unit's whole subtree */
  unitId: z.string().min(1),
  /** YYYY-MM; default the current local month */
  month: month.optional(),
  title: trimmed(300),
  description: z.string().trim().max(5000).default(''),
  topics: z.array(z.enum(TOPICS)).max(5).default([]),
  position: z.number().int().min(0).max(10000).optional(),
})
export const updateWatchTopicInput = z.strictObject({
  month: month.optional(),
  title: trimmed(300).optional(),
  description: z.string().trim().max(5000).optional(),
  topics: z.array(z.enum(TOPICS)).max(5).optional(),
  position: z.number().int().min(0).max(10000).optional(),
})
export const watchTopicQuery = z.object({ month: month.optional(), unitId: z.string().optional() })

export type CreateCollaboratorInput = z.infer<typeof createCollaboratorInput>
export type UpdateCollaboratorInput = z.infer<typeof updateCollaboratorInput>
export type CollaboratorQuery = z.infer<typeof collaboratorQuery>
export type BaseSalaryInput = z.infer<typeof baseSalaryInput>
export type AllowanceConditionInput = z.infer<typeof allowanceConditionInput>
export type CreateWatchTopicInput = z.infer<typeof createWatchTopicInput>
export type UpdateWatchTopicInput = z.infer<typeof updateWatchTopicInput>

// ---- Output shapes ----

type Ref = { id: string; code: string; name: string }

export type CollaboratorView = {
  id: string
  fullName: string
  phone: string | null
  unit: Ref
  areas: Ref[]
  groups: string[]
  decisionNo: string | null
  decisionOn: string | null
  contractFrom: string | null
  contractTo: string | null
  allowanceKind: (typeof ALLOWANCE_KINDS)[number]
  allowanceAmount: number | null
  allowanceCoefficient: number | null
  status: (typeof COLLABORATOR_STATUSES)[number]
  user: { id: string; username: string; fullName: string } | null
  createdAt: string
  updatedAt: string
}
export type BaseSalaryView = { id: string; amount: number; effectiveFrom: string; createdAt: string }
/** `canEdit`: may the caller set the levels and the allowance condition (collaborator editing at a root unit)? */
export type BaseSalaryList = { items: BaseSalaryView[]; current: BaseSalaryView | null; canEdit: boolean }

/** One collaborator's month; `reason` says why the allowance is what it is. */
export type ActivityRowView = {
  collaborator: { id: string; fullName: string; unit: Ref; status: string; decisionNo: string | null; userId: string | null }
  records: number
  streams: number
  onTime: number
  conditionMet: boolean
  covered: boolean
  allowanceKind: (typeof ALLOWANCE_KINDS)[number]
  allowanceCoefficient: number | null
  baseSalary: number | null
  allowance: number
  reason: AllowanceReason
}
export type ActivityView = {
  month: string
  condition: AllowanceConditionInput
  /** the mức lương cơ sở in force on the month's first day */
  baseSalary: { amount: number; effectiveFrom: string } | null
  rows: ActivityRowView[]
  totals: { collaborators: number; records: number; streams: number; onTime: number; paid: number; allowance: number }
}

export type WatchTopicView = {
  id: string
  unit: Ref
  month: string
  title: string
  description: string
  topics: string[]
  position: number
  createdAt: string
}
