/**
 * The chi-square distribution's upper tail, for the p-value of a cross-tab: P(X ≥ x) = Q(df/2, x/2), the
 * regularised upper incomplete gamma function, computed by its series below a + 1 and by its continued fraction
 * (modified Lentz) above, as in Numerical Recipes §6.2. Pure.
 */

const EPS = 1e-15
const TINY = 1e-300
const MAX_STEPS = 10_000

// Lanczos approximation (g = 7, n = 9): relative error below 1e-15 for x > 0
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
]

/** ln Γ(x) for x > 0. */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x)
  const y = x - 1
  let a = LANCZOS[0]!
  const t = y + 7.5
  for (let i = 1; i < 9; i++) a += LANCZOS[i]! / (y + i)
  return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(a)
}

/** Q(a, x) = Γ(a, x)/Γ(a), the regularised upper incomplete gamma function, for a > 0 and x ≥ 0. */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || !(x >= 0)) return NaN
  if (x === 0) return 1
  if (x === Infinity) return 0
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a))
  if (x < a + 1) {
    // P(a, x) = front · Σ x^n / (a (a+1) … (a+n))
    let ap = a
    let term = 1 / a
    let sum = term
    for (let n = 0; n < MAX_STEPS; n++) {
      ap += 1
      term *= x / ap
      sum += term
      if (Math.abs(term) < Math.abs(sum) * EPS) break
    }
    return Math.min(1, Math.max(0, 1 - sum * front))
  }
  // continued fraction for Q(a, x)
  let b = x + 1 - a
  let c = 1 / TINY
  let d = 1 / b
  let h = d
  for (let i = 1; i < MAX_STEPS; i++) {
    const an = -i * (i - a)
    b += 2
    d = an * d + b
    if (Math.abs(d) < TINY) d = TINY
    c = b + an / c
    if (Math.abs(c) < TINY) c = TINY
    d = 1 / d
    const delta = d * c
    h *= delta
    if (Math.abs(delta - 1) < EPS) break
  }
  return Math.min(1, Math.max(0, front * h))
}

/** P(X ≥ x) for X chi-square with `df` degrees of freedom (the p-value of Pearson's test). */
export function chiSquareSurvival(x: number, df: number): number {
  if (!(df > 0) || Number.isNaN(x)) return NaN
  if (x <= 0) return 1
  return gammaQ(df / 2, x / 2)
}
