/**
 * The opinion list: filters (period, unit subtree, area, topic, direction, intensity, breadth, channel, group,
 * latent, hot spot, issue status) and accent-insensitive search, a page at a time with the total under the
 * same filter, within what the actor may see.
 */
import {
  countOpinionRows, listOpinionRows, listOpinionRowsByIds, listSearchCandidates, type OpinionFilter, type SearchCandidate,
} from '../../db/repos/opinion.repo.ts'
import { getUnitById } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { BREADTHS, CHANNELS, DIRECTIONS, INTENSITIES, ISSUE_STATUSES, SOCIAL_GROUPS, TOPICS } from '../../shared/enums.ts'
import type { OpinionExportQuery, OpinionListResult, OpinionQuery } from '../../shared/opinion.schema.ts'
import { highlight, matchSpans } from '../../text/highlight.ts'
import { isEmptyQuery, parseSearchQuery, relevanceOf, type SearchQuery } from '../../text/search.ts'
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

/**
 * How many matches of a search are ranked: the most recently entered ones. Ranking every match of a common word
 * reads all of them (hundreds of thousands at a city's million records) for each query; this bound keeps a
 * search's cost flat as records accumulate; 10 pages of 20, and a narrower query finds the rest.
 */
export const SEARCH_CANDIDATES = 200

type Ranked = SearchCandidate & { relevance: number }

/** Best match first; equal scores most recently heard first, then most recently entered. */
function byRelevance(a: Ranked, b: Ranked): number {
  if (a.relevance !== b.relevance) return b.relevance - a.relevance
  if (a.heard_on !== b.heard_on) return a.heard_on < b.heard_on ? 1 : -1
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? 1 : -1
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0
}

/**
 * A page of records with `total` counted under the same filter and scope. Without a search, most recently heard
 * first, and `total` is exact. With one, the best matches first (relevanceOf) among the `searchCandidates` most
 * recently entered matches; when more records match, `total` is that bound and `totalCapped` says "at least".
 */
export async function listOpinions(ctx: ServiceContext, q: OpinionQuery, opts: { searchCandidates?: number } = {}): Promise<OpinionListResult> {
  const filter = await opinionFilterFor(ctx, 'read', q)
  if (!filter) return { items: [], total: 0, totalCapped: false }
  const offset = (q.page - 1) * q.pageSize
  const search = filter.search
  if (!search) {
    const [rows, total] = await Promise.all([listOpinionRows(ctx.db, filter, q.pageSize, offset), countOpinionRows(ctx.db, filter)])
    return { items: await toOpinionViews(ctx.db, rows), total, totalCapped: false }
  }
  const cap = opts.searchCandidates ?? SEARCH_CANDIDATES
  // one more than the bound: whether more records match than are ranked
  const found = await listSearchCandidates(ctx.db, { ...filter, search }, cap + 1)
  const totalCapped = found.length > cap
  const kept = found.slice(0, cap)
  const relevance = relevanceOf(kept.map((c) => c.search_text), search)
  const page = kept.map((c, i): Ranked => ({ ...c, relevance: relevance[i] as number })).sort(byRelevance).slice(offset, offset + q.pageSize)
  const byId = new Map((await listOpinionRowsByIds(ctx.db, page.map((c) => c.id))).map((r) => [r.id, r]))
  const rows = page.map((c) => byId.get(c.id)).filter((r) => r !== undefined)
  const views = await toOpinionViews(ctx.db, rows)
  return { items: views.map((v) => withHighlight(v, search)), total: Math.min(found.length, cap), totalCapped }
}

// where the words were found, as offsets into the text as typed ("Đà Nẵng" for "da nang")
function withHighlight<V extends { title: string; content: string }>(v: V, search: SearchQuery) {
  return { ...v, highlight: { title: matchSpans(v.title, search), content: highlight(v.content, search, { maxSnippets: 2 }) } }
}
