/**
 * Fieldwork steps (survey.manage): draft → open → closed → published; a closed survey may open again and a
 * published one go back to closed (unpublish). Opening needs at least one question.
 */
import { changeSurveyStatus } from '../../db/repos/survey.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { allQuestions } from '../../domain/survey/model.ts'
import type { SurveyStatus, SurveyView } from '../../shared/survey.schema.ts'
import { audit, type ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'
import { questionnaireOf, toSurveyView } from './survey-views.ts'

export type SurveyStep = 'open' | 'close' | 'publish' | 'unpublish'

const STEPS: Record<SurveyStep, { from: SurveyStatus[]; to: SurveyStatus; stamp: 'opened_at' | 'closed_at' | 'published_at' | null }> = {
  open: { from: ['draft', 'closed'], to: 'open', stamp: 'opened_at' },
  close: { from: ['open'], to: 'closed', stamp: 'closed_at' },
  publish: { from: ['closed'], to: 'published', stamp: 'published_at' },
  unpublish: { from: ['published'], to: 'closed', stamp: null },
}

export async function changeStatus(ctx: ServiceContext, surveyId: string, step: SurveyStep): Promise<SurveyView> {
  const row = await surveyFor(ctx, 'manage', 'survey', surveyId)
  const rule = STEPS[step]
  if (!rule.from.includes(row.status as SurveyStatus)) throw new DomainError('SURVEY_STATUS_INVALID', { status: row.status, step }, 409)
  if (step === 'open' && allQuestions(questionnaireOf(row)).every((x) => x.question.type === 'note'))
    throw new DomainError('SURVEY_NO_QUESTIONS', { fields: [{ path: 'questionnaire', code: 'SURVEY_NO_QUESTIONS' }] })
  const at = ctx.now.toISOString()
  const patch = { status: rule.to, updated_at: at, ...(rule.stamp ? { [rule.stamp]: at } : {}), ...(step === 'unpublish' ? { published_at: null } : {}) }
  await ctx.db.transaction().execute(async (trx) => {
    // two clicks at once: the second finds the status already changed
    if ((await changeSurveyStatus(trx, row.id, row.status, patch)) === 0) throw new DomainError('SURVEY_STATUS_INVALID', { status: row.status, step }, 409)
    await audit(trx, ctx, { action: `survey.${step}`, resourceType: 'survey', resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path, details: { from: row.status, to: rule.to } })
  })
  return toSurveyView(ctx.db, { ...row, ...patch })
}
