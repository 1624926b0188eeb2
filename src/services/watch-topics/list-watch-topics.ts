/**
 * Topics to watch: the management list (topics set by units in the actor's scope) and "mine", what a
 * collaborator's phone shows first — the month's topics set at the caller's units and every unit above them
 * (the ward sets them once and they reach its whole subtree).
 */
import { listWatchTopicsAtPaths, listWatchTopicsInScope } from '../../db/repos/watch-topic.repo.ts'
import { findUnitInScope } from '../../db/repos/unit.repo.ts'
import { EVERYWHERE, selfAndAncestorPaths } from '../../domain/policy.ts'
import { localDay } from '../../domain/time.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { currentMonth, toWatchTopicViews } from './watch-topic-views.ts'

export async function listWatchTopics(ctx: ServiceContext, input: { month?: string; unitId?: string }) {
  const scope = await requireScope(ctx, 'read', 'watch_topic')
  const month = input.month ?? currentMonth(localDay(ctx.now))
  let underPath: string | undefined
  if (input.unitId) {
    const unit = await findUnitInScope(ctx.db, input.unitId, scope)
    if (!unit) return { month, items: [], total: 0 }
    underPath = unit.path
  }
  const items = await toWatchTopicViews(ctx.db, await listWatchTopicsInScope(ctx.db, { scope, month, underPath }))
  return { month, items, total: items.length }
}

export async function myWatchTopics(ctx: ServiceContext) {
  const scope = await requireScope(ctx, 'read', 'watch_topic')
  const month = currentMonth(localDay(ctx.now))
  const rows = scope.includes(EVERYWHERE)
    ? await listWatchTopicsInScope(ctx.db, { scope, month })
    : await listWatchTopicsAtPaths(ctx.db, [...new Set(ctx.actor.grants.flatMap((g) => selfAndAncestorPaths(g.unitPath)))], month)
  // the outermost unit's topics first (the ward before a cell), each unit's in its own order
  rows.sort((a, b) => a.unit_path.length - b.unit_path.length || a.unit_path.localeCompare(b.unit_path) || a.position - b.position || a.created_at.localeCompare(b.created_at))
  const items = await toWatchTopicViews(ctx.db, rows)
  return { month, items, total: items.length }
}
