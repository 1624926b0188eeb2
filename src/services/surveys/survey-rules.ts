/** Checks shared by the survey use cases: the questionnaire, the quotas, dates, the owner unit, the folded texts. */
import { randomBytes } from 'node:crypto'
import type { Db } from '../../db/connect.ts'
import { getUnitById } from '../../db/repos/unit.repo.ts'
import type { SurveyRow } from '../../db/repos/survey.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import { localDay } from '../../domain/time.ts'
import { allQuestions, choicesOf, type Questionnaire } from '../../domain/survey/model.ts'
import { checkQuestionnaire } from '../../domain/survey/validate.ts'
import type { Quotas } from '../../shared/survey.schema.ts'
import { clean, fold } from '../../text/fold.ts'

/** Cleans every text of a questionnaire (NFC) and refuses it with every problem as a field. */
export function checkedQuestionnaire(q: Questionnaire, path = 'questionnaire'): Questionnaire {
  const cleaned: Questionnaire = {
    title: clean(q.title),
    sections: q.sections.map((s) => ({
      ...s,
      title: clean(s.title),
      questions: s.questions.map((x) => ({
        ...x,
        label: clean(x.label),
        ...(x.hint !== undefined ? { hint: clean(x.hint) } : {}),
        ...(x.choices ? { choices: x.choices.map((c) => ({ value: c.value, label: clean(c.label) })) } : {}),
        ...(x.rows ? { rows: x.rows.map((c) => ({ value: c.value, label: clean(c.label) })) } : {}),
      })),
    })),
  }
  const issues = checkQuestionnaire(cleaned)
  if (issues.length > 0) throw new DomainError('SURVEY_QUESTIONNAIRE_INVALID', { fields: issues.map((i) => ({ path: `${path}.${i.path}`, code: i.code })) })
  return cleaned
}

/** Quota fields must name questions of the questionnaire; cell criteria must be choices of those questions. */
export function checkQuotas(q: Questionnaire, quotas: Quotas) {
  const questions = new Map(allQuestions(q).map(({ question }) => [question.name, question]))
  const fields: { path: string; code: string }[] = []
  for (const [dim, name] of Object.entries(quotas.fields)) {
    if (name !== undefined && !questions.has(name)) fields.push({ path: `quotas.fields.${dim}`, code: 'SURVEY_QUOTA_UNKNOWN_QUESTION' })
  }
  const keys = new Set<string>()
  quotas.cells.forEach((cell, i) => {
    if (keys.has(cell.key)) fields.push({ path: `quotas.cells.${i}.key`, code: 'SURVEY_QUOTA_DUPLICATE' })
    keys.add(cell.key)
    for (const [dim, value] of Object.entries(cell.criteria)) {
      const name = quotas.fields[dim as keyof Quotas['fields']]
      const x = name ? questions.get(name) : undefined
      if (!x) fields.push({ path: `quotas.cells.${i}.criteria.${dim}`, code: 'SURVEY_QUOTA_NO_FIELD' })
      else if (dim === 'ageGroup' && quotas.ageBands && (x.type === 'integer' || x.type === 'decimal')) {
        if (!quotas.ageBands.some((b) => b.value === value)) fields.push({ path: `quotas.cells.${i}.criteria.${dim}`, code: 'SURVEY_QUOTA_UNKNOWN_VALUE' })
      } else if (!choicesOf(x).some((c) => c.value === value)) fields.push({ path: `quotas.cells.${i}.criteria.${dim}`, code: 'SURVEY_QUOTA_UNKNOWN_VALUE' })
    }
  })
  if (fields.length > 0) throw new DomainError('SURVEY_QUOTAS_INVALID', { fields })
}

/** Opening and closing days in order. */
export function checkDates(opensOn: string | null | undefined, closesOn: string | null | undefined) {
  if (opensOn && closesOn && closesOn < opensOn) throw new DomainError('SURVEY_DATES_ORDER', { fields: [{ path: 'closesOn', code: 'SURVEY_DATES_ORDER' }] })
}

/** The owner unit, inside the scope. */
export async function checkOwnerUnit(db: Db, scope: string[], unitId: string) {
  const unit = await getUnitById(db, unitId)
  if (!unit || !inScope(scope, unit.path)) throw new DomainError('SURVEY_UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'SURVEY_UNIT_NOT_FOUND' }] })
  return unit
}

/** What the survey database matches for a survey: folded title, description and wave label. */
export function surveySearchText(title: string, description: string, waveLabel: string | null | undefined): string {
  return fold([title, description, waveLabel ?? ''].join(' '))
}

/** One indexed row per question (notes included: their text is searchable too). */
export function questionRows(surveyId: string, unitPath: string, q: Questionnaire) {
  return allQuestions(q).map(({ question }, position) => ({
    survey_id: surveyId,
    position,
    name: question.name,
    type: question.type,
    label: question.label,
    search_text: fold([question.label, question.hint ?? '', ...choicesOf(question).map((c) => c.label), ...(question.rows ?? []).map((r) => r.label)].join(' ')),
    unit_path: unitPath,
  }))
}

/** A random URL-safe token for the public link (128 bits). */
export function newPublicToken(): string {
  return randomBytes(16).toString('base64url')
}

/** Whether the survey takes answers at `now`: open, and today within its opening and closing days. */
export function acceptsAnswers(row: SurveyRow, now: Date): boolean {
  if (row.status !== 'open') return false
  const today = localDay(now)
  if (row.opens_on && today < row.opens_on) return false
  if (row.closes_on && today > row.closes_on) return false
  return true
}
