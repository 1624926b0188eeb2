/**
 * Exports the filtered opinion list as CSV (UTF-8 with BOM, formulas neutralised) or XLSX, one row per stream,
 * streamed page by page with no row cap. The export itself is audited before the first byte goes out.
 */
import { Readable } from 'node:stream'
import { listOpinionRowsAfter, type OpinionFilter } from '../../db/repos/opinion.repo.ts'
import { outermostGrantPath } from '../../domain/policy.ts'
import { localDay } from '../../domain/time.ts'
import { csvLine } from '../../exports/csv.ts'
import { xlsxStream, type XlsxCell } from '../../exports/xlsx.ts'
import type { OpinionExportQuery, OpinionView } from '../../shared/opinion.schema.ts'
import vi from '../../shared/i18n/vi.json' with { type: 'json' }
import en from '../../shared/i18n/en.json' with { type: 'json' }
import type { Lang } from '../../shared/i18n/index.ts'
import { audit, type ServiceContext } from '../context.ts'
import { opinionFilterFor } from './list-opinions.ts'
import { toOpinionViews } from './opinion-views.ts'

export type ExportFormat = 'csv' | 'xlsx'

/** The columns of an export, in order (headers from the i18n section `opinionExport.columns`). */
export const EXPORT_COLUMNS = [
  'id', 'external_id', 'received_on', 'channel', 'unit_code', 'unit_name', 'area_code', 'area_name', 'title', 'content',
  'stream', 'summary', 'topic', 'direction', 'intensity', 'breadth', 'groups', 'latent', 'hot_spot', 'proposed_handling',
  'issue', 'issue_status', 'entered_by', 'created_at',
] as const

const WIDTHS: Partial<Record<(typeof EXPORT_COLUMNS)[number], number>> = { id: 38, unit_name: 30, title: 40, content: 80, summary: 40, topic: 28, proposed_handling: 40, issue: 30 }
const PAGE = 500

type Labels = typeof vi

/** Rows of the export, one per stream, labels in the chosen language. */
async function* exportRows(ctx: ServiceContext, filter: OpinionFilter | null, t: Labels): AsyncGenerator<XlsxCell[]> {
  if (!filter) return
  const label = (group: Record<string, string>, code: string) => group[code] ?? code
  const yesNo = (b: boolean) => (b ? t.opinionExport.yes : t.opinionExport.no)
  let after: { heardOn: string; id: string } | null = null
  for (;;) {
    const rows = await listOpinionRowsAfter(ctx.db, filter, after, PAGE)
    if (rows.length === 0) return
    const views: OpinionView[] = await toOpinionViews(ctx.db, rows)
    for (const v of views) {
      const record: XlsxCell[] = [
        v.id, v.externalId, v.heardOn, label(t.channels, v.channel), v.unit.code, v.unit.name, v.area?.code ?? null, v.area?.name ?? null, v.title, v.content,
      ]
      const streams = v.streams.length > 0 ? v.streams : [null]
      for (const s of streams) {
        yield [
          ...record,
          s ? s.position + 1 : null, s?.summary ?? null,
          s ? s.topics.map((c) => label(t.topics, c)).join('; ') : null,
          s ? label(t.directions, s.direction) : null, s ? label(t.intensities, s.intensity) : null, s ? label(t.breadths, s.breadth) : null,
          s ? s.groups.map((c) => label(t.socialGroups, c)).join('; ') : null,
          s ? yesNo(s.latent) : null, s ? yesNo(s.hotSpot) : null, s?.proposedHandling ?? null,
          s?.issue?.title ?? null, s?.issue ? label(t.issueStatuses, s.issue.status) : null,
          v.enteredBy?.username ?? null, v.createdAt,
        ]
      }
    }
    const last = rows[rows.length - 1]!
    after = { heardOn: last.heard_on, id: last.id }
  }
}

/** Checks the right to export, audits, and returns the file as a stream. */
export async function exportOpinions(ctx: ServiceContext, input: { query: OpinionExportQuery; format: ExportFormat; lang?: Lang }) {
  const filter = await opinionFilterFor(ctx, 'export', input.query)
  const t = (input.lang === 'en' ? en : vi) as Labels
  await audit(ctx.db, ctx, {
    action: 'opinion.export', resourceType: 'opinion', unitPath: outermostGrantPath(ctx.actor),
    details: { format: input.format, filter: input.query },
  })
  const headers = EXPORT_COLUMNS.map((c) => t.opinionExport.columns[c])
  const rows = exportRows(ctx, filter, t)
  const name = `y-kien-${localDay(ctx.now)}.${input.format}`
  if (input.format === 'xlsx') {
    const columns = EXPORT_COLUMNS.map((c, i) => ({ header: headers[i]!, width: WIDTHS[c] }))
    return { filename: name, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', stream: xlsxStream(t.opinionExport.sheet, columns, rows) }
  }
  const lines = (async function* () {
    yield '\uFEFF' + csvLine(headers)
    for await (const r of rows) yield csvLine(r)
  })()
  return { filename: name, contentType: 'text/csv; charset=utf-8', stream: Readable.from(lines) }
}
