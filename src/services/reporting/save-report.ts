/**
 * Saves a report's summary and sections (unit reports while draft or returned, by the unit officer; ward reports while
 * draft, by the focal board). The editor sends the version they started from: a stale one is 409
 * REPORT_VERSION_CONFLICT. Cited streams must be records of the unit's subtree heard in the period
 * (REPORT_STREAM_OUT_OF_PERIOD, naming the field).
 */
import { findPeriodsByIds } from '../../db/repos/report-period.repo.ts'
import { streamIdsInWindow } from '../../db/repos/report-stats.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { ReportSection } from '../../domain/reporting/template.ts'
import type { Lang } from '../../shared/i18n/index.ts'
import type { ReportDetail, SaveReportInput } from '../../shared/report.schema.ts'
import { clean } from '../../text/fold.ts'
import type { ServiceContext } from '../context.ts'
import { checkTransition, findReportFor } from './report-access.ts'
import { toReportDetail } from './report-views.ts'
import { versionConflict, writeReportChange } from './report-write.ts'

export type SaveReportServiceInput = SaveReportInput & { reportId: string }

export async function saveReport(ctx: ServiceContext, input: SaveReportServiceInput, lang: Lang = 'vi'): Promise<ReportDetail> {
  const row = await findReportFor(ctx, 'update', input.reportId)
  if (row.level === 'ward') {
    if (row.status !== 'draft') throw new DomainError('REPORT_LOCKED', undefined, 409)
  } else {
    checkTransition(ctx, row, 'save')
  }
  if (input.version !== row.version) throw versionConflict(row.version)

  const current = JSON.parse(row.sections_json) as ReportSection[]
  const byCode = new Map(current.map((s) => [s.code, s]))
  const fields: { path: string; code: string }[] = []
  input.sections.forEach((s, i) => {
    if (!byCode.has(s.code)) fields.push({ path: `sections.${i}.code`, code: 'REPORT_SECTION_UNKNOWN' })
    else if (input.sections.findIndex((t) => t.code === s.code) !== i) fields.push({ path: `sections.${i}.code`, code: 'REPORT_SECTION_REPEATED' })
  })
  if (fields.length) throw new DomainError(fields[0]!.code, { fields })

  const [period] = await findPeriodsByIds(ctx.db, [row.period_id])
  const cited = [...new Set(input.sections.flatMap((s) => s.streamIds))]
  const valid = await streamIdsInWindow(ctx.db, { unitPath: row.unit_path, from: period!.from_day, to: period!.to_day }, cited)
  input.sections.forEach((s, i) => s.streamIds.forEach((id, j) => {
    if (!valid.has(id)) fields.push({ path: `sections.${i}.streamIds.${j}`, code: 'REPORT_STREAM_OUT_OF_PERIOD' })
  }))
  if (fields.length) throw new DomainError('REPORT_STREAM_OUT_OF_PERIOD', { fields })

  const given = new Map(input.sections.map((s) => [s.code, s]))
  const sections = current.map((s) => {
    const g = given.get(s.code)
    return g ? { ...s, body: clean(g.body), streamIds: [...new Set(g.streamIds)] } : s
  })
  const summary = input.summary !== undefined ? clean(input.summary) : row.summary
  const sectionsJson = JSON.stringify(sections)
  if (sectionsJson === row.sections_json && summary === row.summary) return toReportDetail(ctx, row, lang)

  const changed = sections.filter((s, i) => JSON.stringify(s) !== JSON.stringify(current[i])).map((s) => s.code)
  const saved = await ctx.db.transaction().execute((trx) =>
    writeReportChange(trx, ctx, row, { summary, sections_json: sectionsJson }, { action: 'save', details: { sections: changed, summary: summary !== row.summary } }))
  return toReportDetail(ctx, saved, lang)
}
