/** The bench's results: one row per (database, step, metric), the median of the rounds with their range. */

export type BenchResult = {
  database: 'sqlite' | 'postgres'
  step: 'ingest' | 'single_http' | 'dashboard' | 'search' | 'trend_job' | 'report' | 'export'
  metric: string
  /** our path: the median over the rounds */
  value: number
  unit: string
  /** the raw engine (or trivial route) in the same run: the median over the rounds; null when there is none */
  baseline: number | null
  /** value / baseline for rates (higher is better), baseline / value for times (higher is better): our share of raw speed */
  ratio: number | null
  /** the target in words ("≥ 10 000 /s and ≥ 0.2 × raw") */
  target: string
  met: boolean | null
  /** every round's value (ours and baseline), for min–max */
  rounds: number[]
  baselineRounds: number[]
  /** the baseline varied more than 25 % between rounds: the machine was busy, read the figures with care */
  noisy: boolean
  note?: string
}

export const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** Spread of rounds relative to their median: (max − min) / median. */
export const spread = (xs: readonly number[]): number => (xs.length < 2 ? 0 : (Math.max(...xs) - Math.min(...xs)) / median(xs))

/**
 * Runs our path and the baseline `rounds` times, alternating which goes first (ours on even rounds) so that neither
 * always runs on a warmer cache; `after` sees each round's pair as it ends (to log it, or to stop on errors).
 */
export async function alternateRounds<T>(
  rounds: number, ours: (round: number) => Promise<T>, base: (round: number) => Promise<T>, after?: (ours: T, base: T, round: number) => void,
): Promise<{ ours: T[]; base: T[] }> {
  const a: T[] = []
  const b: T[] = []
  for (let i = 0; i < rounds; i++) {
    if (i % 2 === 0) {
      a.push(await ours(i))
      b.push(await base(i))
    } else {
      b.push(await base(i))
      a.push(await ours(i))
    }
    after?.(a.at(-1)!, b.at(-1)!, i)
  }
  return { ours: a, base: b }
}

/** The 97.5th percentile of a sample (nearest rank). */
export function percentile(xs: readonly number[], p: number): number {
  if (xs.length === 0) return NaN
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!
}

/** A row from rounds: `higherIsBetter` for rates, false for times and memory. */
export function resultOf(
  base: Pick<BenchResult, 'database' | 'step' | 'metric' | 'unit' | 'target'> & { note?: string },
  rounds: number[],
  baselineRounds: number[],
  higherIsBetter: boolean,
  met: (value: number, ratio: number | null) => boolean | null,
): BenchResult {
  const value = median(rounds)
  // a round of the baseline without a figure (NaN: it answered no request within the round) does not count
  const measured = baselineRounds.filter(Number.isFinite)
  const baseline = measured.length ? median(measured) : null
  const ratio = baseline == null || !value || !baseline ? null : higherIsBetter ? value / baseline : baseline / value
  const unanswered = baselineRounds.length - measured.length
  const note = unanswered > 0 ? [base.note, `the baseline answered no request within ${unanswered} of its ${baselineRounds.length} rounds`].filter(Boolean).join('; ') : base.note
  return { ...base, ...(note ? { note } : {}), value, baseline, ratio, met: met(value, ratio), rounds, baselineRounds, noisy: spread(measured) > 0.25 }
}

const fmt = (v: number | null, digits = 1) => (v == null || Number.isNaN(v) ? '—' : v >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(digits))

/** The table printed at the end. */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = results.map((r) => [
    r.database, r.step, r.metric,
    `${fmt(r.value)} ${r.unit}` + (r.rounds.length > 1 ? ` (${fmt(Math.min(...r.rounds))}–${fmt(Math.max(...r.rounds))})` : ''),
    r.baseline == null ? '—' : `${fmt(r.baseline)}` + (r.baselineRounds.length > 1 ? ` (${fmt(Math.min(...r.baselineRounds))}–${fmt(Math.max(...r.baselineRounds))})` : ''),
    r.ratio == null ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.met == null ? '—' : r.met ? 'yes' : 'NO',
    r.noisy ? 'noisy' : '',
  ])
  const head = ['database', 'step', 'metric', 'ours (min–max)', 'baseline (min–max)', 'ratio', 'target', 'met', '']
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}
