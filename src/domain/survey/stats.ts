/**
 * Survey arithmetic: the sample-size helper, results per question and option (counts, percentages, weighted
 * percentages, 95 % margins of error with Kish's effective n), numeric summaries and cross-tabs with Pearson's
 * chi-square test. Pure: the service loads the questionnaire, the (checked) answers and the weights, and passes
 * them here; the shapes are those of `caunoi survey results --json` and `caunoi survey crosstab --json`.
 *
 * Percentages are 0–100, rounded to 0.01, as are margins of error (in percentage points) and numeric summaries;
 * chi-square and p-values are not rounded.
 */
import { DomainError } from '../errors.ts'
import { choicesOf, type Answers, type Question, type QuestionType, type Questionnaire } from './model.ts'
import { chiSquareSurvival } from './chi-square.ts'
import { toNumber } from './validate.ts'

/** z for a two-sided 95 % interval. */
export const Z95 = 1.96

export type SampleSizeInput = {
  /** the margin of error wanted, as a proportion: 0.05 for ±5 percentage points */
  marginOfError: number
  /** the expected proportion; 0.5 (the default) gives the largest n */
  p?: number
  /** the size of the population surveyed, when known: applies the finite-population correction */
  population?: number
}

/**
 * Respondents needed for a 95 % margin of error: n₀ = 1.96²·p(1−p)/e², then n₀/(1 + (n₀−1)/N) when the population
 * N is known, rounded up (e = 0.05, p = 0.5: 385; with N = 1000: 278). Throws SURVEY_SAMPLE_INVALID for e outside
 * (0, 1), p outside [0, 1] or N < 1.
 */
export function sampleSize(input: SampleSizeInput): number {
  const { marginOfError: e, p = 0.5, population: N } = input
  if (!(e > 0 && e < 1) || !(p >= 0 && p <= 1) || (N !== undefined && !(N >= 1 && Number.isFinite(N)))) {
    throw new DomainError('SURVEY_SAMPLE_INVALID')
  }
  const n0 = (Z95 * Z95 * p * (1 - p)) / (e * e)
  // p = 0 or 1 (no spread) or a huge margin: one respondent is enough, and the correction would divide by ≤ 0
  if (n0 <= 1) return 1
  const n = N === undefined ? n0 : n0 / (1 + (n0 - 1) / N)
  // 1e-9 absorbs floating-point noise so that an exact integer is not pushed up by one
  return Math.max(1, Math.ceil(n - 1e-9))
}

/** Kish's effective sample size (Σw)²/Σw²; 0 for no weight. */
export function kishNeff(weights: number[]): number {
  let s = 0
  let s2 = 0
  for (const w of weights) {
    s += w
    s2 += w * w
  }
  return s2 > 0 ? (s * s) / s2 : 0
}

/** The 95 % margin of error, in percentage points, of a proportion p (0–1) with effective n: 1.96·√(p(1−p)/n)·100. */
export function marginOfError(p: number, nEff: number): number {
  return nEff > 0 ? Z95 * Math.sqrt((p * (1 - p)) / nEff) * 100 : 0
}

const round2 = (x: number) => Math.round(x * 100) / 100

/** Median of numbers (mean of the middle two for an even count); NaN for none. */
export function median(xs: number[]): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

export type OptionResult = { value: string; count: number; percent: number; weightedPercent: number; moe: number }
export type QuestionResult = {
  name: string
  type: QuestionType
  /** respondents with an answer to this question */
  n: number
  /** one per choice, in list order; empty for text, numbers and matrix */
  options: OptionResult[]
  /** integer, decimal, rating and likert5 (numeric codes): summaries of the answers */
  numeric?: { mean: number; median: number; weightedMean: number }
  /** matrix: one result per row, each over the shared scale */
  rows?: { value: string; n: number; options: OptionResult[] }[]
}
export type SurveyResults = { n: number; questions: QuestionResult[] }

/**
 * Option results over the respondents in `answered` (indexes) — count, percent, weighted percent and margin of
 * error with Kish's n over those respondents — where `chose(i, value)` says whether respondent i chose value.
 */
function optionResults(values: string[], answered: number[], weights: number[], chose: (i: number, value: string) => boolean): OptionResult[] {
  const ws = answered.map((i) => weights[i]!)
  const total = ws.reduce((a, b) => a + b, 0)
  const nEff = kishNeff(ws)
  const n = answered.length
  return values.map((value) => {
    let count = 0
    let w = 0
    for (const i of answered) {
      if (!chose(i, value)) continue
      count++
      w += weights[i]!
    }
    const p = total > 0 ? w / total : 0
    return { value, count, percent: n > 0 ? round2((count / n) * 100) : 0, weightedPercent: round2(p * 100), moe: round2(marginOfError(p, nEff)) }
  })
}

function answerOf(a: Answers, name: string) {
  return Object.hasOwn(a, name) ? a[name] : undefined
}

/** One question's result over the responses (answers as kept by validateAnswers) with one weight each. */
export function questionResult(x: Question, responses: Answers[], weights: number[]): QuestionResult {
  const indexes = responses.map((_, i) => i)
  const values = choicesOf(x).map((c) => c.value)
  const base = { name: x.name, type: x.type }
  switch (x.type) {
    case 'single':
    case 'likert5':
    case 'rating':
    case 'integer':
    case 'decimal': {
      const categorical = x.type !== 'integer' && x.type !== 'decimal'
      const code = (i: number) => {
        const v = answerOf(responses[i]!, x.name)
        return typeof v === 'string' || typeof v === 'number' ? String(v) : null
      }
      const answered = indexes.filter((i) => {
        const c = code(i)
        return c !== null && (categorical ? values.includes(c) : !Number.isNaN(toNumber(c)))
      })
      const options = categorical ? optionResults(values, answered, weights, (i, v) => code(i) === v) : []
      const numbers = answered.map((i) => ({ x: toNumber(code(i)), w: weights[i]! })).filter((p) => !Number.isNaN(p.x))
      const result: QuestionResult = { ...base, n: answered.length, options }
      if (numbers.length > 0 && (!categorical || numbers.length === answered.length)) {
        const sw = numbers.reduce((a, p) => a + p.w, 0)
        result.numeric = {
          mean: round2(numbers.reduce((a, p) => a + p.x, 0) / numbers.length),
          median: round2(median(numbers.map((p) => p.x))),
          weightedMean: round2(sw > 0 ? numbers.reduce((a, p) => a + p.x * p.w, 0) / sw : NaN),
        }
      }
      return result
    }
    case 'multiple': {
      const chosen = (i: number) => {
        const v = answerOf(responses[i]!, x.name)
        return Array.isArray(v) ? v : []
      }
      const answered = indexes.filter((i) => chosen(i).some((v) => values.includes(v)))
      return { ...base, n: answered.length, options: optionResults(values, answered, weights, (i, v) => chosen(i).includes(v)) }
    }
    case 'matrix': {
      const cell = (i: number, row: string) => {
        const v = answerOf(responses[i]!, x.name)
        return v && typeof v === 'object' && !Array.isArray(v) && Object.hasOwn(v, row) ? v[row]! : null
      }
      const answeredAny = indexes.filter((i) => (x.rows ?? []).some((r) => values.includes(cell(i, r.value) ?? '')))
      const rows = (x.rows ?? []).map((r) => {
        const answered = indexes.filter((i) => values.includes(cell(i, r.value) ?? ''))
        return { value: r.value, n: answered.length, options: optionResults(values, answered, weights, (i, v) => cell(i, r.value) === v) }
      })
      return { ...base, n: answeredAny.length, options: [], rows }
    }
    default: {
      // text, long_text: counted here, grouped by the text engine elsewhere
      const answered = indexes.filter((i) => {
        const v = answerOf(responses[i]!, x.name)
        return typeof v === 'string' && v.trim() !== ''
      })
      return { ...base, n: answered.length, options: [] }
    }
  }
}

/**
 * Results of every question but notes, in questionnaire order (`caunoi survey results ID --json`). `weights`
 * (from rake) are one per response; without them every weight is 1 and weighted percentages equal percentages.
 */
export function surveyResults(q: Questionnaire, responses: Answers[], weights?: number[]): SurveyResults {
  if (weights && weights.length !== responses.length) throw new DomainError('SURVEY_WEIGHTS_MISMATCH')
  const w = weights ?? responses.map(() => 1)
  const questions = q.sections.flatMap((s) => s.questions).filter((x) => x.type !== 'note')
  return { n: responses.length, questions: questions.map((x) => questionResult(x, responses, w)) }
}

export type CrosstabResult = {
  /** the row question's choice values, in list order */
  rows: string[]
  cols: string[]
  /** counts[r][c]: respondents who answered rows[r] and cols[c] (unweighted) */
  counts: number[][]
  /** counts as percentages of their row total (0–100; 0 for an empty row) */
  rowPercents: number[][]
  /** respondents who answered both questions */
  n: number
  /**
   * Pearson's chi-square over the rows and columns that are not empty, df = (r−1)(c−1) and its p-value; null
   * when the test does not apply (fewer than two non-empty rows or columns, or a multiple-choice question, where
   * one respondent counts in several cells).
   */
  chiSquare: number | null
  df: number | null
  pValue: number | null
}

const CROSSTAB_TYPES: QuestionType[] = ['single', 'likert5', 'rating', 'multiple']

/** Pearson's chi-square and df of a table, leaving out empty rows and columns; null when df would be 0. */
export function pearsonChiSquare(counts: number[][]): { chiSquare: number; df: number; pValue: number } | null {
  const rowTotals = counts.map((r) => r.reduce((a, b) => a + b, 0))
  const colTotals = (counts[0] ?? []).map((_, j) => counts.reduce((a, r) => a + (r[j] ?? 0), 0))
  const total = rowTotals.reduce((a, b) => a + b, 0)
  const rs = rowTotals.map((t, i) => (t > 0 ? i : -1)).filter((i) => i >= 0)
  const cs = colTotals.map((t, j) => (t > 0 ? j : -1)).filter((j) => j >= 0)
  const df = (rs.length - 1) * (cs.length - 1)
  if (df <= 0) return null
  let chi = 0
  for (const i of rs) {
    for (const j of cs) {
      const expected = (rowTotals[i]! * colTotals[j]!) / total
      const d = counts[i]![j]! - expected
      chi += (d * d) / expected
    }
  }
  return { chiSquare: chi, df, pValue: chiSquareSurvival(chi, df) }
}

/**
 * The cross-tab of two questions with one answer from a list (single, likert5, rating; multiple gives counts
 * without a test) over the respondents who answered both (`caunoi survey crosstab ID ROW COL --json`). Throws
 * SURVEY_QUESTION_NOT_FOUND for an unknown name and SURVEY_CROSSTAB_NOT_CATEGORICAL for other types.
 */
export function crosstab(q: Questionnaire, responses: Answers[], rowQuestion: string, colQuestion: string): CrosstabResult {
  const find = (name: string) => {
    const x = q.sections.flatMap((s) => s.questions).find((y) => y.name === name)
    if (!x) throw new DomainError('SURVEY_QUESTION_NOT_FOUND', { fields: [{ path: name, code: 'SURVEY_QUESTION_NOT_FOUND' }] })
    if (!CROSSTAB_TYPES.includes(x.type)) throw new DomainError('SURVEY_CROSSTAB_NOT_CATEGORICAL', { fields: [{ path: name, code: 'SURVEY_CROSSTAB_NOT_CATEGORICAL' }] })
    return x
  }
  const rq = find(rowQuestion)
  const cq = find(colQuestion)
  const rows = choicesOf(rq).map((c) => c.value)
  const cols = choicesOf(cq).map((c) => c.value)
  const picked = (a: Answers, x: Question, values: string[]) => {
    const v = answerOf(a, x.name)
    const list = Array.isArray(v) ? v : typeof v === 'string' || typeof v === 'number' ? [String(v)] : []
    return list.filter((s) => values.includes(s))
  }
  const counts = rows.map(() => cols.map(() => 0))
  let n = 0
  for (const a of responses) {
    const rv = picked(a, rq, rows)
    const cv = picked(a, cq, cols)
    if (rv.length === 0 || cv.length === 0) continue
    n++
    for (const r of rv) for (const c of cv) counts[rows.indexOf(r)]![cols.indexOf(c)]!++
  }
  const rowPercents = counts.map((r) => {
    const t = r.reduce((a, b) => a + b, 0)
    return r.map((c) => (t > 0 ? round2((c / t) * 100) : 0))
  })
  const test = rq.type === 'multiple' || cq.type === 'multiple' ? null : pearsonChiSquare(counts)
  return { rows, cols, counts, rowPercents, n, chiSquare: test?.chiSquare ?? null, df: test?.df ?? null, pValue: test?.pValue ?? null }
}
