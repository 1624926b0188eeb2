import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import type { Answers, Questionnaire } from './model.ts'
import { crosstab, kishNeff, marginOfError, median, pearsonChiSquare, sampleSize, surveyResults } from './stats.ts'
import { chiSquareSurvival, gammaQ, lnGamma } from './chi-square.ts'
import { DomainError } from '../errors.ts'

const close = (a: number | null | undefined, b: number, eps = 1e-9) => assert.ok(a != null && Math.abs(a - b) <= eps, `${a} ≠ ${b}`)

describe('sampleSize()', () => {
  it('matches the textbook values', () => {
    // 1.96² · 0.25 / 0.05² = 384.16 → 385
    assert.equal(sampleSize({ marginOfError: 0.05 }), 385)
    // 384.16 / (1 + 383.16/1000) = 277.74 → 278
    assert.equal(sampleSize({ marginOfError: 0.05, population: 1000 }), 278)
    // 384.16 / (1 + 383.16/500) = 217.49 → 218
    assert.equal(sampleSize({ marginOfError: 0.05, population: 500 }), 218)
    // 1.96² · 0.21 / 0.03² = 896.37 → 897
    assert.equal(sampleSize({ marginOfError: 0.03, p: 0.3 }), 897)
    // 1.96² · 0.25 / 0.1² = 96.04 → 97
    assert.equal(sampleSize({ marginOfError: 0.1 }), 97)
    assert.equal(sampleSize({ marginOfError: 0.05, p: 0 }), 1)
  })
  it('refuses impossible inputs', () => {
    for (const input of [{ marginOfError: 0 }, { marginOfError: 1 }, { marginOfError: -0.1 }, { marginOfError: 0.05, p: 1.2 }, { marginOfError: 0.05, population: 0 }, { marginOfError: Number.NaN }]) {
      assert.throws(() => sampleSize(input), (e: unknown) => e instanceof DomainError && e.code === 'SURVEY_SAMPLE_INVALID')
    }
  })
  it('the correction never asks for more than the population or than without it', () => {
    fc.assert(fc.property(fc.double({ min: 0.005, max: 0.5, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 1e7 }), (e, p, N) => {
      const n = sampleSize({ marginOfError: e, p, population: N })
      assert.ok(n <= N && n <= sampleSize({ marginOfError: e, p }))
    }))
  })
})

describe('chi-square p-values', () => {
  it('known critical values and closed forms', () => {
    close(chiSquareSurvival(3.841, 1), 0.05, 1e-4)
    close(chiSquareSurvival(6.635, 1), 0.01, 1e-4)
    close(chiSquareSurvival(5.991, 2), 0.05, 1e-4)
    close(chiSquareSurvival(9.488, 4), 0.05, 1e-4)
    close(chiSquareSurvival(18.307, 10), 0.05, 1e-4)
    close(chiSquareSurvival(124.342, 100), 0.05, 1e-4)
    // P(|Z| > 1) and P(|Z| > 2)
    close(chiSquareSurvival(1, 1), 0.31731050786291404, 1e-12)
    close(chiSquareSurvival(4, 1), 0.045500263896358396, 1e-12)
    assert.equal(chiSquareSurvival(0, 3), 1)
    assert.ok(Number.isNaN(chiSquareSurvival(1, 0)))
    close(lnGamma(5), Math.log(24), 1e-12)
    close(lnGamma(0.5), Math.log(Math.sqrt(Math.PI)), 1e-12)
  })
  it('even degrees of freedom: e^(−x/2) Σ_{j<k} (x/2)^j / j!', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0.001, max: 150, noNaN: true }), (k, x) => {
      let term = 1
      let sum = 1
      for (let j = 1; j < k; j++) {
        term *= x / 2 / j
        sum += term
      }
      const exact = Math.exp(-x / 2) * sum
      const p = chiSquareSurvival(x, 2 * k)
      assert.ok(Math.abs(p - exact) <= 1e-12 + 1e-9 * exact, `df=${2 * k} x=${x}: ${p} vs ${exact}`)
    }), { numRuns: 500 })
  })
  it('Q is a probability that falls as x grows', () => {
    fc.assert(fc.property(fc.double({ min: 0.05, max: 60, noNaN: true }), fc.double({ min: 0, max: 200, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), (a, x, dx) => {
      const q1 = gammaQ(a, x)
      const q2 = gammaQ(a, x + dx)
      assert.ok(q1 >= 0 && q1 <= 1 && q2 <= q1 + 1e-12)
    }), { numRuns: 500 })
  })
})

const Q: Questionnaire = {
  title: 'Khảo sát',
  sections: [{
    name: 's',
    title: 'S',
    questions: [
      { name: 'gt', type: 'single', label: 'Giới tính', choices: [{ value: 'nam', label: 'Nam' }, { value: 'nu', label: 'Nữ' }] },
      { name: 'nguon', type: 'multiple', label: 'Nguồn', choices: [{ value: 'loa', label: 'Loa' }, { value: 'hop', label: 'Họp' }, { value: 'mxh', label: 'MXH' }] },
      { name: 'tuoi', type: 'integer', label: 'Tuổi' },
      { name: 'dg', type: 'likert5', label: 'Đồng ý' },
      { name: 'ghi_chu', type: 'note', label: 'Cảm ơn' },
      { name: 'gop_y', type: 'text', label: 'Góp ý' },
      { name: 'dv', type: 'matrix', label: 'Dịch vụ', rows: [{ value: 'dien', label: 'Điện' }, { value: 'nuoc', label: 'Nước' }], choices: [{ value: 'tot', label: 'Tốt' }, { value: 'kem', label: 'Kém' }] },
      { name: 'biet', type: 'single', label: 'Biết', choices: [{ value: 'co', label: 'Có' }, { value: 'khong', label: 'Không' }] },
    ],
  }],
}

const R: Answers[] = [
  { gt: 'nam', nguon: ['loa'], tuoi: 20, dg: '5', gop_y: 'Tốt', dv: { dien: 'tot', nuoc: 'kem' } },
  { gt: 'nam', nguon: ['loa', 'mxh'], tuoi: 30, dg: '4', dv: { dien: 'tot' } },
  { gt: 'nu', nguon: ['hop'], tuoi: 40, dg: '4' },
  { gt: 'nu', nguon: ['mxh'], tuoi: 70 },
  { gt: 'nu', gop_y: '  ' },
  { nguon: [] },
]

describe('surveyResults()', () => {
  it('counts, percentages and margins of error by hand, without weights', () => {
    const r = surveyResults(Q, R)
    assert.equal(r.n, 6)
    assert.deepEqual(r.questions.map((x) => x.name), ['gt', 'nguon', 'tuoi', 'dg', 'gop_y', 'dv', 'biet']) // no note
    const gt = r.questions[0]!
    assert.equal(gt.n, 5)
    // p = 0.4, n_eff = 5: 1.96·√(0.24/5)·100 = 42.94
    assert.deepEqual(gt.options, [
      { value: 'nam', count: 2, percent: 40, weightedPercent: 40, moe: 42.94 },
      { value: 'nu', count: 3, percent: 60, weightedPercent: 60, moe: 42.94 },
    ])
    // multiple: shares of the 4 who answered; p = 0.5, n = 4: 1.96·√(0.25/4)·100 = 49
    const nguon = r.questions[1]!
    assert.equal(nguon.n, 4)
    assert.deepEqual(nguon.options, [
      { value: 'loa', count: 2, percent: 50, weightedPercent: 50, moe: 49 },
      { value: 'hop', count: 1, percent: 25, weightedPercent: 25, moe: 42.44 }, // 1.96·√(0.1875/4)·100 = 42.435
      { value: 'mxh', count: 2, percent: 50, weightedPercent: 50, moe: 49 },
    ])
    const tuoi = r.questions[2]!
    assert.deepEqual(tuoi, { name: 'tuoi', type: 'integer', n: 4, options: [], numeric: { mean: 40, median: 35, weightedMean: 40 } })
    const dg = r.questions[3]!
    assert.equal(dg.n, 3)
    assert.deepEqual(dg.options.map((o) => [o.value, o.count, o.percent]), [['1', 0, 0], ['2', 0, 0], ['3', 0, 0], ['4', 2, 66.67], ['5', 1, 33.33]])
    assert.deepEqual(dg.numeric, { mean: 4.33, median: 4, weightedMean: 4.33 })
    assert.deepEqual(r.questions[4], { name: 'gop_y', type: 'text', n: 1, options: [] })
    const dv = r.questions[5]!
    assert.equal(dv.n, 2)
    assert.deepEqual(dv.rows!.map((row) => [row.value, row.n, row.options.map((o) => o.percent)]), [['dien', 2, [100, 0]], ['nuoc', 1, [0, 100]]])
    // nobody answered: zeros, n = 0
    assert.deepEqual(r.questions[6], { name: 'biet', type: 'single', n: 0, options: [
      { value: 'co', count: 0, percent: 0, weightedPercent: 0, moe: 0 },
      { value: 'khong', count: 0, percent: 0, weightedPercent: 0, moe: 0 },
    ] })
  })
  it('weighted percentages and Kish n_eff over those who answered', () => {
    // answered gt: weights 2, 1, 1, 1, 1 (Σ = 6, Σw² = 8, n_eff = 4.5); nam: 3/6 = 50 %; moe 1.96·√(0.25/4.5)·100 = 46.20
    const r = surveyResults(Q, R, [2, 1, 1, 1, 1, 3])
    assert.deepEqual(r.questions[0]!.options, [
      { value: 'nam', count: 2, percent: 40, weightedPercent: 50, moe: 46.2 },
      { value: 'nu', count: 3, percent: 60, weightedPercent: 50, moe: 46.2 },
    ])
    // tuoi 20, 30, 40, 70 with weights 2, 1, 1, 1: (40 + 30 + 40 + 70) / 5 = 36
    assert.deepEqual(r.questions[2]!.numeric, { mean: 40, median: 35, weightedMean: 36 })
    assert.throws(() => surveyResults(Q, R, [1]), (e: unknown) => e instanceof DomainError && e.code === 'SURVEY_WEIGHTS_MISMATCH')
  })
  it('scaling all weights changes nothing; equal weights give the unweighted figures; single-choice shares add to 100', () => {
    const arb = fc.array(fc.record({ gt: fc.constantFrom('nam', 'nu'), nguon: fc.subarray(['loa', 'hop', 'mxh']) }, { requiredKeys: [] }), { maxLength: 40 })
    fc.assert(fc.property(arb, fc.double({ min: 0.1, max: 10, noNaN: true }), fc.integer({ min: 0, max: 1000 }), (rs, k, seed) => {
      const w = rs.map((_, i) => 0.5 + ((i * 7919 + seed) % 13) / 4)
      const a = surveyResults(Q, rs, w)
      const b = surveyResults(Q, rs, w.map((x) => x * k))
      for (const [i, qa] of a.questions.entries()) {
        for (const [j, o] of qa.options.entries()) {
          close(b.questions[i]!.options[j]!.weightedPercent, o.weightedPercent, 0.011)
          close(b.questions[i]!.options[j]!.moe, o.moe, 0.011)
        }
      }
      const u = surveyResults(Q, rs, rs.map(() => k))
      for (const qu of u.questions) for (const o of qu.options) assert.equal(o.weightedPercent, o.percent)
      const gt = a.questions[0]!
      if (gt.n > 0) close(gt.options.reduce((s, o) => s + o.weightedPercent, 0), 100, 0.011)
    }), { numRuns: 300 })
  })
  it('helpers: kishNeff, marginOfError, median', () => {
    close(kishNeff([1, 2, 3]), 36 / 14)
    assert.equal(kishNeff([]), 0)
    close(kishNeff([5, 5, 5, 5]), 4)
    close(marginOfError(0.5, 100), 9.8)
    assert.equal(marginOfError(0.5, 0), 0)
    assert.equal(median([3, 1, 2]), 2)
    assert.equal(median([4, 1, 2, 3]), 2.5)
  })
})

describe('crosstab()', () => {
  it('counts, row percentages and Pearson chi-square by hand', () => {
    // nam: 10 có, 20 không; nữ: 30 có, 40 không. Expected 12, 18, 28, 42:
    // χ² = 4/12 + 4/18 + 4/28 + 4/42 = 0.79365, df 1, p = erfc(√(χ²/2)) = 0.37300
    const rs: Answers[] = [
      ...Array.from({ length: 10 }, () => ({ gt: 'nam', biet: 'co' })),
      ...Array.from({ length: 20 }, () => ({ gt: 'nam', biet: 'khong' })),
      ...Array.from({ length: 30 }, () => ({ gt: 'nu', biet: 'co' })),
      ...Array.from({ length: 40 }, () => ({ gt: 'nu', biet: 'khong' })),
      { gt: 'nu' }, { biet: 'co' },
    ]
    const t = crosstab(Q, rs, 'gt', 'biet')
    assert.deepEqual(t.rows, ['nam', 'nu'])
    assert.deepEqual(t.cols, ['co', 'khong'])
    assert.deepEqual(t.counts, [[10, 20], [30, 40]])
    assert.deepEqual(t.rowPercents, [[33.33, 66.67], [42.86, 57.14]])
    assert.equal(t.n, 100)
    close(t.chiSquare, 0.7936507936507936, 1e-12)
    assert.equal(t.df, 1)
    close(t.pValue, 0.37299848361348714, 1e-9)
  })
  it('leaves empty rows and columns out of the test; no test for one row or for multiple choice', () => {
    // dg (5 points) × gt with only points 4 and 5 used: a 2×2 test, df 1
    const rs: Answers[] = [{ dg: '4', gt: 'nam' }, { dg: '4', gt: 'nu' }, { dg: '5', gt: 'nu' }, { dg: '5', gt: 'nu' }]
    const t = crosstab(Q, rs, 'dg', 'gt')
    assert.deepEqual(t.counts, [[0, 0], [0, 0], [0, 0], [1, 1], [0, 2]])
    assert.deepEqual(t.rowPercents[0], [0, 0])
    assert.equal(t.df, 1)
    // expected: row 4 → 0.5, 1.5; row 5 → 0.5, 1.5; χ² = 0.25/0.5·2 + 0.25/1.5·2 = 1.3333
    close(t.chiSquare, 4 / 3, 1e-12)
    const one = crosstab(Q, [{ gt: 'nam', biet: 'co' }, { gt: 'nam', biet: 'khong' }], 'gt', 'biet')
    assert.deepEqual([one.chiSquare, one.df, one.pValue], [null, null, null])
    const multi = crosstab(Q, [{ gt: 'nam', nguon: ['loa', 'hop'] }, { gt: 'nu', nguon: ['hop'] }], 'gt', 'nguon')
    assert.deepEqual(multi.counts, [[1, 1, 0], [0, 1, 0]])
    assert.deepEqual(multi.rowPercents, [[50, 50, 0], [0, 100, 0]])
    assert.equal(multi.chiSquare, null)
  })
  it('refuses unknown and non-categorical questions', () => {
    assert.throws(() => crosstab(Q, R, 'gt', 'khong_co'), (e: unknown) => e instanceof DomainError && e.code === 'SURVEY_QUESTION_NOT_FOUND')
    assert.throws(() => crosstab(Q, R, 'tuoi', 'gt'), (e: unknown) => e instanceof DomainError && e.code === 'SURVEY_CROSSTAB_NOT_CATEGORICAL')
  })
  it('chi-square is 0 for proportional rows and never negative', () => {
    const t = pearsonChiSquare([[1, 2], [3, 6]])!
    close(t.chiSquare, 0)
    close(t.pValue, 1)
    fc.assert(fc.property(fc.array(fc.array(fc.nat(50), { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 4 }), (m) => {
      const r = pearsonChiSquare(m)
      if (r) assert.ok(r.chiSquare >= -1e-12 && r.pValue >= 0 && r.pValue <= 1 && r.df >= 1)
    }))
  })
})
