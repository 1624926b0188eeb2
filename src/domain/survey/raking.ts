/**
 * Weights by raking (iterative proportional fitting) to population margins the admin enters for one or more
 * questions, e.g. { sex: { nam: 0.48, nu: 0.52 }, age_group: { "18_34": 0.35, "35_59": 0.45, "60_plus": 0.2 } }.
 * Pure.
 *
 * Each pass adjusts the weights to each question's margins in turn: for question v, the respondents in its base
 * (those whose answer is one of the codes listed in the margins) keep their total weight W, and the weights of
 * those who answered c are scaled so that they sum to share(c)·W. Respondents outside the base — who did not
 * answer v, or answered a code the margins do not list — are left as they are for v, so a missing raking
 * variable neither drops a respondent nor pulls the others. A code with a share but no respondents (or a raking
 * question nobody answered) cannot be reached: it is reported in `emptyCells`, the codes that have respondents
 * share its part in proportion, and the result is not `converged`. Passes stop when every weighted share is
 * within `tolerance` of its (reachable) margin or after `maxIterations` passes; `maxDeviation` is measured
 * against the margins as entered. The weights are finally scaled to average 1 over all respondents.
 */
import { DomainError } from '../errors.ts'
import { choicesOf, type Answers, type Questionnaire } from './model.ts'

/** Population shares by question and choice value; each question's shares sum to 1 (± 0.001). */
export type Margins = Record<string, Record<string, number>>
export type RakeOptions = { /** largest allowed |weighted share − margin|, default 1e-6 */ tolerance?: number; /** passes, default 100 */ maxIterations?: number }
export type RakeResult = {
  /** one weight per response, in the order given, averaging 1 */
  weights: number[]
  converged: boolean
  /** full passes made */
  iterations: number
  /** the largest |weighted share − margin| after the last pass */
  maxDeviation: number
  /** margin codes with a positive share that no respondent (of positive weight) answered */
  emptyCells: { question: string; value: string }[]
}

/** Question types margins may be set for: one answer from a list. */
export const RAKEABLE_TYPES = ['single', 'likert5', 'rating'] as const
const SUM_TOLERANCE = 0.001

/** Problems with margins ({ path, code }, path like "margins.sex.nam"); empty when they can be used. */
export function checkMargins(q: Questionnaire, margins: Margins): { path: string; code: string }[] {
  const issues: { path: string; code: string }[] = []
  const questions = new Map(q.sections.flatMap((s) => s.questions.map((x) => [x.name, x] as const)))
  for (const [name, shares] of Object.entries(margins)) {
    const x = questions.get(name)
    const path = `margins.${name}`
    if (!x) {
      issues.push({ path, code: 'SURVEY_MARGINS_UNKNOWN_QUESTION' })
      continue
    }
    if (!(RAKEABLE_TYPES as readonly string[]).includes(x.type)) {
      issues.push({ path, code: 'SURVEY_MARGINS_NOT_CATEGORICAL' })
      continue
    }
    if (typeof shares !== 'object' || shares === null || Array.isArray(shares)) {
      issues.push({ path, code: 'SURVEY_MARGINS_BAD_SHARE' })
      continue
    }
    const codes = new Set(choicesOf(x).map((c) => c.value))
    let sum = 0
    let sharesOk = true
    for (const [code, share] of Object.entries(shares)) {
      if (!codes.has(code)) issues.push({ path: `${path}.${code}`, code: 'SURVEY_MARGINS_UNKNOWN_CHOICE' })
      if (typeof share !== 'number' || !Number.isFinite(share) || share < 0 || share > 1) {
        issues.push({ path: `${path}.${code}`, code: 'SURVEY_MARGINS_BAD_SHARE' })
        sharesOk = false
      } else sum += share
    }
    if (sharesOk && Math.abs(sum - 1) > SUM_TOLERANCE) issues.push({ path, code: 'SURVEY_MARGINS_SUM' })
  }
  return issues
}

/** Raking weights for `responses` (see the file comment); throws SURVEY_MARGINS_INVALID with the issues as `fields`. */
export function rake(q: Questionnaire, responses: Answers[], margins: Margins, options: RakeOptions = {}): RakeResult {
  const issues = checkMargins(q, margins)
  if (issues.length > 0) throw new DomainError('SURVEY_MARGINS_INVALID', { fields: issues })
  const tolerance = options.tolerance ?? 1e-6
  const maxIterations = options.maxIterations ?? 100
  const n = responses.length
  const weights = new Array<number>(n).fill(1)
  // per variable: each respondent's code, or null when outside the base
  const vars = Object.entries(margins).map(([question, shares]) => ({
    question,
    shares: Object.entries(shares),
    codes: responses.map((a) => {
      const v = Object.hasOwn(a, question) ? a[question] : undefined
      const code = typeof v === 'string' || typeof v === 'number' ? String(v) : null
      return code !== null && Object.hasOwn(shares, code) ? code : null
    }),
  }))

  const totals = (v: (typeof vars)[number]) => {
    const byCode = new Map<string, number>()
    let base = 0
    v.codes.forEach((c, i) => {
      if (c === null) return
      byCode.set(c, (byCode.get(c) ?? 0) + weights[i]!)
      base += weights[i]!
    })
    return { byCode, base }
  }
  // the shares that can be reached: a code nobody (of positive weight) answered gets none, and the others
  // share its part in proportion, so an empty cell neither shrinks the base's weights pass after pass nor stops
  // the other margins from fitting
  const reachable = (v: (typeof vars)[number], byCode: Map<string, number>) => {
    const filled = v.shares.filter(([code]) => (byCode.get(code) ?? 0) > 0)
    const sum = filled.reduce((a, [, share]) => a + share, 0)
    return sum > 0 ? filled.map(([code, share]) => [code, share / sum] as const) : []
  }
  const deviation = (against: 'reachable' | 'margins') => {
    let worst = 0
    for (const v of vars) {
      const { byCode, base } = totals(v)
      if (base === 0) continue // nobody in the base: nothing to weight for this question
      const shares = against === 'reachable' ? reachable(v, byCode) : v.shares
      for (const [code, share] of shares) worst = Math.max(worst, Math.abs((byCode.get(code) ?? 0) / base - share))
    }
    return worst
  }

  let iterations = 0
  let fit = deviation('reachable')
  while (fit >= tolerance && iterations < maxIterations) {
    for (const v of vars) {
      const { byCode, base } = totals(v)
      const factor = new Map(reachable(v, byCode).map(([code, share]) => [code, (share * base) / byCode.get(code)!]))
      v.codes.forEach((c, i) => {
        if (c !== null && factor.has(c)) weights[i] = weights[i]! * factor.get(c)!
      })
    }
    iterations++
    fit = deviation('reachable')
  }
  const maxDeviation = deviation('margins')

  const emptyCells: RakeResult['emptyCells'] = []
  for (const v of vars) {
    const { byCode } = totals(v)
    for (const [code, share] of v.shares) if (share > 0 && !((byCode.get(code) ?? 0) > 0)) emptyCells.push({ question: v.question, value: code })
  }
  const sum = weights.reduce((a, b) => a + b, 0)
  const scaled = sum > 0 ? weights.map((w) => (w * n) / sum) : weights
  return { weights: scaled, converged: fit < tolerance && emptyCells.length === 0, iterations, maxDeviation, emptyCells }
}
