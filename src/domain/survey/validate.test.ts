import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import type { Answers, Questionnaire } from './model.ts'
import {
  answerChecker,
  answersToCsvCells,
  checkCsvHeader,
  checkQuestionnaire,
  csvColumns,
  csvRedundantColumns,
  parseCsvAnswer,
  parseCsvRow,
  validateAnswers,
} from './validate.ts'

const Q: Questionnaire = {
  title: 'Ý kiến về chỉnh trang đô thị',
  sections: [
    {
      name: 'thong_tin',
      title: 'Thông tin chung',
      questions: [
        { name: 'gioi_tinh', type: 'single', label: 'Giới tính', required: true, choices: [{ value: 'nam', label: 'Nam' }, { value: 'nu', label: 'Nữ' }] },
        { name: 'tuoi', type: 'integer', label: 'Tuổi', required: true, min: 16, max: 100 },
        { name: 'gioi_thieu', type: 'note', label: 'Phần tiếp theo hỏi về dự án' },
      ],
    },
    {
      name: 'y_kien',
      title: 'Ý kiến',
      questions: [
        { name: 'biet_du_an', type: 'single', label: 'Ông/bà có biết dự án?', required: true, choices: [{ value: 'co', label: 'Có' }, { value: 'khong', label: 'Không' }] },
        { name: 'nguon', type: 'multiple', label: 'Biết qua đâu?', required: true, relevant: "${biet_du_an} = 'co'", choices: [{ value: 'loa', label: 'Loa phường' }, { value: 'hop', label: 'Họp tổ dân phố' }, { value: 'mxh', label: 'Mạng xã hội' }] },
        { name: 'dong_y', type: 'likert5', label: 'Đồng ý với dự án', required: true },
        { name: 'diem', type: 'rating', label: 'Chấm điểm', scaleMax: 10 },
        { name: 'chi_phi', type: 'decimal', label: 'Sẵn sàng đóng góp (triệu đồng)', min: 0, max: 50 },
        { name: 'gop_y', type: 'long_text', label: 'Góp ý' },
      ],
    },
    {
      name: 'chat_luong',
      title: 'Chất lượng dịch vụ',
      relevant: '${tuoi} >= 18',
      questions: [
        {
          name: 'dv', type: 'matrix', label: 'Đánh giá', required: true,
          rows: [{ value: 'dien', label: 'Điện' }, { value: 'nuoc', label: 'Nước' }],
          choices: [{ value: 'tot', label: 'Tốt' }, { value: 'kem', label: 'Kém' }],
        },
        { name: 'ten', type: 'text', label: 'Tên tổ dân phố' },
      ],
    },
  ],
}

describe('checkQuestionnaire()', () => {
  it('accepts a well-formed questionnaire', () => {
    assert.deepEqual(checkQuestionnaire(Q), [])
  })
  it('reports names, labels, choices, ranges and show-if problems by path', () => {
    const bad: Questionnaire = {
      title: ' ',
      sections: [
        {
          name: 's1',
          title: 'A',
          relevant: "${a} = 'x'",
          questions: [
            { name: 'a', type: 'single', label: 'A', choices: [{ value: 'x', label: 'X' }, { value: 'x', label: 'X2' }, { value: 'y z', label: 'Y' }] },
            { name: 'a', type: 'multiple', label: '', choices: [] },
            { name: '1b', type: 'integer', label: 'B', min: 5, max: 1, relevant: "${c} = 'x'" },
            { name: 'c', type: 'matrix', label: 'C', choices: [{ value: 'x', label: 'X' }], relevant: "${a} = " },
            { name: 'd', type: 'rating', label: 'D', scaleMax: 1, relevant: "${zz} = 'x'" },
            { name: 'm', type: 'matrix', label: 'M', rows: [{ value: 'r', label: 'R' }], choices: [{ value: 'x', label: 'X' }] },
            { name: 'm_r', type: 'text', label: 'clashes with the CSV column of m/r' },
            { name: '__proto__', type: 'text', label: 'not a plain key' },
          ],
        },
      ],
    }
    assert.deepEqual(checkQuestionnaire(bad), [
      { path: 'title', code: 'SURVEY_TITLE_REQUIRED' },
      { path: 'sections.0.relevant', code: 'SURVEY_RELEVANT_FORWARD_REFERENCE' },
      { path: 'sections.0.questions.0.choices.1.value', code: 'SURVEY_CHOICE_DUPLICATE' },
      { path: 'sections.0.questions.0.choices.2.value', code: 'SURVEY_CHOICE_INVALID' },
      { path: 'sections.0.questions.1.name', code: 'SURVEY_NAME_DUPLICATE' },
      { path: 'sections.0.questions.1.label', code: 'SURVEY_LABEL_REQUIRED' },
      { path: 'sections.0.questions.1.choices', code: 'SURVEY_CHOICES_REQUIRED' },
      { path: 'sections.0.questions.2.name', code: 'SURVEY_NAME_INVALID' },
      { path: 'sections.0.questions.2.relevant', code: 'SURVEY_RELEVANT_FORWARD_REFERENCE' },
      { path: 'sections.0.questions.2.max', code: 'SURVEY_RANGE_INVALID' },
      { path: 'sections.0.questions.3.relevant', code: 'SURVEY_RELEVANT_UNEXPECTED_END' },
      { path: 'sections.0.questions.3.rows', code: 'SURVEY_MATRIX_ROWS_REQUIRED' },
      { path: 'sections.0.questions.4.relevant', code: 'SURVEY_RELEVANT_UNKNOWN_QUESTION' },
      { path: 'sections.0.questions.4.scaleMax', code: 'SURVEY_RANGE_INVALID' },
      { path: 'sections.0.questions.6.name', code: 'SURVEY_NAME_DUPLICATE' },
      { path: 'sections.0.questions.7.name', code: 'SURVEY_NAME_INVALID' },
    ])
  })
})

const complete: Answers = { gioi_tinh: 'nu', tuoi: 34, biet_du_an: 'co', nguon: ['mxh', 'loa'], dong_y: '4', dv: { dien: 'tot', nuoc: 'kem' } }

describe('validateAnswers()', () => {
  it('keeps a complete response, normalised', () => {
    const r = validateAnswers(Q, { ...complete, tuoi: '34', gop_y: '  Cần thêm  cây xanh ', diem: 7, chi_phi: 2.5, ten: 'Tổ 5' })
    assert.deepEqual(r.errors, [])
    assert.deepEqual(r.dropped, [])
    assert.deepEqual(r.answers, {
      gioi_tinh: 'nu', tuoi: 34, biet_du_an: 'co', nguon: ['loa', 'mxh'], dong_y: '4', diem: 7, chi_phi: 2.5,
      gop_y: 'Cần thêm  cây xanh', dv: { dien: 'tot', nuoc: 'kem' }, ten: 'Tổ 5',
    })
    assert.deepEqual(r.visible, ['gioi_tinh', 'tuoi', 'gioi_thieu', 'biet_du_an', 'nguon', 'dong_y', 'diem', 'chi_phi', 'gop_y', 'dv', 'ten'])
  })
  it('requires only what is shown, and drops answers to hidden questions', () => {
    // under 18: the quality section is hidden; "không biết": the source question is hidden
    const r = validateAnswers(Q, { gioi_tinh: 'nam', tuoi: 16, biet_du_an: 'khong', nguon: ['loa'], dong_y: '2', dv: { dien: 'tot' } })
    assert.deepEqual(r.errors, [])
    assert.deepEqual(r.dropped, ['nguon', 'dv'])
    assert.deepEqual(r.answers, { gioi_tinh: 'nam', tuoi: 16, biet_du_an: 'khong', dong_y: '2' })
    assert.ok(!r.visible.includes('nguon') && !r.visible.includes('dv'))
  })
  it('reports missing required answers, per row for a matrix', () => {
    const r = validateAnswers(Q, { tuoi: 40, biet_du_an: 'co', nguon: [], dv: { dien: 'tot' } })
    assert.deepEqual(r.errors, [
      { question: 'gioi_tinh', code: 'SURVEY_ANSWER_REQUIRED' },
      { question: 'nguon', code: 'SURVEY_ANSWER_REQUIRED' },
      { question: 'dong_y', code: 'SURVEY_ANSWER_REQUIRED' },
      { question: 'dv', code: 'SURVEY_ANSWER_REQUIRED', row: 'nuoc' },
    ])
  })
  it('reports types, choices, ranges and rows', () => {
    const r = validateAnswers(Q, {
      gioi_tinh: 'khac', tuoi: 15.5, biet_du_an: ['co'], dong_y: '6', diem: 11, chi_phi: 'nhiều', gop_y: 'x'.repeat(10_001),
      ten: { a: 'b' }, khong_co: 'x',
    })
    assert.deepEqual(r.errors, [
      { question: 'khong_co', code: 'SURVEY_ANSWER_UNKNOWN_QUESTION' },
      { question: 'gioi_tinh', code: 'SURVEY_ANSWER_INVALID_CHOICE' },
      { question: 'tuoi', code: 'SURVEY_ANSWER_NOT_AN_INTEGER' },
      { question: 'biet_du_an', code: 'SURVEY_ANSWER_WRONG_TYPE' },
      { question: 'dong_y', code: 'SURVEY_ANSWER_INVALID_CHOICE' },
      { question: 'diem', code: 'SURVEY_ANSWER_OUT_OF_RANGE' },
      { question: 'chi_phi', code: 'SURVEY_ANSWER_NOT_A_NUMBER' },
      { question: 'gop_y', code: 'SURVEY_ANSWER_TOO_LONG' },
      // tuoi is invalid, so it is not kept: the quality section (tuoi >= 18) is hidden and ten is dropped
    ])
    assert.deepEqual(r.dropped, ['ten'])
    const m = validateAnswers(Q, { ...complete, tuoi: 120, nguon: ['loa', 'tivi'], dv: { dien: 'rat_tot', gas: 'tot', nuoc: 'kem' } })
    assert.deepEqual(m.errors, [
      { question: 'tuoi', code: 'SURVEY_ANSWER_OUT_OF_RANGE' },
      { question: 'nguon', code: 'SURVEY_ANSWER_INVALID_CHOICE' },
    ])
    const m2 = validateAnswers(Q, { ...complete, dv: { dien: 'rat_tot', gas: 'tot', nuoc: 'kem' } })
    assert.deepEqual(m2.errors, [
      { question: 'dv', code: 'SURVEY_ANSWER_INVALID_ROW', row: 'gas' },
      { question: 'dv', code: 'SURVEY_ANSWER_INVALID_CHOICE', row: 'dien' },
    ])
    assert.deepEqual(validateAnswers(Q, { ...complete, dv: ['tot'] }).errors, [{ question: 'dv', code: 'SURVEY_ANSWER_WRONG_TYPE' }])
  })
  it('never throws on answers of any shape', () => {
    const check = answerChecker(Q)
    const names = Q.sections.flatMap((s) => s.questions.map((x) => x.name))
    const anyValue = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null))), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()))))
    fc.assert(fc.property(fc.dictionary(fc.oneof(fc.constantFrom(...names), fc.string()), anyValue), (a) => {
      const r = check(a as unknown as Answers)
      assert.ok(Array.isArray(r.errors))
      for (const k of Object.keys(r.answers)) assert.ok(names.includes(k))
    }), { numRuns: 1000 })
  })
  it('bounds: min and max are inclusive; rating goes 1..scaleMax', () => {
    const errs = (a: Answers) => validateAnswers(Q, { ...complete, ...a }).errors.map((e) => e.code)
    assert.deepEqual(errs({ tuoi: 16 }), [])
    assert.deepEqual(errs({ tuoi: 100 }), [])
    assert.deepEqual(errs({ chi_phi: 0 }), [])
    assert.deepEqual(errs({ chi_phi: -0.01 }), ['SURVEY_ANSWER_OUT_OF_RANGE'])
    assert.deepEqual(errs({ diem: 10 }), [])
    assert.deepEqual(errs({ diem: 0 }), ['SURVEY_ANSWER_OUT_OF_RANGE'])
    assert.deepEqual(errs({ tuoi: Number.NaN }), ['SURVEY_ANSWER_NOT_A_NUMBER'])
  })
  it('a kept answer never belongs to a hidden question, and checking kept answers changes nothing', () => {
    const check = answerChecker(Q)
    const answersArb = fc.record({
      gioi_tinh: fc.constantFrom('nam', 'nu', 'x'), tuoi: fc.integer({ min: 10, max: 110 }), biet_du_an: fc.constantFrom('co', 'khong'),
      nguon: fc.subarray(['loa', 'hop', 'mxh']), dong_y: fc.constantFrom('1', '3', '5'), dv: fc.record({ dien: fc.constantFrom('tot', 'kem') }),
      ten: fc.string({ maxLength: 5 }),
    }, { requiredKeys: [] })
    fc.assert(fc.property(answersArb, (a) => {
      const r = check(a as Answers)
      for (const k of Object.keys(r.answers)) assert.ok(r.visible.includes(k))
      const again = check(r.answers)
      assert.deepEqual(again.answers, r.answers)
      assert.deepEqual(again.dropped, [])
      // only "required" can remain once the bad answers are gone
      assert.ok(again.errors.every((e) => e.code === 'SURVEY_ANSWER_REQUIRED'))
    }), { numRuns: 500 })
  })
})

describe('CSV answers', () => {
  it('columns: one per question, one per matrix row, none for notes', () => {
    assert.deepEqual(csvColumns(Q).map((c) => c.column), ['gioi_tinh', 'tuoi', 'biet_du_an', 'nguon', 'dong_y', 'diem', 'chi_phi', 'gop_y', 'dv_dien', 'dv_nuoc', 'ten'])
    assert.deepEqual(checkCsvHeader(Q, ['_id', 'gioi_tinh', 'dv_dien', 'tinh_trang', '', '_submission_time', 'nguon/loa', 'nguon/tivi']), [
      { column: 'tinh_trang', code: 'SURVEY_CSV_UNKNOWN_COLUMN' },
      { column: 'nguon/tivi', code: 'SURVEY_CSV_UNKNOWN_COLUMN' },
    ])
    assert.deepEqual(csvRedundantColumns(Q), ['nguon/loa', 'nguon/hop', 'nguon/mxh'])
  })
  it('parseCsvAnswer reads cells as XLSForm exports write them', () => {
    const q = (name: string) => Q.sections.flatMap((s) => s.questions).find((x) => x.name === name)!
    assert.deepEqual(parseCsvAnswer(q('nguon'), ' loa  mxh '), { ok: true, value: ['loa', 'mxh'] })
    assert.deepEqual(parseCsvAnswer(q('nguon'), ''), { ok: true })
    assert.deepEqual(parseCsvAnswer(q('tuoi'), '34'), { ok: true, value: 34 })
    assert.deepEqual(parseCsvAnswer(q('tuoi'), '34.5'), { ok: false, code: 'SURVEY_ANSWER_NOT_AN_INTEGER' })
    assert.deepEqual(parseCsvAnswer(q('chi_phi'), '2.5'), { ok: true, value: 2.5 })
    assert.deepEqual(parseCsvAnswer(q('chi_phi'), '2,5'), { ok: false, code: 'SURVEY_ANSWER_NOT_A_NUMBER' })
    assert.deepEqual(parseCsvAnswer(q('diem'), 'bảy'), { ok: false, code: 'SURVEY_ANSWER_NOT_A_NUMBER' })
    assert.deepEqual(parseCsvAnswer(q('chi_phi'), '1e400'), { ok: false, code: 'SURVEY_ANSWER_NOT_A_NUMBER' })
    assert.deepEqual(parseCsvAnswer(q('chi_phi'), '5e-7'), { ok: true, value: 5e-7 })
    assert.deepEqual(parseCsvAnswer(q('gioi_tinh'), ' nu '), { ok: true, value: 'nu' })
    assert.deepEqual(parseCsvAnswer(q('gioi_thieu'), 'x'), { ok: true })
  })
  it('parseCsvRow builds the checked answers and names the column of each problem', () => {
    const r = parseCsvRow(Q, {
      _id: 'uuid-1', gioi_tinh: 'nu', tuoi: '34', biet_du_an: 'co', nguon: 'loa mxh', dong_y: '4', diem: '', chi_phi: '2,5',
      gop_y: 'Tốt', dv_dien: 'tot', dv_nuoc: 'rat_kem', ten: '',
    })
    assert.deepEqual(r.errors, [
      { column: 'chi_phi', code: 'SURVEY_ANSWER_NOT_A_NUMBER' },
      { column: 'dv_nuoc', code: 'SURVEY_ANSWER_INVALID_CHOICE' },
    ])
    assert.deepEqual(r.answers, { gioi_tinh: 'nu', tuoi: 34, biet_du_an: 'co', nguon: ['loa', 'mxh'], dong_y: '4', gop_y: 'Tốt' })
    const missing = parseCsvRow(Q, { gioi_tinh: 'nu', tuoi: '40', biet_du_an: 'khong', dong_y: '1', dv_dien: 'tot' })
    assert.deepEqual(missing.errors, [{ column: 'dv_nuoc', code: 'SURVEY_ANSWER_REQUIRED' }])
  })
  it('answersToCsvCells and parseCsvRow are inverse on checked answers', () => {
    const check = answerChecker(Q)
    const arb = fc.record({
      gioi_tinh: fc.constantFrom('nam', 'nu'), tuoi: fc.integer({ min: 16, max: 100 }), biet_du_an: fc.constantFrom('co', 'khong'),
      nguon: fc.subarray(['loa', 'hop', 'mxh'], { minLength: 1 }), dong_y: fc.constantFrom('1', '2', '3', '4', '5'), diem: fc.integer({ min: 1, max: 10 }),
      chi_phi: fc.double({ min: 0, max: 50, noNaN: true }), gop_y: fc.string({ unit: 'grapheme', maxLength: 20 }),
      dv: fc.record({ dien: fc.constantFrom('tot', 'kem'), nuoc: fc.constantFrom('tot', 'kem') }), ten: fc.string({ maxLength: 8 }),
    }, { requiredKeys: ['gioi_tinh', 'tuoi', 'biet_du_an', 'nguon', 'dong_y', 'dv'] })
    fc.assert(fc.property(arb, (a) => {
      const kept = check(a as Answers).answers
      const back = parseCsvRow(Q, answersToCsvCells(Q, kept), check)
      assert.deepEqual(back.errors, [])
      assert.deepEqual(back.answers, kept)
    }), { numRuns: 500 })
  })
})
