/**
 * Exports a report (a unit's or the ward's) as a file: the Party-form document as DOCX or PDF, or its statistics
 * annex as XLSX. Policy: `report` export for unit reports, `ward_report` export for the ward's; outside the actor's
 * scope the report is "not found". Every export is in the audit log with its format.
 */
import { findPeriodsByIds } from '../../db/repos/report-period.repo.ts'
import { getUnitById } from '../../db/repos/unit.repo.ts'
import { renderDocx } from '../../documents/docx.ts'
import { renderPdf } from '../../documents/pdf.ts'
import { renderXlsxAnnex } from '../../documents/xlsx-annex.ts'
import type { PartyDocument } from '../../documents/model.ts'
import type { ReportExportFormat } from '../../shared/report-export.schema.ts'
import { fold } from '../../text/fold.ts'
import { findReportById } from '../../db/repos/report.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { scopeOf } from '../../domain/policy.ts'
import { audit, deny, type ServiceContext } from '../context.ts'
import { findReportFor, resourceOf, type ReportRow } from './report-access.ts'
import { buildReportDocument } from './ward/report-document.ts'

export type ExportedFile = { filename: string; contentType: string; body: Buffer }

export const CONTENT_TYPES: Record<ReportExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

const RENDER: Record<ReportExportFormat, (doc: PartyDocument) => Promise<Buffer>> = {
  docx: (doc) => renderDocx(doc),
  pdf: (doc) => renderPdf(doc),
  xlsx: (doc) => renderXlsxAnnex(doc),
}

/** The report `id` as a DOCX, PDF or XLSX (statistics annex) file. */
export async function exportReport(ctx: ServiceContext, id: string, format: ReportExportFormat): Promise<ExportedFile> {
  const row = await exportableReport(ctx, id)
  const doc = await buildReportDocument(ctx, row.id)
  const [[period], unit] = await Promise.all([findPeriodsByIds(ctx.db, [row.period_id]), getUnitById(ctx.db, row.unit_id)])
  const body = await RENDER[format](doc)
  const resource = resourceOf(row.level)
  await audit(ctx.db, ctx, {
    action: `${resource}.export`,
    resourceType: resource,
    resourceId: row.id,
    unitId: row.unit_id,
    unitPath: row.unit_path,
    details: { format, number: row.number_text, status: row.status, bytes: body.length },
  })
  return { filename: exportFileName({ periodKey: period?.key ?? '', unitCode: unit?.code ?? '', number: row.number_text, format }), contentType: CONTENT_TYPES[format], body }
}

/**
 * The report if the actor may export it: outside the export scope "not found"; readable but not exportable, or of a
 * level the actor may export nowhere (a unit officer asking for the ward's report), refused (403, audited).
 */
async function exportableReport(ctx: ServiceContext, id: string): Promise<ReportRow> {
  try {
    return await findReportFor(ctx, 'export', id)
  } catch (e) {
    if (e instanceof DomainError && e.code === 'REPORT_NOT_FOUND') {
      const raw = await findReportById(ctx.db, id)
      const resource = raw ? resourceOf(raw.level) : null
      if (raw && resource && scopeOf(ctx.actor, 'export', resource).length === 0)
        await deny(ctx, `${resource}.export`, { resourceType: resource, resourceId: raw.id, unitId: raw.unit_id, unitPath: raw.unit_path })
    }
    throw e
  }
}

/**
 * A plain file name: "bao-cao-2025-09-HB-so-07-bc-du.docx"; "-du-thao" while unnumbered; "-phu-luc" for the annex.
 * ASCII only (folded), so it survives every browser and mail client; the route also sends the same name as UTF-8.
 */
export function exportFileName(f: { periodKey: string; unitCode: string; number: string | null; format: ReportExportFormat }): string {
  const number = f.number ? `so-${fold(f.number).replace(/^so\s*/, '')}` : 'du-thao'
  const parts = ['bao-cao', f.periodKey, f.unitCode, number, f.format === 'xlsx' ? 'phu-luc' : '']
  const base = parts.filter(Boolean).join('-').replace(/[^A-Za-z0-9.-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '')
  return `${base}.${f.format}`
}
