/** One opinion record; outside the actor's scope (or, for a collaborator, not entered by them) it does not exist. */
import type { OpinionView } from '../../shared/opinion.schema.ts'
import type { ServiceContext } from '../context.ts'
import { findOpinionFor } from './opinion-access.ts'
import { toOpinionViews } from './opinion-views.ts'

export async function getOpinion(ctx: ServiceContext, input: { opinionId: string }): Promise<OpinionView> {
  const row = await findOpinionFor(ctx, 'read', input.opinionId)
  const [view] = await toOpinionViews(ctx.db, [row])
  return view!
}
