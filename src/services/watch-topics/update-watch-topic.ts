/** Edits or removes a topic to watch set by a unit the actor manages; any other id is "not found". */
import { deleteWatchTopic, getWatchTopicById, updateWatchTopicRow } from '../../db/repos/watch-topic.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import type { UpdateWatchTopicInput } from '../../shared/collaborator.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, requireScope, type ServiceContext } from '../context.ts'
import { toWatchTopicViews } from './watch-topic-views.ts'

async function findForUpdate(ctx: ServiceContext, id: string) {
  const scope = await requireScope(ctx, 'update', 'watch_topic')
  const row = await getWatchTopicById(ctx.db, id)
  if (!row || !inScope(scope, row.unit_path)) throw new DomainError('WATCH_TOPIC_NOT_FOUND')
  return row
}

export async function updateWatchTopic(ctx: ServiceContext, input: UpdateWatchTopicInput & { watchTopicId: string }) {
  const current = await findForUpdate(ctx, input.watchTopicId)
  const next = {
    ...current,
    month: input.month ?? current.month,
    title: input.title !== undefined ? clean(input.title) : current.title,
    description: input.description !== undefined ? clean(input.description) : current.description,
    topics: input.topics !== undefined ? [...new Set(input.topics)].join(';') : current.topics,
    position: input.position ?? current.position,
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateWatchTopicRow(trx, current.id, { month: next.month, title: next.title, description: next.description, topics: next.topics, position: next.position })
    await audit(trx, ctx, {
      action: 'watch_topic.update', resourceType: 'watch_topic', resourceId: current.id, unitId: current.unit_id, unitPath: current.unit_path,
      details: { fields: Object.keys(input).filter((k) => k !== 'watchTopicId').sort() },
    })
  })
  return (await toWatchTopicViews(ctx.db, [next]))[0]!
}

export async function removeWatchTopic(ctx: ServiceContext, input: { watchTopicId: string }) {
  const current = await findForUpdate(ctx, input.watchTopicId)
  await ctx.db.transaction().execute(async (trx) => {
    await deleteWatchTopic(trx, current.id)
    await audit(trx, ctx, {
      action: 'watch_topic.delete', resourceType: 'watch_topic', resourceId: current.id, unitId: current.unit_id, unitPath: current.unit_path,
      details: { month: current.month, title: current.title },
    })
  })
}
