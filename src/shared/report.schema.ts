/** Zod schemas and output types of the reporting cycle (kỳ báo cáo, báo cáo đơn vị, gia hạn, tình hình nộp báo cáo). */
import { z } from 'zod'

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'DATE_FORMAT')
/** A period key: "2026-11", "2026-H1", "2026" or an ad hoc key "A:2026-11-03..2026-11-10:ab12cd34". */
const periodKey = z.string().trim().min(1).max(80)
/** A month key "YYYY-MM". */
const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'FIELD_INVALID')

export const PERIOD_KIND_VALUES = ['month', 'half', 'year', 'ad_hoc'] as const
export const REPORT_LEVEL_VALUES = ['unit', 'ward'] as const
export const REPORT_STATUS_VALUES = ['draft', 'submitted', 'returned', 'accepted', 'approved'] as const
/** What a unit's row on the compliance board can say. */
export const COMPLIANCE_STATUSES = ['on_time', 'late', 'missing', 'extended', 'not_required'] as const
export type ComplianceStatus = (typeof COMPLIANCE_STATUSES)[number]
/** Buttons a report can show. */
export type ReportActionName = 'save' | 'submit' | 'return' | 'accept' | 'approve' | 'redraft'

export const periodsQuery = z.object({ kind: z.enum(PERIOD_KIND_VALUES).optional(), year: z.string().regex(/^\d{4}$/, 'FIELD_INVALID').optional() })
/** An ad hoc period (báo cáo nhanh): its days and subject; `unitId` is the board asking (default: the focal's own unit). */
export const createPeriodInput = z.strictObject({ from: isoDate, to: isoDate, title: z.string().trim().min(1).max(300), unitId: z.string().max(100).optional() })

export const reportsQuery = z.object({
  period: periodKey.optional(),
  level: z.enum(REPORT_LEVEL_VALUES).optional(),
  unitId: z.string().max(100).optional(),
  status: z.enum(REPORT_STATUS_VALUES).optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
})
export const openReportInput = z.strictObject({ periodKey, unitId: z.string().min(1).max(100) })
export const sectionInput = z.strictObject({
  code: z.string().trim().min(1).max(10),
  body: z.string().max(100_000).default(''),
  streamIds: z.array(z.string().max(100)).max(200).default([]),
})
export const saveReportInput = z.strictObject({
  /** the version the editor started from; a stale one is refused (409 REPORT_VERSION_CONFLICT) */
  version: z.number().int().min(1),
  summary: z.string().trim().max(1000).optional(),
  sections: z.array(sectionInput).max(20),
})
export const returnReportInput = z.strictObject({ comment: z.string().max(5000).optional() })
export const emptyInput = z.strictObject({})
export const streamCandidatesQuery = z.object({ q: z.string().max(200).optional(), limit: z.coerce.number().int().min(1).max(200).default(50) })

/** An extension (gia hạn): `until` is an instant, or a day meaning "on time when before 00:00 of the next day". */
export const grantExtensionInput = z.strictObject({
  periodKey,
  unitId: z.string().min(1).max(100),
  until: z.union([isoDate, z.iso.datetime({ offset: true })]),
  reason: z.string().trim().min(1).max(2000),
})
export const extensionsQuery = z.object({ period: periodKey.optional() })

export const complianceQuery = z.object({ period: periodKey, unitId: z.string().max(100).optional() })
export const complianceGridQuery = z.object({ to: monthKey.optional(), months: z.coerce.number().int().min(1).max(36).default(12), unitId: z.string().max(100).optional() })

export type PeriodsQuery = z.infer<typeof periodsQuery>
export type CreatePeriodInput = z.infer<typeof createPeriodInput>
export type ReportsQuery = z.infer<typeof reportsQuery>
export type OpenReportInput = z.infer<typeof openReportInput>
export type SectionInput = z.infer<typeof sectionInput>
export type SaveReportInput = z.infer<typeof saveReportInput>
export type GrantExtensionInput = z.infer<typeof grantExtensionInput>
export type ComplianceQuery = z.infer<typeof complianceQuery>
export type ComplianceGridQuery = z.infer<typeof complianceGridQuery>

export type PeriodView = { id: string; kind: string; key: string; from: string; to: string; label: string; deadline: string; title: string | null }
export type ReportStats = {
  total: number
  streams: number
  byTopicDirection: { topic: string; direction: string; count: number }[]
  byChannel: { channel: string; count: number }[]
  from: string
  to: string
  unitId: string
}
export type ReportSectionView = { code: string; title: string; body: string; streamIds: string[] }
export type ReportListItem = {
  id: string
  periodKey: string
  periodKind: string
  unitId: string
  unitCode: string
  unitName: string
  level: string
  status: string
  version: number
  submittedAt: string | null
  isLate: boolean
  number: string | null
  updatedAt: string
}
export type ExtensionView = { id: string; periodKey: string; unitId: string; unitCode: string; unitName: string; until: string; reason: string; grantedBy: string | null; createdAt: string }
export type ReportVersionItem = { version: number; action: string; status: string; actorName: string | null; comment: string | null; createdAt: string }
export type ReportDetail = ReportListItem & {
  summary: string
  sections: ReportSectionView[]
  stats: ReportStats | null
  statsRefreshedAt: string | null
  /** the deadline that applies (the latest extension included), ISO UTC */
  deadline: string
  extension: { until: string; reason: string } | null
  reviewComment: string | null
  allowedActions: ReportActionName[]
  versions: ReportVersionItem[]
  period: PeriodView
  lastSubmittedAt: string | null
}
export type ReportVersionView = ReportVersionItem & { summary: string; sections: ReportSectionView[]; stats: ReportStats | null }
export type StreamCandidate = { id: string; summary: string; topics: string[]; direction: string; recordId: string; recordTitle: string; heardOn: string; unitId: string }
export type ComplianceUnit = { id: string; code: string; name: string; status: ComplianceStatus; submittedAt: string | null; reportId: string | null; deadline: string }
export type ComplianceView = {
  expected: number
  submitted: number
  onTime: number
  late: number
  missing: number
  extended: number
  rates: { submitted: number; onTime: number }
  units: ComplianceUnit[]
}
export type ComplianceGrid = { months: string[]; units: { id: string; code: string; name: string; statuses: ComplianceStatus[] }[] }
