/**
 * Which reports are owed around a local day, as the notices need them: for every period whose notices can be due
 * (monthly, six-month, annual and ad hoc), each unit's standing as the compliance board judges it (standings() in
 * compliance-core.ts: who must report under the obligation rule, whether the report was submitted, the deadline
 * with the latest extension), so a unit the board shows as on time never gets an overdue notice.
 *
 * Periods looked at: the calendar periods touching the days from `back` days ago to `ahead` days on, ad hoc periods
 * that ended within `back` days, and any period with an extension running into that window. A report stays in play
 * until CATCH_UP_DAYS after its escalation day, so a run missed for a few days (server down) still sends what was due,
 * but a year of old, never-submitted reports (an import, the demo) is not escalated all at once.
 */
import type { Db } from '../../../db/connect.ts'
import { listAdHocPeriodsEndingFrom, listPeriodsExtendedUntilFrom, listPeriodsWithKeys } from '../../../db/repos/report-notice.repo.ts'
import { getUnitById } from '../../../db/repos/unit.repo.ts'
import { addDays, daysBetween, overdueDay, type NoticeSchedule, type PendingReport } from '../../../domain/reporting/deadlines.ts'
import { periodsBetween, type CalendarPeriodKind, type Period } from '../../../domain/reporting/periods.ts'
import { startOfLocalDay } from '../../../domain/time.ts'
import { standings } from '../compliance-core.ts'
import { periodOfRow, type PeriodRow } from '../periods.ts'
import type { ReportingSettings } from '../reporting-settings.ts'

/** Days after its escalation day that a report still owed is looked at (catch-up after missed runs). */
export const CATCH_UP_DAYS = 7

const CALENDAR_KINDS: CalendarPeriodKind[] = ['month', 'half', 'year']

/** A unit as the notices name it. */
export type NoticeUnit = { id: string; parentId: string | null; path: string; code: string; name: string }

/** One report owed and not yet submitted: its period (stored row), the unit, and the deadline data. */
export type OwedReport = { period: Period; periodRow: PeriodRow; unit: NoticeUnit; pending: PendingReport }

/** The stored periods whose notices can be due on `day`. */
async function periodsInPlay(db: Db, day: string, schedule: NoticeSchedule, settings: ReportingSettings): Promise<PeriodRow[]> {
  const offsets = Object.values(settings.deadlineRules.unit).map((r) => r.offsetDays)
  const back = Math.max(0, ...offsets) + schedule.escalateAfterDays + CATCH_UP_DAYS + 1
  const ahead = Math.max(0, ...schedule.reminderDays) + Math.max(0, ...offsets.map((o) => -o)) + 1
  const from = addDays(day, -back)
  const calendar = CALENDAR_KINDS.flatMap((k) => periodsBetween(k, from, addDays(day, ahead)))
  const rows = [
    ...(await listPeriodsWithKeys(db, calendar.map((p) => p.key))),
    ...(await listAdHocPeriodsEndingFrom(db, from)),
    ...(await listPeriodsExtendedUntilFrom(db, startOfLocalDay(from).toISOString())),
  ]
  return [...new Map(rows.map((r) => [r.id, r])).values()]
}

/** The reports owed and not submitted around `day` that are still in play. */
export async function owedReportsAround(db: Db, day: string, schedule: NoticeSchedule, settings: ReportingSettings): Promise<OwedReport[]> {
  const owed: OwedReport[] = []
  for (const row of await periodsInPlay(db, day, schedule, settings)) {
    const period = periodOfRow(row)
    // an ad hoc period is asked by a board of the units below it; calendar periods concern every ward
    const owner = row.kind === 'ad_hoc' && row.owner_unit_id ? await getUnitById(db, row.owner_unit_id) : null
    if (row.kind === 'ad_hoc' && row.owner_unit_id && !owner) continue
    const { units, byUnit } = await standings(db, [owner?.path ?? '/'], [{ period, periodId: row.id }], settings)
    for (const unit of units) {
      const s = byUnit.get(unit.id)?.[0]
      if (!s || (s.status !== 'missing' && s.status !== 'extended')) continue
      // the standing's deadline already carries the latest extension
      const pending: PendingReport = { unitId: unit.id, periodKey: row.key, deadline: s.deadline, extension: null, submitted: false }
      if (daysBetween(overdueDay(s.deadline), day) > schedule.escalateAfterDays + CATCH_UP_DAYS) continue
      owed.push({ period, periodRow: row, unit: { id: unit.id, parentId: unit.parent_id, path: unit.path, code: unit.code, name: unit.name }, pending })
    }
  }
  return owed
}
