/** Zod schemas of the ward's consolidated report (báo cáo tổng hợp): drafting and approval. Reading and editing use report.schema.ts. */
import { z } from 'zod'

/** POST /api/reports/ward: the period and the ward unit (the Đảng bộ whose board consolidates). */
export const draftWardReportInput = z.strictObject({
  periodKey: z.string().trim().min(1).max(80),
  unitId: z.string().min(1).max(100),
})
/** POST /api/reports/:id/approve: optionally the version the leader read; a stale one is 409 REPORT_VERSION_CONFLICT. */
export const approveWardReportInput = z.strictObject({ version: z.number().int().min(1).optional() })
/** GET /api/reports/ward?period=KEY[&unitId=]: the ward report of a period (default unit: the reader's own ward). */
export const wardReportQuery = z.object({ period: z.string().trim().min(1).max(80), unitId: z.string().max(100).optional() })
/** POST /api/reports/:id/redraft takes no fields. */
export const emptyWardInput = z.strictObject({})

export type DraftWardReportInput = z.infer<typeof draftWardReportInput>
export type WardReportQuery = z.infer<typeof wardReportQuery>
export type ApproveWardReportInput = z.infer<typeof approveWardReportInput>
