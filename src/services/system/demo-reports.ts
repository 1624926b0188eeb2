/**
 * The demo ward's reporting year, loaded through the reporting services at the moments things happened: for the
 * eleven past monthly periods and the current one, every unit that must report (as the compliance board judges it)
 * opens its report (statistics filled from its records), writes sections I–V from the opinion streams it recorded
 * that month (demo-report-texts.ts) and submits — most on time, some late, a few never; the board accepts them.
 * One report is returned with the board's comment and resubmitted (versions kept), one unit gets an extension. Then
 * the board drafts the ward reports of the last past months and the last half-year, and a leader approves them
 * (numbered "Số NN-BC/ĐU"). Nothing happens at or after `now`: the current month has drafts and early submissions.
 * Called by loadDemoWard after the opinion year (the texts cite its streams).
 */
import { findUsersByUsernames } from '../../db/repos/user.repo.ts'
import { SYSTEM_ACTOR, type Actor } from '../../domain/policy.ts'
import { addDays } from '../../domain/reporting/deadlines.ts'
import { monthsOf, periodOf, previousPeriod, type Period } from '../../domain/reporting/periods.ts'
import { localDay } from '../../domain/time.ts'
import type { ServiceContext } from '../context.ts'
import { loadActor } from '../auth/load-actor.ts'
import { createUser } from '../users/create-user.ts'
import { standings } from '../reporting/compliance-core.ts'
import { openReport } from '../reporting/open-report.ts'
import { saveReport } from '../reporting/save-report.ts'
import { submitReport } from '../reporting/submit-report.ts'
import { returnReport } from '../reporting/return-report.ts'
import { acceptReport } from '../reporting/accept-report.ts'
import { grantExtension } from '../reporting/grant-extension.ts'
import { listStreamCandidates } from '../reporting/stream-candidates.ts'
import { resolvePeriod } from '../reporting/periods.ts'
import { reportingSettings } from '../reporting/reporting-settings.ts'
import { draftWardReport, reportSummaryOf } from '../reporting/ward/draft-ward-report.ts'
import { approveWardReport } from '../reporting/ward/approve-ward-report.ts'
import { demoReportText, seededRandom } from './demo-report-texts.ts'

export type DemoReportsResult = { periods: number; reports: number; submitted: number; late: number; missing: number; returned: number; extensions: number; wardReports: number }

/** Officers the reporting year adds: the committees of the People's Committee and of the Party agencies write for their cells. */
export const DEMO_REPORT_ACCOUNTS = [
  { username: 'phutrach-ubnd', fullName: 'Nguyễn Văn Khánh', unit: 'HB-DUUB', phone: '0912 345 613' },
  { username: 'phutrach-cqd', fullName: 'Trần Thị Hương', unit: 'HB-DUCQD', phone: '0912 345 614' },
] as const

/** Who never reported in which month (the cell whose collaborator left; a company cell around Tết and in summer). */
const MISSING: Record<string, readonly number[]> = { 'HB-CB-KDC09': [-1, -2], 'HB-CB-DNCX': [-9, -4], 'HB-NCT': [-8] }
/** Who was late in which month (months back from the current one), besides the seeded few. */
const LATE: Record<string, readonly number[]> = { 'HB-CB-KDC10': [-1, -2], 'HB-CB-DNCK': [-6] }
/** The report the board returned (months back) and the unit granted an extension. */
const RETURNED = { unit: 'HB-CB-KDC03', back: -2, comment: 'Mục II mới nêu chung chung, đề nghị chi bộ nêu cụ thể ý kiến của bà con các tổ dân phố 5, 6 và số lượt ý kiến; mục V cần ghi rõ kiến nghị gửi cơ quan nào.' }
const EXTENDED = { unit: 'HB-CB-YT', back: -3, days: 3, reason: 'Trạm Y tế tập trung cho đợt tiêm chủng mở rộng và phòng, chống sốt xuất huyết; đồng chí phụ trách đi tập huấn đến ngày 26.' }

/** A local instant "YYYY-MM-DD" + hour (Hà Nội) as a Date. */
const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+07:00`)

/** Loads the reporting year for `base.now` (the system actor loads; each step is taken by the account that would take it). */
export async function loadDemoReports(base: ServiceContext, opts: { password: string }): Promise<DemoReportsResult> {
  const now = base.now
  const ctxAt = (when: Date, actor: Actor = SYSTEM_ACTOR): ServiceContext => ({ ...base, actor, now: when })
  const past = (when: Date) => when.getTime() < now.getTime()
  const out: DemoReportsResult = { periods: 0, reports: 0, submitted: 0, late: 0, missing: 0, returned: 0, extensions: 0, wardReports: 0 }

  const current = periodOf('month', localDay(now))
  const months: Period[] = [current]
  while (months.length < 12) months.unshift(previousPeriod(months[0]!))
  const setupAt = at(addDays(months[0]!.from, -3), 9)
  for (const a of DEMO_REPORT_ACCOUNTS) {
    const unit = await base.db.selectFrom('unit').select('id').where('code', '=', a.unit).executeTakeFirstOrThrow()
    await createUser(ctxAt(setupAt), { username: a.username, fullName: a.fullName, phone: a.phone, email: null, password: opts.password, roles: [{ role: 'unit_officer', unitId: unit.id, isResponsible: true }] })
  }
  const users = await findUsersByUsernames(base.db, ['phutrach', 'mttq', 'bxdd', 'lanhdao', ...DEMO_REPORT_ACCOUNTS.map((a) => a.username)])
  const actors = new Map<string, Actor>()
  for (const u of users) actors.set(u.username, await loadActor(base.db, u.id, u.username, 'session'))
  const officers = [...actors.values()].filter((a) => a.kind === 'user' && a.grants.some((g) => g.role === 'unit_officer'))
  // the officer whose unit is the report's unit or above it; units with none are entered by the operator
  const writerOf = (path: string): Actor => officers.filter((a) => a.grants.some((g) => g.role === 'unit_officer' && path.startsWith(g.unitPath)))
    .sort((a, b) => Math.max(...b.grants.map((g) => g.unitPath.length)) - Math.max(...a.grants.map((g) => g.unitPath.length)))[0] ?? SYSTEM_ACTOR
  const focal = actors.get('bxdd') ?? SYSTEM_ACTOR
  const leader = actors.get('lanhdao') ?? SYSTEM_ACTOR
  const settings = await reportingSettings(base.db)
  const kdc01 = (await base.db.selectFrom('unit').select('id').where('code', '=', 'HB-CB-KDC01').executeTakeFirst())?.id

  for (const [i, period] of months.entries()) {
    const back = i - (months.length - 1) // 0 for the current month, -1 for the last one…
    const deadlineDay = addDays(period.to, 1)
    const row = await resolvePeriod(ctxAt(at(period.from, 0)), period.key)
    out.periods++
    const { units, byUnit } = await standings(base.db, ['/'], [{ period, periodId: row.id }], settings)
    for (const unit of units) {
      if (byUnit.get(unit.id)?.[0]?.status !== 'missing') continue
      const rnd = seededRandom(`${period.key}:${unit.code}`)
      // the current month's report of the demo cell officer is left for whoever tries the app (and its browser tests)
      if (back === 0 && unit.id === kdc01) continue
      if (MISSING[unit.code]?.includes(back)) {
        out.missing++
        continue
      }
      const writer = writerOf(unit.path)
      const late = LATE[unit.code]?.includes(back) || (back < -1 && rnd() < 0.08)
      const extended = unit.code === EXTENDED.unit && back === EXTENDED.back
      const returned = unit.code === RETURNED.unit && back === RETURNED.back
      // on time: between the 18th and the 24th; late: 1–4 days after; extended: the day before the new date
      const submitDay = extended ? addDays(deadlineDay, EXTENDED.days - 1) : late ? addDays(deadlineDay, Math.floor(rnd() * 4)) : addDays(period.to, -Math.floor(rnd() * 7))
      const submitAt = at(submitDay, 8 + Math.floor(rnd() * 9))
      const openAt = at(addDays(submitDay, -1 - Math.floor(rnd() * 3)), 8)
      if (!past(openAt)) continue
      const opened = await openReport(ctxAt(openAt, writer), { periodKey: period.key, unitId: unit.id })
      out.reports++
      const streams = await listStreamCandidates(ctxAt(openAt, writer), { reportId: opened.report.id, limit: 60 })
      const text = demoReportText({ kind: unit.kind, unitName: unit.name, month: Number(period.key.slice(5, 7)), year: Number(period.key.slice(0, 4)), streams, thin: returned, seed: `${period.key}:${unit.code}` })
      let saved = await saveReport(ctxAt(openAt, writer), { reportId: opened.report.id, version: opened.report.version, summary: reportSummaryOf(period), sections: text.sections })
      if (extended && past(at(addDays(period.to, -3), 10))) {
        await grantExtension(ctxAt(at(addDays(period.to, -3), 10), focal), { periodKey: period.key, unitId: unit.id, until: addDays(deadlineDay, EXTENDED.days - 1), reason: EXTENDED.reason })
        out.extensions++
      }
      if (!past(submitAt)) continue
      saved = await submitReport(ctxAt(submitAt, writer), { reportId: saved.id })
      out.submitted++
      if (saved.isLate) out.late++
      let reviewAt = at(addDays(submitDay, 1 + Math.floor(rnd() * 3)), 15)
      if (returned && past(reviewAt)) {
        await returnReport(ctxAt(reviewAt, focal), { reportId: saved.id, comment: RETURNED.comment })
        out.returned++
        const fixAt = at(addDays(submitDay, 2), 9)
        const full = demoReportText({ kind: unit.kind, unitName: unit.name, month: Number(period.key.slice(5, 7)), year: Number(period.key.slice(0, 4)), streams, seed: `${period.key}:${unit.code}` })
        const again = await saveReport(ctxAt(fixAt, writer), { reportId: saved.id, version: saved.version + 1, sections: full.sections })
        await submitReport(ctxAt(at(addDays(submitDay, 2), 16), writer), { reportId: again.id })
        reviewAt = at(addDays(submitDay, 4), 10)
      }
      // the board accepts within days; the latest month is still partly under review
      if (past(reviewAt) && (back < -1 || rnd() < 0.6)) await acceptReport(ctxAt(reviewAt, focal), { reportId: saved.id })
    }
  }

  // the ward reports: the last three past months and the last half-year, drafted by the board, approved by a leader
  const ward = await base.db.selectFrom('unit').select('id').where('code', '=', 'HB').executeTakeFirst()
  const lastHalf = previousPeriod(periodOf('half', localDay(now)))
  const wardPeriods = [...months.slice(-4, -1), lastHalf].sort((a, b) => a.to.localeCompare(b.to))
  for (const p of wardPeriods) {
    const draftAt = at(addDays(p.to, 4), 9)
    const approveAt = at(addDays(p.to, 5), 15)
    if (!ward || !past(approveAt) || (p.kind === 'half' && !monthsOf(p).every((m) => months.some((x) => x.key === m.key)))) continue
    const draft = await draftWardReport(ctxAt(draftAt, focal), { periodKey: p.key, unitId: ward.id })
    await approveWardReport(ctxAt(approveAt, leader), { reportId: draft.report.id })
    out.wardReports++
  }
  return out
}
