/**
 * A questionnaire as the three XLSForm sheets, with the mapping documented in xlsform.ts (so that
 * importXlsForm(exportXlsForm(q)) gives q back). Pure.
 */
import { choicesOf, type Choice, type Question, type Questionnaire } from './model.ts'
import { matrixRowName } from './validate.ts'
import type { Sheet } from './xlsform.ts'

const SURVEY_HEADER = ['type', 'name', 'label', 'hint', 'required', 'relevant', 'appearance', 'constraint']

/** A questionnaire as the three XLSForm sheets (see the file comment for the mapping). */
export function exportXlsForm(q: Questionnaire): { survey: Sheet; choices: Sheet; settings: Sheet } {
  const survey: string[][] = []
  const choices: string[][] = []
  const exported = new Map<string, string>() // list name → its choices as JSON
  const row = (v: { type: string; name: string; label?: string; hint?: string; required?: boolean; relevant?: string; appearance?: string; constraint?: string }) =>
    survey.push([v.type, v.name, v.label ?? '', v.hint ?? '', v.required ? 'yes' : '', v.relevant ?? '', v.appearance ?? '', v.constraint ?? ''])
  const listFor = (x: Question, list: Choice[]): string => {
    const wanted = x.listName ?? x.name
    const key = JSON.stringify(list.map((c) => [c.value, c.label]))
    for (let i = 1; ; i++) {
      const name = i === 1 ? wanted : `${wanted}_${i}`
      const have = exported.get(name)
      if (have === key) return name
      if (have === undefined) {
        exported.set(name, key)
        for (const c of list) choices.push([name, c.value, c.label])
        return name
      }
    }
  }
  for (const s of q.sections) {
    row({ type: 'begin_group', name: s.name, label: s.title, relevant: s.relevant, appearance: 'field-list' })
    for (const x of s.questions) {
      const common = { name: x.name, label: x.label, hint: x.hint, required: x.required, relevant: x.relevant }
      switch (x.type) {
        case 'single':
        case 'multiple':
          row({ ...common, type: `${x.type === 'single' ? 'select_one' : 'select_multiple'} ${listFor(x, choicesOf(x))}` })
          break
        case 'likert5':
          row({ ...common, type: `select_one ${listFor(x, choicesOf(x))}`, appearance: 'likert' })
          break
        case 'rating':
          row({ ...common, type: `select_one ${listFor(x, choicesOf(x))}`, appearance: 'rating' })
          break
        case 'integer':
        case 'decimal': {
          const parts = [x.min !== undefined ? `. >= ${x.min}` : '', x.max !== undefined ? `. <= ${x.max}` : ''].filter((p) => p)
          row({ ...common, type: x.type, constraint: parts.join(' and ') })
          break
        }
        case 'text':
        case 'long_text':
          row({ ...common, type: 'text', appearance: x.type === 'long_text' ? 'multiline' : undefined })
          break
        case 'note':
          row({ ...common, type: 'note', required: false })
          break
        case 'matrix': {
          const list = listFor(x, choicesOf(x))
          row({ type: 'begin_group', name: x.name, label: x.label, hint: x.hint, relevant: x.relevant, appearance: 'table-list' })
          for (const r of x.rows ?? []) row({ type: `select_one ${list}`, name: matrixRowName(x.name, r.value), label: r.label, required: x.required })
          row({ type: 'end_group', name: '' })
          break
        }
      }
    }
    row({ type: 'end_group', name: '' })
  }
  return {
    survey: { header: SURVEY_HEADER, rows: survey },
    choices: { header: ['list_name', 'name', 'label'], rows: choices },
    settings: { header: ['form_title'], rows: [[q.title]] },
  }
}
