/**
 * Issues as the API shows them. Linked streams appear (and are counted) only when the reader may read their record;
 * timeline events that name streams keep only those, and an event left naming none is not shown.
 */
import {
  countVisibleStreams, findStreamsWithRecord, listIssueEvents, listLinkedStreams, listReferralsOfIssues, nextDueOfIssues, type listIssueRows,
} from '../../db/repos/issue.repo.ts'
import { localDay } from '../../domain/time.ts'
import type { IssueStatus } from '../../shared/enums.ts'
import type { IssueEventView, IssueSummary, IssueView, ReferralView } from '../../shared/issue.schema.ts'
import type { ServiceContext } from '../context.ts'
import { canAnswer, isRecordVisible, recordVisibility, type IssueRow } from './issue-access.ts'

type ListRow = Awaited<ReturnType<typeof listIssueRows>>[number]
type StreamRef = { id: string; recordId: string }

const userRef = (id: string | null, username: string | null, fullName: string | null) =>
  id && username ? { id, username, fullName: fullName ?? username } : null

function summaryOf(r: ListRow | IssueRow, streamCount: number, nextDueOn: string | null): IssueSummary {
  return {
    id: r.id, unit: { id: r.unit_id, code: r.unit_code, name: r.unit_name }, title: r.title, topic: r.topic, status: r.status as IssueStatus,
    hotSpot: r.hot_spot === 1, streamCount, nextDueOn, answeredAt: r.answered_at, createdAt: r.created_at, updatedAt: r.updated_at,
  }
}

/** List items: counts of visible linked streams and the next due day, in two queries for the whole page. */
export async function toIssueSummaries(ctx: ServiceContext, rows: ListRow[]): Promise<IssueSummary[]> {
  const ids = rows.map((r) => r.id)
  const [counts, dues] = await Promise.all([countVisibleStreams(ctx.db, ids, recordVisibility(ctx)), nextDueOfIssues(ctx.db, ids)])
  const countBy = new Map(counts.map((c) => [c.issue_id, Number(c.n)]))
  const dueBy = new Map(dues.map((d) => [d.issue_id, d.due_on]))
  return rows.map((r) => summaryOf(r, countBy.get(r.id) ?? 0, dueBy.get(r.id) ?? null))
}

/** One issue with its visible linked streams, its referrals and its timeline. */
export async function toIssueView(ctx: ServiceContext, issue: IssueRow): Promise<IssueView> {
  const visibility = recordVisibility(ctx)
  const [streams, referrals, events] = await Promise.all([
    listLinkedStreams(ctx.db, issue.id, visibility),
    listReferralsOfIssues(ctx.db, [issue.id]),
    listIssueEvents(ctx.db, issue.id),
  ])
  const today = localDay(ctx.now)
  const referralViews: ReferralView[] = referrals.map((f) => ({
    id: f.id,
    issueId: f.issue_id,
    toUnit: f.to_unit_id ? { id: f.to_unit_id, code: f.to_unit_code ?? '', name: f.to_unit_name ?? '' } : null,
    toAgency: f.to_agency,
    dueOn: f.due_on,
    note: f.note,
    status: f.status as ReferralView['status'],
    overdue: f.status === 'pending' && f.due_on < today,
    createdBy: userRef(f.created_by, f.created_username, f.created_full_name),
    createdAt: f.created_at,
    answerText: f.answer_text,
    answerPublic: f.answer_public === 1,
    answeredBy: userRef(f.answered_by, f.answered_username, f.answered_full_name),
    answeredAt: f.answered_at,
    canAnswer: f.status === 'pending' && issue.status !== 'closed' && canAnswer(ctx, issue.unit_path, f.to_unit_path),
  }))
  const pendingDues = referrals.filter((f) => f.status === 'pending').map((f) => f.due_on).sort()
  return {
    ...summaryOf(issue, streams.length, pendingDues[0] ?? null),
    description: issue.description,
    answerText: issue.answer_text,
    answerPublic: issue.answer_public === 1,
    closedAt: issue.closed_at,
    createdBy: userRef(issue.created_by, issue.created_username, issue.created_full_name),
    streams: streams.map((s) => ({
      id: s.id, summary: s.summary, direction: s.direction, intensity: s.intensity,
      record: { id: s.report_id, title: s.title, heardOn: s.heard_on, unit: { id: s.unit_id, code: s.unit_code, name: s.unit_name } },
    })),
    referrals: referralViews,
    timeline: await timelineOf(ctx, events),
  }
}

async function timelineOf(ctx: ServiceContext, events: Awaited<ReturnType<typeof listIssueEvents>>): Promise<IssueEventView[]> {
  const parsed = events.map((e) => ({ e, details: (e.details_json ? JSON.parse(e.details_json) : {}) as Record<string, unknown> }))
  const named = parsed.flatMap(({ details }) => (Array.isArray(details.streams) ? (details.streams as StreamRef[]).map((s) => s.id) : []))
  const visibility = recordVisibility(ctx)
  const visible = new Set((await findStreamsWithRecord(ctx.db, [...new Set(named)])).filter((s) => isRecordVisible(visibility, s)).map((s) => s.id))
  const out: IssueEventView[] = []
  for (const { e, details } of parsed) {
    if (Array.isArray(details.streams)) {
      const streams = (details.streams as StreamRef[]).filter((s) => visible.has(s.id))
      // an event about streams the reader may not see is not shown at all; creation is shown without them
      if (streams.length === 0 && e.kind !== 'created') continue
      details.streams = streams
    }
    out.push({ id: Number(e.id), at: e.at, kind: e.kind, actor: userRef(e.actor_id, e.username, e.full_name), details })
  }
  return out
}
