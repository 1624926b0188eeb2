/** Rules shared by creating, editing and importing opinion records: where a record may go, what it may link to. */
import { findUnitInScope } from '../../db/repos/unit.repo.ts'
import { getAreaById } from '../../db/repos/area.repo.ts'
import { getMeetingPath, insertStreamGroups, insertStreamRows, insertStreamTopics, listIssuesByIds, unitHasArea } from '../../db/repos/opinion.repo.ts'
import { getSetting } from '../../db/repos/setting.repo.ts'
import type { UnitRow } from '../../db/database.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope, scopeOf } from '../../domain/policy.ts'
import { isValidDay, localDay } from '../../domain/time.ts'
import type { StreamInput } from '../../shared/opinion.schema.ts'
import { clean } from '../../text/fold.ts'
import { toSearchText } from '../../text/search.ts'
import { newId, type ServiceContext } from '../context.ts'

type FieldError = { path: string; code: string }

const fieldError = (code: string, path: string, status?: number) => new DomainError(code, { fields: [{ path, code }] }, status)

/** The folded words of title and content that search matches ("Uỷ ban" and "Ủy ban" both → "uy ban"). */
export function opinionSearchText(title: string, content: string): string {
  return toSearchText(`${title}\n${content}`)
}

/** Checks the heard day: a real day, not after today (local time). */
export function checkHeardOn(ctx: ServiceContext, heardOn: string, path = 'heardOn') {
  if (!isValidDay(heardOn)) throw fieldError('DATE_FORMAT', path)
  if (heardOn > localDay(ctx.now)) throw fieldError('OPINION_HEARD_IN_FUTURE', path)
}

/** Is the unit closed on that day (it was closed on or before it)? */
export function unitClosedOn(unit: { active_to: string | null }, day: string): boolean {
  return unit.active_to !== null && unit.active_to <= day
}

/**
 * The unit a record is filed under: in the actor's scope for `action` (collaborators and delegates may
 * file in their subtree), and not closed on the day the opinion was heard.
 */
export async function checkUnit(ctx: ServiceContext, action: 'create' | 'update', unitId: string, heardOn: string): Promise<UnitRow> {
  const unit = await findUnitInScope(ctx.db, unitId, scopeOf(ctx.actor, action, 'opinion'))
  if (!unit) throw fieldError('UNIT_NOT_FOUND', 'unitId')
  if (unitClosedOn(unit, heardOn)) throw fieldError('OPINION_UNIT_INACTIVE', 'unitId')
  return unit
}

/** The area must be one the unit covers or owns; returns it (null when none is given). */
export async function checkArea(ctx: ServiceContext, unitId: string, areaId: string | null | undefined) {
  if (!areaId) return null
  const area = await getAreaById(ctx.db, areaId)
  if (!area) throw fieldError('AREA_NOT_FOUND', 'areaId')
  if (!(await unitHasArea(ctx.db, unitId, areaId))) throw fieldError('OPINION_AREA_NOT_IN_UNIT', 'areaId')
  return area
}

/** A voter meeting the record belongs to must lie in the actor's scope. */
export async function checkMeeting(ctx: ServiceContext, action: 'create' | 'update', meetingId: string | null | undefined) {
  if (!meetingId) return
  const meeting = await getMeetingPath(ctx.db, meetingId)
  if (!meeting || !inScope(scopeOf(ctx.actor, action, 'opinion'), meeting.unit_path)) throw fieldError('OPINION_MEETING_NOT_FOUND', 'meetingId')
}

/**
 * Issue links being made: each issue must exist in the actor's issue read scope, and be open (not closed).
 * `links` are (field path, issue id) of the links that are new; kept links are not checked again. Returns the issues read, by id.
 */
export async function checkIssueLinks(ctx: ServiceContext, links: { path: string; issueId: string }[]) {
  if (links.length === 0) return new Map<string, Awaited<ReturnType<typeof listIssuesByIds>>[number]>()
  const scope = scopeOf(ctx.actor, 'read', 'issue')
  const issues = new Map((await listIssuesByIds(ctx.db, [...new Set(links.map((l) => l.issueId))])).map((i) => [i.id, i]))
  const errors: FieldError[] = []
  for (const l of links) {
    const issue = issues.get(l.issueId)
    if (!issue || !inScope(scope, issue.unit_path)) errors.push({ path: l.path, code: 'OPINION_ISSUE_NOT_FOUND' })
    else if (issue.status === 'closed') errors.push({ path: l.path, code: 'OPINION_ISSUE_CLOSED' })
  }
  if (errors.length > 0) throw new DomainError(errors[0]!.code, { fields: errors })
  return issues
}

/** The stream's row, its topics and groups, ready to insert. */
export function streamRows(reportId: string, s: StreamInput, position: number, id = newId()) {
  return {
    stream: {
      id, report_id: reportId, position, summary: clean(s.summary ?? ''), direction: s.direction, intensity: s.intensity, breadth: s.breadth,
      latent: s.latent ? 1 : 0, hot_spot: s.hotSpot ? 1 : 0, proposed_handling: s.proposedHandling ? clean(s.proposedHandling) : null, issue_id: s.issueId ?? null,
    },
    topics: [...new Set(s.topics)].map((topic) => ({ stream_id: id, topic })),
    groups: [...new Set(s.groups)].map((grp) => ({ stream_id: id, grp })),
  }
}

/** Inserts streams with their topics and groups (many records at once on import). */
export async function insertStreams(db: ServiceContext['db'], rows: ReturnType<typeof streamRows>[]) {
  await insertStreamRows(db, rows.map((r) => r.stream))
  await insertStreamTopics(db, rows.flatMap((r) => r.topics))
  await insertStreamGroups(db, rows.flatMap((r) => r.groups))
}

/** Setting key of the contact retention period in months. */
export const RETENTION_SETTING = 'privacy.retentionMonths'
export const DEFAULT_RETENTION_MONTHS = 24

/** How long contacts are kept (the `privacy.retentionMonths` setting, 24 months unless set). */
export async function retentionMonths(ctx: ServiceContext): Promise<number> {
  const v = await getSetting(ctx.db, RETENTION_SETTING)
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 1200 ? v : DEFAULT_RETENTION_MONTHS
}

/** The day `months` after `day`, clamped to the month's end: 2026-01-31 + 1 → 2026-02-28. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const total = y * 12 + (m - 1) + months
  const year = Math.floor(total / 12)
  const month = (total % 12) + 1
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate()
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`
}
