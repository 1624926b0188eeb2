/** Results per question and option with weighted percentages and 95 % margins of error (`caunoi survey results ID --json`). */
import type { SurveyRow } from '../../db/repos/survey.repo.ts'
import type { Db } from '../../db/connect.ts'
import { allQuestions, choicesOf, type Questionnaire } from '../../domain/survey/model.ts'
import { surveyResults, type OptionResult } from '../../domain/survey/stats.ts'
import type { QuestionResult, ResultOption, SurveyResults, SurveyStatus } from '../../shared/survey.schema.ts'
import type { ServiceContext } from '../context.ts'
import { requireResultsVisible, surveyFor } from './survey-access.ts'
import { weightedResponses } from './survey-weights.ts'

/** The option results with the choices' labels. */
export function labelled(options: OptionResult[], labels: Map<string, string>): ResultOption[] {
  return options.map((o) => ({ value: o.value, label: labels.get(o.value) ?? o.value, count: o.count, percent: o.percent, weightedPercent: o.weightedPercent, moe: o.moe }))
}

/** Results of a survey row, whoever asks (callers check access and visibility). */
export async function computeResults(db: Db, row: SurveyRow): Promise<SurveyResults> {
  const w = await weightedResponses(db, row)
  const raw = surveyResults(w.questionnaire, w.answers, w.weights)
  return { id: row.id, title: row.title, status: row.status as SurveyStatus, n: raw.n, weighted: w.weighted, questions: withLabels(w.questionnaire, raw.questions) }
}

function withLabels(q: Questionnaire, results: ReturnType<typeof surveyResults>['questions']): QuestionResult[] {
  const byName = new Map(allQuestions(q).map(({ question }) => [question.name, question]))
  return results.map((r) => {
    const x = byName.get(r.name)!
    const labels = new Map(choicesOf(x).map((c) => [c.value, c.label]))
    const rowLabels = new Map((x.rows ?? []).map((c) => [c.value, c.label]))
    return {
      name: r.name, type: r.type, label: x.label, n: r.n, options: labelled(r.options, labels),
      ...(r.numeric ? { numeric: r.numeric } : {}),
      ...(r.rows ? { rows: r.rows.map((row) => ({ value: row.value, label: rowLabels.get(row.value) ?? row.value, n: row.n, options: labelled(row.options, labels) })) } : {}),
    }
  })
}

export async function getResults(ctx: ServiceContext, surveyId: string): Promise<SurveyResults> {
  const row = await surveyFor(ctx, 'read', 'survey', surveyId)
  requireResultsVisible(row)
  return computeResults(ctx.db, row)
}
