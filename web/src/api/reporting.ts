/**
 * Typed calls of the reporting API (docs/dev/reporting-contract.md): periods, unit reports with their versions and
 * statistics, extensions, compliance and its 12-month grid, the reminder log, the ward report, its PartyDocument and
 * the downloads.
 */
import type { PartyDocument } from '../../../src/documents/model.ts'
import type { ComplianceGrid, ComplianceStatus, ReportActionName, ReportSectionView, ReportStats, ReportVersionItem } from '../../../src/shared/report.schema.ts'
import { api, apiUrl } from './client.ts'

const enc = encodeURIComponent

export type PeriodKindCode = 'month' | 'half' | 'year' | 'ad_hoc'
export type ReportStatus = 'draft' | 'submitted' | 'returned' | 'accepted' | 'approved'
export type ReportActionCode = ReportActionName
export type { ComplianceGrid, ComplianceStatus, ReportStats, ReportVersionItem }

/** A reporting period (kỳ báo cáo). */
export type PeriodView = {
  id: string
  kind: PeriodKindCode
  key: string
  from: string
  to: string
  /** the server's label (text, or label data { code, params }) */
  label?: unknown
  /** the deadline instant (ISO UTC) of a unit's report */
  deadline: string | null
  title: string | null
}

/** One row of the report list. */
export type ReportListItem = {
  id: string
  periodKey: string
  periodKind: PeriodKindCode
  unitId: string
  unitCode: string
  unitName: string
  level: 'unit' | 'ward'
  status: ReportStatus
  version: number
  submittedAt: string | null
  isLate: boolean
  number: string | null
  updatedAt: string
}

/** A section of the template (I–V, VI–X) with its text and linked opinion streams. */
export type ReportSection = ReportSectionView

/** An extension granted to a unit for a period. */
export type ExtensionView = { until: string; reason: string; grantedBy?: string | null; createdAt?: string } & Record<string, unknown>

/** A report with everything its page shows. */
export type ReportView = ReportListItem & {
  summary: string
  sections: ReportSection[]
  stats: ReportStats | null
  statsRefreshedAt: string | null
  deadline: string | null
  extension: ExtensionView | null
  reviewComment: string | null
  allowedActions: ReportActionCode[]
  versions: ReportVersionItem[]
}

/** A version as it was after its action. */
export type ReportSnapshot = {
  version?: number
  action?: string
  status?: string
  summary?: string
  sections?: ReportSection[]
  stats?: ReportStats | null
} & Record<string, unknown>

/** An opinion stream that may be linked to a section (the unit's subtree, heard in the period). */
export type StreamCandidate = {
  id: string
  summary?: string | null
  topics?: string[]
  direction?: string
  heardOn?: string
  recordId?: string
  recordTitle?: string
  title?: string
  unitName?: string
} & Record<string, unknown>

/** The compliance of one period (tình hình nộp báo cáo). */
export type ComplianceView = {
  expected: number
  submitted: number
  onTime: number
  late: number
  missing: number
  extended: number
  rates: { submitted: number; onTime: number }
  units: { id: string; code: string; name: string; status: ComplianceStatus; submittedAt: string | null; reportId: string | null; deadline: string | null }[]
}

/** One line of the reminder log. */
export type NoticeView = {
  id: string
  kind: 'reminder' | 'overdue' | 'escalation'
  day: string
  unitCode: string
  unitName: string
  recipientName: string | null
  channel: 'in_app' | 'email'
  status: string
  createdAt: string
}

/** Lists come either bare or as { items }: take the items. */
function itemsOf<T>(value: T[] | { items: T[] }): T[] {
  return Array.isArray(value) ? value : value.items
}

export const reportingApi = {
  periods: (q: { kind?: PeriodKindCode; year?: number }, signal?: AbortSignal) =>
    api.get<PeriodView[] | { items: PeriodView[] }>('/reporting/periods', q, signal).then(itemsOf),
  /** up to 500 reports (a ward's units over a year); the newest periods first */
  list: (q: { period?: string; level?: 'unit' | 'ward'; unitId?: string; status?: string }, signal?: AbortSignal) =>
    api.get<{ items: ReportListItem[]; total: number }>('/reports', { ...q, pageSize: 500 }, signal),
  open: (periodKey: string, unitId: string) => api.post<ReportView>('/reports', { periodKey, unitId }),
  get: (id: string, signal?: AbortSignal) => api.get<ReportView>(`/reports/${enc(id)}`, undefined, signal),
  save: (id: string, input: { version: number; summary?: string; sections: Pick<ReportSection, 'code' | 'body' | 'streamIds'>[] }) => api.put<ReportView>(`/reports/${enc(id)}`, input),
  refreshStats: (id: string) => api.post<ReportView>(`/reports/${enc(id)}/refresh-stats`),
  submit: (id: string) => api.post<ReportView>(`/reports/${enc(id)}/submit`),
  return: (id: string, comment: string) => api.post<ReportView>(`/reports/${enc(id)}/return`, { comment }),
  accept: (id: string) => api.post<ReportView>(`/reports/${enc(id)}/accept`),
  version: (id: string, version: number) => api.get<ReportSnapshot>(`/reports/${enc(id)}/versions/${version}`),
  candidates: (id: string, q: string, signal?: AbortSignal) =>
    api.get<StreamCandidate[] | { items: StreamCandidate[] }>(`/reports/${enc(id)}/stream-candidates`, { q }, signal).then(itemsOf),
  grantExtension: (input: { periodKey: string; unitId: string; until: string; reason: string }) => api.post<unknown>('/reporting/extensions', input),
  compliance: (period: string, unitId?: string, signal?: AbortSignal) => api.get<ComplianceView>('/reporting/compliance', { period, unitId }, signal),
  grid: (to: string, months: number, unitId?: string, signal?: AbortSignal) =>
    api.get<ComplianceGrid>('/reporting/compliance/grid', { to, months, unitId }, signal),
  gridXlsxUrl: (to: string, months: number, unitId?: string) => apiUrl('/reporting/compliance.xlsx', { to, months, unitId }),
  notices: (period: string, signal?: AbortSignal) =>
    api.get<NoticeView[] | { items: NoticeView[] }>('/reporting/notices', { period }, signal).then(itemsOf),
  draftWard: (periodKey: string, unitId: string) => api.post<ReportView>('/reports/ward', { periodKey, unitId }),
  redraftWard: (id: string) => api.post<ReportView>(`/reports/${enc(id)}/redraft`),
  /** `version` is the one the leader read: a newer one is 409 REPORT_VERSION_CONFLICT */
  approve: (id: string, version: number) => api.post<ReportView>(`/reports/${enc(id)}/approve`, { version }),
  document: (id: string, signal?: AbortSignal) => api.get<PartyDocument>(`/reports/${enc(id)}/document`, undefined, signal),
  exportUrl: (id: string, format: 'docx' | 'pdf' | 'xlsx') => apiUrl(`/reports/${enc(id)}/export`, { format }),
}
