/**
 * Drafts the ward's consolidated report for a period (POST /api/reports/ward), or drafts it again while it is still a
 * draft (the focal board's edits are replaced by a fresh draft; every earlier text stays in the versions). The draft
 * is built from the accepted unit reports, the records and streams, issues, compliance and the forecast
 * (ward-inputs.ts → src/domain/reporting/ward-draft.ts). An approved report is locked (409 REPORT_LOCKED).
 */
import { findReportFor as findReportRow, insertReportIfAbsent, insertReportVersion } from '../../../db/repos/report.repo.ts'
import { findPeriodsByIds } from '../../../db/repos/report-period.repo.ts'
import { findUnitInScope, getUnitById } from '../../../db/repos/unit.repo.ts'
import { DomainError } from '../../../domain/errors.ts'
import { buildWardDraft, NOTABLE_LIMIT, rankNotable } from '../../../domain/reporting/ward-draft.ts'
import { periodPhrase } from '../../../domain/reporting/ward-draft-text.ts'
import type { Lang } from '../../../shared/i18n/index.ts'
import type { ReportDetail } from '../../../shared/report.schema.ts'
import type { DraftWardReportInput } from '../../../shared/ward-report.schema.ts'
import { audit, newId, requireScope, type ServiceContext } from '../../context.ts'
import { findReportFor, type ReportRow } from '../report-access.ts'
import { periodOfRow, resolvePeriod, type PeriodRow } from '../periods.ts'
import { toReportDetail } from '../report-views.ts'
import { snapshotOf, writeReportChange } from '../report-write.ts'
import { gatherWardInputs } from './ward-inputs.ts'
import { placeOf } from './ward-settings.ts'

/** How many notable groups the statistics keep (stats_json.notable). */
const STORED_NOTABLE = 10

/** The trích yếu of a report of this period: "tình hình tư tưởng, dư luận xã hội tháng 11 năm 2026". */
export function reportSummaryOf(p: Parameters<typeof periodPhrase>[0], title?: string | null): string {
  if (p.kind === 'ad_hoc' && title) return `tình hình dư luận xã hội về ${title}`
  return `tình hình tư tưởng, dư luận xã hội ${periodPhrase(p)}`
}

export async function draftWardReport(ctx: ServiceContext, input: DraftWardReportInput, lang: Lang = 'vi'): Promise<{ created: boolean; report: ReportDetail }> {
  const scope = await requireScope(ctx, 'create', 'ward_report')
  const unit = await findUnitInScope(ctx.db, input.unitId, scope)
  if (!unit) throw new DomainError('REPORT_UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'REPORT_UNIT_NOT_FOUND' }] })
  const periodRow = await resolvePeriod(ctx, input.periodKey)
  const existing = await findReportRow(ctx.db, periodRow.id, unit.id, 'ward')
  return writeDraft(ctx, unit, periodRow, existing, lang)
}

/**
 * Drafts an existing ward report again (POST /api/reports/:id/redraft, the focal board: ward_report.update). Someone
 * who may edit no ward report anywhere is refused (403); a report outside their reach is not found (404).
 */
export async function redraftWardReport(ctx: ServiceContext, input: { reportId: string }, lang: Lang = 'vi'): Promise<ReportDetail> {
  await requireScope(ctx, 'update', 'ward_report')
  const row = await findReportFor(ctx, 'update', input.reportId)
  if (row.level !== 'ward') throw new DomainError('REPORT_TRANSITION_INVALID', undefined, 409)
  const [unit, [periodRow]] = await Promise.all([getUnitById(ctx.db, row.unit_id), findPeriodsByIds(ctx.db, [row.period_id])])
  return (await writeDraft(ctx, unit!, periodRow!, row, lang)).report
}

/** Builds the draft and writes it as the first version of a new report or as a new version of the existing draft. */
async function writeDraft(ctx: ServiceContext, unit: { id: string; path: string; name: string }, periodRow: PeriodRow, existing: ReportRow | undefined, lang: Lang): Promise<{ created: boolean; report: ReportDetail }> {
  if (existing && existing.status !== 'draft') throw new DomainError('REPORT_LOCKED', undefined, 409)
  const period = periodOfRow(periodRow)
  const draftInput = await gatherWardInputs(ctx, unit, periodRow, period, `phường ${placeOf(unit.name)}`)
  const base = { from: period.from, to: period.to, unitId: unit.id }
  // ranked once: the first NOTABLE_LIMIT for section II, the first STORED_NOTABLE for the statistics
  const ranked = rankNotable(draftInput.streams, draftInput.recurrence, base, Math.max(STORED_NOTABLE, NOTABLE_LIMIT))
  const sections = buildWardDraft(draftInput, ranked)
  const notable = ranked.slice(0, STORED_NOTABLE)
    .map((g) => ({ topic: g.topic, direction: g.direction, streams: g.streams, units: g.units, score: g.score, recurrence: g.recurrence, streamIds: g.streamIds.slice(0, 20), trace: g.trace }))
  // six-month and annual reports also keep their months, for the month-by-month chart of the document
  const stats = { ...draftInput.stats, notable, ...(draftInput.months.length ? { months: draftInput.months } : {}) }
  const at = ctx.now.toISOString()
  const patch = {
    summary: reportSummaryOf(period, periodRow.title),
    sections_json: JSON.stringify(sections),
    stats_json: JSON.stringify(stats),
    stats_refreshed_at: at,
  }

  const result = await ctx.db.transaction().execute(async (trx) => {
    if (!existing) {
      const row: ReportRow = {
        id: newId(), period_id: periodRow.id, unit_id: unit.id, unit_path: unit.path, level: 'ward', status: 'draft', version: 1, ...patch,
        submitted_at: null, last_submitted_at: null, is_late: 0, review_comment: null, reviewed_by: null, reviewed_at: null,
        approved_by: null, approved_at: null, doc_type: 'BC', number_seq: null, number_text: null, term_start: null, issued_on: null,
        created_by: ctx.actor.userId, created_at: at, updated_at: at,
      }
      if (await insertReportIfAbsent(trx, row)) {
        await insertReportVersion(trx, { report_id: row.id, version: 1, action: 'create', status: 'draft', snapshot_json: snapshotOf(row), comment: null, actor_id: ctx.actor.userId, created_at: at })
        await audit(trx, ctx, { action: 'ward_report.create', resourceType: 'ward_report', resourceId: row.id, unitId: unit.id, unitPath: unit.path, details: { period: periodRow.key, version: 1 } })
        return { created: true, row }
      }
    }
    // drafted again, or someone drafted it meanwhile: a new version of the existing draft
    const current = existing ?? (await findReportRow(trx, periodRow.id, unit.id, 'ward'))!
    if (current.status !== 'draft') throw new DomainError('REPORT_LOCKED', undefined, 409)
    return { created: false, row: await writeReportChange(trx, ctx, current, patch, { action: 'redraft', details: { period: periodRow.key } }) }
  })
  return { created: result.created, report: await toReportDetail(ctx, result.row, lang) }
}
