/** The texts of opinion records in a scope and period, for counting terms (emerging terms, term spikes). No rules. */
import type { Db } from '../connect.ts'
import type { RollupWindow } from './rollup.repo.ts'
import { pathInScope } from './scope.ts'

function inWindow(db: Db, w: RollupWindow) {
  let q = db.selectFrom('opinion_report as r').where(pathInScope('r.unit_path', w.scope)).where('r.heard_on', '>=', w.from).where('r.heard_on', '<=', w.to)
  if (w.unitPath) q = q.where(pathInScope('r.unit_path', [w.unitPath]))
  return q
}

/** How many records were heard in the window. */
export async function countOpinionTexts(db: Db, w: RollupWindow): Promise<number> {
  const r = await inWindow(db, w).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

/**
 * Title and content of the records heard in the window, at most `limit`; ordered by id, which is random
 * (UUID v4), so a cut list is a uniform sample of the window.
 */
export function listOpinionTexts(db: Db, w: RollupWindow, limit: number) {
  return inWindow(db, w).select(['r.id', 'r.heard_on', 'r.title', 'r.content']).orderBy('r.id').limit(limit).execute()
}
