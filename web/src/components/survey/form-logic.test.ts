import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { Questionnaire } from '../../../../src/domain/survey/model.ts'
import { answerProblem, answersToSend, domainShowIf, formProblems, progressOf, pruneHidden, visibleSections } from './form-logic.ts'

const FORM: Questionnaire = {
  title: 'Khảo sát môi trường',
  sections: [
    {
      name: 's1', title: 'Chung', questions: [
        { name: 'ngap', type: 'single', label: 'Nhà có bị ngập?', required: true, choices: [{ value: 'co', label: 'Có' }, { value: 'khong', label: 'Không' }] },
        { name: 'muc', type: 'integer', label: 'Ngập sâu bao nhiêu cm?', required: true, relevant: "${ngap} = 'co'", min: 0, max: 300 },
        { name: 'lydo', type: 'text', label: 'Vì sao?', relevant: '${muc} > 50' },
        { name: 'luu_y', type: 'note', label: 'Cảm ơn' },
      ],
    },
    {
      name: 's2', title: 'Dịch vụ', relevant: "${ngap} = 'khong'", questions: [
        { name: 'dv', type: 'multiple', label: 'Dịch vụ dùng', choices: [{ value: 'dien', label: 'Điện' }, { value: 'nuoc', label: 'Nước' }] },
        { name: 'mt', type: 'matrix', label: 'Đánh giá', required: true, rows: [{ value: 'r1', label: 'A' }, { value: 'r2', label: 'B' }], choices: [{ value: '1', label: 'Tốt' }, { value: '2', label: 'Kém' }] },
      ],
    },
  ],
}

const names = (a: Parameters<typeof visibleSections>[1]) => visibleSections(FORM, a, domainShowIf).flatMap((s) => s.questions.map((q) => q.name))

test('show-if hides questions and whole sections as the answers change', () => {
  assert.deepEqual(names({}), ['ngap', 'luu_y'])
  assert.deepEqual(names({ ngap: 'co' }), ['ngap', 'muc', 'luu_y'])
  assert.deepEqual(names({ ngap: 'co', muc: 80 }), ['ngap', 'muc', 'lydo', 'luu_y'])
  assert.deepEqual(names({ ngap: 'khong' }), ['ngap', 'luu_y', 'dv', 'mt'])
})

test('answers of hidden questions are dropped, along the whole chain', () => {
  // changing "ngap" hides "muc", which in turn hides "lydo"
  assert.deepEqual(pruneHidden(FORM, { ngap: 'khong', muc: 80, lydo: 'sâu' }, domainShowIf), { ngap: 'khong' })
  assert.deepEqual(pruneHidden(FORM, { ngap: 'co', muc: 80, lydo: 'sâu' }, domainShowIf), { ngap: 'co', muc: 80, lydo: 'sâu' })
})

test('problems: required, numbers and bounds, choices, matrix rows', () => {
  const q = FORM.sections[0]!.questions
  assert.deepEqual(answerProblem(q[0]!, undefined), { code: 'required' })
  assert.deepEqual(answerProblem(q[0]!, 'khac'), { code: 'choice' })
  assert.equal(answerProblem(q[0]!, 'co'), null)
  assert.deepEqual(answerProblem(q[1]!, 2.5), { code: 'integer' })
  assert.deepEqual(answerProblem(q[1]!, 301), { code: 'max', max: 300 })
  assert.deepEqual(answerProblem(q[1]!, -1), { code: 'min', min: 0 })
  assert.equal(answerProblem(q[2]!, ''), null, 'an optional text may stay empty')
  const mt = FORM.sections[1]!.questions[1]!
  assert.deepEqual(answerProblem(mt, { r1: '1' }), { code: 'matrixIncomplete', missing: 1 })
  assert.equal(answerProblem(mt, { r1: '1', r2: '2' }), null)
  assert.deepEqual(answerProblem({ name: 'r', type: 'rating', label: 'r', scaleMax: 10 }, 11), { code: 'max', max: 10 })
})

test('only shown questions are checked and counted', () => {
  assert.deepEqual(Object.keys(formProblems(FORM, {}, domainShowIf)), ['ngap'])
  assert.deepEqual(Object.keys(formProblems(FORM, { ngap: 'khong' }, domainShowIf)), ['mt'])
  assert.deepEqual(progressOf(FORM, {}, domainShowIf), { answered: 0, total: 1 })
  assert.deepEqual(progressOf(FORM, { ngap: 'co', muc: 10 }, domainShowIf), { answered: 2, total: 2 })
})

test('what is sent: hidden and empty answers left out, texts trimmed, numbers typed as text become numbers', () => {
  assert.deepEqual(
    answersToSend(FORM, { ngap: 'co', muc: '80' as unknown as number, lydo: '  nước lên nhanh ', dv: ['dien'], luu_y: 'x' }, domainShowIf),
    { ngap: 'co', muc: 80, lydo: 'nước lên nhanh' },
  )
  assert.deepEqual(answersToSend(FORM, { ngap: 'khong', dv: [], mt: { r1: '1', r2: '' } }, domainShowIf), { ngap: 'khong', mt: { r1: '1' } })
})

test('an expression that does not parse shows its question', () => {
  assert.equal(domainShowIf('${a} = ', {}), true)
  assert.equal(domainShowIf(undefined, {}), true)
  assert.equal(domainShowIf("selected(${dv}, 'nuoc')", { dv: ['dien', 'nuoc'] }), true)
})
