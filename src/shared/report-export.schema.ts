/** Input of the report export (GET /api/reports/:id/export, `caunoi report export`): the file format. */
import { z } from 'zod'

export const REPORT_EXPORT_FORMATS = ['docx', 'pdf', 'xlsx'] as const
export type ReportExportFormat = (typeof REPORT_EXPORT_FORMATS)[number]

export const reportExportQuery = z.object({ format: z.enum(REPORT_EXPORT_FORMATS) })
