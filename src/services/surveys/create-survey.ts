/** Creates a survey (a draft) owned by a unit of the actor's scope, with its questionnaire and quotas. */
import { insertSurvey, replaceSurveyQuestions } from '../../db/repos/survey.repo.ts'
import type { CreateSurveyInput, SurveyView } from '../../shared/survey.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { checkDates, checkedQuestionnaire, checkOwnerUnit, checkQuotas, newPublicToken, questionRows, surveySearchText } from './survey-rules.ts'
import { toSurveyView } from './survey-views.ts'

export async function createSurvey(ctx: ServiceContext, input: CreateSurveyInput, action: 'create' | 'import' = 'create'): Promise<SurveyView> {
  const scope = await requireScope(ctx, action, 'survey')
  const unit = await checkOwnerUnit(ctx.db, scope, input.unitId)
  const title = clean(input.title)
  // the questionnaire's own title defaults to the survey's
  const questionnaire = checkedQuestionnaire({ ...input.questionnaire, title: input.questionnaire.title.trim() || title })
  checkQuotas(questionnaire, input.quotas)
  checkDates(input.opensOn, input.closesOn)
  const at = ctx.now.toISOString()
  const description = clean(input.description)
  const waveLabel = input.waveLabel ? clean(input.waveLabel) : null
  const row = {
    id: newId(), title, description, search_text: surveySearchText(title, description, waveLabel), unit_id: unit.id, unit_path: unit.path,
    kind: input.kind, wave_label: waveLabel, series_key: input.seriesKey ?? null, questionnaire_json: JSON.stringify(questionnaire),
    opens_on: input.opensOn ?? null, closes_on: input.closesOn ?? null, status: 'draft', access: input.access,
    results_visible_while_open: input.resultsVisibleWhileOpen ? 1 : 0, quotas_json: JSON.stringify(input.quotas), planned_sample: input.plannedSample ?? null,
    public_token: newPublicToken(), opened_at: null, closed_at: null, published_at: null, created_by: ctx.actor.userId, created_at: at, updated_at: at,
  }
  await ctx.db.transaction().execute(async (trx) => {
    await insertSurvey(trx, row)
    await replaceSurveyQuestions(trx, row.id, questionRows(row.id, unit.path, questionnaire))
    await audit(trx, ctx, { action: `survey.${action}`, resourceType: 'survey', resourceId: row.id, unitId: unit.id, unitPath: unit.path, details: { title } })
  })
  return toSurveyView(ctx.db, row)
}
