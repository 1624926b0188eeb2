/**
 * The opinion list: filters (period, unit subtree, area, topic, direction, intensity, breadth, channel, group,
 * latent, hot spot, issue status) and accent-insensitive search, a page at a time with the total under the
 * same filter, within what the actor may see.
 */
import { countOpinionRows, listOpinionRows, type OpinionFilter } from '../../db/repos/opinion.repo.ts'
import { getUnitById } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { BREADTHS, CHANNELS, DIRECTIONS, INTENSITIES, ISSUE_STATUSES, SOCIAL_GROUPS, TOPICS } from '../../shared/enums.ts'
import type { OpinionExportQuery, OpinionListItem, OpinionQuery } from '../../shared/opinion.schema.ts'
import { highlight, matchSpans } from '../../text/highlight.ts'
import { isEmptyQuery, parseSearchQuery } from '../../text/search.ts'
import type { ServiceContext } from '../context.ts'
import { opinionVisibility } from './opinion-access.ts'
import { toOpinionViews } from './opinion-views.ts'

/** "dat-dai, y-te" → ["dat-dai", "y-te"], each checked against the allowed codes (VALIDATION names the field). */
function codes(field: string, value: string | undefined, allowed: readonly string[]): string[] | undefined {
  if (value === undefined) return undefined
  const list = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))]
  const bad = list.filter((v) => !allowed.includes(v))
  if (bad.length > 0) throw new DomainError('VALIDATION', { fields: [{ path: field, code: 'FIELD_INVALID' }] })
  return list.length > 0 ? list : undefined
}

const flag = (v: '0' | '1' | undefined) => (v === undefined ? undefined : v === '1')

/**
 * The repository filter for the query within what the actor may `action` (read or export); null when the
 * query can match nothing (an unknown unit).
 */
export async function opinionFilterFor(ctx: ServiceContext, action: 'read' | 'export', q: OpinionExportQuery): Promise<OpinionFilter | null> {
  const visibility = await opinionVisibility(ctx, action)
  const search = q.q ? parseSearchQuery(q.q) : null
  const filter: OpinionFilter = {
    visibility,
    from: q.from, to: q.to, areaId: q.areaId, meetingId: q.meetingId,
    channels: codes('channel', q.channel, CHANNELS),
    search: search && !isEmptyQuery(search) ? search : undefined,
    stream: {
      topics: codes('topic', q.topic, TOPICS),
      directions: codes('direction', q.direction, DIRECTIONS),
      intensities: codes('intensity', q.intensity, INTENSITIES),
      breadths: codes('breadth', q.breadth, BREADTHS),
      groups: codes('group', q.group, SOCIAL_GROUPS),
      latent: flag(q.latent),
      hotSpot: flag(q.hotSpot),
      statuses: codes('status', q.status, [...ISSUE_STATUSES, 'none']),
      issueId: q.issueId,
    },
  }
  if (q.unitId) {
    // the subtree of a unit; the visibility above still limits it to what the actor may see
    const unit = await getUnitById(ctx.db, q.unitId)
    if (!unit) return null
    filter.unitPath = unit.path
  }
  return filter
}

/** A page of records, most recently heard first, with `total` counted under the same filter and scope. */
export async function listOpinions(ctx: ServiceContext, q: OpinionQuery): Promise<{ items: OpinionListItem[]; total: number }> {
  const filter = await opinionFilterFor(ctx, 'read', q)
  if (!filter) return { items: [], total: 0 }
  const [rows, total] = await Promise.all([
    listOpinionRows(ctx.db, filter, q.pageSize, (q.page - 1) * q.pageSize),
    countOpinionRows(ctx.db, filter),
  ])
  const views = await toOpinionViews(ctx.db, rows)
  const search = filter.search
  if (!search) return { items: views, total }
  // where the words were found, as offsets into the text as typed ("Đà Nẵng" for "da nang")
  return {
    items: views.map((v) => ({ ...v, highlight: { title: matchSpans(v.title, search), content: highlight(v.content, search, { maxSnippets: 2 }) } })),
    total,
  }
}
