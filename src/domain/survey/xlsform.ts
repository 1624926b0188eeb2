/**
 * XLSForm (the layout of ODK and KoboToolbox) to and from a Questionnaire. Pure: sheets arrive as grids of text
 * (src/imports/xlsform-read.ts reads them from an .xlsx; exportXlsForm in xlsform-export.ts makes them and
 * src/exports/xlsform-write.ts writes them).
 *
 * Import reads sheet `survey` (type, name, label, hint, required, relevant, appearance, constraint), `choices`
 * (list_name, name, label) and `settings` (form_title). Labels may be language columns
 * ("label::Vietnamese (vi)"); Vietnamese is preferred, then settings `default_language`, then a plain `label`.
 * Everything else is reported by sheet, row and column: errors (SURVEY_XLSFORM_*, and the codes of
 * checkQuestionnaire) refuse the form; warnings (SURVEY_XLSFORM_IGNORED, SURVEY_XLSFORM_CONSTRAINT_IGNORED)
 * say what was left out — metadata questions such as `start` or `deviceid`, display-only appearances, constraints.
 *
 * Mapping of the builder's types (export writes it, import reads it back, so import(export(q)) = q):
 * - single → `select_one LIST`; multiple → `select_multiple LIST`; integer, decimal, note as themselves;
 *   text → `text`, long_text → `text` with appearance `multiline`;
 * - likert5 → `select_one LIST` with appearance `likert` over the values 1..5;
 * - rating → `select_one LIST` with appearance `rating` over the values 1..scaleMax (labels "1".."n");
 * - matrix → a group with appearance `table-list` named after the question (label, hint, relevant on the group),
 *   holding one `select_one LIST` per row named `<question>_<row>` (the row's label; `required` on each), all
 *   on the question's shared scale list — the layout ODK Collect and Enketo show as a grid;
 * - min/max of integer and decimal → constraint `. >= min and . <= max` (import reads exactly this form back;
 *   any other constraint is ignored with a warning);
 * - a section → `begin_group`/`end_group` with appearance `field-list` (title as label, relevant); questions
 *   outside any group are put in sections of their own (`phan_1`, …) without a title; a group inside a section
 *   is flattened into it (warning SURVEY_XLSFORM_GROUP_FLATTENED): its title is lost and its relevant is joined
 *   to each of its questions' with `and`;
 * - LIST is the question's `listName`, or its name; import leaves `listName` out when it equals the question's
 *   name, and likert5's `choices` out when they are the standard LIKERT5 points. Two questions exporting different
 *   choices under one list name get the second list renamed (`name_2`).
 */
import { clean } from '../../text/fold.ts'
import { LIKERT5, type Choice, type Question, type Questionnaire, type Section } from './model.ts'
import { tryParseRelevant } from './relevant.ts'
import { checkQuestionnaire } from './validate.ts'

/** One sheet as text: the header row and the rows below it (rows[i] is spreadsheet row i + 2). */
export type Sheet = { header: string[]; rows: string[][] }
export type XlsFormWorkbook = { survey?: Sheet; choices?: Sheet; settings?: Sheet }
export type XlsFormSheetName = 'survey' | 'choices' | 'settings'
/** A problem found on import: sheet, spreadsheet row (the header is row 1) and column header (null: the whole row or sheet). */
export type XlsFormIssue = { sheet: XlsFormSheetName; row: number; column: string | null; code: string }
export type XlsFormImport = {
  /** null when there are errors */
  questionnaire: Questionnaire | null
  errors: XlsFormIssue[]
  warnings: XlsFormIssue[]
}

/** Types of ODK/Kobo this importer does not support as questions (reported as SURVEY_XLSFORM_UNSUPPORTED). */
const UNSUPPORTED_TYPES = new Set([
  'begin_repeat', 'begin repeat', 'end_repeat', 'end repeat', 'calculate', 'date', 'time', 'datetime', 'geopoint', 'geotrace',
  'geoshape', 'image', 'audio', 'video', 'file', 'barcode', 'acknowledge', 'range', 'rank', 'hidden', 'trigger',
  'xml-external', 'csv-external', 'select_one_from_file', 'select_multiple_from_file', 'begin_kobomatrix', 'end_kobomatrix',
  'background-audio', 'background-geopoint', 'score', 'begin_score', 'end_score', 'begin_rank', 'end_rank',
])
/** Metadata "questions" nobody answers; left out with a warning (an anonymous survey keeps no device data). */
const METADATA_TYPES = new Set(['start', 'end', 'today', 'deviceid', 'subscriberid', 'simserial', 'phonenumber', 'username', 'email', 'audit', 'start-geopoint'])
const SURVEY_COLUMNS = new Set(['type', 'name', 'required', 'relevant', 'appearance', 'constraint'])
/** Survey columns that only change messages or display: ignored with a warning. */
const IGNORED_COLUMNS = new Set(['constraint_message', 'required_message', 'guidance_hint', 'media::image', 'media::audio', 'media::video', 'image', 'audio', 'video', 'autoplay', 'label_translation'])

const isTrue = (v: string) => ['yes', 'true', '1', 'true()'].includes(v.trim().toLowerCase())
const isFalse = (v: string) => ['', 'no', 'false', '0', 'false()'].includes(v.trim().toLowerCase())

/** The column to read labels (or hints) from: Vietnamese, then the form's default language, then plain, then any. */
function pickColumns(header: string[], base: 'label' | 'hint', defaultLanguage: string): string[] {
  const cols = header.filter((h) => h.toLowerCase() === base || h.toLowerCase().startsWith(`${base}::`))
  const score = (h: string) => {
    const lang = h.toLowerCase().slice(base.length + 2)
    if (h.toLowerCase() === base) return 2
    if (/\(vi\)|vietnam|tiếng việt|tieng viet|^vi$/.test(lang)) return 0
    if (defaultLanguage && lang === defaultLanguage.toLowerCase()) return 1
    return 3
  }
  return [...cols].sort((a, b) => score(a) - score(b))
}

type Row = { row: number; cells: Record<string, string> }

function sheetRows(sheet: Sheet): Row[] {
  const header = sheet.header.map((h) => clean(h ?? ''))
  const out: Row[] = []
  sheet.rows.forEach((r, i) => {
    const cells: Record<string, string> = {}
    header.forEach((h, j) => {
      if (h) cells[h.toLowerCase()] = clean(r[j] ?? '')
    })
    if (Object.values(cells).some((v) => v !== '')) out.push({ row: i + 2, cells })
  })
  return out
}

const cell = (r: Row, col: string) => r.cells[col.toLowerCase()] ?? ''
const firstFilled = (r: Row, cols: string[]) => cols.map((c) => cell(r, c)).find((v) => v !== '') ?? ''

/** Where each part of the questionnaire came from, to turn checkQuestionnaire paths into rows. */
type Origin = { row: number; choiceRows: number[]; rowRows: number[] }

/** Reads `. >= a`, `. <= b` or both joined by `and`; null for any other constraint. */
function parseRangeConstraint(src: string): { min?: number; max?: number } | null {
  const num = String.raw`(-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)`
  const part = new RegExp(String.raw`^\.\s*(>=|<=)\s*${num}$`)
  const out: { min?: number; max?: number } = {}
  for (const p of src.split(/\s+and\s+/)) {
    const m = part.exec(p.trim())
    if (!m) return null
    const key = m[1] === '>=' ? 'min' : 'max'
    if (out[key] !== undefined) return null
    out[key] = Number(m[2])
  }
  return out
}

/** Reads a workbook into a questionnaire, with every problem by sheet, row and column. */
export function importXlsForm(wb: XlsFormWorkbook, options: { fallbackTitle?: string } = {}): XlsFormImport {
  const errors: XlsFormIssue[] = []
  const warnings: XlsFormIssue[] = []
  const err = (sheet: XlsFormSheetName, row: number, column: string | null, code: string) => errors.push({ sheet, row, column, code })
  const warn = (sheet: XlsFormSheetName, row: number, column: string | null, code: string) => warnings.push({ sheet, row, column, code })
  if (!wb.survey) {
    err('survey', 1, null, 'SURVEY_XLSFORM_MISSING_SHEET')
    return { questionnaire: null, errors, warnings }
  }

  // settings: one row of values under the header
  const settings = wb.settings ? sheetRows(wb.settings)[0] : undefined
  const defaultLanguage = settings ? cell(settings, 'default_language') : ''
  const title = (settings && cell(settings, 'form_title')) || options.fallbackTitle || ''
  for (const h of wb.settings?.header ?? []) {
    const k = clean(h).toLowerCase()
    if (settings && cell(settings, k) && !['form_title', 'form_id', 'version', 'default_language', 'style', 'instance_name', 'id_string', 'public_key', 'submission_url', 'allow_choice_duplicates'].includes(k)) {
      warn('settings', settings.row, clean(h), 'SURVEY_XLSFORM_IGNORED')
    }
  }

  // choices, by list
  const lists = new Map<string, { choices: Choice[]; rows: number[] }>()
  if (wb.choices) {
    const header = wb.choices.header.map((h) => clean(h).toLowerCase())
    const listCol = header.includes('list_name') ? 'list_name' : header.includes('list name') ? 'list name' : null
    if (!listCol) err('choices', 1, 'list_name', 'SURVEY_XLSFORM_MISSING_COLUMN')
    if (!header.includes('name')) err('choices', 1, 'name', 'SURVEY_XLSFORM_MISSING_COLUMN')
    const labelCols = pickColumns(wb.choices.header.map((h) => clean(h)), 'label', defaultLanguage)
    if (labelCols.length === 0) err('choices', 1, 'label', 'SURVEY_XLSFORM_MISSING_COLUMN')
    const known = new Set([listCol, 'name', ...labelCols.map((c) => c.toLowerCase())])
    for (const r of listCol ? sheetRows(wb.choices) : []) {
      const list = cell(r, listCol!)
      if (!list) {
        err('choices', r.row, listCol, 'SURVEY_XLSFORM_BAD_VALUE')
        continue
      }
      const entry = lists.get(list) ?? { choices: [], rows: [] }
      entry.choices.push({ value: cell(r, 'name'), label: firstFilled(r, labelCols) })
      entry.rows.push(r.row)
      lists.set(list, entry)
      for (const [k, v] of Object.entries(r.cells)) if (v && !known.has(k) && !k.startsWith('label::')) warn('choices', r.row, k, 'SURVEY_XLSFORM_IGNORED')
    }
  }

  // survey
  const header = wb.survey.header.map((h) => clean(h))
  const lower = header.map((h) => h.toLowerCase())
  const missing = ['type', 'name'].filter((c) => !lower.includes(c))
  const labelCols = pickColumns(header, 'label', defaultLanguage)
  const hintCols = pickColumns(header, 'hint', defaultLanguage)
  if (labelCols.length === 0) missing.push('label')
  for (const c of missing) err('survey', 1, c, 'SURVEY_XLSFORM_MISSING_COLUMN')
  if (missing.length > 0) return { questionnaire: null, errors, warnings }
  const labelCol = labelCols[0]!
  const langCols = new Set([...labelCols, ...hintCols].map((c) => c.toLowerCase()))

  const sections: Section[] = []
  const sectionOrigins: { row: number; questions: Origin[] }[] = []
  type Open = { section: Section; origin: { row: number; questions: Origin[] } }
  type Matrix = { question: Question; origin: Origin; row: number; required: boolean[] }
  // open groups, innermost last: a section, a matrix (table-list), or a group inside a section, which is flattened
  type Group = { kind: 'section' | 'matrix' | 'nested'; row: number; relevant?: string }
  const st: { open: Open | null; matrix: Matrix | null; implicit: number; groups: Group[] } = { open: null, matrix: null, implicit: 0, groups: [] }
  // a question inside flattened groups is shown only when they all are: their conditions and its own, joined by "and"
  const withGroups = (own: string): string => {
    const parts = [...st.groups.filter((g) => g.kind === 'nested' && g.relevant).map((g) => g.relevant!), ...(own ? [own] : [])]
    return parts.length <= 1 ? (parts[0] ?? '') : parts.map((p) => `(${p})`).join(' and ')
  }

  const startSection = (section: Section, row: number): Open => {
    const origin = { row, questions: [] as Origin[] }
    sections.push(section)
    sectionOrigins.push(origin)
    st.open = { section, origin }
    return st.open
  }
  // questions outside any group go to a section of their own
  const current = (row: number): Open => st.open ?? startSection({ name: `phan_${++st.implicit}`, title: '', questions: [] }, row)
  const listOf = (r: Row, list: string): { choices: Choice[]; rows: number[] } | null => {
    if (!list) {
      err('survey', r.row, 'type', 'SURVEY_XLSFORM_LIST_REQUIRED')
      return null
    }
    const found = lists.get(list)
    if (!found) err('survey', r.row, 'type', 'SURVEY_XLSFORM_UNKNOWN_LIST')
    return found ?? null
  }

  for (const r of sheetRows(wb.survey)) {
    // "select one LIST" is also accepted by pyxform; list names keep their case
    const rawType = cell(r, 'type').replace(/\s+/g, ' ').replace(/^select (one|multiple)\b/i, 'select_$1')
    const tokens = rawType.split(' ')
    const type = rawType.toLowerCase()
    const keyword = tokens[0]!.toLowerCase()
    const name = cell(r, 'name')
    const label = firstFilled(r, labelCols)
    const hint = firstFilled(r, hintCols)
    const appearance = cell(r, 'appearance').toLowerCase()
    const required = cell(r, 'required')
    const relevant = cell(r, 'relevant')

    // columns: what we read, what we ignore with a warning, what we refuse
    for (const [k, v] of Object.entries(r.cells)) {
      if (!v || SURVEY_COLUMNS.has(k) || langCols.has(k)) continue
      const ignored = IGNORED_COLUMNS.has(k) || /^(media|label|hint|constraint_message|required_message|guidance_hint)::/.test(k)
      if (ignored) warn('survey', r.row, k, 'SURVEY_XLSFORM_IGNORED')
      else err('survey', r.row, k, 'SURVEY_XLSFORM_UNSUPPORTED')
    }
    if (!isTrue(required) && !isFalse(required)) err('survey', r.row, 'required', 'SURVEY_XLSFORM_BAD_VALUE')

    if (type === 'begin_group' || type === 'begin group') {
      const inSection = st.groups.some((g) => g.kind === 'section')
      if (st.matrix) {
        err('survey', r.row, 'type', 'SURVEY_XLSFORM_NESTED_GROUP') // a group inside a matrix
        st.groups.push({ kind: 'nested', row: r.row })
      } else if (appearance === 'table-list') {
        // a matrix: its rows follow until end_group
        const question: Question = { name, type: 'matrix', label, choices: [], rows: [] }
        if (hint) question.hint = hint
        const shown = withGroups(relevant)
        if (shown) question.relevant = shown
        const origin: Origin = { row: r.row, choiceRows: [], rowRows: [] }
        const sec = current(r.row)
        sec.section.questions.push(question)
        sec.origin.questions.push(origin)
        st.matrix = { question, origin, row: r.row, required: [] }
        st.groups.push({ kind: 'matrix', row: r.row })
      } else if (inSection) {
        // a group inside a section: its questions join the section, its condition joins theirs, its title is lost
        warn('survey', r.row, 'type', 'SURVEY_XLSFORM_GROUP_FLATTENED')
        const parsed = relevant ? tryParseRelevant(relevant) : null
        if (parsed && !parsed.ok) err('survey', r.row, 'relevant', parsed.code)
        st.groups.push({ kind: 'nested', row: r.row, relevant: parsed?.ok ? relevant : undefined })
      } else {
        if (appearance && appearance !== 'field-list') warn('survey', r.row, 'appearance', 'SURVEY_XLSFORM_IGNORED')
        if (isTrue(required)) warn('survey', r.row, 'required', 'SURVEY_XLSFORM_IGNORED')
        const section: Section = { name, title: label, questions: [] }
        if (relevant) section.relevant = relevant
        startSection(section, r.row)
        st.groups.push({ kind: 'section', row: r.row })
      }
      continue
    }
    if (type === 'end_group' || type === 'end group') {
      const g = st.groups.pop()
      const m = st.matrix
      if (!g) err('survey', r.row, 'type', 'SURVEY_XLSFORM_GROUP_UNBALANCED')
      else if (g.kind === 'matrix' && m) {
        if (m.required.some((x) => x !== m.required[0])) err('survey', m.row, 'required', 'SURVEY_XLSFORM_BAD_VALUE')
        if (m.required[0]) m.question.required = true
        if (m.question.listName === m.question.name) delete m.question.listName
        st.matrix = null
      } else if (g.kind === 'section') st.open = null
      continue
    }
    if (!type) {
      err('survey', r.row, 'type', 'SURVEY_XLSFORM_UNKNOWN_TYPE')
      continue
    }
    if (METADATA_TYPES.has(type)) {
      warn('survey', r.row, 'type', 'SURVEY_XLSFORM_IGNORED')
      continue
    }
    if (UNSUPPORTED_TYPES.has(type) || UNSUPPORTED_TYPES.has(keyword)) {
      err('survey', r.row, 'type', 'SURVEY_XLSFORM_UNSUPPORTED')
      continue
    }

    let question: Question
    const origin: Origin = { row: r.row, choiceRows: [], rowRows: [] }
    if (keyword === 'select_one' || keyword === 'select_multiple') {
      if (tokens.length > 2) {
        err('survey', r.row, 'type', 'SURVEY_XLSFORM_UNSUPPORTED') // "select_one LIST or_other"
        continue
      }
      const listName = tokens[1] ?? ''
      const list = listOf(r, listName)
      if (!list) continue
      origin.choiceRows = list.rows
      const choices = list.choices.map((c) => ({ ...c }))
      const oneToN = choices.every((c, i) => c.value === String(i + 1))
      const m = st.matrix
      if (m) {
        const mq = m.question
        if (keyword !== 'select_one' || (mq.rows!.length > 0 && mq.listName !== listName)) {
          err('survey', r.row, 'type', 'SURVEY_XLSFORM_NESTED_GROUP') // a table-list group is a matrix: one scale
          continue
        }
        if (mq.rows!.length === 0) {
          mq.choices = choices
          mq.listName = listName
          m.origin.choiceRows = list.rows
        }
        if (relevant) err('survey', r.row, 'relevant', 'SURVEY_XLSFORM_UNSUPPORTED')
        if (hint) warn('survey', r.row, hintCols[0] ?? 'hint', 'SURVEY_XLSFORM_IGNORED') // a matrix row has its label only
        if (cell(r, 'constraint')) warn('survey', r.row, 'constraint', 'SURVEY_XLSFORM_CONSTRAINT_IGNORED')
        if (appearance && !['label', 'list-nolabel'].includes(appearance)) warn('survey', r.row, 'appearance', 'SURVEY_XLSFORM_IGNORED')
        const prefix = `${mq.name}_`
        mq.rows!.push({ value: name.startsWith(prefix) && name.length > prefix.length ? name.slice(prefix.length) : name, label })
        m.origin.rowRows.push(r.row)
        m.required.push(isTrue(required))
        continue
      }
      if (keyword === 'select_one' && appearance === 'likert' && choices.length === 5 && oneToN) {
        question = { name, type: 'likert5', label }
        if (!choices.every((c, i) => c.label === LIKERT5[i]!.label)) question.choices = choices
      } else if (keyword === 'select_one' && appearance === 'rating' && choices.length >= 2 && oneToN) {
        question = { name, type: 'rating', label }
        if (choices.length !== 5) question.scaleMax = choices.length
      } else {
        if (appearance) warn('survey', r.row, 'appearance', 'SURVEY_XLSFORM_IGNORED')
        question = { name, type: keyword === 'select_one' ? 'single' : 'multiple', label, choices }
      }
      if (listName !== name) question.listName = listName
    } else if (st.matrix) {
      err('survey', r.row, 'type', 'SURVEY_XLSFORM_NESTED_GROUP')
      continue
    } else if (['integer', 'int', 'decimal', 'note', 'text', 'string'].includes(type)) {
      const t = type === 'int' ? 'integer' : type === 'string' ? 'text' : (type as 'integer' | 'decimal' | 'note' | 'text')
      const multiline = t === 'text' && appearance === 'multiline'
      question = { name, type: multiline ? 'long_text' : t, label }
      if (appearance && !multiline) warn('survey', r.row, 'appearance', 'SURVEY_XLSFORM_IGNORED')
    } else {
      err('survey', r.row, 'type', 'SURVEY_XLSFORM_UNKNOWN_TYPE')
      continue
    }

    if (hint) question.hint = hint
    if (isTrue(required) && question.type !== 'note') question.required = true
    if (isTrue(required) && question.type === 'note') warn('survey', r.row, 'required', 'SURVEY_XLSFORM_IGNORED')
    const shown = withGroups(relevant)
    if (shown) question.relevant = shown
    const constraint = cell(r, 'constraint')
    if (constraint) {
      const range = question.type === 'integer' || question.type === 'decimal' ? parseRangeConstraint(constraint) : null
      if (range) Object.assign(question, range)
      else warn('survey', r.row, 'constraint', 'SURVEY_XLSFORM_CONSTRAINT_IGNORED')
    }
    const sec = current(r.row)
    sec.section.questions.push(question)
    sec.origin.questions.push(origin)
  }
  for (const g of st.groups) err('survey', g.row, 'type', 'SURVEY_XLSFORM_GROUP_UNBALANCED')

  const questionnaire: Questionnaire = { title, sections }
  for (const issue of checkQuestionnaire(questionnaire)) {
    const at = locate(issue.path, sectionOrigins, labelCol, settings?.row ?? 2)
    if (!errors.some((e) => e.sheet === at.sheet && e.row === at.row && e.column === at.column && e.code === issue.code)) errors.push({ ...at, code: issue.code })
  }
  return { questionnaire: errors.length > 0 ? null : questionnaire, errors: byPlace(errors), warnings: byPlace(warnings) }
}

const SHEET_ORDER: XlsFormSheetName[] = ['survey', 'choices', 'settings']
/** Issues in reading order: by sheet, then row (stable within a row). */
function byPlace(issues: XlsFormIssue[]): XlsFormIssue[] {
  return [...issues].sort((a, b) => SHEET_ORDER.indexOf(a.sheet) - SHEET_ORDER.indexOf(b.sheet) || a.row - b.row)
}

/** The sheet, row and column a checkQuestionnaire path points at. */
function locate(path: string, origins: { row: number; questions: Origin[] }[], labelCol: string, settingsRow: number): Omit<XlsFormIssue, 'code'> {
  const p = path.split('.')
  if (p[0] === 'title') return { sheet: 'settings', row: settingsRow, column: 'form_title' }
  const s = origins[Number(p[1])]
  if (!s) return { sheet: 'survey', row: 1, column: null }
  if (p[2] !== 'questions') return { sheet: 'survey', row: s.row, column: p[2] === 'relevant' ? 'relevant' : 'name' }
  const q = s.questions[Number(p[3])]
  if (!q) return { sheet: 'survey', row: s.row, column: null }
  const field = p[4] ?? ''
  const k = p[5] === undefined ? undefined : Number(p[5])
  const col = (f: string | undefined) => (f === 'label' ? labelCol : 'name')
  if (field === 'choices' && k !== undefined && q.choiceRows[k] !== undefined) return { sheet: 'choices', row: q.choiceRows[k], column: col(p[6]) }
  if (field === 'rows' && k !== undefined && q.rowRows[k] !== undefined) return { sheet: 'survey', row: q.rowRows[k], column: col(p[6]) }
  const column = { name: 'name', label: labelCol, relevant: 'relevant', min: 'constraint', max: 'constraint', rows: 'name' }[field] ?? 'type'
  return { sheet: 'survey', row: q.row, column }
}
