import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import type { Answers, Questionnaire } from './model.ts'
import { checkMargins, rake } from './raking.ts'
import { DomainError } from '../errors.ts'

const close = (a: number, b: number, eps = 1e-9) => assert.ok(Math.abs(a - b) <= eps, `${a} ≠ ${b}`)

const Q: Questionnaire = {
  title: 'Khảo sát',
  sections: [{
    name: 's',
    title: 'S',
    questions: [
      { name: 'gt', type: 'single', label: 'Giới tính', choices: [{ value: 'nam', label: 'Nam' }, { value: 'nu', label: 'Nữ' }] },
      { name: 'tuoi', type: 'single', label: 'Nhóm tuổi', choices: [{ value: 'tre', label: '18–34' }, { value: 'gia', label: '35+' }] },
      { name: 'nguon', type: 'multiple', label: 'Nguồn', choices: [{ value: 'loa', label: 'Loa' }] },
      { name: 'diem', type: 'rating', label: 'Điểm', scaleMax: 3 },
    ],
  }],
}

describe('checkMargins()', () => {
  it('accepts shares that sum to 1 within 0.001', () => {
    assert.deepEqual(checkMargins(Q, { gt: { nam: 0.4995, nu: 0.5 }, diem: { 1: 0.2, 2: 0.3, 3: 0.5 } }), [])
    assert.deepEqual(checkMargins(Q, {}), [])
  })
  it('names each problem', () => {
    assert.deepEqual(checkMargins(Q, {
      gt: { nam: 0.5, nu: 0.49 },
      tuoi: { tre: 0.5, khac: 0.5 },
      nguon: { loa: 1 },
      khong_co: { a: 1 },
      diem: { 1: -0.2, 2: 1.2 },
    }), [
      { path: 'margins.gt', code: 'SURVEY_MARGINS_SUM' },
      { path: 'margins.tuoi.khac', code: 'SURVEY_MARGINS_UNKNOWN_CHOICE' },
      { path: 'margins.nguon', code: 'SURVEY_MARGINS_NOT_CATEGORICAL' },
      { path: 'margins.khong_co', code: 'SURVEY_MARGINS_UNKNOWN_QUESTION' },
      { path: 'margins.diem.1', code: 'SURVEY_MARGINS_BAD_SHARE' },
      { path: 'margins.diem.2', code: 'SURVEY_MARGINS_BAD_SHARE' },
    ])
    assert.throws(() => rake(Q, [], { gt: { nam: 1.5 } }), (e: unknown) => e instanceof DomainError && e.code === 'SURVEY_MARGINS_INVALID'
      && JSON.stringify(e.details) === JSON.stringify({ fields: [{ path: 'margins.gt.nam', code: 'SURVEY_MARGINS_BAD_SHARE' }] }))
  })
})

describe('rake()', () => {
  it('one variable: one pass gives share·N / count to each group', () => {
    // 2 men, 3 women, margins 50/50: men 0.5·5/2 = 1.25, women 0.5·5/3 = 0.8333
    const r = rake(Q, [{ gt: 'nam' }, { gt: 'nam' }, { gt: 'nu' }, { gt: 'nu' }, { gt: 'nu' }], { gt: { nam: 0.5, nu: 0.5 } })
    assert.equal(r.converged, true)
    assert.equal(r.iterations, 1)
    close(r.weights[0]!, 1.25)
    close(r.weights[4]!, 5 / 6)
    assert.deepEqual(r.emptyCells, [])
  })
  it('two variables on a full table reach N·r·c; a respondent missing a variable keeps weight 1', () => {
    // sex 60/40 × age 30/70 over one person per cell, plus a man of unknown age.
    // Sex pass: 3 men of 5 (target 3) and 2 women (target 2): unchanged. Age pass over the 4 with an age:
    // young 2 → 1.2 (×0.6), old 2 → 2.8 (×1.4). Sex is still 0.6 + 1.4 + 1 = 3 men: converged after 1 pass.
    const rs: Answers[] = [{ gt: 'nam', tuoi: 'tre' }, { gt: 'nam', tuoi: 'gia' }, { gt: 'nu', tuoi: 'tre' }, { gt: 'nu', tuoi: 'gia' }, { gt: 'nam' }]
    const r = rake(Q, rs, { gt: { nam: 0.6, nu: 0.4 }, tuoi: { tre: 0.3, gia: 0.7 } })
    assert.equal(r.converged, true)
    assert.equal(r.iterations, 1)
    const want = [0.6, 1.4, 0.6, 1.4, 1]
    want.forEach((w, i) => close(r.weights[i]!, w))
    // without the fifth respondent the cells get N·r·c = 4·0.18, 4·0.42, 4·0.12, 4·0.28
    const full = rake(Q, rs.slice(0, 4), { gt: { nam: 0.6, nu: 0.4 }, tuoi: { tre: 0.3, gia: 0.7 } })
    ;[0.72, 1.68, 0.48, 1.12].forEach((w, i) => close(full.weights[i]!, w))
  })
  it('a margin no respondent can fill is reported and does not converge', () => {
    const r = rake(Q, [{ gt: 'nam' }, { gt: 'nam' }], { gt: { nam: 0.5, nu: 0.5 } }, { maxIterations: 5 })
    assert.equal(r.converged, false)
    assert.deepEqual(r.emptyCells, [{ question: 'gt', value: 'nu' }])
    close(r.maxDeviation, 0.5)
    assert.deepEqual(r.weights, [1, 1])
    // the other margins still fit: women are missing, so the age margins are met among the men
    const rs: Answers[] = [{ gt: 'nam', tuoi: 'tre' }, { gt: 'nam', tuoi: 'gia' }, { gt: 'nam', tuoi: 'gia' }, { gt: 'nam', tuoi: 'gia' }]
    const two = rake(Q, rs, { gt: { nam: 0.5, nu: 0.5 }, tuoi: { tre: 0.5, gia: 0.5 } })
    assert.equal(two.converged, false)
    assert.deepEqual(two.emptyCells, [{ question: 'gt', value: 'nu' }])
    ;[2, 2 / 3, 2 / 3, 2 / 3].forEach((w, i) => close(two.weights[i]!, w))
    // nobody answered the raking question at all
    const none = rake(Q, [{ tuoi: 'tre' }], { gt: { nam: 0.5, nu: 0.5 } })
    assert.equal(none.converged, false)
    assert.deepEqual(none.weights, [1])
  })
  it('stops at maxIterations when the fit is slow, and says so', () => {
    // the exact fit needs a zero weight for the young man: IPF only approaches it
    const rs: Answers[] = [{ gt: 'nam', tuoi: 'tre' }, { gt: 'nam', tuoi: 'gia' }, { gt: 'nu', tuoi: 'tre' }, { gt: 'nu', tuoi: 'tre' }]
    const r = rake(Q, rs, { gt: { nam: 0.5, nu: 0.5 }, tuoi: { tre: 0.5, gia: 0.5 } }, { maxIterations: 3, tolerance: 1e-9 })
    assert.equal(r.converged, false)
    assert.equal(r.iterations, 3)
    assert.ok(r.maxDeviation > 1e-9)
  })
  it('no respondents or no margins: all weights 1', () => {
    assert.deepEqual(rake(Q, [], { gt: { nam: 0.5, nu: 0.5 } }).weights, [])
    assert.deepEqual(rake(Q, [{ gt: 'nam' }, {}], {}), { weights: [1, 1], converged: true, iterations: 0, maxDeviation: 0, emptyCells: [] })
  })
  it('when it converges, weighted shares match every margin and weights average 1', () => {
    const person = fc.record({ gt: fc.constantFrom('nam', 'nu'), tuoi: fc.constantFrom('tre', 'gia'), diem: fc.constantFrom(1, 2, 3) }, { requiredKeys: [] })
    const share = fc.double({ min: 0.05, max: 0.95, noNaN: true })
    fc.assert(fc.property(fc.array(person, { minLength: 1, maxLength: 60 }), share, share, (rs, a, b) => {
      const margins = { gt: { nam: a, nu: 1 - a }, tuoi: { tre: b, gia: 1 - b } }
      const r = rake(Q, rs as Answers[], margins, { tolerance: 1e-8, maxIterations: 500 })
      close(r.weights.reduce((s, w) => s + w, 0) / rs.length, 1, 1e-9)
      assert.ok(r.weights.every((w) => w >= 0 && Number.isFinite(w)))
      if (!r.converged) return
      for (const [q, shares] of Object.entries(margins)) {
        const base = rs.map((x, i) => ({ code: (x as Answers)[q], w: r.weights[i]! })).filter((x) => x.code !== undefined)
        const total = base.reduce((s, x) => s + x.w, 0)
        for (const [code, sh] of Object.entries(shares)) close(base.filter((x) => x.code === code).reduce((s, x) => s + x.w, 0) / total, sh, 1e-6)
      }
    }), { numRuns: 300 })
  })
})
