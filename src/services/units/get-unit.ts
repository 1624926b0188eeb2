/** One unit with its areas, responsible officer and history; outside the actor's scope it does not exist. */
import { findUnitInScope, listUnitHistory } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { localDay } from '../../domain/time.ts'
import type { UnitHistoryView } from '../../shared/schemas.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { toUnitViews } from './unit-views.ts'

export async function getUnit(ctx: ServiceContext, input: { unitId: string }) {
  const scope = await requireScope(ctx, 'read', 'unit')
  const row = await findUnitInScope(ctx.db, input.unitId, scope)
  if (!row) throw new DomainError('UNIT_NOT_FOUND')
  const [view] = await toUnitViews(ctx.db, [row], localDay(ctx.now))
  return view!
}

/** The change history of one unit, newest first. */
export async function getUnitHistory(ctx: ServiceContext, input: { unitId: string }): Promise<{ items: UnitHistoryView[] }> {
  const scope = await requireScope(ctx, 'read', 'unit')
  if (!(await findUnitInScope(ctx.db, input.unitId, scope))) throw new DomainError('UNIT_NOT_FOUND')
  const rows = await listUnitHistory(ctx.db, input.unitId)
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at,
      change: r.change,
      actorUsername: r.username,
      before: r.before_json ? JSON.parse(r.before_json) : null,
      after: r.after_json ? JSON.parse(r.after_json) : null,
    })),
  }
}
