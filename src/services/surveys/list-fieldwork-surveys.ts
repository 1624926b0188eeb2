/** Open surveys the actor may enter answers into, with their questionnaires: what an interviewer's phone keeps offline. */
import { listOpenSurveys } from '../../db/repos/survey.repo.ts'
import type { SurveyView } from '../../shared/survey.schema.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { fieldworkPaths, inFieldworkReach } from './survey-access.ts'
import { toSurveyViews } from './survey-views.ts'

export async function listFieldworkSurveys(ctx: ServiceContext): Promise<{ items: SurveyView[] }> {
  const scope = await requireScope(ctx, 'create', 'survey_response')
  const rows = await listOpenSurveys(ctx.db, fieldworkPaths(scope))
  return { items: await toSurveyViews(ctx.db, rows.filter((r) => inFieldworkReach(scope, r.unit_path))) }
}
