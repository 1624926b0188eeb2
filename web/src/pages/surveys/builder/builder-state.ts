/**
 * The builder's edits of a questionnaire as pure functions (each returns a new questionnaire), and the checks it
 * runs before saving: the domain's own (checkQuestionnaire: codes, labels, options, rows, bounds, show-if
 * expressions that parse and use only earlier questions), placed on the question or section they concern.
 */
import type { Question, QuestionType, Questionnaire, Section } from '../../../../../src/domain/survey/model.ts'
import { questionsReferenced, tryParseRelevant } from '../../../../../src/domain/survey/relevant.ts'
import { checkQuestionnaire } from '../../../../../src/domain/survey/validate.ts'

const NEEDS_CHOICES: QuestionType[] = ['single', 'multiple', 'matrix']

/** Every name used by a section or question. */
function namesOf(form: Questionnaire): Set<string> {
  return new Set(form.sections.flatMap((s) => [s.name, ...s.questions.map((q) => q.name)]))
}

/** The first free name `prefix` + n (q1, q2 … / s1, s2 …). */
export function freeName(form: Questionnaire, prefix: string): string {
  const used = namesOf(form)
  for (let n = 1; ; n++) if (!used.has(`${prefix}${n}`)) return `${prefix}${n}`
}

/** A question of a type as the builder starts it (options for choice types, rows for a matrix). */
export function blankQuestion(form: Questionnaire, type: QuestionType, label = ''): Question {
  const q: Question = { name: freeName(form, 'q'), type, label }
  if (type === 'single' || type === 'multiple') q.choices = [{ value: '1', label: '' }, { value: '2', label: '' }]
  if (type === 'matrix') {
    q.rows = [{ value: 'r1', label: '' }, { value: 'r2', label: '' }]
    q.choices = [{ value: '1', label: '' }, { value: '2', label: '' }, { value: '3', label: '' }]
  }
  if (type === 'rating') q.scaleMax = 5
  return q
}

/** Changes one question's type, keeping what still fits (options stay for choice types). */
export function changeType(q: Question, type: QuestionType): Question {
  const next: Question = { name: q.name, type, label: q.label }
  if (q.hint) next.hint = q.hint
  if (q.required && type !== 'note') next.required = q.required
  if (q.relevant) next.relevant = q.relevant
  if (NEEDS_CHOICES.includes(type)) {
    next.choices = q.choices?.length ? q.choices : [{ value: '1', label: '' }, { value: '2', label: '' }]
    if (q.listName) next.listName = q.listName
  }
  if (type === 'matrix') next.rows = q.rows?.length ? q.rows : [{ value: 'r1', label: '' }, { value: 'r2', label: '' }]
  if (type === 'rating') next.scaleMax = q.scaleMax ?? 5
  if (type === 'integer' || type === 'decimal') {
    if (q.min !== undefined) next.min = q.min
    if (q.max !== undefined) next.max = q.max
  }
  return next
}

/** Adds an empty section at the end. */
export function addSection(form: Questionnaire, title = ''): Questionnaire {
  return { ...form, sections: [...form.sections, { name: freeName(form, 's'), title, questions: [] }] }
}

/** Replaces section `si` with `change(section)`. */
export function updateSection(form: Questionnaire, si: number, change: (s: Section) => Section): Questionnaire {
  return { ...form, sections: form.sections.map((s, i) => (i === si ? change(s) : s)) }
}

export function removeSection(form: Questionnaire, si: number): Questionnaire {
  return { ...form, sections: form.sections.filter((_, i) => i !== si) }
}

/** Moves a section one place up (-1) or down (+1). */
export function moveSection(form: Questionnaire, si: number, by: -1 | 1): Questionnaire {
  const to = si + by
  if (to < 0 || to >= form.sections.length) return form
  const sections = [...form.sections]
  ;[sections[si], sections[to]] = [sections[to]!, sections[si]!]
  return { ...form, sections }
}

export function addQuestion(form: Questionnaire, si: number, q: Question): Questionnaire {
  return updateSection(form, si, (s) => ({ ...s, questions: [...s.questions, q] }))
}

export function updateQuestion(form: Questionnaire, si: number, qi: number, change: (q: Question) => Question): Questionnaire {
  return updateSection(form, si, (s) => ({ ...s, questions: s.questions.map((q, i) => (i === qi ? change(q) : q)) }))
}

export function removeQuestion(form: Questionnaire, si: number, qi: number): Questionnaire {
  return updateSection(form, si, (s) => ({ ...s, questions: s.questions.filter((_, i) => i !== qi) }))
}

/** A copy placed right after the original, with a free code. */
export function duplicateQuestion(form: Questionnaire, si: number, qi: number): Questionnaire {
  const q = form.sections[si]?.questions[qi]
  if (!q) return form
  const copy: Question = { ...structuredClone(q), name: freeName(form, 'q') }
  return updateSection(form, si, (s) => ({ ...s, questions: [...s.questions.slice(0, qi + 1), copy, ...s.questions.slice(qi + 1)] }))
}

/** Moves a question one place up or down, across the section border when it is first or last of its section. */
export function moveQuestion(form: Questionnaire, si: number, qi: number, by: -1 | 1): Questionnaire {
  const section = form.sections[si]
  const q = section?.questions[qi]
  if (!section || !q) return form
  const to = qi + by
  if (to >= 0 && to < section.questions.length) {
    return updateSection(form, si, (s) => {
      const questions = [...s.questions]
      ;[questions[qi], questions[to]] = [questions[to]!, questions[qi]!]
      return { ...s, questions }
    })
  }
  const target = si + by
  if (target < 0 || target >= form.sections.length) return form
  const without = removeQuestion(form, si, qi)
  return updateSection(without, target, (s) => ({ ...s, questions: by < 0 ? [...s.questions, q] : [q, ...s.questions] }))
}

/** Questions before a position (the ones a show-if may use), in order. */
export function questionsBefore(form: Questionnaire, si: number, qi: number): Question[] {
  const out: Question[] = []
  form.sections.forEach((s, i) => {
    if (i < si) out.push(...s.questions)
    else if (i === si) out.push(...s.questions.slice(0, qi))
  })
  return out.filter((q) => q.type !== 'note')
}

/** Names of questions whose show-if refers to `name`. */
export function usedBy(form: Questionnaire, name: string): string[] {
  const out: string[] = []
  for (const s of form.sections) {
    for (const q of s.questions) {
      if (!q.relevant) continue
      const parsed = tryParseRelevant(q.relevant)
      if (parsed.ok && questionsReferenced(parsed.expr).includes(name)) out.push(q.name)
    }
  }
  return out
}

/**
 * A problem of the questionnaire, as the domain's checkQuestionnaire reports it (the server refuses the same):
 * `where` is the question's or section's name ("" for the form's title), `field` the part concerned
 * ("label", "choices", "relevant" …), `code` the error code with its message in the i18n "errors".
 */
export type BuilderProblem = { where: string; field: string; code: string; path: string }

/** The problems of a questionnaire, each placed on its question or section. */
export function builderProblems(form: Questionnaire): BuilderProblem[] {
  return checkQuestionnaire(form).map((issue) => {
    const m = /^sections\.(\d+)(?:\.questions\.(\d+))?\.?([^.]*)/.exec(issue.path)
    if (!m) return { where: '', field: issue.path, code: issue.code, path: issue.path }
    const section = form.sections[Number(m[1])]
    const question = m[2] !== undefined ? section?.questions[Number(m[2])] : undefined
    return { where: (question ?? section)?.name ?? '', field: m[3] ?? '', code: issue.code, path: issue.path }
  })
}

/** Where a show-if expression stops parsing (0-based), for the message under the expression field; null when it parses. */
export function relevantErrorPosition(expr: string | undefined): number | null {
  if (!expr || !expr.trim()) return null
  const parsed = tryParseRelevant(expr)
  return parsed.ok ? null : parsed.position
}

/** The questionnaire as saved: labels and options trimmed, empty optional fields left out. */
export function cleanForSave(form: Questionnaire): Questionnaire {
  return {
    title: form.title.trim(),
    sections: form.sections.map((s) => {
      const section: Section = { name: s.name, title: s.title.trim(), questions: s.questions.map(cleanQuestion) }
      if (s.relevant?.trim()) section.relevant = s.relevant.trim()
      return section
    }),
  }
}

function cleanQuestion(q: Question): Question {
  const out: Question = { name: q.name.trim(), type: q.type, label: q.label.trim() }
  if (q.hint?.trim()) out.hint = q.hint.trim()
  if (q.required && q.type !== 'note') out.required = true
  if (q.relevant?.trim()) out.relevant = q.relevant.trim()
  if (NEEDS_CHOICES.includes(q.type) && q.choices) out.choices = q.choices.map((c) => ({ value: c.value.trim(), label: c.label.trim() }))
  if (q.type === 'likert5' && q.choices?.length) out.choices = q.choices
  if (q.listName && out.choices) out.listName = q.listName
  if (q.type === 'matrix' && q.rows) out.rows = q.rows.map((r) => ({ value: r.value.trim(), label: r.label.trim() }))
  if (q.type === 'rating') out.scaleMax = q.scaleMax ?? 5
  if ((q.type === 'integer' || q.type === 'decimal') && q.min !== undefined && q.min !== null) out.min = q.min
  if ((q.type === 'integer' || q.type === 'decimal') && q.max !== undefined && q.max !== null) out.max = q.max
  return out
}
