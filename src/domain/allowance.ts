/**
 * Collaborators' monthly activity and allowance (phụ cấp cộng tác viên DLXH). Pure: no I/O, the month and
 * the records are parameters.
 *
 * Rules (README "Collaborators"):
 * - a record counts for the collaborator whose account entered it, in the month of its `heard_on` day;
 * - a record is on time when the local day it was entered is at most 7 days after the day it was heard
 *   (heard 2026-11-03, entered 2026-11-10 → on time; entered 2026-11-11 → late);
 * - the contract covers a month when the contract period [from, to] (both days inclusive, either may be
 *   open) overlaps the month: no pro-rating, a contract from the 20th pays the whole month;
 * - the allowance is the fixed amount, or coefficient × the mức lương cơ sở in force on the first day of the
 *   month, rounded to the đồng (half up); it is 0 when the contract does not cover the month or the
 *   condition (at least `minRecords` records, counting only on-time ones when `requireOnTime`) is not met.
 */
import type { ALLOWANCE_KINDS } from '../shared/collaborator.schema.ts'
import { localDay } from './time.ts'

/** How many days after hearing an opinion a record may be entered and still count as on time. */
export const ON_TIME_DAYS = 7

export type AllowanceKind = (typeof ALLOWANCE_KINDS)[number]

/** The condition a collaborator must meet in a month to be paid. */
export type AllowanceCondition = { minRecords: number; requireOnTime: boolean }
export const DEFAULT_ALLOWANCE_CONDITION: AllowanceCondition = { minRecords: 1, requireOnTime: false }

/** What a collaborator is paid on, as stored. */
export type AllowanceTerms = {
  contractFrom: string | null
  contractTo: string | null
  allowanceKind: AllowanceKind
  allowanceAmount: number | null
  allowanceCoefficient: number | null
}

/** A level of mức lương cơ sở, in force from `effectiveFrom` until the next level. */
export type BaseSalaryLevel = { amount: number; effectiveFrom: string }

/** One opinion record entered by a collaborator's account. */
export type EnteredRecord = { enteredBy: string; heardOn: string; createdAt: string; streams: number }

/** Why a row is paid what it is. */
export type AllowanceReason = 'paid' | 'condition_unmet' | 'not_covered' | 'no_base_salary'

export type ActivityRow = {
  collaboratorId: string
  records: number
  streams: number
  onTime: number
  conditionMet: boolean
  covered: boolean
  /** the mức lương cơ sở used (coefficient allowances only) */
  baseSalary: number | null
  allowance: number
  reason: AllowanceReason
}
export type ActivityTotals = { collaborators: number; records: number; streams: number; onTime: number; paid: number; allowance: number }

/** A month "YYYY-MM" with a real month number. */
export function isValidMonth(month: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month)
}

/** First and last day of a month: "2026-02" → 2026-02-01 … 2026-02-28. */
export function monthBounds(month: string): { first: string; last: string } {
  const [y, m] = month.split('-').map(Number) as [number, number]
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate()
  return { first: `${month}-01`, last: `${month}-${String(lastDay).padStart(2, '0')}` }
}

/** Whole days from day `a` to day `b` (YYYY-MM-DD): 2026-11-03 → 2026-11-10 is 7. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000)
}

/** Was a record heard on `heardOn` and created at `createdAt` (ISO UTC) entered on time? */
export function isOnTime(heardOn: string, createdAt: string): boolean {
  return daysBetween(heardOn, localDay(new Date(createdAt))) <= ON_TIME_DAYS
}

/** Does the contract period overlap the month? Open ends reach forever. */
export function contractCoversMonth(terms: Pick<AllowanceTerms, 'contractFrom' | 'contractTo'>, month: string): boolean {
  const { first, last } = monthBounds(month)
  return (terms.contractFrom == null || terms.contractFrom <= last) && (terms.contractTo == null || terms.contractTo >= first)
}

/** The level in force on `day`: the latest one effective on or before it, or null. */
export function baseSalaryOn(levels: BaseSalaryLevel[], day: string): BaseSalaryLevel | null {
  let found: BaseSalaryLevel | null = null
  for (const l of levels) if (l.effectiveFrom <= day && (!found || l.effectiveFrom > found.effectiveFrom)) found = l
  return found
}

/**
 * Coefficient × base salary rounded to the đồng, computed in integers: the coefficient has at most three
 * decimals, so 2.34 × 2 340 000 is 2340 × 2 340 000 / 1000 = 5 475 600 exactly (no 5 475 599.999…).
 */
export function coefficientAmount(coefficient: number, baseSalary: number): number {
  const milli = Math.round(coefficient * 1000)
  return Math.round((milli * baseSalary) / 1000)
}

/** The allowance of one collaborator for the month, before the condition: what they would be paid. */
export function allowanceFor(terms: AllowanceTerms, base: BaseSalaryLevel | null): { amount: number; baseSalary: number | null } | null {
  if (terms.allowanceKind === 'fixed') return { amount: terms.allowanceAmount ?? 0, baseSalary: null }
  if (!base) return null
  return { amount: coefficientAmount(terms.allowanceCoefficient ?? 0, base.amount), baseSalary: base.amount }
}

/**
 * Activity and allowance of each collaborator for a month: one row per collaborator whose contract covers the
 * month or who entered records in it. `records` may hold records of other months or of other accounts: only
 * those of the month entered by a collaborator's account count.
 */
export function computeActivity(input: {
  month: string
  collaborators: (AllowanceTerms & { id: string; userId: string | null })[]
  records: EnteredRecord[]
  baseSalaries: BaseSalaryLevel[]
  condition: AllowanceCondition
}): { rows: ActivityRow[]; totals: ActivityTotals; baseSalary: BaseSalaryLevel | null } {
  const { first, last } = monthBounds(input.month)
  const base = baseSalaryOn(input.baseSalaries, first)
  const byUser = new Map<string, { records: number; streams: number; onTime: number }>()
  for (const r of input.records) {
    if (r.heardOn < first || r.heardOn > last) continue
    const a = byUser.get(r.enteredBy) ?? { records: 0, streams: 0, onTime: 0 }
    a.records++
    a.streams += r.streams
    if (isOnTime(r.heardOn, r.createdAt)) a.onTime++
    byUser.set(r.enteredBy, a)
  }
  // the sheet lists who is under contract in the month, and anyone else who still entered records in it
  const rows = input.collaborators.map((c): ActivityRow => {
    const a = (c.userId && byUser.get(c.userId)) || { records: 0, streams: 0, onTime: 0 }
    const counted = input.condition.requireOnTime ? a.onTime : a.records
    const conditionMet = counted >= input.condition.minRecords
    const covered = contractCoversMonth(c, input.month)
    const due = allowanceFor(c, base)
    const reason: AllowanceReason = !covered ? 'not_covered' : !due ? 'no_base_salary' : !conditionMet ? 'condition_unmet' : 'paid'
    return {
      collaboratorId: c.id, ...a, conditionMet, covered,
      baseSalary: c.allowanceKind === 'coefficient' ? (base?.amount ?? null) : null,
      allowance: reason === 'paid' ? due!.amount : 0,
      reason,
    }
  }).filter((r) => r.covered || r.records > 0)
  const totals: ActivityTotals = { collaborators: rows.length, records: 0, streams: 0, onTime: 0, paid: 0, allowance: 0 }
  for (const r of rows) {
    totals.records += r.records
    totals.streams += r.streams
    totals.onTime += r.onTime
    if (r.allowance > 0) totals.paid++
    totals.allowance += r.allowance
  }
  return { rows, totals, baseSalary: base }
}

/** A field error of the collaborator form. */
export type TermsFieldError = { path: string; code: string }

/**
 * Cross-field rules of a collaborator's terms: the contract ends after it starts, the amount or the
 * coefficient matches the kind (and only that one is given), and an ended collaborator has an end date.
 */
export function checkTerms(t: AllowanceTerms & { status: string }): TermsFieldError[] {
  const errors: TermsFieldError[] = []
  if (t.contractFrom && t.contractTo && t.contractTo < t.contractFrom) errors.push({ path: 'contractTo', code: 'COLLABORATOR_CONTRACT_ORDER' })
  if (t.allowanceKind === 'fixed') {
    if (t.allowanceAmount == null) errors.push({ path: 'allowanceAmount', code: 'ALLOWANCE_AMOUNT_REQUIRED' })
    if (t.allowanceCoefficient != null) errors.push({ path: 'allowanceCoefficient', code: 'ALLOWANCE_COEFFICIENT_UNEXPECTED' })
  } else {
    if (t.allowanceCoefficient == null) errors.push({ path: 'allowanceCoefficient', code: 'ALLOWANCE_COEFFICIENT_REQUIRED' })
    if (t.allowanceAmount != null) errors.push({ path: 'allowanceAmount', code: 'ALLOWANCE_AMOUNT_UNEXPECTED' })
  }
  if (t.status === 'ended' && !t.contractTo) errors.push({ path: 'contractTo', code: 'COLLABORATOR_END_REQUIRED' })
  return errors
}
