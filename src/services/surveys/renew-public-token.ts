/** Gives a survey a new public link: the old link (and its QR code) stops working. */
import { updateSurveyRow } from '../../db/repos/survey.repo.ts'
import type { SurveyView } from '../../shared/survey.schema.ts'
import { audit, type ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'
import { newPublicToken } from './survey-rules.ts'
import { toSurveyView } from './survey-views.ts'

export async function renewPublicToken(ctx: ServiceContext, surveyId: string): Promise<SurveyView> {
  const row = await surveyFor(ctx, 'manage', 'survey', surveyId)
  const patch = { public_token: newPublicToken(), updated_at: ctx.now.toISOString() }
  await ctx.db.transaction().execute(async (trx) => {
    await updateSurveyRow(trx, row.id, patch)
    await audit(trx, ctx, { action: 'survey.public_token', resourceType: 'survey', resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path })
  })
  return toSurveyView(ctx.db, { ...row, ...patch })
}
