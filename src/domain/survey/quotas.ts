/**
 * Quotas (chỉ tiêu mẫu): target numbers of respondents in cells defined by area, sex, age group and social group,
 * their progress during fieldwork, and whether one more response would overfill a full cell. Pure.
 *
 * A cell names the dimensions it constrains ({ area: "to-5", sex: "nu" }); dimensions it leaves out are free, so
 * {} counts everybody. A respondent falls in every cell whose criteria all equal their profile's values; a
 * profile without a dimension the cell constrains does not fall in it.
 */
import type { Answers } from './model.ts'

export const QUOTA_DIMENSIONS = ['area', 'sex', 'ageGroup', 'socialGroup'] as const
export type QuotaDimension = (typeof QUOTA_DIMENSIONS)[number]
/** Where a respondent stands on each dimension (choice values or codes, e.g. { sex: "nu", ageGroup: "35_59" }). */
export type QuotaProfile = Partial<Record<QuotaDimension, string>>
export type QuotaCell = {
  /** stable key of the cell, e.g. "to-5/nu" */
  key: string
  criteria: QuotaProfile
  /** respondents wanted (≥ 0) */
  target: number
  /** refuse responses to this cell once it is full */
  closeWhenFull?: boolean
}
export type QuotaProgress = QuotaCell & { count: number; remaining: number; /** count/target·100, rounded to 0.01 (100 when the target is 0) */ percent: number; full: boolean }

/** Whether a respondent with this profile falls in the cell. */
export function inQuotaCell(cell: QuotaCell, profile: QuotaProfile): boolean {
  return QUOTA_DIMENSIONS.every((d) => cell.criteria[d] === undefined || profile[d] === cell.criteria[d])
}

/** Progress of each cell over the profiles of the responses received, in the order of `cells`. */
export function quotaProgress(cells: QuotaCell[], profiles: QuotaProfile[]): QuotaProgress[] {
  return cells.map((cell) => {
    const count = profiles.filter((p) => inQuotaCell(cell, p)).length
    const percent = cell.target > 0 ? Math.round((count / cell.target) * 10_000) / 100 : 100
    return { ...cell, count, remaining: Math.max(0, cell.target - count), percent, full: count >= cell.target }
  })
}

/**
 * What one more response with `candidate`'s profile would do: `overfilled` lists the keys of the full cells it
 * falls in; `accept` is false when one of them is closed when full.
 */
export function quotaCheck(cells: QuotaCell[], profiles: QuotaProfile[], candidate: QuotaProfile): { accept: boolean; overfilled: string[] } {
  const full = quotaProgress(cells, profiles).filter((c) => c.full && inQuotaCell(c, candidate))
  return { accept: !full.some((c) => c.closeWhenFull), overfilled: full.map((c) => c.key) }
}

/** An age band: inclusive bounds, either may be open ({ value: "60_plus", min: 60 }). */
export type AgeBand = { value: string; min?: number; max?: number }

/** The band an age falls in (the first that matches), or undefined. */
export function ageGroupOf(age: number, bands: AgeBand[]): string | undefined {
  if (!Number.isFinite(age)) return undefined
  return bands.find((b) => (b.min === undefined || age >= b.min) && (b.max === undefined || age <= b.max))?.value
}

/**
 * A respondent's profile from their answers: `questions` maps a dimension to the question that answers it; an
 * age group question may instead be a number (an integer "age" question), banded with `ageBands`.
 */
export function quotaProfile(answers: Answers, questions: Partial<Record<QuotaDimension, string>>, ageBands?: AgeBand[]): QuotaProfile {
  const profile: QuotaProfile = {}
  for (const d of QUOTA_DIMENSIONS) {
    const name = questions[d]
    if (name === undefined || !Object.hasOwn(answers, name)) continue
    const v = answers[name]
    if (d === 'ageGroup' && typeof v === 'number' && ageBands) {
      const band = ageGroupOf(v, ageBands)
      if (band !== undefined) profile[d] = band
    } else if (typeof v === 'string' || typeof v === 'number') profile[d] = String(v)
  }
  return profile
}
