/** The monthly allowance payment sheet as XLSX, for the actor's scope; every export is in the audit log. */
import { allowanceFileName, allowanceXlsx } from '../../exports/allowance-xlsx.ts'
import vi from '../../shared/i18n/vi.json' with { type: 'json' }
import { audit, requireScope, type ServiceContext } from '../context.ts'
import { collaboratorActivity } from './collaborator-activity.ts'

export async function exportActivityXlsx(ctx: ServiceContext, input: { month: string }): Promise<{ filename: string; data: Buffer }> {
  const scope = await requireScope(ctx, 'export', 'collaborator')
  const view = await collaboratorActivity(ctx, input, 'export')
  const data = await allowanceXlsx(view, (r) => (vi.allowanceReasons as Record<string, string>)[r] ?? r)
  await audit(ctx.db, ctx, {
    action: 'collaborator.export', resourceType: 'collaborator', unitPath: scope[0] ?? null,
    details: { month: input.month, rows: view.rows.length, total: view.totals.allowance },
  })
  return { filename: allowanceFileName(input.month), data }
}
