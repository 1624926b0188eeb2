/**
 * Spike detection and emerging terms (pure; the caller supplies the counts and the time).
 *
 * Rule for a spike (documented in docs/text-engine.md): the last period (a day, or an hour for media) is a
 * spike when ALL of these hold:
 *  1. it has at least `minCount` items (default 5) — three complaints instead of one are noise, not an alert;
 *  2. its robust z-score against its own baseline is at least `minZ` (default 3):
 *     z = (last − median) / max(1.4826 × MAD, √λ, 1), λ = max(mean, median) of the baseline, so a flat baseline
 *     (MAD 0) falls back to Poisson noise instead of dividing by zero;
 *  3. the Poisson tail P(X ≥ last | λ) is at most `maxP` (default 0.001);
 *  4. it is at least `minRatio` (default 2) times the baseline level max(λ, 1).
 */

export type SpikeOptions = { minCount?: number; minZ?: number; maxP?: number; minRatio?: number }

export type SpikeResult = {
  spike: boolean
  /** why not, when not a spike */
  reason: 'spike' | 'below_min_count' | 'not_above_baseline'
  last: number
  median: number
  mean: number
  /** median absolute deviation of the baseline */
  mad: number
  z: number
  /** Poisson upper tail P(X ≥ last) at the baseline level */
  pValue: number
  /** last / max(λ, 1) */
  ratio: number
}

export const SPIKE_DEFAULTS: Required<SpikeOptions> = { minCount: 5, minZ: 3, maxP: 0.001, minRatio: 2 }

/** Median of numbers (0 for none). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2
}

// ln Γ(x) for x > 0 (Lanczos, g = 7): accurate to ~1e-13, enough for Poisson tails
const LANCZOS = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7]
function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x)
  const z = x - 1
  let a = LANCZOS[0] as number
  const t = z + 7.5
  for (let i = 1; i < 9; i++) a += (LANCZOS[i] as number) / (z + i)
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a)
}

/** P(X ≥ k) for X ~ Poisson(λ), computed in log space so that large counts neither overflow nor underflow. */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1
  if (lambda <= 0) return 0
  const logTerm = (i: number) => -lambda + i * Math.log(lambda) - lnGamma(i + 1)
  if (k > lambda) {
    // sum the decreasing terms from k upwards
    let t = Math.exp(logTerm(k))
    let sum = 0
    for (let i = k; t > sum * 1e-16 && i < k + 100000; i++) {
      sum += t
      t *= lambda / (i + 1)
    }
    return Math.min(1, sum)
  }
  // 1 − P(X ≤ k − 1), summing the decreasing terms from k − 1 downwards
  let t = Math.exp(logTerm(k - 1))
  let lower = 0
  for (let i = k - 1; i >= 0 && t > lower * 1e-16; i--) {
    lower += t
    t *= i / lambda
  }
  return Math.max(0, Math.min(1, 1 - lower))
}

/** Is `last` a spike against `baseline` (the previous periods, e.g. 14 days)? See the rule at the top of this file. */
export function detectSpike(baseline: readonly number[], last: number, options: SpikeOptions = {}): SpikeResult {
  const o = { ...SPIKE_DEFAULTS, ...options }
  const med = median(baseline)
  const mean = baseline.length ? baseline.reduce((a, b) => a + b, 0) / baseline.length : 0
  const mad = median(baseline.map((x) => Math.abs(x - med)))
  const lambda = Math.max(mean, med)
  const scale = Math.max(1.4826 * mad, Math.sqrt(lambda), 1)
  const z = (last - med) / scale
  const pValue = poissonUpperTail(Math.round(last), Math.max(lambda, 0.5))
  const ratio = last / Math.max(lambda, 1)
  const base = { last, median: med, mean, mad, z, pValue, ratio }
  if (last < o.minCount) return { spike: false, reason: 'below_min_count', ...base }
  if (z >= o.minZ && pValue <= o.maxP && ratio >= o.minRatio) return { spike: true, reason: 'spike', ...base }
  return { spike: false, reason: 'not_above_baseline', ...base }
}

/**
 * Can `last` be a spike against a baseline of `n` periods that sum to `sum`? A necessary condition of detectSpike's
 * rule, without sorting anything: rules 1 and 4, with the baseline level λ = max(mean, median) ≥ mean, so
 * last / max(λ, 1) ≤ n · last / sum. False means detectSpike would say no; true decides nothing. For a scan of
 * many series and days, most of which are not spikes.
 */
export function mayBeSpike(sum: number, n: number, last: number, options: SpikeOptions = {}): boolean {
  if (last < (options.minCount ?? SPIKE_DEFAULTS.minCount)) return false
  // a margin far above rounding: the ratio detectSpike computes is below minRatio whenever this is false
  return n * last * (1 + 1e-9) >= (options.minRatio ?? SPIKE_DEFAULTS.minRatio) * sum
}

/**
 * Hourly spikes for media: `history` holds the previous hours, oldest first, ending the hour before `last`.
 * Volumes follow the time of day, so with a week or more of history the baseline is the same hour on earlier
 * days; otherwise all previous hours.
 */
export function detectHourlySpike(history: readonly number[], last: number, options: SpikeOptions = {}): SpikeResult {
  const sameHour: number[] = []
  for (let i = history.length - 24; i >= 0; i -= 24) sameHour.push(history[i] as number)
  return detectSpike(sameHour.length >= 7 ? sameHour : history, last, options)
}

/** Spikes among many keys (topic, area, term), flagged ones first by z-score. */
export function detectSpikes<K extends string>(series: readonly { key: K; baseline: readonly number[]; last: number }[], options: SpikeOptions = {}): ({ key: K } & SpikeResult)[] {
  return series
    .map((s) => ({ key: s.key, ...detectSpike(s.baseline, s.last, options) }))
    .sort((a, b) => Number(b.spike) - Number(a.spike) || b.z - a.z || a.key.localeCompare(b.key))
}

export type EmergingTerm = { term: string; current: number; baseline: number; score: number }
export type EmergingOptions = { minSupport?: number; alpha?: number; limit?: number }

/**
 * Terms whose share rose most from the baseline window to the current one: the smoothed log-ratio
 * log((c + α) / (C + αV)) − log((b + α) / (B + αV)), with C, B the window totals and V the vocabulary size.
 * Terms seen fewer than `minSupport` times (default 3) now are left out; only rising terms are returned.
 */
export function emergingTerms(current: ReadonlyMap<string, number>, baseline: ReadonlyMap<string, number>, options: EmergingOptions = {}): EmergingTerm[] {
  const alpha = options.alpha ?? 1
  const minSupport = options.minSupport ?? 3
  const vocab = new Set([...current.keys(), ...baseline.keys()]).size
  let totalC = 0
  let totalB = 0
  for (const v of current.values()) totalC += v
  for (const v of baseline.values()) totalB += v
  const out: EmergingTerm[] = []
  for (const [term, c] of current) {
    if (c < minSupport) continue
    const b = baseline.get(term) ?? 0
    const score = Math.log((c + alpha) / (totalC + alpha * vocab)) - Math.log((b + alpha) / (totalB + alpha * vocab))
    if (score > 0) out.push({ term, current: c, baseline: b, score })
  }
  out.sort((x, y) => y.score - x.score || y.current - x.current || x.term.localeCompare(y.term))
  return out.slice(0, options.limit ?? 20)
}
