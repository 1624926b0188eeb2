/**
 * Next month's volume per topic with an uncertainty band (pure). Holt's linear exponential smoothing (level and
 * trend); the band comes from the one-step residuals: σ² = SSE / (m − 2) over the m one-step forecasts, and for
 * h steps ahead σ_h = σ · √(1 + Σ_{j<h} α²(1 + jβ)²). With too little history the method falls back to the last
 * value with a Poisson band (σ = √value). Seasonal naive (same month last year) is offered for long series.
 */

export type Forecast = {
  /** point forecast, never below 0 */
  point: number
  lower: number
  upper: number
  method: 'holt' | 'naive' | 'seasonal-naive' | 'none'
  /** standard deviation of the forecast error used for the band */
  sigma: number
  alpha?: number
  beta?: number
}

export type HoltOptions = {
  /** level smoothing in (0, 1]; fitted by grid search when absent */
  alpha?: number
  /** trend smoothing in [0, 1]; fitted by grid search when absent */
  beta?: number
  /** steps ahead (default 1: next month) */
  horizon?: number
  /** half-width multiplier of the band (default 1.96, about 95 %) */
  z?: number
}

type HoltRun = { level: number; trend: number; residuals: number[] }

/** Runs Holt's recursions, started from the first two values (level₁ = y₁, trend₁ = y₁ − y₀); one-step residuals from t = 2 on. */
export function holtRun(series: readonly number[], alpha: number, beta: number): HoltRun {
  let level = series[1] as number
  let trend = level - (series[0] as number)
  const residuals: number[] = []
  for (let t = 2; t < series.length; t++) {
    const y = series[t] as number
    const predicted = level + trend
    residuals.push(y - predicted)
    const prevLevel = level
    level = alpha * y + (1 - alpha) * (level + trend)
    trend = beta * (level - prevLevel) + (1 - beta) * trend
  }
  return { level, trend, residuals }
}

function sse(r: readonly number[]): number {
  return r.reduce((a, e) => a + e * e, 0)
}

/** Chooses α and β on a 0.1 grid by the smallest sum of squared one-step errors (ties: the smoother pair). */
export function fitHolt(series: readonly number[]): { alpha: number; beta: number } {
  let best = { alpha: 0.5, beta: 0.1, err: Infinity }
  for (let a = 1; a <= 10; a++) {
    for (let b = 0; b <= 10; b++) {
      const alpha = a / 10
      const beta = b / 10
      const err = sse(holtRun(series, alpha, beta).residuals)
      if (err < best.err - 1e-9) best = { alpha, beta, err }
    }
  }
  return { alpha: best.alpha, beta: best.beta }
}

function band(point: number, sigma: number, z: number, method: Forecast['method'], extra: Partial<Forecast> = {}): Forecast {
  const p = Math.max(0, point)
  return { point: p, lower: Math.max(0, point - z * sigma), upper: Math.max(0, point + z * sigma), method, sigma, ...extra }
}

/** Holt's linear forecast `horizon` steps ahead, with its band; falls back to naive for fewer than 3 values. */
export function holtForecast(series: readonly number[], options: HoltOptions = {}): Forecast {
  const z = options.z ?? 1.96
  const h = options.horizon ?? 1
  if (series.length === 0) return band(0, 0, z, 'none')
  if (series.length < 3) {
    const last = series[series.length - 1] as number
    return band(last, Math.sqrt(Math.max(last, 0)), z, 'naive')
  }
  const fitted = options.alpha === undefined || options.beta === undefined ? fitHolt(series) : null
  const alpha = options.alpha ?? (fitted as { alpha: number }).alpha
  const beta = options.beta ?? (fitted as { beta: number }).beta
  const run = holtRun(series, alpha, beta)
  const m = run.residuals.length
  const sigma1 = m > 2 ? Math.sqrt(sse(run.residuals) / (m - 2)) : Math.sqrt(Math.max(run.level, 0))
  let sum = 1
  for (let j = 1; j < h; j++) sum += alpha * alpha * (1 + j * beta) ** 2
  return band(run.level + h * run.trend, sigma1 * Math.sqrt(sum), z, 'holt', { alpha, beta })
}

/** Same period last season (default 12 months back); σ from the seasonal differences. Needs two seasons. */
export function seasonalNaiveForecast(series: readonly number[], period = 12, z = 1.96): Forecast {
  if (series.length < 2 * period) return holtForecast(series, { z })
  const diffs: number[] = []
  for (let t = period; t < series.length; t++) diffs.push((series[t] as number) - (series[t - period] as number))
  const sigma = Math.sqrt(sse(diffs) / diffs.length)
  return band(series[series.length - period] as number, sigma, z, 'seasonal-naive')
}

/** Next month's volume for each topic from its monthly counts (oldest first). */
export function forecastNextMonth<K extends string>(monthly: Readonly<Record<K, readonly number[]>>, options: HoltOptions = {}): Record<K, Forecast> {
  const out = {} as Record<K, Forecast>
  for (const key of Object.keys(monthly) as K[]) out[key] = holtForecast(monthly[key], { ...options, horizon: 1 })
  return out
}
