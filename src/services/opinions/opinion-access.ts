/** Who sees and changes which opinion records: the scope split into full paths and own-only paths (collaborators, delegates). */
import { findOpinionVisible, type OpinionVisibility } from '../../db/repos/opinion.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { splitScope } from '../../domain/policy.ts'
import type { Action } from '../../shared/enums.ts'
import { requireScope, type ServiceContext } from '../context.ts'

/**
 * The records the actor may `action`: every record under their full paths, and under own-only paths the
 * records they entered. Refuses (audited) when the actor may do it nowhere.
 */
export async function opinionVisibility(ctx: ServiceContext, action: Action): Promise<OpinionVisibility> {
  await requireScope(ctx, action, 'opinion')
  const { full, own } = splitScope(ctx.actor, action, 'opinion')
  return { full, own, userId: ctx.actor.userId }
}

/** One record the actor may `action`; any other id is "not found" (404), never "forbidden". */
export async function findOpinionFor(ctx: ServiceContext, action: Action, opinionId: string) {
  const visibility = await opinionVisibility(ctx, action)
  const row = await findOpinionVisible(ctx.db, opinionId, visibility)
  if (!row) throw new DomainError('OPINION_NOT_FOUND')
  return row
}

/** Runs `fn` in a transaction, or inside the caller's when ctx.db already is one (a meeting saved with its petitions). */
export function inTransaction<T>(ctx: ServiceContext, fn: (trx: ServiceContext['db']) => Promise<T>): Promise<T> {
  return ctx.db.isTransaction ? fn(ctx.db) : ctx.db.transaction().execute(fn)
}
