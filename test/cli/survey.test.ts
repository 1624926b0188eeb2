/**
 * The CLI contract of issue #6 end to end in child processes on a SQLite file: `caunoi survey import-form` with an
 * XLSForm built here with exceljs, `responses import` (idempotent by `_id`, rejected rows), `weights`, `results`,
 * `crosstab`, each checked against values worked out by hand.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { spawnSync } from 'node:child_process'
import ExcelJS from 'exceljs'

const ROOT = path.resolve(import.meta.dirname, '../..')

/** An XLSForm: a group with sex (select_one), q1 (select_one), q2 (select_multiple), a note and a text. */
async function xlsForm(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('survey').addRows([
    ['type', 'name', 'label', 'required', 'relevant'],
    ['begin_group', 'chung', 'Phần chung', '', ''],
    ['select_one gt', 'sex', 'Giới tính', 'yes', ''],
    ['select_one cokhong', 'q1', 'Ông/bà có hài lòng không?', '', ''],
    ['select_multiple viec', 'q2', 'Việc cần làm', '', "${q1} = 'khong'"],
    ['note', 'cam_on', 'Xin cảm ơn', '', ''],
    ['text', 'y', 'Ý kiến khác', '', ''],
    ['end_group', '', '', '', ''],
  ])
  wb.addWorksheet('choices').addRows([
    ['list_name', 'name', 'label'],
    ['gt', 'nam', 'Nam'], ['gt', 'nu', 'Nữ'],
    ['cokhong', 'co', 'Có'], ['cokhong', 'khong', 'Không'],
    ['viec', 'a', 'Thoát nước'], ['viec', 'b', 'Chiếu sáng'],
  ])
  wb.addWorksheet('settings').addRows([['form_title'], ['Khảo sát thử qua dòng lệnh']])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

describe('sqlite: caunoi survey (the CLI contract)', () => {
  let dir: string
  let id: string
  const run = (...args: string[]) => {
    const env: Record<string, string | undefined> = { ...process.env, CAUNOI_DATA_DIR: dir, CAUNOI_DEMO: '0' }
    delete env.DATABASE_URL
    const r = spawnSync(process.execPath, ['bin/caunoi.mjs', ...args], { cwd: ROOT, env, encoding: 'utf8' })
    return { status: r.status, stdout: r.stdout, stderr: r.stderr }
  }
  const okJson = (...args: string[]) => {
    const r = run(...args)
    assert.equal(r.status, 0, `caunoi ${args.join(' ')}\n${r.stderr}`)
    return JSON.parse(r.stdout)
  }
  const file = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name)
    fs.writeFileSync(p, content)
    return p
  }

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'caunoi-cli-survey-'))
    const units = file('don-vi.csv', 'code,name,kind,parent_code\nHB,Đảng bộ phường Hoà Bình,dang_bo,\n')
    assert.equal(run('units', 'import', units).status, 0)
  })
  after(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('import-form → { id, questions } (the note is not a question)', async () => {
    const r = okJson('survey', 'import-form', file('form.xlsx', await xlsForm()), '--json')
    assert.equal(typeof r.id, 'string')
    assert.equal(r.questions, 4)
    id = r.id
  })

  it('responses import → { imported, rejected: [{ row, column, code, message }] }; a re-import adds nothing', () => {
    // q2 is asked only of those who said "không"; r7's "z" is no choice; r8's sex is missing
    const csv = file('phieu.csv', [
      '_id,_uuid,sex,q1,q2,y',
      'r1,u1,nam,co,,',
      'r2,u2,nam,khong,a,',
      'r3,u3,nu,co,,Tốt',
      'r4,u4,nu,co,,',
      'r5,u5,nu,khong,a b,',
      'r6,u6,nu,khong,b,',
      'r7,u7,nam,khong,z,',
      'r8,u8,,co,,',
    ].join('\n'))
    const r = run('survey', 'responses', 'import', id, csv, '--json')
    assert.equal(r.status, 1) // some rows were refused
    const out = JSON.parse(r.stdout)
    assert.equal(out.imported, 6)
    assert.deepEqual(out.rejected.map((x: any) => [x.row, x.column, x.code]), [[8, 'q2', 'SURVEY_ANSWER_INVALID_CHOICE'], [9, 'sex', 'SURVEY_ANSWER_REQUIRED']])
    assert.ok(out.rejected.every((x: any) => x.message.length > 0))
    const again = JSON.parse(run('survey', 'responses', 'import', id, csv, '--json').stdout)
    assert.equal(again.imported, 0)
    assert.equal(again.unchanged, 6)
  })

  it('results → { n, questions: [{ name, type, n, options: [{ value, count, percent, weightedPercent, moe }] }] }', () => {
    const r = okJson('survey', 'results', id, '--json')
    assert.equal(r.n, 6)
    const q1 = r.questions.find((q: any) => q.name === 'q1')
    // 3 of 6 "có": 50 %, moe 1.96·√(0.25/6)·100 = 40.01
    assert.deepEqual(q1.options.map((o: any) => [o.value, o.count, o.percent, o.weightedPercent, o.moe]), [['co', 3, 50, 50, 40.01], ['khong', 3, 50, 50, 40.01]])
    const q2 = r.questions.find((q: any) => q.name === 'q2')
    // asked of the three "không": a by r2, r5 (66.67 %), b by r5, r6
    assert.equal(q2.n, 3)
    assert.deepEqual(q2.options.map((o: any) => [o.value, o.count, o.percent]), [['a', 2, 66.67], ['b', 2, 66.67]])
  })

  it('weights FILE.json then results: weighted percentages by hand', () => {
    const w = file('bien.json', JSON.stringify({ margins: { sex: { nam: 0.5, nu: 0.5 } } }))
    assert.equal(run('survey', 'weights', id, w).status, 0)
    const q1 = okJson('survey', 'results', id, '--json').questions.find((q: any) => q.name === 'q1')
    // men 2 of 6 → weight 1.5, women 4 → 0.75; "có": r1 (1.5) + r3, r4 (1.5) = 3 of 6 → 50 %;
    // n_eff = 36 / (2·2.25 + 4·0.5625) = 5.333 → moe 1.96·√(0.25/5.333)·100 = 42.44
    const co = q1.options.find((o: any) => o.value === 'co')
    assert.equal(co.weightedPercent, 50)
    assert.equal(co.moe, 42.44)
  })

  it('crosstab ID ROW COL → { rows, cols, counts, chiSquare, df, pValue }', () => {
    const r = okJson('survey', 'crosstab', id, 'sex', 'q1', '--json')
    assert.deepEqual(r.rows, ['nam', 'nu'])
    assert.deepEqual(r.cols, ['co', 'khong'])
    assert.deepEqual(r.counts, [[1, 1], [2, 2]])
    // the rows are proportional: every observed count equals its expected count, χ² = 0, p = 1
    assert.ok(Math.abs(r.chiSquare) < 1e-12)
    assert.equal(r.df, 1)
    assert.ok(Math.abs(r.pValue - 1) < 1e-9)
  })

  it('a bad command names the error in Vietnamese and exits 1', () => {
    const r = run('survey', 'results', 'khong-co', '--json')
    assert.equal(r.status, 1)
    assert.match(r.stderr, /SURVEY_NOT_FOUND/)
  })
})
