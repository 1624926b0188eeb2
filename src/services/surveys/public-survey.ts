/** What the public pages read without an account: the form of a survey by its link token, and its results once published. */
import { findSurveyByToken, type SurveyRow } from '../../db/repos/survey.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { PublicSurvey, SurveyResults, SurveyStatus } from '../../shared/survey.schema.ts'
import type { ServiceContext } from '../context.ts'
import { computeResults } from './survey-results.ts'
import { questionnaireOf } from './survey-views.ts'

/** A survey by token that the public may see (not a draft); anything else is SURVEY_NOT_FOUND. */
export async function publicSurveyRow(ctx: ServiceContext, token: string): Promise<SurveyRow> {
  const row = await findSurveyByToken(ctx.db, token)
  if (!row || row.status === 'draft') throw new DomainError('SURVEY_NOT_FOUND')
  return row
}

export async function getPublicSurvey(ctx: ServiceContext, token: string): Promise<PublicSurvey> {
  const row = await publicSurveyRow(ctx, token)
  return {
    title: row.title, description: row.description, questionnaire: questionnaireOf(row), status: row.status as SurveyStatus,
    closesOn: row.closes_on, inviteOnly: row.access === 'invite', resultsPublished: row.status === 'published',
  }
}

/** Results on the public site: only once the board has published them. */
export async function getPublicResults(ctx: ServiceContext, token: string): Promise<SurveyResults> {
  const row = await publicSurveyRow(ctx, token)
  if (row.status !== 'published') throw new DomainError('SURVEY_NOT_FOUND')
  return computeResults(ctx.db, row)
}
