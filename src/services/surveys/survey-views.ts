/** Survey rows as API views, and the stored JSON read back. */
import type { Db } from '../../db/connect.ts'
import { findUnitsOfSurveys, type SurveyRow } from '../../db/repos/survey.repo.ts'
import { countResponsesOf, weightedSurveys, type SurveyResponseRow } from '../../db/repos/survey-response.repo.ts'
import { allQuestions, type Answers, type Questionnaire } from '../../domain/survey/model.ts'
import type { Quotas, ResponseChannel, ResponseView, SurveyKind, SurveyListItem, SurveyStatus, SurveyView } from '../../shared/survey.schema.ts'

export function questionnaireOf(row: SurveyRow): Questionnaire {
  return JSON.parse(row.questionnaire_json) as Questionnaire
}

export function quotasOf(row: SurveyRow): Quotas {
  return JSON.parse(row.quotas_json) as Quotas
}

export function answersOf(row: Pick<SurveyResponseRow, 'answers_json'>): Answers {
  return JSON.parse(row.answers_json) as Answers
}

/** Full views of surveys (with their unit, number of responses and whether weights are set). */
export async function toSurveyViews(db: Db, rows: SurveyRow[]): Promise<SurveyView[]> {
  const ids = rows.map((r) => r.id)
  const [units, counts, weighted] = await Promise.all([findUnitsOfSurveys(db, rows.map((r) => r.unit_id)), countResponsesOf(db, ids), weightedSurveys(db, ids)])
  return rows.map((r) => {
    const u = units.get(r.unit_id)
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      unit: { id: r.unit_id, code: u?.code ?? '', name: u?.name ?? '' },
      kind: r.kind as SurveyKind,
      waveLabel: r.wave_label,
      seriesKey: r.series_key,
      questionnaire: questionnaireOf(r),
      opensOn: r.opens_on,
      closesOn: r.closes_on,
      status: r.status as SurveyStatus,
      access: r.access as 'link' | 'invite',
      resultsVisibleWhileOpen: r.results_visible_while_open === 1,
      quotas: quotasOf(r),
      plannedSample: r.planned_sample,
      publicToken: r.public_token,
      responses: counts.get(r.id) ?? 0,
      weighted: weighted.has(r.id),
      openedAt: r.opened_at,
      closedAt: r.closed_at,
      publishedAt: r.published_at,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }
  })
}

export async function toSurveyView(db: Db, row: SurveyRow): Promise<SurveyView> {
  return (await toSurveyViews(db, [row]))[0]!
}

/** List items: the view without the questionnaire and quotas, with the number of questions. */
export function toListItem(v: SurveyView): SurveyListItem {
  const { questionnaire, quotas: _quotas, ...rest } = v
  return { ...rest, questions: allQuestions(questionnaire).filter((x) => x.question.type !== 'note').length }
}

/** An anonymised response as the API shows it. */
export function toResponseView(r: SurveyResponseRow): ResponseView {
  return {
    id: r.id,
    channel: r.channel as ResponseChannel,
    submittedAt: r.submitted_at,
    answers: answersOf(r),
    weight: Number(r.weight),
    cell: { area: r.area, sex: r.sex, ageGroup: r.age_group, socialGroup: r.social_group },
  }
}
