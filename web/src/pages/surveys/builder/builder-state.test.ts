import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Questionnaire } from '../../../../../src/domain/survey/model.ts'
import {
  addQuestion, addSection, blankQuestion, builderProblems, changeType, cleanForSave, duplicateQuestion, moveQuestion, questionsBefore, relevantErrorPosition, usedBy,
} from './builder-state.ts'

const choices = [{ value: 'co', label: 'Có' }, { value: 'khong', label: 'Không' }]
const base = (): Questionnaire => ({
  title: 'Phiếu',
  sections: [
    { name: 's1', title: 'A', questions: [
      { name: 'q1', type: 'single', label: 'Ngập?', choices },
      { name: 'q2', type: 'text', label: 'Vì sao?', relevant: "${q1} = 'co'" },
    ] },
    { name: 's2', title: 'B', questions: [{ name: 'q3', type: 'integer', label: 'Tuổi' }] },
  ],
})

test('new sections and questions get free codes', () => {
  let f = addSection(base())
  assert.equal(f.sections[2]!.name, 's3')
  const q = blankQuestion(f, 'single')
  assert.equal(q.name, 'q4')
  assert.equal(q.choices?.length, 2)
  f = addQuestion(f, 2, q)
  assert.equal(blankQuestion(f, 'text').name, 'q5')
  assert.equal(duplicateQuestion(f, 0, 0).sections[0]!.questions[1]!.name, 'q5')
})

test('moving a question swaps within a section and crosses section borders', () => {
  const f = base()
  assert.deepEqual(moveQuestion(f, 0, 1, -1).sections[0]!.questions.map((q) => q.name), ['q2', 'q1'])
  const down = moveQuestion(f, 0, 1, 1)
  assert.deepEqual(down.sections.map((s) => s.questions.map((q) => q.name)), [['q1'], ['q2', 'q3']])
  const up = moveQuestion(f, 1, 0, -1)
  assert.deepEqual(up.sections.map((s) => s.questions.map((q) => q.name)), [['q1', 'q2', 'q3'], []])
  assert.equal(moveQuestion(f, 0, 0, -1), f, 'the first question stays first')
})

test('a show-if may use only earlier questions, and must parse (the domain check, placed on its question)', () => {
  assert.deepEqual(builderProblems(base()), [])
  // moving q2 above q1 makes its show-if refer to a later question
  assert.deepEqual(
    builderProblems(moveQuestion(base(), 0, 1, -1)).map((p) => [p.where, p.field, p.code]),
    [['q2', 'relevant', 'SURVEY_RELEVANT_FORWARD_REFERENCE']],
  )
  const bad = base()
  bad.sections[1]!.questions[0]!.relevant = "${q1} = 'co' and"
  assert.deepEqual(builderProblems(bad).map((p) => [p.where, p.field, p.code]), [['q3', 'relevant', 'SURVEY_RELEVANT_UNEXPECTED_END']])
  assert.equal(relevantErrorPosition("${q1} = 'co' and"), 16)
  assert.equal(relevantErrorPosition("${q1} = 'co'"), null)
  assert.deepEqual(questionsBefore(base(), 1, 0).map((q) => q.name), ['q1', 'q2'])
  assert.deepEqual(usedBy(base(), 'q1'), ['q2'])
})

test('codes, labels and options are checked', () => {
  const f = base()
  f.sections[1]!.questions.push({ name: 'q1', type: 'single', label: '', choices: [{ value: 'a', label: 'A' }, { value: 'a', label: '' }] })
  f.sections[1]!.questions.push({ name: '1x', type: 'integer', label: 'x', min: 5, max: 1 })
  const codes = builderProblems(f).map((p) => `${p.where}:${p.code}`)
  assert.deepEqual(codes.sort(), [
    '1x:SURVEY_NAME_INVALID', '1x:SURVEY_RANGE_INVALID', 'q1:SURVEY_CHOICE_DUPLICATE', 'q1:SURVEY_LABEL_REQUIRED', 'q1:SURVEY_LABEL_REQUIRED', 'q1:SURVEY_NAME_DUPLICATE',
  ])
  assert.deepEqual(builderProblems({ title: '', sections: [] }).map((p) => [p.where, p.code]), [['', 'SURVEY_TITLE_REQUIRED']])
})

test('changing the type keeps what fits; saving trims and drops empty fields', () => {
  const q = changeType({ name: 'q1', type: 'single', label: 'x', choices, required: true }, 'multiple')
  assert.deepEqual(q, { name: 'q1', type: 'multiple', label: 'x', required: true, choices })
  assert.deepEqual(changeType(q, 'note'), { name: 'q1', type: 'note', label: 'x' })
  const saved = cleanForSave({ title: ' T ', sections: [{ name: 's1', title: ' A ', relevant: ' ', questions: [{ name: 'q1', type: 'text', label: ' Hỏi ', hint: ' ', relevant: '' }] }] })
  assert.deepEqual(saved, { title: 'T', sections: [{ name: 's1', title: 'A', questions: [{ name: 'q1', type: 'text', label: 'Hỏi' }] }] })
})
