/**
 * Reporting periods: the calendar periods (month, and the half-year and year containing each month) are created on
 * demand up to the current one (`ensurePeriods`, idempotent and safe when two requests race: the key is unique);
 * ad hoc periods (báo cáo nhanh) are created by the focal board.
 */
import { randomBytes } from 'node:crypto'
import { findPeriodByKey, insertPeriodsIfAbsent, latestMonthPeriod, listPeriodRows } from '../../db/repos/report-period.repo.ts'
import { findUnitInScope, getUnitById } from '../../db/repos/unit.repo.ts'
import type { ReportPeriodTable } from '../../db/database.ts'
import { DomainError } from '../../domain/errors.ts'
import { adHocPeriod, periodOf, periodLength, periodsBetween, PERIOD_KINDS, type Period, type PeriodKind } from '../../domain/reporting/periods.ts'
import { localDay } from '../../domain/time.ts'
import { inScope, unitIdsOfPath } from '../../domain/policy.ts'
import type { CreatePeriodInput, PeriodsQuery, PeriodView } from '../../shared/report.schema.ts'
import vi from '../../shared/i18n/vi.json' with { type: 'json' }
import en from '../../shared/i18n/en.json' with { type: 'json' }
import type { Lang } from '../../shared/i18n/index.ts'
import { clean } from '../../text/fold.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { periodDeadline, reportingSettings } from './reporting-settings.ts'

export type PeriodRow = Pick<ReportPeriodTable, 'id' | 'kind' | 'key' | 'from_day' | 'to_day' | 'title' | 'owner_unit_id'>

/** The domain period of a stored row (ad hoc keys carry a suffix the domain does not know; from/to are what counts). */
export function periodOfRow(row: Pick<PeriodRow, 'kind' | 'key' | 'from_day' | 'to_day'>): Period {
  const kind = (PERIOD_KINDS as readonly string[]).includes(row.kind) ? (row.kind as PeriodKind) : 'ad_hoc'
  if (kind !== 'ad_hoc') {
    const p = periodOf(kind, row.from_day)
    return { ...p, key: row.key }
  }
  return { ...adHocPeriod(row.from_day, row.to_day), key: row.key }
}

const dmy = (day: string) => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`

/** "Tháng 11 năm 2026", "6 tháng đầu năm 2026", "Năm 2026", "Báo cáo nhanh từ 03/11/2026 đến 10/11/2026". */
export function periodLabel(p: Period, lang: Lang = 'vi'): string {
  const texts = (lang === 'en' ? en : vi).period as Record<string, string>
  const params: Record<string, string | number> = { ...p.label.params }
  let code: string = p.kind
  if (p.kind === 'half') code = `half${p.label.params.half}`
  if (p.kind === 'ad_hoc') Object.assign(params, { from: dmy(p.from), to: dmy(p.to) })
  return (texts[code] ?? texts[p.kind] ?? p.key).replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''))
}

/** What the API shows of a period: its unit-level deadline (ISO UTC) and its label. */
export function toPeriodView(row: PeriodRow, deadline: Date, lang: Lang = 'vi'): PeriodView {
  const p = periodOfRow(row)
  return { id: row.id, kind: row.kind, key: row.key, from: row.from_day, to: row.to_day, label: periodLabel(p, lang), deadline: deadline.toISOString(), title: row.title }
}

/**
 * Creates the monthly periods from the term start up to the current month, with the half-years and years that contain
 * them. Cheap when nothing is missing (one query); a key created meanwhile by someone else is left alone.
 */
export async function ensurePeriods(ctx: Pick<ServiceContext, 'db' | 'now'>): Promise<void> {
  const current = periodOf('month', localDay(ctx.now))
  const latest = await latestMonthPeriod(ctx.db)
  if (latest && latest.from_day >= current.from) return
  const { termStart } = await reportingSettings(ctx.db)
  const startDay = latest && latest.from_day > termStart ? latest.from_day : termStart
  if (startDay > current.to) return
  const months = periodsBetween('month', startDay, current.to)
  const seen = new Set<string>()
  const rows: ReportPeriodTable[] = []
  const at = ctx.now.toISOString()
  for (const m of months) {
    for (const p of [m, periodOf('half', m.from), periodOf('year', m.from)]) {
      if (seen.has(p.key)) continue
      seen.add(p.key)
      rows.push({ id: newId(), kind: p.kind, key: p.key, from_day: p.from, to_day: p.to, owner_unit_id: null, title: null, created_at: at })
    }
  }
  await insertPeriodsIfAbsent(ctx.db, rows)
}

/** The stored period of a key (calendar periods up to the current one are created first); REPORT_PERIOD_NOT_FOUND otherwise. */
export async function resolvePeriod(ctx: Pick<ServiceContext, 'db' | 'now'>, key: string): Promise<PeriodRow> {
  await ensurePeriods(ctx)
  const row = await findPeriodByKey(ctx.db, key)
  if (!row) throw new DomainError('REPORT_PERIOD_NOT_FOUND', { fields: [{ path: 'periodKey', code: 'REPORT_PERIOD_NOT_FOUND' }] })
  return row
}

/** The periods the actor may report in, newest first: calendar periods up to now, ad hoc periods of boards above or below them. */
export async function listPeriods(ctx: ServiceContext, q: PeriodsQuery, lang: Lang = 'vi'): Promise<PeriodView[]> {
  const scope = await requireScope(ctx, 'read', 'report')
  await ensurePeriods(ctx)
  const settings = await reportingSettings(ctx.db)
  const rows = await listPeriodRows(ctx.db, { kind: q.kind, year: q.year, untilDay: periodOf('month', localDay(ctx.now)).to })
  const owners = new Map<string, string | null>()
  const visible: PeriodRow[] = []
  for (const r of rows) {
    if (r.kind === 'ad_hoc' && r.owner_unit_id) {
      if (!owners.has(r.owner_unit_id)) owners.set(r.owner_unit_id, (await getUnitById(ctx.db, r.owner_unit_id))?.path ?? null)
      const path = owners.get(r.owner_unit_id)
      // an ad hoc period is asked by a board of the units below it: they see it, and so do those above the board
      if (!path || !(inScope(scope, path) || scope.some((s) => s.startsWith(path)))) continue
    }
    visible.push(r)
  }
  return visible.map((r) => toPeriodView(r, periodDeadline(settings, periodOfRow(r), 'unit'), lang))
}

/** An ad hoc period (báo cáo nhanh) asked by the focal board of a unit (default: their own outermost unit). */
export async function createAdHocPeriod(ctx: ServiceContext, input: CreatePeriodInput, lang: Lang = 'vi'): Promise<PeriodView> {
  const scope = await requireScope(ctx, 'manage', 'report')
  let period: Period
  try {
    period = adHocPeriod(input.from, input.to)
  } catch {
    throw new DomainError('REPORT_PERIOD_INVALID', { fields: [{ path: 'to', code: 'REPORT_PERIOD_INVALID' }] })
  }
  if (periodLength(period) > 366) throw new DomainError('REPORT_PERIOD_INVALID', { fields: [{ path: 'to', code: 'REPORT_PERIOD_INVALID' }] })
  const ownerId = input.unitId ?? lastSegment(scope[0])
  const owner = ownerId ? await findUnitInScope(ctx.db, ownerId, scope) : undefined
  if (!owner) throw new DomainError('REPORT_UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'REPORT_UNIT_NOT_FOUND' }] })
  const row: ReportPeriodTable = {
    id: newId(), kind: 'ad_hoc', key: `${period.key}:${randomBytes(4).toString('hex')}`, from_day: period.from, to_day: period.to,
    owner_unit_id: owner.id, title: clean(input.title), created_at: ctx.now.toISOString(),
  }
  await ctx.db.transaction().execute(async (trx) => {
    await insertPeriodsIfAbsent(trx, [row])
    await audit(trx, ctx, { action: 'report_period.create', resourceType: 'report_period', resourceId: row.id, unitId: owner.id, unitPath: owner.path, details: { key: row.key, title: row.title } })
  })
  const settings = await reportingSettings(ctx.db)
  return toPeriodView(row, periodDeadline(settings, period, 'unit'), lang)
}

/** The unit id at the end of a path "/a/b/" → "b". */
function lastSegment(path: string | undefined): string | undefined {
  return path === undefined ? undefined : unitIdsOfPath(path).at(-1)
}
