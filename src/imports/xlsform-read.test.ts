import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import ExcelJS from 'exceljs'
import type { Questionnaire } from '../domain/survey/model.ts'
import { importXlsForm } from '../domain/survey/xlsform.ts'
import { writeXlsForm } from '../exports/xlsform-write.ts'
import { DomainError } from '../domain/errors.ts'
import { readXlsForm } from './xlsform-read.ts'

const Q: Questionnaire = {
  title: 'Khảo sát ý kiến người dân về chỉnh trang đô thị năm 2025',
  sections: [
    {
      name: 'thong_tin', title: 'Thông tin chung', questions: [
        { name: 'gioi_tinh', type: 'single', label: 'Giới tính', required: true, listName: 'gt', choices: [{ value: 'nam', label: 'Nam' }, { value: 'nu', label: 'Nữ' }] },
        { name: 'tuoi', type: 'integer', label: 'Tuổi', required: true, min: 16, max: 100 },
      ],
    },
    {
      name: 'y_kien', title: 'Ý kiến', relevant: '${tuoi} >= 18', questions: [
        { name: 'dong_y', type: 'likert5', label: 'Đồng ý với phương án', hint: 'Chọn một mức' },
        { name: 'diem', type: 'rating', label: 'Chấm điểm', scaleMax: 10 },
        { name: 'dv', type: 'matrix', label: 'Chất lượng dịch vụ', required: true, listName: 'muc', rows: [{ value: 'dien', label: 'Điện' }, { value: 'nuoc', label: 'Nước' }], choices: [{ value: 'tot', label: 'Tốt' }, { value: 'kem', label: 'Kém' }] },
        { name: 'nguon', type: 'multiple', label: 'Nguồn thông tin', relevant: "${dong_y} = '5'", choices: [{ value: 'loa', label: '=Loa phường' }, { value: 'mxh', label: 'Mạng xã hội' }] },
        { name: 'chi_phi', type: 'decimal', label: 'Đóng góp (triệu đồng)', min: 0.5 },
        { name: 'gop_y', type: 'long_text', label: 'Góp ý khác' },
        { name: 'cam_on', type: 'note', label: 'Xin cảm ơn ông/bà!' },
      ],
    },
  ],
}

describe('XLSForm files', () => {
  it('a questionnaire written to .xlsx reads back the same', async () => {
    const file = await writeXlsForm(Q)
    const wb = await readXlsForm(file)
    assert.deepEqual(Object.keys(wb).sort(), ['choices', 'settings', 'survey'])
    assert.deepEqual(wb.survey!.header, ['type', 'name', 'label', 'hint', 'required', 'relevant', 'appearance', 'constraint'])
    const back = importXlsForm(wb)
    assert.deepEqual(back.errors, [])
    assert.deepEqual(back.questionnaire, Q)
  })

  it('reads sheets whatever their case and numbers as text; refuses what is not a workbook', async () => {
    const wb = new ExcelJS.Workbook()
    const s = wb.addWorksheet('Survey')
    s.addRow(['type', 'name', 'label', 'required'])
    s.addRow(['select_one muc', 'muc', 'Mức độ', true])
    s.addRow([])
    s.addRow(['integer', 'so_nguoi', 'Số người', 0])
    const c = wb.addWorksheet('CHOICES')
    c.addRow(['list_name', 'name', 'label'])
    c.addRow(['muc', 1, 'Thấp'])
    c.addRow(['muc', 2, 'Cao'])
    wb.addWorksheet('ghi chú').addRow(['không đọc'])
    const read = await readXlsForm(Buffer.from(await wb.xlsx.writeBuffer()))
    assert.deepEqual(read.survey!.rows, [['select_one muc', 'muc', 'Mức độ', 'true'], [], ['integer', 'so_nguoi', 'Số người', '0']])
    assert.equal(read.settings, undefined)
    const r = importXlsForm(read, { fallbackTitle: 'bang-hoi.xlsx' })
    assert.deepEqual(r.errors, [])
    assert.deepEqual(r.questionnaire!.sections[0]!.questions, [
      { name: 'muc', type: 'single', label: 'Mức độ', required: true, choices: [{ value: '1', label: 'Thấp' }, { value: '2', label: 'Cao' }] },
      { name: 'so_nguoi', type: 'integer', label: 'Số người' },
    ])
    await assert.rejects(readXlsForm(Buffer.from('type,name,label\n')), (e: unknown) => e instanceof DomainError && e.code === 'IMPORT_FILE_TYPE')
    await assert.rejects(readXlsForm(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])), (e: unknown) => e instanceof DomainError && e.code === 'IMPORT_FILE_UNREADABLE')
  })
})
