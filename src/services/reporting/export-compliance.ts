/** The compliance grid as a coloured XLSX file; every export is in the audit log. */
import { complianceFileName, complianceXlsx } from '../../exports/compliance-xlsx.ts'
import vi from '../../shared/i18n/vi.json' with { type: 'json' }
import en from '../../shared/i18n/en.json' with { type: 'json' }
import type { Lang } from '../../shared/i18n/index.ts'
import type { ComplianceStatus } from '../../shared/report.schema.ts'
import { audit, requireScope, type ServiceContext } from '../context.ts'
import { getComplianceGrid } from './compliance.ts'

export async function exportComplianceXlsx(ctx: ServiceContext, input: { to?: string; months: number; unitId?: string }, lang: Lang = 'vi'): Promise<{ filename: string; data: Buffer }> {
  const scope = await requireScope(ctx, 'export', 'report')
  const grid = await getComplianceGrid(ctx, input)
  const texts = lang === 'en' ? en : vi
  const data = await complianceXlsx(grid, { ...texts.complianceSheet, status: texts.complianceStatuses as Record<ComplianceStatus, string> })
  await audit(ctx.db, ctx, { action: 'report.export', resourceType: 'report', unitPath: scope[0] ?? null, details: { what: 'compliance', months: grid.months, units: grid.units.length } })
  return { filename: complianceFileName(grid), data }
}
