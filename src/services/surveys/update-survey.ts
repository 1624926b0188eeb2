/**
 * Edits a survey's settings. The questionnaire can change only while no answer exists (answers are kept by
 * question name: renaming or removing a question under them would orphan them); the owner unit stays in scope.
 */
import { replaceSurveyQuestions, updateSurveyRow } from '../../db/repos/survey.repo.ts'
import { countResponses } from '../../db/repos/survey-response.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { UpdateSurveyInput, SurveyView } from '../../shared/survey.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, requireScope, type ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'
import { checkDates, checkedQuestionnaire, checkOwnerUnit, checkQuotas, questionRows, surveySearchText } from './survey-rules.ts'
import { questionnaireOf, quotasOf, toSurveyView } from './survey-views.ts'

export async function updateSurvey(ctx: ServiceContext, surveyId: string, input: UpdateSurveyInput): Promise<SurveyView> {
  const row = await surveyFor(ctx, 'update', 'survey', surveyId)
  const scope = await requireScope(ctx, 'update', 'survey')
  const unit = input.unitId !== undefined && input.unitId !== row.unit_id ? await checkOwnerUnit(ctx.db, scope, input.unitId) : null
  const title = input.title !== undefined ? clean(input.title) : row.title
  const description = input.description !== undefined ? clean(input.description) : row.description
  const waveLabel = input.waveLabel !== undefined ? (input.waveLabel ? clean(input.waveLabel) : null) : row.wave_label
  let questionnaire = questionnaireOf(row)
  if (input.questionnaire !== undefined) {
    const next = checkedQuestionnaire({ ...input.questionnaire, title: input.questionnaire.title.trim() || title })
    if (JSON.stringify(next) !== row.questionnaire_json) {
      if ((await countResponses(ctx.db, row.id)) > 0) throw new DomainError('SURVEY_QUESTIONNAIRE_LOCKED', { fields: [{ path: 'questionnaire', code: 'SURVEY_QUESTIONNAIRE_LOCKED' }] }, 409)
      questionnaire = next
    }
  }
  const quotas = input.quotas ?? quotasOf(row)
  checkQuotas(questionnaire, quotas)
  const opensOn = input.opensOn !== undefined ? input.opensOn : row.opens_on
  const closesOn = input.closesOn !== undefined ? input.closesOn : row.closes_on
  checkDates(opensOn, closesOn)
  const unitPath = unit?.path ?? row.unit_path
  const patch = {
    title, description, wave_label: waveLabel, search_text: surveySearchText(title, description, waveLabel),
    unit_id: unit?.id ?? row.unit_id, unit_path: unitPath,
    kind: input.kind ?? row.kind, series_key: input.seriesKey !== undefined ? input.seriesKey : row.series_key,
    questionnaire_json: JSON.stringify(questionnaire), opens_on: opensOn ?? null, closes_on: closesOn ?? null,
    access: input.access ?? row.access,
    results_visible_while_open: input.resultsVisibleWhileOpen !== undefined ? (input.resultsVisibleWhileOpen ? 1 : 0) : row.results_visible_while_open,
    quotas_json: JSON.stringify(quotas), planned_sample: input.plannedSample !== undefined ? input.plannedSample : row.planned_sample,
    updated_at: ctx.now.toISOString(),
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateSurveyRow(trx, row.id, patch)
    await replaceSurveyQuestions(trx, row.id, questionRows(row.id, unitPath, questionnaire))
    await audit(trx, ctx, {
      action: 'survey.update', resourceType: 'survey', resourceId: row.id, unitId: patch.unit_id, unitPath,
      details: { fields: Object.keys(input) },
    })
  })
  return toSurveyView(ctx.db, { ...row, ...patch })
}
