/** Removes a survey's margins: every response weighs 1 again. */
import { deleteWeighting, resetResponseWeights } from '../../db/repos/survey-response.repo.ts'
import { audit, type ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'

export async function clearWeights(ctx: ServiceContext, surveyId: string): Promise<void> {
  const row = await surveyFor(ctx, 'update', 'survey', surveyId)
  await ctx.db.transaction().execute(async (trx) => {
    await resetResponseWeights(trx, row.id)
    await deleteWeighting(trx, row.id)
    await audit(trx, ctx, { action: 'survey.weights_clear', resourceType: 'survey', resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path })
  })
}
