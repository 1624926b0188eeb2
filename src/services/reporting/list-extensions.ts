/** The extensions granted to units in the actor's scope (all, or of one period), oldest first. */
import { listExtensions } from '../../db/repos/report-extension.repo.ts'
import { findPeriodByKey } from '../../db/repos/report-period.repo.ts'
import type { ExtensionView } from '../../shared/report.schema.ts'
import { requireScope, type ServiceContext } from '../context.ts'

export async function listExtensionViews(ctx: ServiceContext, input: { period?: string }): Promise<ExtensionView[]> {
  const scope = await requireScope(ctx, 'read', 'report')
  let periodIds: string[] | null = null
  if (input.period) {
    const p = await findPeriodByKey(ctx.db, input.period)
    periodIds = p ? [p.id] : []
  }
  const rows = await listExtensions(ctx.db, periodIds, scope)
  return rows.map((r) => ({
    id: r.id, periodKey: r.period_key, unitId: r.unit_id, unitCode: r.unit_code, unitName: r.unit_name, until: r.until_at, reason: r.reason,
    grantedBy: r.granted_by_name, createdAt: r.created_at,
  }))
}
