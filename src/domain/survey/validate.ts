/**
 * Checking a questionnaire (names, choices, ranges, show-if logic) and one response's answers against it. Pure.
 *
 * Visibility: sections and questions are visited in order; a section is shown when its `relevant` holds, a
 * question when its section is shown and its own `relevant` holds. Each expression is evaluated against the
 * answers already kept for earlier visible questions — so an answer to a hidden question never shows another
 * one, and checkQuestionnaire refuses references to the question itself or to later questions.
 */
import { clean } from '../../text/fold.ts'
import { choicesOf, type AnswerValue, type Answers, type Question, type Questionnaire } from './model.ts'
import { compileRelevant, questionsReferenced, tryParseRelevant } from './relevant.ts'

/** A problem with one answer: the question and, for a matrix, the row. */
export type AnswerError = { question: string; code: AnswerErrorCode; row?: string }
export const ANSWER_ERROR_CODES = [
  'SURVEY_ANSWER_REQUIRED',
  'SURVEY_ANSWER_INVALID_CHOICE',
  'SURVEY_ANSWER_INVALID_ROW',
  'SURVEY_ANSWER_OUT_OF_RANGE',
  'SURVEY_ANSWER_NOT_A_NUMBER',
  'SURVEY_ANSWER_NOT_AN_INTEGER',
  'SURVEY_ANSWER_WRONG_TYPE',
  'SURVEY_ANSWER_TOO_LONG',
  'SURVEY_ANSWER_UNKNOWN_QUESTION',
] as const
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number]

/** A problem with the questionnaire itself: `path` like "sections.0.questions.2.relevant". */
export type QuestionnaireIssue = { path: string; code: string }

/** Longest text answer kept (characters). */
export const MAX_TEXT_ANSWER = 10_000
/** XLSForm names (and so question names, section names, CSV columns). */
export const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/

/** The CSV column of one matrix row: `${question}_${row}` (also the XLSForm name of the row's select_one). */
export function matrixRowName(question: string, row: string): string {
  return `${question}_${row}`
}

/**
 * Problems of a questionnaire, empty when it can be fielded: names (valid, unique across questions, sections and
 * matrix row columns), labels, choices (present, values unique and without spaces), matrix rows, ranges and the
 * show-if expressions (they parse, and name only earlier questions).
 */
export function checkQuestionnaire(q: Questionnaire): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = []
  const seen = new Set<string>()
  const earlier = new Set<string>()
  const all = new Set(q.sections.flatMap((s) => s.questions.map((x) => x.name)))
  if (!q.title || !q.title.trim()) issues.push({ path: 'title', code: 'SURVEY_TITLE_REQUIRED' })
  const claim = (name: string, path: string) => {
    // "__proto__" would be the prototype, not a key, of the answers object
    if (!NAME_PATTERN.test(name) || name === '__proto__') issues.push({ path, code: 'SURVEY_NAME_INVALID' })
    else if (seen.has(name)) issues.push({ path, code: 'SURVEY_NAME_DUPLICATE' })
    seen.add(name)
  }
  const checkRelevant = (src: string | undefined, path: string) => {
    if (src === undefined || src.trim() === '') return
    const parsed = tryParseRelevant(src)
    if (!parsed.ok) return issues.push({ path, code: parsed.code })
    for (const ref of questionsReferenced(parsed.expr)) {
      if (!all.has(ref)) return issues.push({ path, code: 'SURVEY_RELEVANT_UNKNOWN_QUESTION' })
      if (!earlier.has(ref)) return issues.push({ path, code: 'SURVEY_RELEVANT_FORWARD_REFERENCE' })
    }
  }
  q.sections.forEach((s, si) => {
    const sp = `sections.${si}`
    claim(s.name, `${sp}.name`)
    checkRelevant(s.relevant, `${sp}.relevant`)
    s.questions.forEach((x, qi) => {
      const p = `${sp}.questions.${qi}`
      claim(x.name, `${p}.name`)
      if (!x.label || !x.label.trim()) issues.push({ path: `${p}.label`, code: 'SURVEY_LABEL_REQUIRED' })
      checkRelevant(x.relevant, `${p}.relevant`)
      issues.push(...checkQuestion(x, p))
      if (x.type === 'matrix') for (const r of x.rows ?? []) claim(matrixRowName(x.name, r.value), `${p}.rows`)
      earlier.add(x.name)
    })
  })
  return issues
}

function checkQuestion(x: Question, p: string): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = []
  const checkList = (list: { value: string; label: string }[], path: string) => {
    const values = new Set<string>()
    list.forEach((c, i) => {
      if (!/^[^\s]+$/.test(c.value)) issues.push({ path: `${path}.${i}.value`, code: 'SURVEY_CHOICE_INVALID' })
      else if (values.has(c.value)) issues.push({ path: `${path}.${i}.value`, code: 'SURVEY_CHOICE_DUPLICATE' })
      values.add(c.value)
      if (!c.label || !c.label.trim()) issues.push({ path: `${path}.${i}.label`, code: 'SURVEY_LABEL_REQUIRED' })
    })
  }
  if (x.type === 'single' || x.type === 'multiple' || x.type === 'matrix' || (x.type === 'likert5' && x.choices)) {
    if (!x.choices || x.choices.length === 0) issues.push({ path: `${p}.choices`, code: 'SURVEY_CHOICES_REQUIRED' })
    else checkList(x.choices, `${p}.choices`)
  }
  if (x.type === 'matrix') {
    if (!x.rows || x.rows.length === 0) issues.push({ path: `${p}.rows`, code: 'SURVEY_MATRIX_ROWS_REQUIRED' })
    else {
      checkList(x.rows, `${p}.rows`)
      x.rows.forEach((r, i) => {
        if (!/^[A-Za-z0-9_]+$/.test(r.value)) issues.push({ path: `${p}.rows.${i}.value`, code: 'SURVEY_CHOICE_INVALID' })
      })
    }
  }
  if (x.type === 'rating' && x.scaleMax !== undefined && !(Number.isInteger(x.scaleMax) && x.scaleMax >= 2 && x.scaleMax <= 10)) {
    issues.push({ path: `${p}.scaleMax`, code: 'SURVEY_RANGE_INVALID' })
  }
  for (const k of ['min', 'max'] as const) {
    const v = x[k]
    if (v !== undefined && (!Number.isFinite(v) || (x.type === 'integer' && !Number.isInteger(v)))) issues.push({ path: `${p}.${k}`, code: 'SURVEY_RANGE_INVALID' })
  }
  if (x.min !== undefined && x.max !== undefined && x.min > x.max) issues.push({ path: `${p}.max`, code: 'SURVEY_RANGE_INVALID' })
  return issues
}

/** The result of checking one response. */
export type AnswerCheck = {
  /** the answers kept: visible questions only, normalised (numbers as numbers, texts trimmed NFC, choices in list order) */
  answers: Answers
  errors: AnswerError[]
  /** questions answered but hidden by show-if logic (their answers are dropped, not an error) */
  dropped: string[]
  /** names of the questions shown to this respondent, in order */
  visible: string[]
}

type Normalised = { value?: AnswerValue; errors: { code: AnswerErrorCode; row?: string }[] }

/** A number from a finite number or a plain decimal text ("12", "-3.5", "5e-7" as JavaScript prints it); NaN otherwise. */
export function toNumber(v: unknown): number {
  // -0 becomes 0: it prints as "0" and must read back equal
  if (typeof v === 'number') return Number.isFinite(v) ? v + 0 : NaN
  if (typeof v === 'string' && /^\s*-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/.test(v)) {
    const n = Number(v) + 0
    return Number.isFinite(n) ? n : NaN
  }
  return NaN
}

function isBlank(v: unknown): boolean {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0)
}

/** One answer checked and normalised for its question; `value` absent when unanswered. */
function normalise(x: Question, raw: unknown): Normalised {
  if (isBlank(raw) || x.type === 'note') return { errors: [] }
  const bad = (code: AnswerErrorCode): Normalised => ({ errors: [{ code }] })
  switch (x.type) {
    case 'single':
    case 'likert5': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return bad('SURVEY_ANSWER_WRONG_TYPE')
      const v = String(raw).trim()
      return choicesOf(x).some((c) => c.value === v) ? { value: v, errors: [] } : bad('SURVEY_ANSWER_INVALID_CHOICE')
    }
    case 'multiple': {
      const list = typeof raw === 'string' ? raw.split(/\s+/).filter((s) => s) : raw
      if (!Array.isArray(list) || !list.every((v) => typeof v === 'string' || typeof v === 'number')) return bad('SURVEY_ANSWER_WRONG_TYPE')
      const chosen = new Set(list.map((v) => String(v).trim()))
      const choices = choicesOf(x)
      if ([...chosen].some((v) => !choices.some((c) => c.value === v))) return bad('SURVEY_ANSWER_INVALID_CHOICE')
      const value = choices.filter((c) => chosen.has(c.value)).map((c) => c.value)
      return value.length === 0 ? { errors: [] } : { value, errors: [] }
    }
    case 'rating':
    case 'integer':
    case 'decimal': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return bad('SURVEY_ANSWER_WRONG_TYPE')
      const n = toNumber(raw)
      if (Number.isNaN(n)) return bad('SURVEY_ANSWER_NOT_A_NUMBER')
      if (x.type !== 'decimal' && !Number.isSafeInteger(n)) return bad(Number.isInteger(n) ? 'SURVEY_ANSWER_OUT_OF_RANGE' : 'SURVEY_ANSWER_NOT_AN_INTEGER')
      const min = x.type === 'rating' ? 1 : x.min
      const max = x.type === 'rating' ? (x.scaleMax ?? 5) : x.max
      if ((min !== undefined && n < min) || (max !== undefined && n > max)) return bad('SURVEY_ANSWER_OUT_OF_RANGE')
      return { value: n, errors: [] }
    }
    case 'text':
    case 'long_text': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return bad('SURVEY_ANSWER_WRONG_TYPE')
      const v = clean(String(raw))
      if (v.length > MAX_TEXT_ANSWER) return bad('SURVEY_ANSWER_TOO_LONG')
      return v === '' ? { errors: [] } : { value: v, errors: [] }
    }
    case 'matrix': {
      if (typeof raw !== 'object' || Array.isArray(raw)) return bad('SURVEY_ANSWER_WRONG_TYPE')
      const rows = x.rows ?? []
      const choices = choicesOf(x)
      const errors: Normalised['errors'] = []
      const value: Record<string, string> = {}
      const given = raw as Record<string, unknown>
      for (const key of Object.keys(given)) {
        if (!rows.some((r) => r.value === key)) errors.push({ code: 'SURVEY_ANSWER_INVALID_ROW', row: key })
      }
      for (const r of rows) {
        const cell = Object.hasOwn(given, r.value) ? given[r.value] : undefined
        if (isBlank(cell)) continue
        if (typeof cell !== 'string' && typeof cell !== 'number') errors.push({ code: 'SURVEY_ANSWER_WRONG_TYPE', row: r.value })
        else if (!choices.some((c) => c.value === String(cell).trim())) errors.push({ code: 'SURVEY_ANSWER_INVALID_CHOICE', row: r.value })
        else value[r.value] = String(cell).trim()
      }
      return Object.keys(value).length === 0 ? { errors } : { value, errors }
    }
  }
}

/**
 * Checks one response: answers to questions shown are normalised and checked (type, choices, range, matrix rows);
 * required questions shown but unanswered are errors (for a required matrix, each row); answers to hidden
 * questions and notes are dropped; answers naming no question are errors. Reuse the returned function for many
 * responses (the show-if expressions are parsed once). Throws RelevantParseError for a questionnaire whose
 * expressions do not parse (checkQuestionnaire first).
 */
export function answerChecker(q: Questionnaire): (answers: Answers) => AnswerCheck {
  const sections = q.sections.map((s) => ({
    show: compileRelevant(s.relevant),
    questions: s.questions.map((x) => ({ x, show: compileRelevant(x.relevant) })),
  }))
  const known = new Set(q.sections.flatMap((s) => s.questions.map((x) => x.name)))
  return (answers) => {
    const kept: Answers = {}
    const errors: AnswerError[] = []
    const dropped: string[] = []
    const visible: string[] = []
    for (const key of Object.keys(answers)) if (!known.has(key)) errors.push({ question: key, code: 'SURVEY_ANSWER_UNKNOWN_QUESTION' })
    for (const s of sections) {
      const sectionShown = s.show(kept)
      for (const { x, show } of s.questions) {
        const raw = Object.hasOwn(answers, x.name) ? answers[x.name] : undefined
        if (!sectionShown || !show(kept)) {
          if (!isBlank(raw) && x.type !== 'note') dropped.push(x.name)
          continue
        }
        visible.push(x.name)
        const n = normalise(x, raw)
        for (const e of n.errors) errors.push(e.row === undefined ? { question: x.name, code: e.code } : { question: x.name, code: e.code, row: e.row })
        if (n.errors.length === 0 && n.value !== undefined) kept[x.name] = n.value
        if (x.required && n.errors.length === 0) {
          if (x.type === 'matrix') {
            const v = (n.value ?? {}) as Record<string, string>
            for (const r of x.rows ?? []) if (!Object.hasOwn(v, r.value)) errors.push({ question: x.name, code: 'SURVEY_ANSWER_REQUIRED', row: r.value })
          } else if (n.value === undefined && x.type !== 'note') {
            errors.push({ question: x.name, code: 'SURVEY_ANSWER_REQUIRED' })
          }
        }
      }
    }
    return { answers: kept, errors, dropped, visible }
  }
}

/** answerChecker(q)(answers) for a single response. */
export function validateAnswers(q: Questionnaire, answers: Answers): AnswerCheck {
  return answerChecker(q)(answers)
}

// ---- CSV (the `survey responses import` contract) ----

/**
 * The CSV columns of a questionnaire, in order: one per question `name` (notes have none); a matrix has one column
 * per row, named matrixRowName(question, row), as an XLSForm export of the same form would have.
 */
export function csvColumns(q: Questionnaire): { column: string; question: string; row?: string }[] {
  return q.sections.flatMap((s) =>
    s.questions.flatMap((x) => {
      if (x.type === 'note') return []
      if (x.type === 'matrix') return (x.rows ?? []).map((r) => ({ column: matrixRowName(x.name, r.value), question: x.name, row: r.value }))
      return [{ column: x.name, question: x.name }]
    }),
  )
}

/**
 * One CSV cell read for its question, before the checks of validateAnswers: blank → unanswered (`value`
 * absent); select_multiple → the values separated by spaces (as in XLSForm exports); rating/integer/decimal →
 * a number written with a dot ("2.5"; "2,5" is NOT_A_NUMBER); a matrix cell is one row's choice value.
 */
export function parseCsvAnswer(question: Question, cell: string): { ok: true; value?: AnswerValue } | { ok: false; code: AnswerErrorCode } {
  const v = clean(cell)
  if (v === '' || question.type === 'note') return { ok: true }
  switch (question.type) {
    case 'multiple':
      return { ok: true, value: v.split(/\s+/) }
    case 'rating':
    case 'integer':
    case 'decimal': {
      const n = toNumber(v)
      if (Number.isNaN(n)) return { ok: false, code: 'SURVEY_ANSWER_NOT_A_NUMBER' }
      if (question.type !== 'decimal' && !Number.isInteger(n)) return { ok: false, code: 'SURVEY_ANSWER_NOT_AN_INTEGER' }
      return { ok: true, value: n }
    }
    default:
      return { ok: true, value: v }
  }
}

/** A CSV cell problem: the column (null for the row as a whole) and the code. */
export type CsvCellError = { column: string; code: AnswerErrorCode }

/**
 * One CSV row (cells by column name) as checked answers: columns of csvColumns are read with parseCsvAnswer, then
 * the whole response goes through the answer checker; errors name the column concerned. Columns starting with
 * `_` (metadata such as `_id`, `_submission_time`) and columns naming no question are ignored here — see
 * checkCsvHeader for the latter.
 */
export function parseCsvRow(q: Questionnaire, cells: Record<string, string>, check = answerChecker(q)): { answers: Answers; errors: CsvCellError[] } {
  const byName = new Map(q.sections.flatMap((s) => s.questions.map((x) => [x.name, x] as const)))
  const raw: Answers = {}
  const errors: CsvCellError[] = []
  for (const col of csvColumns(q)) {
    const cell = Object.hasOwn(cells, col.column) ? cells[col.column]! : ''
    const parsed = parseCsvAnswer(byName.get(col.question)!, cell)
    if (!parsed.ok) {
      errors.push({ column: col.column, code: parsed.code })
      continue
    }
    if (parsed.value === undefined) continue
    if (col.row !== undefined) {
      const m = (raw[col.question] ?? {}) as Record<string, string>
      m[col.row] = String(parsed.value)
      raw[col.question] = m
    } else raw[col.question] = parsed.value
  }
  const checked = check(raw)
  for (const e of checked.errors) {
    const column = e.row !== undefined ? matrixRowName(e.question, e.row) : e.question
    // an unparseable cell was already reported and left out; "required" would only repeat it
    if (!errors.some((x) => x.column === column)) errors.push({ column, code: e.code })
  }
  return { answers: checked.answers, errors }
}

/**
 * Columns an XLSForm export (KoboToolbox, ODK Central) adds that carry nothing new: one 0/1 column per option of a
 * select_multiple, `question/option`, beside the question's own space-separated column. Accepted and not read.
 */
export function csvRedundantColumns(q: Questionnaire): string[] {
  return q.sections.flatMap((s) => s.questions.filter((x) => x.type === 'multiple').flatMap((x) => choicesOf(x).map((c) => `${x.name}/${c.value}`)))
}

/** Header problems: columns that name no question, are not redundant and do not start with `_` (SURVEY_CSV_UNKNOWN_COLUMN). */
export function checkCsvHeader(q: Questionnaire, columns: string[]): { column: string; code: 'SURVEY_CSV_UNKNOWN_COLUMN' }[] {
  const known = new Set([...csvColumns(q).map((c) => c.column), ...csvRedundantColumns(q)])
  return columns.filter((c) => c.trim() !== '' && !c.startsWith('_') && !known.has(c)).map((column) => ({ column, code: 'SURVEY_CSV_UNKNOWN_COLUMN' as const }))
}

/** Answers as CSV cells by column (the inverse of parseCsvRow for checked answers): choices of a multiple joined by spaces. */
export function answersToCsvCells(q: Questionnaire, answers: Answers): Record<string, string> {
  const out: Record<string, string> = {}
  for (const col of csvColumns(q)) {
    const a = Object.hasOwn(answers, col.question) ? answers[col.question] : undefined
    let cell = ''
    if (col.row !== undefined) {
      if (a && typeof a === 'object' && !Array.isArray(a)) cell = Object.hasOwn(a, col.row) ? a[col.row]! : ''
    } else if (Array.isArray(a)) cell = a.join(' ')
    else if (a !== undefined && typeof a !== 'object') cell = String(a)
    out[col.column] = cell
  }
  return out
}
