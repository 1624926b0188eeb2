/** Units the actor may see; `q` matches code or name ignoring accents ("hoa binh" finds "Hoà Bình"). */
import { listUnitsInScope } from '../../db/repos/unit.repo.ts'
import { localDay } from '../../domain/time.ts'
import { fold } from '../../text/fold.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { toUnitViews } from './unit-views.ts'

type ListUnitsInput = {
  q?: string
  /** also list units that have closed or not yet opened */
  includeInactive?: boolean
}

export async function listUnits(ctx: ServiceContext, input: ListUnitsInput) {
  const scope = await requireScope(ctx, 'read', 'unit')
  const today = localDay(ctx.now)
  let rows = await listUnitsInScope(ctx.db, { scope, activeOn: input.includeInactive ? undefined : today })
  if (input.q) {
    const needle = fold(input.q)
    rows = rows.filter((r) => fold(`${r.code} ${r.name}`).includes(needle))
  }
  const items = await toUnitViews(ctx.db, rows, today)
  return { items, total: items.length }
}
