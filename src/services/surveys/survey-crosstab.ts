/** The cross-tab of two questions with row percentages and Pearson's chi-square (`caunoi survey crosstab ID ROW COL --json`). */
import { DomainError } from '../../domain/errors.ts'
import { allQuestions, choicesOf } from '../../domain/survey/model.ts'
import { crosstab } from '../../domain/survey/stats.ts'
import type { Crosstab, QuotaDimension } from '../../shared/survey.schema.ts'
import type { ServiceContext } from '../context.ts'
import { requireResultsVisible, surveyFor } from './survey-access.ts'
import { answersOf, questionnaireOf, quotasOf } from './survey-views.ts'
import { listAllResponses } from '../../db/repos/survey-response.repo.ts'

export async function getCrosstab(ctx: ServiceContext, surveyId: string, rowQuestion: string, colQuestion: string): Promise<Crosstab> {
  const row = await surveyFor(ctx, 'read', 'survey', surveyId)
  requireResultsVisible(row)
  const q = questionnaireOf(row)
  const answers = (await listAllResponses(ctx.db, row.id)).map(answersOf)
  const t = crosstab(q, answers, rowQuestion, colQuestion)
  const labelsOf = (name: string) => new Map(choicesOf(allQuestions(q).find((x) => x.question.name === name)!.question).map((c) => [c.value, c.label]))
  const rl = labelsOf(rowQuestion)
  const cl = labelsOf(colQuestion)
  return {
    rows: t.rows, cols: t.cols, rowLabels: t.rows.map((v) => rl.get(v) ?? v), colLabels: t.cols.map((v) => cl.get(v) ?? v),
    counts: t.counts, rowPercents: t.rowPercents, n: t.n, chiSquare: t.chiSquare, df: t.df, pValue: t.pValue,
  }
}

/** A question broken down by area, sex, age group or social group: the cross-tab with the question mapped to that quota field. */
export async function getBreakdown(ctx: ServiceContext, surveyId: string, question: string, by: QuotaDimension): Promise<Crosstab> {
  const row = await surveyFor(ctx, 'read', 'survey', surveyId)
  const field = quotasOf(row).fields[by]
  if (!field) throw new DomainError('SURVEY_QUOTA_NO_FIELD', { fields: [{ path: 'by', code: 'SURVEY_QUOTA_NO_FIELD' }] })
  return getCrosstab(ctx, surveyId, question, field)
}
