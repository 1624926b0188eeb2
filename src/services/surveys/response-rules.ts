/** Checks shared by every way an answer arrives: the answers against the questionnaire, the quota profile, full quotas. */
import type { Db } from '../../db/connect.ts'
import type { SurveyRow } from '../../db/repos/survey.repo.ts'
import { listResponseCells } from '../../db/repos/survey-response.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { Answers } from '../../domain/survey/model.ts'
import { quotaCheck, quotaProfile, type QuotaCell, type QuotaProfile } from '../../domain/survey/quotas.ts'
import { validateAnswers } from '../../domain/survey/validate.ts'
import type { Quotas } from '../../shared/survey.schema.ts'
import { questionnaireOf, quotasOf } from './survey-views.ts'

/** The answers as kept (visible questions, normalised); any problem refuses them with the question as the field. */
export function checkedAnswers(row: SurveyRow, answers: Answers): Answers {
  const check = validateAnswers(questionnaireOf(row), answers)
  if (check.errors.length > 0) {
    throw new DomainError('SURVEY_ANSWERS_INVALID', {
      fields: check.errors.map((e) => ({ path: `answers.${e.question}${e.row !== undefined ? `.${e.row}` : ''}`, code: e.code })),
    })
  }
  return check.answers
}

/** A response's quota profile from its answers. */
export function profileOf(quotas: Quotas, answers: Answers): QuotaProfile {
  return quotaProfile(answers, quotas.fields, quotas.ageBands)
}

/** The quota cell columns of a response row. */
export function cellColumns(p: QuotaProfile) {
  return { area: p.area ?? null, sex: p.sex ?? null, age_group: p.ageGroup ?? null, social_group: p.socialGroup ?? null }
}

/** The survey's quota cells with the survey-wide "refuse when full" applied where a cell does not say. */
export function quotaCells(quotas: Quotas): QuotaCell[] {
  return quotas.cells.map((c) => ({ key: c.key, criteria: c.criteria, target: c.target, closeWhenFull: c.closeWhenFull ?? quotas.whenFull === 'refuse' }))
}

/** Profiles of the responses received (read back from their cell columns). */
export async function receivedProfiles(db: Db, surveyId: string): Promise<QuotaProfile[]> {
  const rows = await listResponseCells(db, surveyId)
  return rows.map((r) => {
    const p: QuotaProfile = {}
    if (r.area !== null) p.area = r.area
    if (r.sex !== null) p.sex = r.sex
    if (r.age_group !== null) p.ageGroup = r.age_group
    if (r.social_group !== null) p.socialGroup = r.social_group
    return p
  })
}

/** Refuses an answer that would fall in a full cell closed when full (SURVEY_QUOTA_FULL, 409, with the cells). */
export async function checkQuotaRoom(db: Db, row: SurveyRow, profile: QuotaProfile) {
  const quotas = quotasOf(row)
  const cells = quotaCells(quotas)
  if (cells.length === 0) return
  const r = quotaCheck(cells, await receivedProfiles(db, row.id), profile)
  if (!r.accept) throw new DomainError('SURVEY_QUOTA_FULL', { cells: r.overfilled }, 409)
}
