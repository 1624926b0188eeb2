/** One survey the actor may read (404 outside the scope). */
import type { SurveyView } from '../../shared/survey.schema.ts'
import type { ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'
import { toSurveyView } from './survey-views.ts'

export async function getSurvey(ctx: ServiceContext, surveyId: string): Promise<SurveyView> {
  return toSurveyView(ctx.db, await surveyFor(ctx, 'read', 'survey', surveyId))
}
