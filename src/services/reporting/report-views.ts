/** What the API shows of reports: list items and the detail (deadline, extension, versions, the buttons the actor gets). */
import { listReportVersions } from '../../db/repos/report.repo.ts'
import { latestExtension } from '../../db/repos/report-extension.repo.ts'
import { findPeriodsByIds } from '../../db/repos/report-period.repo.ts'
import { getUnitById } from '../../db/repos/unit.repo.ts'
import { effectiveDeadline } from '../../domain/reporting/deadlines.ts'
import { allowedActions } from '../../domain/reporting/report-state.ts'
import { inScope, scopeOf } from '../../domain/policy.ts'
import type { ReportState } from '../../domain/reporting/report-state.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import type { ReportActionName, ReportDetail, ReportListItem, ReportSectionView, ReportStats } from '../../shared/report.schema.ts'
import type { ServiceContext } from '../context.ts'
import { rolesAt, type ReportRow } from './report-access.ts'
import { periodOfRow, toPeriodView } from './periods.ts'
import { periodDeadline, reportingSettings } from './reporting-settings.ts'

type ListRow = ReportRow & { unit_code: string; unit_name: string; period_key: string; period_kind: string }

/** A list item of a report row joined with its unit and period. */
export function toReportListItem(r: ListRow): ReportListItem {
  return {
    id: r.id, periodKey: r.period_key, periodKind: r.period_kind, unitId: r.unit_id, unitCode: r.unit_code, unitName: r.unit_name,
    level: r.level, status: r.status, version: r.version, submittedAt: r.submitted_at, isLate: r.is_late === 1, number: r.number_text, updatedAt: r.updated_at,
  }
}

/** The buttons the actor gets on a report: the state machine for their roles at the unit, within their policy scope. */
export function reportActionsFor(ctx: ServiceContext, r: ReportRow): ReportActionName[] {
  const can = (action: 'update' | 'manage', resource: 'report' | 'ward_report') => inScope(scopeOf(ctx.actor, action, resource), r.unit_path)
  if (r.level === 'ward') {
    // while a draft: the focal board edits it and drafts it again from the sources (redraft), a leader approves it
    if (r.status !== 'draft') return []
    const out: ReportActionName[] = []
    const roles = rolesAt(ctx, r.unit_path)
    if (can('update', 'ward_report') && (ctx.actor.kind === 'system' || roles.includes('focal'))) out.push('save', 'redraft')
    if (can('manage', 'ward_report') && (ctx.actor.kind === 'system' || roles.includes('leader'))) out.push('approve')
    return out
  }
  const state = r.status as ReportState
  const actions = ctx.actor.kind === 'system'
    ? [...new Set([...allowedActions(state, 'unit_officer'), ...allowedActions(state, 'focal')])]
    : [...new Set(rolesAt(ctx, r.unit_path).flatMap((role) => allowedActions(state, role)))]
  return actions.filter((a) => (a === 'save' || a === 'submit' ? can('update', 'report') : can('manage', 'report')))
}

/** The report in full, as GET /api/reports/:id returns it. */
export async function toReportDetail(ctx: ServiceContext, r: ReportRow, lang: Lang = 'vi'): Promise<ReportDetail> {
  const [[periodRow], unit, versions, extension, settings] = await Promise.all([
    findPeriodsByIds(ctx.db, [r.period_id]),
    getUnitById(ctx.db, r.unit_id),
    listReportVersions(ctx.db, r.id),
    r.level === 'unit' ? latestExtension(ctx.db, r.period_id, r.unit_id) : Promise.resolve(undefined),
    reportingSettings(ctx.db),
  ])
  const period = periodOfRow(periodRow!)
  const level = r.level === 'ward' ? 'ward' : 'unit'
  const deadline = effectiveDeadline(periodDeadline(settings, period, level), extension ? { until: new Date(extension.until_at) } : null)
  return {
    ...toReportListItem({ ...r, unit_code: unit?.code ?? '', unit_name: unit?.name ?? '', period_key: periodRow!.key, period_kind: periodRow!.kind }),
    summary: r.summary,
    sections: JSON.parse(r.sections_json) as ReportSectionView[],
    stats: r.stats_json ? (JSON.parse(r.stats_json) as ReportStats) : null,
    statsRefreshedAt: r.stats_refreshed_at,
    deadline: deadline.toISOString(),
    extension: extension ? { until: extension.until_at, reason: extension.reason } : null,
    reviewComment: r.review_comment,
    allowedActions: reportActionsFor(ctx, r),
    versions: versions.map((v) => ({ version: v.version, action: v.action, status: v.status, actorName: v.actor_name, comment: v.comment, createdAt: v.created_at })),
    period: toPeriodView(periodRow!, periodDeadline(settings, period, level), lang),
    lastSubmittedAt: r.last_submitted_at,
  }
}
