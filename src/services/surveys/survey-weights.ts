/**
 * The weights of a survey's responses: raking to the margins the admin set (src/domain/survey/raking.ts), or 1
 * for everybody when no margins are set. Results recompute them from the stored margins over the responses as
 * they are now, so an answer that arrives after the margins were set is weighted too.
 */
import type { Db } from '../../db/connect.ts'
import type { SurveyRow } from '../../db/repos/survey.repo.ts'
import { getWeighting, listAllResponses, type SurveyResponseRow } from '../../db/repos/survey-response.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { Answers, Questionnaire } from '../../domain/survey/model.ts'
import { rake, type Margins, type RakeResult } from '../../domain/survey/raking.ts'
import { answersOf, questionnaireOf } from './survey-views.ts'

/** Shares as entered: a question's shares summing to about 100 are percentages and are divided by 100. */
export function normaliseMargins(margins: Margins): Margins {
  const out: Margins = {}
  for (const [q, shares] of Object.entries(margins)) {
    const sum = Object.values(shares).reduce((a, b) => a + b, 0)
    out[q] = sum > 1.5 ? Object.fromEntries(Object.entries(shares).map(([k, v]) => [k, v / 100])) : { ...shares }
  }
  return out
}

/** Raking that reaches every margin, or a refusal naming the margin codes no respondent answered. */
export function rakeOrRefuse(q: Questionnaire, answers: Answers[], margins: Margins): RakeResult {
  const r = rake(q, answers, margins)
  if (r.emptyCells.length > 0) {
    throw new DomainError('SURVEY_WEIGHTS_EMPTY_CELL', { fields: r.emptyCells.map((c) => ({ path: `margins.${c.question}.${c.value}`, code: 'SURVEY_WEIGHTS_EMPTY_CELL' })) })
  }
  return r
}

export type WeightedResponses = { rows: SurveyResponseRow[]; answers: Answers[]; weights: number[]; weighted: boolean; questionnaire: Questionnaire }

/** Every response of the survey with its answers and its current weight. */
export async function weightedResponses(db: Db, survey: SurveyRow): Promise<WeightedResponses> {
  const [rows, weighting] = await Promise.all([listAllResponses(db, survey.id), getWeighting(db, survey.id)])
  const questionnaire = questionnaireOf(survey)
  const answers = rows.map(answersOf)
  if (!weighting || rows.length === 0) return { rows, answers, weights: rows.map(() => 1), weighted: false, questionnaire }
  const margins = JSON.parse(weighting.margins_json) as Margins
  // a margin code nobody answers any more cannot be reached: the weights stay as raking leaves them
  const r = rake(questionnaire, answers, margins)
  return { rows, answers, weights: r.weights, weighted: true, questionnaire }
}
