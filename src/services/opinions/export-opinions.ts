/**
 * Exports the filtered opinion list as CSV (UTF-8 with BOM, formulas neutralised) or XLSX, one row per stream,
 * streamed page by page with no row cap. The export itself is audited before the first byte goes out.
 */
import { Readable } from 'node:stream'
import { exportRowBatches, type ExportRow } from '../../db/repos/opinion-export.repo.ts'
import { listAreasByIds, listUnitsByIds, listUsersByIds, type OpinionFilter } from '../../db/repos/opinion.repo.ts'
import { outermostGrantPath } from '../../domain/policy.ts'
import { localDay } from '../../domain/time.ts'
import { csvLine } from '../../exports/csv.ts'
import { xlsxStream, type XlsxCell } from '../../exports/xlsx.ts'
import type { OpinionExportQuery } from '../../shared/opinion.schema.ts'
import vi from '../../shared/i18n/vi.json' with { type: 'json' }
import en from '../../shared/i18n/en.json' with { type: 'json' }
import type { Lang } from '../../shared/i18n/index.ts'
import { audit, type ServiceContext } from '../context.ts'
import { opinionFilterFor } from './list-opinions.ts'

export type ExportFormat = 'csv' | 'xlsx'

/** The columns of an export, in order (headers from the i18n section `opinionExport.columns`). */
export const EXPORT_COLUMNS = [
  'id', 'external_id', 'received_on', 'channel', 'unit_code', 'unit_name', 'area_code', 'area_name', 'title', 'content',
  'stream', 'summary', 'topic', 'direction', 'intensity', 'breadth', 'groups', 'latent', 'hot_spot', 'proposed_handling',
  'issue', 'issue_status', 'entered_by', 'created_at',
] as const

const WIDTHS: Partial<Record<(typeof EXPORT_COLUMNS)[number], number>> = { id: 38, unit_name: 30, title: 40, content: 80, summary: 40, topic: 28, proposed_handling: 40, issue: 30 }
/**
 * Rows read at a time (SQLite: records per page, PostgreSQL: rows per FETCH from the cursor); 1 000 records per
 * page let the heap grow to ~100 MB with exceljs, 500 kept it at ~30 MB.
 */
const BATCH = 500
/** CSV text gathered up to this many characters before it goes out as one chunk. */
const CSV_CHUNK = 64 * 1024

type Labels = typeof vi
type Named = { code: string; name: string }

/**
 * Units, areas and users by id, each looked up once per export (only the ids a page brings that are not known
 * yet): a city has a few hundred of each, an export a million records.
 */
class Lookups {
  units = new Map<string, Named | null>()
  areas = new Map<string, Named | null>()
  users = new Map<string, string | null>()

  async load(db: ServiceContext['db'], rows: ExportRow[]) {
    const missing = <T>(map: Map<string, T>, ids: (string | null)[]) => [...new Set(ids.filter((i): i is string => !!i && !map.has(i)))]
    const unitIds = missing(this.units, rows.map((r) => r.unit_id))
    const areaIds = missing(this.areas, rows.map((r) => r.area_id))
    const userIds = missing(this.users, rows.map((r) => r.entered_by))
    const [units, areas, users] = await Promise.all([listUnitsByIds(db, unitIds), listAreasByIds(db, areaIds), listUsersByIds(db, userIds)])
    for (const id of unitIds) this.units.set(id, null)
    for (const u of units) this.units.set(u.id, u)
    for (const id of areaIds) this.areas.set(id, null)
    for (const a of areas) this.areas.set(a.id, a)
    for (const id of userIds) this.users.set(id, null)
    for (const u of users) this.users.set(u.id, u.username)
  }
}

/** Rows of the export, one per stream (one with empty stream cells for a record without any), labels in the chosen language. */
async function* exportRows(ctx: ServiceContext, filter: OpinionFilter | null, t: Labels): AsyncGenerator<XlsxCell[]> {
  if (!filter) return
  const label = (group: Record<string, string>, code: string) => group[code] ?? code
  const labels = (group: Record<string, string>, codes: string | null) => (codes ? codes.split(',').sort().map((c) => label(group, c)).join('; ') : '')
  const yesNo = (b: number | null) => (b ? t.opinionExport.yes : t.opinionExport.no)
  const lookups = new Lookups()
  for await (const rows of exportRowBatches(ctx.db, filter, BATCH)) {
    await lookups.load(ctx.db, rows)
    for (const r of rows) {
      const unit = lookups.units.get(r.unit_id)
      const area = r.area_id ? lookups.areas.get(r.area_id) : null
      const s = r.position === null ? null : r
      yield [
        r.id, r.external_id, r.heard_on, label(t.channels, r.channel), unit?.code ?? '', unit?.name ?? '', area?.code ?? null, area?.name ?? null, r.title, r.content,
        s ? Number(s.position) + 1 : null, s ? s.summary : null,
        s ? labels(t.topics, s.topics) : null,
        s ? label(t.directions, s.direction!) : null, s ? label(t.intensities, s.intensity!) : null, s ? label(t.breadths, s.breadth!) : null,
        s ? labels(t.socialGroups, s.groups) : null,
        s ? yesNo(s.latent) : null, s ? yesNo(s.hot_spot) : null, s ? s.proposed_handling : null,
        s?.issue_title ?? null, s?.issue_status ? label(t.issueStatuses, s.issue_status) : null,
        (r.entered_by ? lookups.users.get(r.entered_by) : null) ?? null, r.created_at,
      ]
    }
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
    let chunk = '\uFEFF' + csvLine(headers)
    for await (const r of rows) {
      chunk += csvLine(r)
      if (chunk.length < CSV_CHUNK) continue
      yield chunk
      chunk = ''
    }
    yield chunk
  })()
  return { filename: name, contentType: 'text/csv; charset=utf-8', stream: Readable.from(lines) }
}
