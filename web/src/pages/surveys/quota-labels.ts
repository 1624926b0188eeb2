/** Words for quota cells: "Giới tính: Nữ · Địa bàn: Tổ 5", from the questions the survey maps to each dimension. */
import { allQuestions, choicesOf } from '../../../../src/domain/survey/model.ts'
import { QUOTA_DIMENSIONS, type QuotaDimension, type SurveyView } from '../../../../src/shared/survey.schema.ts'
import type { MessageKey, Params } from '../../i18n/messages.ts'

type T = (key: MessageKey, params?: Params) => string

/** The label of one value of a dimension: the choice label of the mapped question, else the value itself (age bands). */
export function quotaValueLabel(survey: Pick<SurveyView, 'questionnaire' | 'quotas'>, dimension: QuotaDimension, value: string): string {
  const name = survey.quotas.fields[dimension]
  const q = name ? allQuestions(survey.questionnaire).find((x) => x.question.name === name)?.question : undefined
  return (q && choicesOf(q).find((c) => c.value === value)?.label) || value
}

/** A cell's criteria in words, in the dimensions' order. */
export function quotaCellLabel(criteria: Partial<Record<QuotaDimension, string>>, survey: Pick<SurveyView, 'questionnaire' | 'quotas'>, t: T): string {
  return QUOTA_DIMENSIONS.filter((d) => criteria[d] !== undefined)
    .map((d) => `${t(`ui.surveys.dimensions.${d}`)}: ${quotaValueLabel(survey, d, criteria[d]!)}`)
    .join(' · ')
}
