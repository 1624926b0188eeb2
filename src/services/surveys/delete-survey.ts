/** Deletes a draft survey that has no answers (one made by mistake). */
import { deleteSurveyRow } from '../../db/repos/survey.repo.ts'
import { countResponses } from '../../db/repos/survey-response.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { audit, type ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'

export async function deleteSurvey(ctx: ServiceContext, surveyId: string): Promise<void> {
  const row = await surveyFor(ctx, 'manage', 'survey', surveyId)
  if (row.status !== 'draft' || (await countResponses(ctx.db, row.id)) > 0) throw new DomainError('SURVEY_NOT_DELETABLE', undefined, 409)
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('survey_question').where('survey_id', '=', row.id).execute()
    await trx.deleteFrom('survey_invite').where('survey_id', '=', row.id).execute()
    await deleteSurveyRow(trx, row.id)
    await audit(trx, ctx, { action: 'survey.delete', resourceType: 'survey', resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path, details: { title: row.title } })
  })
}
