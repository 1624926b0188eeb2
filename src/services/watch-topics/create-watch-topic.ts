/** Sets a topic to watch for a month at a unit the actor manages (by default this month, after the others). */
import { insertWatchTopic, maxWatchTopicPosition } from '../../db/repos/watch-topic.repo.ts'
import { findUnitInScope } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { localDay } from '../../domain/time.ts'
import type { CreateWatchTopicInput } from '../../shared/collaborator.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { currentMonth, toWatchTopicViews, type WatchTopicRow } from './watch-topic-views.ts'

export async function createWatchTopic(ctx: ServiceContext, input: CreateWatchTopicInput) {
  const scope = await requireScope(ctx, 'create', 'watch_topic')
  const unit = await findUnitInScope(ctx.db, input.unitId, scope)
  if (!unit) throw new DomainError('UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'UNIT_NOT_FOUND' }] })
  const month = input.month ?? currentMonth(localDay(ctx.now))
  const row: WatchTopicRow = {
    id: newId(), unit_id: unit.id, unit_path: unit.path, month, title: clean(input.title), description: clean(input.description),
    topics: [...new Set(input.topics)].join(';'), position: input.position ?? (await maxWatchTopicPosition(ctx.db, unit.id, month)) + 1,
    created_by: ctx.actor.userId, created_at: ctx.now.toISOString(),
  }
  await ctx.db.transaction().execute(async (trx) => {
    await insertWatchTopic(trx, row)
    await audit(trx, ctx, { action: 'watch_topic.create', resourceType: 'watch_topic', resourceId: row.id, unitId: unit.id, unitPath: unit.path, details: { month } })
  })
  return (await toWatchTopicViews(ctx.db, [row]))[0]!
}
