/** The texts of opinion records in a scope and period, for counting terms (emerging terms, term spikes). No rules. */
import { sql } from 'kysely'
import type { Db } from '../connect.ts'
import type { RollupWindow } from './rollup.repo.ts'
import { inSubtreeDuring, pathInScope } from './scope.ts'

function inWindow(db: Db, w: RollupWindow) {
  // the unit asked for, else a scope of one subtree (a ward officer's), as a subtree its index can seek
  const subtree = w.unitPath ?? (w.scope.length === 1 ? w.scope[0] : undefined)
  const q = db.selectFrom('opinion_report as r').where(pathInScope('r.unit_path', w.scope))
  if (subtree) return q.where(inSubtreeDuring(db, 'r.unit_path', 'r.heard_on', { unitPath: subtree, from: w.from, to: w.to }))
  return q.where('r.heard_on', '>=', w.from).where('r.heard_on', '<=', w.to)
}

/**
 * How many records were heard in the window; with `atMost`, counted only up to that many (a window of the whole
 * city at 1 M records holds ~80 000: a caller who only asks "more than N?" need not read them all).
 */
export async function countOpinionTexts(db: Db, w: RollupWindow, atMost?: number): Promise<number> {
  if (atMost === undefined) {
    const r = await inWindow(db, w).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    return Number(r.n)
  }
  const r = await db
    .selectFrom(inWindow(db, w).select(sql<number>`1`.as('one')).limit(atMost).as('t'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(r.n)
}

/**
 * Title, content and folded words (search_text) of the records heard in the window, at most `limit`; ordered by
 * the random part of the id (from its 16th character: a UUID v7's 74 random bits, or any part of an older v4), so a
 * cut list is a uniform sample of the window — the id as a whole sorts by creation time (newId), which would keep
 * the earliest written.
 */
export function listOpinionTexts(db: Db, w: RollupWindow, limit: number) {
  return inWindow(db, w).select(['r.id', 'r.heard_on', 'r.title', 'r.content', 'r.search_text']).orderBy(sql`substr(r.id, 16)`).limit(limit).execute()
}
