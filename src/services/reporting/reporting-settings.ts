/** The reporting settings (setting table, JSON) with their defaults: deadline rules, obligation rule, term start. */
import { getSetting } from '../../db/repos/setting.repo.ts'
import type { Db } from '../../db/connect.ts'
import { DEFAULT_DEADLINE_RULES, deadlineOf, deadlineRuleFor, type DeadlineRules, type ReportLevel } from '../../domain/reporting/deadlines.ts'
import { DEFAULT_OBLIGATION_RULE, type ObligationRule } from '../../domain/reporting/obligations.ts'
import type { Period, PeriodKind } from '../../domain/reporting/periods.ts'
import { isValidDay } from '../../domain/time.ts'

/** Term start used when `reporting.termStart` is not set. */
export const DEFAULT_TERM_START = '2025-10-01'

export type ReportingSettings = { deadlineRules: DeadlineRules; obligationRule: ObligationRule; termStart: string }

/** Reads the reporting settings; a partial value is completed from the defaults (per level and kind). */
export async function reportingSettings(db: Db): Promise<ReportingSettings> {
  const [rules, obligation, termStart] = await Promise.all([
    getSetting(db, 'reporting.deadlineRules'),
    getSetting(db, 'reporting.obligationRule'),
    getSetting(db, 'reporting.termStart'),
  ])
  const given = (rules ?? {}) as Partial<Record<ReportLevel, Partial<DeadlineRules[ReportLevel]>>>
  const deadlineRules: DeadlineRules = {
    unit: { ...DEFAULT_DEADLINE_RULES.unit, ...given.unit },
    ward: { ...DEFAULT_DEADLINE_RULES.ward, ...given.ward },
  }
  return {
    deadlineRules,
    obligationRule: { ...DEFAULT_OBLIGATION_RULE, ...((obligation ?? {}) as Partial<ObligationRule>) },
    termStart: typeof termStart === 'string' && isValidDay(termStart) ? termStart : DEFAULT_TERM_START,
  }
}

/** The deadline of a period for a level under the settings. */
export function periodDeadline(settings: ReportingSettings, period: Pick<Period, 'to'> & { kind: PeriodKind }, level: ReportLevel): Date {
  return deadlineOf(period, deadlineRuleFor(level, period.kind, settings.deadlineRules))
}
