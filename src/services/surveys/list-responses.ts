/** One page of a survey's anonymised responses (survey_response.read; audited as a sensitive read). */
import { countResponses, listResponsesPage } from '../../db/repos/survey-response.repo.ts'
import type { ResponseView } from '../../shared/survey.schema.ts'
import { audit, type ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'
import { toResponseView } from './survey-views.ts'

export async function listResponses(ctx: ServiceContext, surveyId: string, page: { page: number; pageSize: number }): Promise<{ items: ResponseView[]; total: number }> {
  const row = await surveyFor(ctx, 'read', 'survey_response', surveyId)
  const [rows, total] = await Promise.all([listResponsesPage(ctx.db, row.id, { limit: page.pageSize, offset: (page.page - 1) * page.pageSize }), countResponses(ctx.db, row.id)])
  await audit(ctx.db, ctx, { action: 'survey_response.read', resourceType: 'survey', resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path, details: { page: page.page } })
  return { items: rows.map(toResponseView), total }
}
