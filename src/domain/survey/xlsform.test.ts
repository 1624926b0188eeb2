import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import type { Choice, Question, Questionnaire, Section } from './model.ts'
import { importXlsForm, type Sheet } from './xlsform.ts'
import { exportXlsForm } from './xlsform-export.ts'
import { checkQuestionnaire } from './validate.ts'

const sheet = (header: string[], ...rows: string[][]): Sheet => ({ header, rows })

// a form as KoboToolbox users write it: language columns, "begin group" spelling, a metadata question
const KOBO = {
  survey: sheet(
    ['type', 'name', 'label::English (en)', 'label::Tiếng Việt (vi)', 'hint::Tiếng Việt (vi)', 'required', 'relevant', 'appearance', 'constraint', 'constraint_message'],
    ['start', 'start', '', '', '', '', '', '', '', ''],
    ['begin group', 'thong_tin', 'About you', 'Thông tin người trả lời', '', '', '', 'field-list', '', ''],
    ['select_one gt', 'gioi_tinh', 'Sex', 'Giới tính', '', 'yes', '', '', '', ''],
    ['integer', 'tuoi', 'Age', 'Tuổi', 'Tính theo năm sinh', 'TRUE', '', '', '. >= 16 and . <= 100', 'Từ 16 đến 100'],
    ['end group', '', '', '', '', '', '', '', '', ''],
    ['select one yn', 'biet', 'Heard?', 'Ông/bà có biết dự án?', '', '1', '', 'minimal', '', ''],
    ['select_multiple nguon', 'nguon', 'Source', 'Biết qua đâu?', '', 'no', "${biet} = 'co'", '', '', ''],
    ['text', 'gop_y', 'Comments', 'Góp ý', '', '', 'selected(${nguon}, \'loa\')', 'multiline', 'string-length(.) < 500', ''],
    ['note', 'cam_on', 'Thanks', 'Xin cảm ơn!', '', '', '', '', '', ''],
  ),
  choices: sheet(
    ['list_name', 'name', 'label::English (en)', 'label::Tiếng Việt (vi)'],
    ['gt', 'nam', 'Male', 'Nam'], ['gt', 'nu', 'Female', 'Nữ'],
    ['yn', 'co', 'Yes', 'Có'], ['yn', 'khong', 'No', 'Không'],
    ['nguon', 'loa', 'Loudspeaker', 'Loa phường'], ['nguon', 'mxh', 'Social media', 'Mạng xã hội'],
  ),
  settings: sheet(['form_title', 'form_id', 'version'], ['Ý kiến về dự án chỉnh trang', 'chinh_trang', '2025']),
}

describe('importXlsForm()', () => {
  it('reads a Kobo-style form with Vietnamese label columns', () => {
    const r = importXlsForm(KOBO)
    assert.deepEqual(r.errors, [])
    assert.deepEqual(r.warnings, [
      { sheet: 'survey', row: 2, column: 'type', code: 'SURVEY_XLSFORM_IGNORED' },
      { sheet: 'survey', row: 5, column: 'constraint_message', code: 'SURVEY_XLSFORM_IGNORED' },
      { sheet: 'survey', row: 7, column: 'appearance', code: 'SURVEY_XLSFORM_IGNORED' },
      { sheet: 'survey', row: 9, column: 'constraint', code: 'SURVEY_XLSFORM_CONSTRAINT_IGNORED' },
    ])
    assert.deepEqual(r.questionnaire, {
      title: 'Ý kiến về dự án chỉnh trang',
      sections: [
        {
          name: 'thong_tin', title: 'Thông tin người trả lời', questions: [
            { name: 'gioi_tinh', type: 'single', label: 'Giới tính', required: true, listName: 'gt', choices: [{ value: 'nam', label: 'Nam' }, { value: 'nu', label: 'Nữ' }] },
            { name: 'tuoi', type: 'integer', label: 'Tuổi', hint: 'Tính theo năm sinh', required: true, min: 16, max: 100 },
          ],
        },
        {
          name: 'phan_1', title: '', questions: [
            { name: 'biet', type: 'single', label: 'Ông/bà có biết dự án?', required: true, listName: 'yn', choices: [{ value: 'co', label: 'Có' }, { value: 'khong', label: 'Không' }] },
            { name: 'nguon', type: 'multiple', label: 'Biết qua đâu?', relevant: "${biet} = 'co'", choices: [{ value: 'loa', label: 'Loa phường' }, { value: 'mxh', label: 'Mạng xã hội' }] },
            { name: 'gop_y', type: 'long_text', label: 'Góp ý', relevant: "selected(${nguon}, 'loa')" },
            { name: 'cam_on', type: 'note', label: 'Xin cảm ơn!' },
          ],
        },
      ],
    })
  })

  it('reports unsupported types and features, unknown lists, bad names and bad expressions by row', () => {
    const r = importXlsForm({
      survey: sheet(
        ['type', 'name', 'label', 'required', 'relevant', 'calculation', 'choice_filter'],
        ['begin_repeat', 'thanh_vien', 'Thành viên', '', '', '', ''],
        ['calculate', 'tong', '', '', '', '1 + 1', ''],
        ['select_one_from_file xa.csv', 'xa', 'Xã', '', '', '', ''],
        ['select_one to', 'to', 'Tổ', '', '', '', "quan = ${q}"],
        ['select_one khong_co', 'a', 'A', '', '', '', ''],
        ['select_one', 'b', 'B', '', '', '', ''],
        ['select_one yn or_other', 'c', 'C', '', '', '', ''],
        ['date', 'ngay', 'Ngày', '', '', '', ''],
        ['integr', 'd', 'D', '', '', '', ''],
        ['integer', 'e', 'E', 'có lẽ', '', '', ''],
        ['integer', 'e', 'E lần hai', '', '', '', ''],
        ['text', '2f', 'F', '', '', '', ''],
        ['text', 'g', 'G', '', '${e} => 3', '', ''],
        ['text', 'h', 'H', '', "${zz} = 'x'", '', ''],
        ['end_group', '', '', '', '', '', ''],
        ['begin_group', 'nhom', 'Nhóm', '', '', '', ''],
        ['begin_group', 'nhom_con', 'Nhóm con', '', '', '', ''],
        ['', 'khong_loai', 'X', '', '', '', ''],
      ),
      choices: sheet(['list_name', 'name', 'label'], ['to', 't1', 'Tổ 1'], ['yn', 'co', 'Có'], ['yn', 'co', 'Có nữa'], ['', 'x', 'X']),
    })
    assert.equal(r.questionnaire, null)
    assert.deepEqual(r.warnings, [{ sheet: 'survey', row: 18, column: 'type', code: 'SURVEY_XLSFORM_GROUP_FLATTENED' }])
    assert.deepEqual(r.errors, [
      { sheet: 'survey', row: 2, column: 'type', code: 'SURVEY_XLSFORM_UNSUPPORTED' },
      { sheet: 'survey', row: 3, column: 'calculation', code: 'SURVEY_XLSFORM_UNSUPPORTED' },
      { sheet: 'survey', row: 3, column: 'type', code: 'SURVEY_XLSFORM_UNSUPPORTED' },
      { sheet: 'survey', row: 4, column: 'type', code: 'SURVEY_XLSFORM_UNSUPPORTED' },
      { sheet: 'survey', row: 5, column: 'choice_filter', code: 'SURVEY_XLSFORM_UNSUPPORTED' },
      { sheet: 'survey', row: 6, column: 'type', code: 'SURVEY_XLSFORM_UNKNOWN_LIST' },
      { sheet: 'survey', row: 7, column: 'type', code: 'SURVEY_XLSFORM_LIST_REQUIRED' },
      { sheet: 'survey', row: 8, column: 'type', code: 'SURVEY_XLSFORM_UNSUPPORTED' },
      { sheet: 'survey', row: 9, column: 'type', code: 'SURVEY_XLSFORM_UNSUPPORTED' },
      { sheet: 'survey', row: 10, column: 'type', code: 'SURVEY_XLSFORM_UNKNOWN_TYPE' },
      { sheet: 'survey', row: 11, column: 'required', code: 'SURVEY_XLSFORM_BAD_VALUE' },
      { sheet: 'survey', row: 12, column: 'name', code: 'SURVEY_NAME_DUPLICATE' },
      { sheet: 'survey', row: 13, column: 'name', code: 'SURVEY_NAME_INVALID' },
      { sheet: 'survey', row: 14, column: 'relevant', code: 'SURVEY_RELEVANT_UNEXPECTED_TOKEN' },
      { sheet: 'survey', row: 15, column: 'relevant', code: 'SURVEY_RELEVANT_UNKNOWN_QUESTION' },
      { sheet: 'survey', row: 16, column: 'type', code: 'SURVEY_XLSFORM_GROUP_UNBALANCED' }, // end_group with no group open
      { sheet: 'survey', row: 17, column: 'type', code: 'SURVEY_XLSFORM_GROUP_UNBALANCED' }, // never closed
      { sheet: 'survey', row: 18, column: 'type', code: 'SURVEY_XLSFORM_GROUP_UNBALANCED' }, // never closed either
      { sheet: 'survey', row: 19, column: 'type', code: 'SURVEY_XLSFORM_UNKNOWN_TYPE' },
      { sheet: 'choices', row: 5, column: 'list_name', code: 'SURVEY_XLSFORM_BAD_VALUE' },
      { sheet: 'settings', row: 2, column: 'form_title', code: 'SURVEY_TITLE_REQUIRED' },
    ])
  })

  it('places choice problems on the choices sheet; needs the survey sheet and its columns', () => {
    const r = importXlsForm({
      survey: sheet(['type', 'name', 'label'], ['select_one yn', 'a', 'A']),
      choices: sheet(['list_name', 'name', 'label'], ['yn', 'co', 'Có'], ['yn', 'co', 'Có nữa'], ['yn', 'c o', 'Sai']),
      settings: sheet(['form_title'], ['T']),
    })
    assert.deepEqual(r.errors, [
      { sheet: 'choices', row: 3, column: 'name', code: 'SURVEY_CHOICE_DUPLICATE' },
      { sheet: 'choices', row: 4, column: 'name', code: 'SURVEY_CHOICE_INVALID' },
    ])
    assert.deepEqual(importXlsForm({}).errors, [{ sheet: 'survey', row: 1, column: null, code: 'SURVEY_XLSFORM_MISSING_SHEET' }])
    assert.deepEqual(importXlsForm({ survey: sheet(['label'], ['x']) }).errors, [
      { sheet: 'survey', row: 1, column: 'type', code: 'SURVEY_XLSFORM_MISSING_COLUMN' },
      { sheet: 'survey', row: 1, column: 'name', code: 'SURVEY_XLSFORM_MISSING_COLUMN' },
    ])
    assert.equal(importXlsForm({ survey: sheet(['type', 'name', 'label'], ['text', 'a', 'A']) }, { fallbackTitle: 'Tệp mẫu' }).questionnaire?.title, 'Tệp mẫu')
  })

  it('never throws on random sheets: every problem is an issue', () => {
    const cellArb = fc.oneof(
      fc.constantFrom('', 'begin_group', 'end_group', 'begin group', 'end group', 'select_one yn', 'select_multiple yn', 'select one yn', 'select_one',
        'integer', 'text', 'note', 'decimal', 'calculate', 'begin_repeat', 'start', 'yes', 'no', 'table-list', 'likert', 'rating', 'multiline',
        "${a} = 'co'", 'a', 'b', 'yn', 'co', '1', '2', '3', '4', '5', '. >= 1', '${'),
      fc.string({ maxLength: 6 }),
    )
    const headerArb = fc.shuffledSubarray(['type', 'name', 'label', 'label::Tiếng Việt (vi)', 'hint', 'required', 'relevant', 'appearance', 'constraint', 'calculation', 'media::image'], { minLength: 1 })
    const sheetArb = (header: fc.Arbitrary<string[]>) => header.chain((h) => fc.array(fc.array(cellArb, { minLength: h.length, maxLength: h.length }), { maxLength: 12 }).map((rows) => sheet(h, ...rows)))
    fc.assert(fc.property(
      fc.record({ survey: sheetArb(headerArb), choices: sheetArb(fc.constant(['list_name', 'name', 'label'])), settings: sheetArb(fc.constant(['form_title'])) }, { requiredKeys: [] }),
      (wb) => {
        const r = importXlsForm(wb)
        assert.equal(r.questionnaire === null, r.errors.length > 0)
        if (r.questionnaire) assert.deepEqual(checkQuestionnaire(r.questionnaire), [])
        for (const i of [...r.errors, ...r.warnings]) assert.ok(i.row >= 1 && /^SURVEY_/.test(i.code))
      },
    ), { numRuns: 1000 })
  })

  it('flattens a group inside a section, joining its condition to its questions\'', () => {
    const r = importXlsForm({
      survey: sheet(
        ['type', 'name', 'label', 'relevant', 'appearance'],
        ['begin_group', 'phan_a', 'Phần A', '', ''],
        ['integer', 'tuoi', 'Tuổi', '', ''],
        ['begin_group', 'nguoi_lon', 'Người lớn', '${tuoi} >= 18', ''],
        ['text', 'nghe', 'Nghề nghiệp', '', ''],
        ['text', 'noi_lam', 'Nơi làm việc', "${nghe} != ''", ''],
        ['begin_group', 'dv', 'Dịch vụ', '', 'table-list'],
        ['select_one muc', 'dv_dien', 'Điện', '', ''],
        ['end_group', '', '', '', ''],
        ['end_group', '', '', '', ''],
        ['note', 'het', 'Hết phần A', '', ''],
        ['begin_group', 'sai', 'Sai', '${tuoi} >', ''],
        ['end_group', '', '', '', ''],
        ['end_group', '', '', '', ''],
      ),
      choices: sheet(['list_name', 'name', 'label'], ['muc', 'tot', 'Tốt']),
      settings: sheet(['form_title'], ['T']),
    })
    assert.deepEqual(r.warnings, [
      { sheet: 'survey', row: 4, column: 'type', code: 'SURVEY_XLSFORM_GROUP_FLATTENED' },
      { sheet: 'survey', row: 12, column: 'type', code: 'SURVEY_XLSFORM_GROUP_FLATTENED' },
    ])
    assert.deepEqual(r.errors, [{ sheet: 'survey', row: 12, column: 'relevant', code: 'SURVEY_RELEVANT_UNEXPECTED_END' }])
    // the same without the bad group
    const fixed = importXlsForm({
      ...KOBO,
      survey: sheet(
        ['type', 'name', 'label', 'relevant', 'appearance'],
        ['begin_group', 'phan_a', 'Phần A', '', ''],
        ['integer', 'tuoi', 'Tuổi', '', ''],
        ['begin_group', 'nguoi_lon', 'Người lớn', '${tuoi} >= 18', ''],
        ['text', 'nghe', 'Nghề nghiệp', '', ''],
        ['text', 'noi_lam', 'Nơi làm việc', "${nghe} != ''", ''],
        ['begin_group', 'dv', 'Dịch vụ', '', 'table-list'],
        ['select_one gt', 'dv_dien', 'Điện', '', ''],
        ['end_group', '', '', '', ''],
        ['end_group', '', '', '', ''],
        ['note', 'het', 'Hết phần A', '', ''],
        ['end_group', '', '', '', ''],
      ),
    })
    assert.deepEqual(fixed.errors, [])
    assert.deepEqual(fixed.questionnaire!.sections[0]!.questions.map((x) => [x.name, x.relevant]), [
      ['tuoi', undefined],
      ['nghe', '${tuoi} >= 18'],
      ['noi_lam', "(${tuoi} >= 18) and (${nghe} != '')"],
      ['dv', '${tuoi} >= 18'],
      ['het', undefined],
    ])
  })

  it('reads an ODK table-list group as a matrix', () => {
    const r = importXlsForm({
      survey: sheet(
        ['type', 'name', 'label', 'required', 'appearance'],
        ['begin_group', 'dv', 'Đánh giá dịch vụ', '', 'table-list'],
        ['select_one muc', 'dv_dien', 'Điện', 'yes', ''],
        ['select_one muc', 'nuoc', 'Nước', 'yes', 'list-nolabel'],
        ['end_group', '', '', '', ''],
      ),
      choices: sheet(['list_name', 'name', 'label'], ['muc', 'tot', 'Tốt'], ['muc', 'kem', 'Kém']),
      settings: sheet(['form_title'], ['T']),
    })
    assert.deepEqual(r.errors, [])
    assert.deepEqual(r.questionnaire!.sections, [{
      name: 'phan_1', title: '', questions: [{
        name: 'dv', type: 'matrix', label: 'Đánh giá dịch vụ', required: true, listName: 'muc',
        choices: [{ value: 'tot', label: 'Tốt' }, { value: 'kem', label: 'Kém' }],
        rows: [{ value: 'dien', label: 'Điện' }, { value: 'nuoc', label: 'Nước' }],
      }],
    }])
  })
})

describe('exportXlsForm()', () => {
  it('writes the documented mapping', () => {
    const q: Questionnaire = {
      title: 'Khảo sát',
      sections: [{
        name: 's1', title: 'Phần 1', relevant: undefined, questions: [
          { name: 'a', type: 'likert5', label: 'Đồng ý?' },
          { name: 'b', type: 'rating', label: 'Điểm', scaleMax: 3, required: true },
          { name: 'c', type: 'matrix', label: 'Bảng', hint: 'Mỗi dòng một ô', rows: [{ value: 'x', label: 'X' }], choices: [{ value: '1', label: 'Một' }], listName: 'thang', required: true },
          { name: 'd', type: 'decimal', label: 'Số', min: 0.5 },
          { name: 'e', type: 'single', label: 'E', listName: 'thang', choices: [{ value: '1', label: 'Một' }] },
          { name: 'f', type: 'single', label: 'F', listName: 'thang', choices: [{ value: '2', label: 'Hai' }] },
        ],
      }],
    }
    const out = exportXlsForm(q)
    assert.deepEqual(out.survey.rows.map((r) => [r[0], r[1], r[4], r[6], r[7]]), [
      ['begin_group', 's1', '', 'field-list', ''],
      ['select_one a', 'a', '', 'likert', ''],
      ['select_one b', 'b', 'yes', 'rating', ''],
      ['begin_group', 'c', '', 'table-list', ''],
      ['select_one thang', 'c_x', 'yes', '', ''],
      ['end_group', '', '', '', ''],
      ['decimal', 'd', '', '', '. >= 0.5'],
      ['select_one thang', 'e', '', '', ''],
      ['select_one thang_2', 'f', '', '', ''],
      ['end_group', '', '', '', ''],
    ])
    assert.deepEqual(out.choices.rows, [
      ['a', '1', 'Hoàn toàn không đồng ý'], ['a', '2', 'Không đồng ý'], ['a', '3', 'Phân vân'], ['a', '4', 'Đồng ý'], ['a', '5', 'Hoàn toàn đồng ý'],
      ['b', '1', '1'], ['b', '2', '2'], ['b', '3', '3'],
      ['thang', '1', 'Một'],
      ['thang_2', '2', 'Hai'],
    ])
    assert.deepEqual(out.settings, { header: ['form_title'], rows: [['Khảo sát']] })
  })

  it('import(export(q)) = q for any valid questionnaire', () => {
    fc.assert(fc.property(questionnaireArb, (q) => {
      assert.deepEqual(checkQuestionnaire(q), [])
      const back = importXlsForm(exportXlsForm(q))
      assert.deepEqual(back.errors, [])
      assert.deepEqual(back.warnings, [])
      assert.deepEqual(back.questionnaire, q)
    }), { numRuns: 300 })
  })
})

// ---- a generator of valid questionnaires in the normal form import produces ----

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => s.normalize('NFC').replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '').trim()).filter((s) => s !== '')
const choiceList = (min: number) => fc.uniqueArray(fc.stringMatching(/^[a-z0-9_]{1,6}$/), { minLength: min, maxLength: 5 })
  .chain((values) => fc.tuple(...values.map((v) => text.map((label): Choice => ({ value: v, label })))))
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const num = fc.oneof(fc.integer({ min: -1000, max: 1000 }), fc.double({ min: -1000, max: 1000, noNaN: true, noDefaultInfinity: true }).map((d) => d + 0))

type Draft = Omit<Question, 'name' | 'relevant'>
const draftArb: fc.Arbitrary<Draft> = fc.oneof(
  fc.record({ type: fc.constantFrom('single' as const, 'multiple' as const), label: text, choices: choiceList(1), hint: optional(text), required: optional(fc.constant(true)) }, { requiredKeys: ['type', 'label', 'choices'] }),
  fc.record({ type: fc.constant('likert5' as const), label: text, choices: optional(fc.tuple(...[1, 2, 3, 4, 5].map((i) => text.map((label): Choice => ({ value: String(i), label }))))), required: optional(fc.constant(true)) }, { requiredKeys: ['type', 'label'] }),
  fc.record({ type: fc.constant('rating' as const), label: text, scaleMax: optional(fc.constantFrom(2, 3, 4, 7, 10)) }, { requiredKeys: ['type', 'label'] }),
  fc.record({ type: fc.constant('integer' as const), label: text, min: optional(fc.integer({ min: -50, max: 0 })), max: optional(fc.integer({ min: 1, max: 500 })) }, { requiredKeys: ['type', 'label'] }),
  fc.record({ type: fc.constant('decimal' as const), label: text, min: optional(num.filter((n) => n <= 0)), max: optional(num.filter((n) => n > 0)), hint: optional(text) }, { requiredKeys: ['type', 'label'] }),
  fc.record({ type: fc.constantFrom('text' as const, 'long_text' as const, 'note' as const), label: text, hint: optional(text) }, { requiredKeys: ['type', 'label'] }),
  fc.record({ type: fc.constant('matrix' as const), label: text, choices: choiceList(1), rows: choiceList(1).map((rs) => rs.map((r) => ({ ...r, value: r.value.replace(/[^a-z0-9_]/g, '') || 'r' }))), required: optional(fc.constant(true)) }, { requiredKeys: ['type', 'label', 'choices', 'rows'] })
    .filter((m) => new Set(m.rows.map((r) => r.value)).size === m.rows.length),
)

const questionnaireArb: fc.Arbitrary<Questionnaire> = fc
  .tuple(text, fc.array(fc.tuple(optional(text), fc.boolean(), fc.array(fc.tuple(draftArb, fc.boolean(), fc.boolean()), { maxLength: 5 })), { minLength: 1, maxLength: 3 }))
  .map(([title, secs]) => {
    let n = 0
    const earlier: Question[] = []
    const sections: Section[] = secs.map(([secTitle, secRelevant, drafts], si) => {
      const section: Section = { name: `phan_${si + 10}`, title: secTitle ?? '', questions: [] }
      const ref = earlier.find((x) => x.type === 'single')
      if (secRelevant && ref) section.relevant = `\${${ref.name}} = '${ref.choices![0]!.value}'`
      for (const [draft, withRelevant, withList] of drafts) {
        const q = { ...draft, name: `q${++n}` } as Question
        for (const k of Object.keys(q) as (keyof Question)[]) if (q[k] === undefined) delete q[k]
        if (q.type === 'note') delete q.required
        const prev = earlier.at(-1)
        if (withRelevant && prev) q.relevant = prev.type === 'multiple' ? `selected(\${${prev.name}}, '${prev.choices![0]!.value}')` : `\${${prev.name}} != ''`
        if (withList && ['single', 'multiple', 'likert5', 'rating', 'matrix'].includes(q.type)) q.listName = `list_${n}`
        section.questions.push(q)
        earlier.push(q)
      }
      return section
    })
    return { title, sections }
  })
