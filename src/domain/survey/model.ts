/**
 * A questionnaire (bảng hỏi) and its answers as data — the contract between the survey parts (domain, services,
 * web, XLSForm import/export). Pure types and constants; stored as JSON in the survey tables.
 *
 * Names follow XLSForm: every question has a `name` (unique in the form, [A-Za-z_][A-Za-z0-9_]*), the key of its
 * answer and of its CSV column. `relevant` is an XLSForm-style expression (`${q} = 'x'`, `selected(${q}, 'x')`,
 * `and`/`or`/`not`, parentheses, numbers and comparisons) evaluated by src/domain/survey/relevant.ts.
 */

/** Question types the builder offers (XLSForm mapping in parentheses). */
export const QUESTION_TYPES = [
  'single', // select_one LIST
  'multiple', // select_multiple LIST
  'likert5', // select_one of a 5-point agree scale (stored as choices 1..5)
  'rating', // rating 1..max (integer answer; max in `scaleMax`, default 5)
  'integer', // integer
  'decimal', // decimal
  'text', // text (short)
  'long_text', // text with appearance multiline
  'matrix', // rows × one scale: each row is answered with one of `choices`; answer is { rowName: choiceValue }
  'note', // note (no answer)
] as const
export type QuestionType = (typeof QUESTION_TYPES)[number]

/** A choice: `value` is the stored code (XLSForm choice `name`), `label` what people read. */
export type Choice = { value: string; label: string }

export type Question = {
  name: string
  type: QuestionType
  label: string
  /** help text under the label (XLSForm `hint`) */
  hint?: string
  required?: boolean
  /** show-if expression; absent = always shown */
  relevant?: string
  /** for single / multiple / likert5 / matrix (the scale) */
  choices?: Choice[]
  /** XLSForm list name the choices came from or go to (export keeps it) */
  listName?: string
  /** for matrix: the rows, each answered on `choices` */
  rows?: Choice[]
  /** for rating: the top of the scale (default 5) */
  scaleMax?: number
  /** for integer / decimal: inclusive bounds */
  min?: number
  max?: number
}

/** A section (XLSForm begin_group/end_group): a titled list of questions, optionally shown only if `relevant`. */
export type Section = { name: string; title: string; relevant?: string; questions: Question[] }

/** The whole questionnaire. */
export type Questionnaire = { title: string; sections: Section[] }

/**
 * One respondent's answers, by question name: single/likert5 → choice value; multiple → choice values; rating,
 * integer, decimal → number; text → string; matrix → { row: choice value }. Unanswered questions are absent.
 */
export type AnswerValue = string | number | string[] | Record<string, string>
export type Answers = Record<string, AnswerValue>

/** The five points of the Likert scale used by `likert5` (values "1".."5"). */
export const LIKERT5: Choice[] = [
  { value: '1', label: 'Hoàn toàn không đồng ý' },
  { value: '2', label: 'Không đồng ý' },
  { value: '3', label: 'Phân vân' },
  { value: '4', label: 'Đồng ý' },
  { value: '5', label: 'Hoàn toàn đồng ý' },
]

/** Every question of a questionnaire in order, with the section it belongs to. */
export function allQuestions(q: Questionnaire): { section: Section; question: Question }[] {
  return q.sections.flatMap((section) => section.questions.map((question) => ({ section, question })))
}

/** The answer options of a question: its `choices`, the Likert points for `likert5` without its own, "1".."scaleMax" for `rating`. */
export function choicesOf(question: Question): Choice[] {
  if (question.type === 'likert5') return question.choices ?? LIKERT5
  if (question.type === 'rating') {
    return Array.from({ length: question.scaleMax ?? 5 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))
  }
  return question.choices ?? []
}
