/**
 * What the respondent form computes, shared by the public page, the interviewer's entry, paper entry and the
 * builder's preview: which sections and questions show for the answers so far (show-if), which answers must be
 * dropped because their question is hidden, what is wrong with an answer, and how far the respondent is.
 * Pure: the show-if evaluation comes in as a function (the domain's evaluator in the app).
 */
import { compileRelevant } from '../../../../src/domain/survey/relevant.ts'
import { choicesOf as domainChoicesOf, type AnswerValue, type Answers, type Question, type Questionnaire, type Section } from '../../../../src/domain/survey/model.ts'

/** Whether a show-if expression holds for the answers (absent expression = shown). */
export type ShowIfTest = (expression: string | undefined, answers: Answers) => boolean

export type VisibleSection = { section: Section; questions: Question[] }

/** The choices a question offers (the domain's: its own, the Likert points, or 1..max for a rating). */
export const choicesOf = domainChoicesOf

/** True when a value counts as an answer (an empty text, list or matrix does not). */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'number') return Number.isFinite(value)
  if (Array.isArray(value)) return value.length > 0
  return Object.values(value).some((v) => v !== '')
}

/** The sections and questions shown for these answers, in order; sections with nothing to show are left out. */
export function visibleSections(form: Questionnaire, answers: Answers, shown: ShowIfTest): VisibleSection[] {
  const out: VisibleSection[] = []
  for (const section of form.sections) {
    if (!shown(section.relevant, answers)) continue
    const questions = section.questions.filter((q) => shown(q.relevant, answers))
    if (questions.length) out.push({ section, questions })
  }
  return out
}

/**
 * The answers without those of hidden questions. Dropping one answer can hide another question, so this repeats
 * until nothing changes (a chain of show-ifs is at most as long as the form).
 */
export function pruneHidden(form: Questionnaire, answers: Answers, shown: ShowIfTest): Answers {
  let current = { ...answers }
  for (let round = 0; round <= form.sections.reduce((n, s) => n + s.questions.length, 0); round++) {
    const visible = new Set(visibleSections(form, current, shown).flatMap((s) => s.questions.map((q) => q.name)))
    const next: Answers = {}
    for (const [name, value] of Object.entries(current)) if (visible.has(name)) next[name] = value
    if (Object.keys(next).length === Object.keys(current).length) return next
    current = next
  }
  return current
}

export type AnswerProblem =
  | { code: 'required' }
  | { code: 'number' }
  | { code: 'integer' }
  | { code: 'min'; min: number }
  | { code: 'max'; max: number }
  | { code: 'choice' }
  | { code: 'matrixIncomplete'; missing: number }

/** What is wrong with one answer to one (shown) question, or null. */
export function answerProblem(q: Question, value: AnswerValue | undefined): AnswerProblem | null {
  if (q.type === 'note') return null
  if (!isAnswered(value)) {
    if (!q.required) return null
    return { code: 'required' }
  }
  switch (q.type) {
    case 'integer':
    case 'decimal':
    case 'rating': {
      const n = typeof value === 'number' ? value : Number(String(value).replace(',', '.'))
      if (!Number.isFinite(n)) return { code: 'number' }
      if ((q.type === 'integer' || q.type === 'rating') && !Number.isInteger(n)) return { code: 'integer' }
      const min = q.type === 'rating' ? 1 : q.min
      const max = q.type === 'rating' ? (q.scaleMax ?? 5) : q.max
      if (min !== undefined && n < min) return { code: 'min', min }
      if (max !== undefined && n > max) return { code: 'max', max }
      return null
    }
    case 'single':
    case 'likert5': {
      const values = new Set(choicesOf(q).map((c) => c.value))
      return typeof value === 'string' && values.has(value) ? null : { code: 'choice' }
    }
    case 'multiple': {
      const values = new Set(choicesOf(q).map((c) => c.value))
      return Array.isArray(value) && value.every((v) => values.has(v)) ? null : { code: 'choice' }
    }
    case 'matrix': {
      if (typeof value !== 'object' || Array.isArray(value)) return { code: 'choice' }
      const scale = new Set(choicesOf(q).map((c) => c.value))
      if (Object.values(value).some((v) => v !== '' && !scale.has(v))) return { code: 'choice' }
      const missing = (q.rows ?? []).filter((r) => !value[r.value]).length
      return q.required && missing > 0 ? { code: 'matrixIncomplete', missing } : null
    }
    default:
      return null
  }
}

/** Problems of every shown question of the given sections (all shown sections when none given), by question name. */
export function formProblems(form: Questionnaire, answers: Answers, shown: ShowIfTest, only?: VisibleSection[]): Record<string, AnswerProblem> {
  const problems: Record<string, AnswerProblem> = {}
  for (const { questions } of only ?? visibleSections(form, answers, shown)) {
    for (const q of questions) {
      const p = answerProblem(q, answers[q.name])
      if (p) problems[q.name] = p
    }
  }
  return problems
}

/** How many shown questions (notes aside) have an answer, out of how many. */
export function progressOf(form: Questionnaire, answers: Answers, shown: ShowIfTest): { answered: number; total: number } {
  const questions = visibleSections(form, answers, shown).flatMap((s) => s.questions).filter((q) => q.type !== 'note')
  return { answered: questions.filter((q) => isAnswered(answers[q.name])).length, total: questions.length }
}

/** The answers as sent: hidden questions dropped, texts trimmed, empty answers left out, numbers as numbers. */
export function answersToSend(form: Questionnaire, answers: Answers, shown: ShowIfTest): Answers {
  const byName = new Map(form.sections.flatMap((s) => s.questions).map((q) => [q.name, q]))
  const out: Answers = {}
  for (const [name, value] of Object.entries(pruneHidden(form, answers, shown))) {
    const q = byName.get(name)
    if (!q || q.type === 'note' || !isAnswered(value)) continue
    if (typeof value === 'string') {
      const n = Number(value.replace(',', '.'))
      out[name] = (q.type === 'integer' || q.type === 'decimal' || q.type === 'rating') && Number.isFinite(n) ? n : value.trim()
    } else if (typeof value === 'object' && !Array.isArray(value)) {
      out[name] = Object.fromEntries(Object.entries(value).filter(([, v]) => v !== ''))
    } else out[name] = value
  }
  return out
}

const compiled = new Map<string, (answers: Answers) => boolean>()

/**
 * The domain's show-if evaluator (src/domain/survey/relevant.ts), compiled once per expression. An expression that
 * does not parse shows its question: the builder refuses it, so this only guards an older or imported form, and
 * hiding a question nobody can reach would lose answers silently.
 */
export const domainShowIf: ShowIfTest = (expression, answers) => {
  if (!expression || !expression.trim()) return true
  let test = compiled.get(expression)
  if (!test) {
    try {
      test = compileRelevant(expression)
    } catch {
      test = () => true
    }
    compiled.set(expression, test)
  }
  return test(answers)
}
