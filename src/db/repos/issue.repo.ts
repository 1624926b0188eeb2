/**
 * Queries on issues (vấn đề, điểm nóng), their linked streams, referrals and timeline. No rules, no authorisation:
 * callers pass the scope paths. An issue is visible in a scope when its unit lies there, or when it was referred to a
 * unit that lies there (the unit that must answer sees what it is asked).
 */
import { sql, type Expression, type ExpressionBuilder, type Insertable, type SqlBool, type Updateable } from 'kysely'
import type { Db } from '../connect.ts'
import type { Database, IssueEventTable, IssueTable, ReferralTable } from '../database.ts'
import { escapeLike } from '../dialect.ts'
import type { SearchQuery } from '../../text/search.ts'
import { pathInScope } from './scope.ts'

/** Records a reader may see: every record under `full`, only those `userId` entered under `own` (collaborators, delegates). */
export type RecordVisibility = { full: string[]; own: string[]; userId: string | null }

type IssueEb = ExpressionBuilder<Database, 'issue'>

function visibleIn(eb: IssueEb, scope: string[]): Expression<SqlBool> {
  return eb.or([
    pathInScope('issue.unit_path', scope),
    eb.exists(
      eb.selectFrom('referral as rv').innerJoin('unit as ru', 'ru.id', 'rv.to_unit_id').select(sql`1`.as('one'))
        .whereRef('rv.issue_id', '=', 'issue.id').where(pathInScope('ru.path', scope)),
    ),
  ])
}

function recordVisible(eb: ExpressionBuilder<any, any>, v: RecordVisibility): Expression<SqlBool> {
  const parts: Expression<SqlBool>[] = [pathInScope('r.unit_path', v.full)]
  if (v.own.length > 0 && v.userId) parts.push(eb.and([eb('r.entered_by', '=', v.userId), pathInScope('r.unit_path', v.own)]))
  return eb.or(parts)
}

export function insertIssue(db: Db, row: Insertable<IssueTable>) {
  return db.insertInto('issue').values(row).execute()
}

export function updateIssueRow(db: Db, id: string, patch: Updateable<IssueTable>) {
  return db.updateTable('issue').set(patch).where('id', '=', id).execute()
}

/** One issue with its unit and creator, if visible in the scope. */
export function findIssueVisible(db: Db, id: string, scope: string[]) {
  return db.selectFrom('issue').innerJoin('unit', 'unit.id', 'issue.unit_id').leftJoin('app_user as cu', 'cu.id', 'issue.created_by')
    .selectAll('issue').select(['unit.code as unit_code', 'unit.name as unit_name', 'cu.username as created_username', 'cu.full_name as created_full_name'])
    .where('issue.id', '=', id).where((eb) => visibleIn(eb, scope)).executeTakeFirst()
}

export type IssueFilter = {
  scope: string[]
  statuses?: string[]
  topics?: string[]
  /** words (whole syllables), phrases and a prefix, as parsed from what the user typed */
  search?: SearchQuery
  hotSpot?: boolean
}

function filtered(db: Db, f: IssueFilter) {
  let q = db.selectFrom('issue').where((eb) => visibleIn(eb, f.scope))
  if (f.statuses?.length) q = q.where('issue.status', 'in', f.statuses)
  if (f.topics?.length) q = q.where('issue.topic', 'in', f.topics)
  if (f.hotSpot !== undefined) q = q.where('issue.hot_spot', '=', f.hotSpot ? 1 : 0)
  if (f.search) q = q.where(matchesSearch(f.search))
  return q
}

/**
 * Every term and phrase as whole words of the folded search_text ("to 5" does not find "tổ 55"), the prefix as the
 * start of a word; patterns are bound parameters, escaped. The same rule as the opinion search, on issue.search_text.
 */
function matchesSearch(q: SearchQuery): Expression<SqlBool> {
  const padded = sql`(' ' || issue.search_text || ' ')`
  const like = (pattern: string) => sql<SqlBool>`${padded} like ${pattern} escape '\\'`
  const parts = [
    ...q.terms.map((t) => like(`% ${escapeLike(t)} %`)),
    ...q.phrases.map((p) => like(`% ${escapeLike(p.join(' '))} %`)),
    ...(q.prefix !== null ? [like(`% ${escapeLike(q.prefix)}%`)] : []),
  ]
  return parts.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`(${sql.join(parts, sql` and `)})`
}

/** A page of visible issues, most recently changed first, with their unit. */
export function listIssueRows(db: Db, f: IssueFilter, limit: number, offset: number) {
  return filtered(db, f).innerJoin('unit', 'unit.id', 'issue.unit_id')
    .selectAll('issue').select(['unit.code as unit_code', 'unit.name as unit_name'])
    .orderBy('issue.updated_at', 'desc').orderBy('issue.id').limit(limit).offset(offset).execute()
}

/** How many issues the same filter finds. */
export async function countIssueRows(db: Db, f: IssueFilter) {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Open issues visible in the scope, most recently changed first: candidates to suggest for a new record. */
export function listOpenIssuesVisible(db: Db, scope: string[], limit: number) {
  return db.selectFrom('issue').innerJoin('unit', 'unit.id', 'issue.unit_id')
    .select(['issue.id', 'issue.title', 'issue.description', 'issue.topic', 'issue.status', 'issue.unit_id', 'unit.code as unit_code', 'unit.name as unit_name'])
    .where('issue.status', '!=', 'closed').where((eb) => visibleIn(eb, scope))
    .orderBy('issue.updated_at', 'desc').limit(limit).execute()
}

/** Answers marked publishable, newest first: only the title, the answer and its time leave this query. */
export function listPublicAnswerRows(db: Db, limit: number, offset: number) {
  return db.selectFrom('issue').select(['title', 'answer_text', 'answered_at'])
    .where('answer_public', '=', 1).where('answer_text', 'is not', null).where('answered_at', 'is not', null)
    .orderBy('answered_at', 'desc').orderBy('id').limit(limit).offset(offset).execute()
}

export async function countPublicAnswers(db: Db) {
  const r = await db.selectFrom('issue').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('answer_public', '=', 1).where('answer_text', 'is not', null).where('answered_at', 'is not', null).executeTakeFirstOrThrow()
  return Number(r.n)
}

// ---- linked streams ----

/** Streams by id with their record's unit path and author, whatever the reader may see (for the link checks). */
export function findStreamsWithRecord(db: Db, streamIds: string[]) {
  if (streamIds.length === 0) return Promise.resolve([])
  return db.selectFrom('opinion_stream as s').innerJoin('opinion_report as r', 'r.id', 's.report_id')
    .select(['s.id', 's.issue_id', 's.report_id', 'r.unit_path', 'r.entered_by'])
    .where('s.id', 'in', streamIds).execute()
}

/** Unlinks a stream from an issue (only if linked to that one). */
export function unlinkStreamFrom(db: Db, streamId: string, issueId: string) {
  return db.updateTable('opinion_stream').set({ issue_id: null }).where('id', '=', streamId).where('issue_id', '=', issueId).execute()
}

/** Links streams that are linked to no issue yet; returns how many it linked (fewer when one was taken meanwhile). */
export async function linkFreeStreams(db: Db, streamIds: string[], issueId: string) {
  if (streamIds.length === 0) return 0
  const r = await db.updateTable('opinion_stream').set({ issue_id: issueId }).where('id', 'in', streamIds).where('issue_id', 'is', null).executeTakeFirst()
  return Number(r.numUpdatedRows)
}

/** The streams linked to an issue whose records the reader may see, with record and unit; newest record first. */
export function listLinkedStreams(db: Db, issueId: string, v: RecordVisibility) {
  return db.selectFrom('opinion_stream as s').innerJoin('opinion_report as r', 'r.id', 's.report_id').innerJoin('unit as u', 'u.id', 'r.unit_id')
    .select(['s.id', 's.summary', 's.direction', 's.intensity', 'r.id as report_id', 'r.title', 'r.heard_on', 'u.id as unit_id', 'u.code as unit_code', 'u.name as unit_name'])
    .where('s.issue_id', '=', issueId).where((eb) => recordVisible(eb, v))
    .orderBy('r.heard_on', 'desc').orderBy('s.id').execute()
}

/** How many linked streams of each issue the reader may see. */
export function countVisibleStreams(db: Db, issueIds: string[], v: RecordVisibility) {
  if (issueIds.length === 0) return Promise.resolve([])
  return db.selectFrom('opinion_stream as s').innerJoin('opinion_report as r', 'r.id', 's.report_id')
    .select(['s.issue_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('s.issue_id', 'in', issueIds).where((eb) => recordVisible(eb, v)).groupBy('s.issue_id').execute()
}

/** Summaries and record titles of the visible streams of these issues: more words to compare a new record with. */
export function listStreamTextsOfIssues(db: Db, issueIds: string[], v: RecordVisibility) {
  if (issueIds.length === 0) return Promise.resolve([])
  return db.selectFrom('opinion_stream as s').innerJoin('opinion_report as r', 'r.id', 's.report_id')
    .select(['s.issue_id', 's.summary', 'r.title'])
    .where('s.issue_id', 'in', issueIds).where((eb) => recordVisible(eb, v)).execute()
}

// ---- referrals ----

export function insertReferral(db: Db, row: Insertable<ReferralTable>) {
  return db.insertInto('referral').values(row).execute()
}

/** Records the answer of a referral still pending; returns 0 when it was no longer pending. */
export async function answerPendingReferral(db: Db, id: string, patch: Updateable<ReferralTable>) {
  const r = await db.updateTable('referral').set(patch).where('id', '=', id).where('status', '=', 'pending').executeTakeFirst()
  return Number(r.numUpdatedRows)
}

/** One referral with its target unit's path and name (null for an outside agency). */
export function getReferralWithTarget(db: Db, id: string) {
  return db.selectFrom('referral').leftJoin('unit', 'unit.id', 'referral.to_unit_id')
    .selectAll('referral').select(['unit.path as to_unit_path', 'unit.name as to_unit_name'])
    .where('referral.id', '=', id).executeTakeFirst()
}

/** The referrals of these issues, oldest first, with target unit and the people who made and answered them. */
export function listReferralsOfIssues(db: Db, issueIds: string[]) {
  if (issueIds.length === 0) return Promise.resolve([])
  return db.selectFrom('referral as f')
    .leftJoin('unit as u', 'u.id', 'f.to_unit_id')
    .leftJoin('app_user as c', 'c.id', 'f.created_by')
    .leftJoin('app_user as a', 'a.id', 'f.answered_by')
    .selectAll('f')
    .select(['u.code as to_unit_code', 'u.name as to_unit_name', 'u.path as to_unit_path', 'c.username as created_username', 'c.full_name as created_full_name', 'a.username as answered_username', 'a.full_name as answered_full_name'])
    .where('f.issue_id', 'in', issueIds).orderBy('f.created_at').orderBy('f.id').execute()
}

/** How many referrals of an issue still wait for an answer. */
export async function countPendingReferrals(db: Db, issueId: string) {
  const r = await db.selectFrom('referral').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('issue_id', '=', issueId).where('status', '=', 'pending').executeTakeFirstOrThrow()
  return Number(r.n)
}

/** The earliest pending due day of each issue. */
export function nextDueOfIssues(db: Db, issueIds: string[]) {
  if (issueIds.length === 0) return Promise.resolve([])
  return db.selectFrom('referral').select(['issue_id', (eb) => eb.fn.min<string>('due_on').as('due_on')])
    .where('issue_id', 'in', issueIds).where('status', '=', 'pending').groupBy('issue_id').execute()
}

/** Pending referrals due on or before `lastDueOn`, with their issue: what a reminder run looks at. */
export function listPendingReferralsDueBy(db: Db, lastDueOn: string) {
  return db.selectFrom('referral as f').innerJoin('issue as i', 'i.id', 'f.issue_id').leftJoin('unit as u', 'u.id', 'f.to_unit_id')
    .select(['f.id', 'f.issue_id', 'f.to_unit_id', 'f.to_agency', 'f.due_on', 'i.title as issue_title', 'i.unit_path as issue_unit_path', 'u.name as to_unit_name'])
    .where('f.status', '=', 'pending').where('f.due_on', '<=', lastDueOn).orderBy('f.due_on').orderBy('f.id').execute()
}

/** Marks referrals as reminded on a day. */
export function setReferralsReminded(db: Db, ids: string[], day: string) {
  if (ids.length === 0) return Promise.resolve([])
  return db.updateTable('referral').set({ last_reminded_on: day }).where('id', 'in', ids).execute()
}

// ---- timeline ----

export function insertIssueEvent(db: Db, row: Insertable<IssueEventTable>) {
  return db.insertInto('issue_event').values(row).execute()
}

/** The timeline of an issue, oldest first, with who acted. */
export function listIssueEvents(db: Db, issueId: string) {
  return db.selectFrom('issue_event as e').leftJoin('app_user as a', 'a.id', 'e.actor_id')
    .select(['e.id', 'e.at', 'e.kind', 'e.details_json', 'e.actor_id', 'a.username', 'a.full_name'])
    .where('e.issue_id', '=', issueId).orderBy('e.at').orderBy('e.id').execute()
}

// ---- who hears of a referral ----

/** The active responsible officers (người phụ trách DLXH) of these units. */
export function listResponsibleOfficers(db: Db, unitIds: string[]) {
  if (unitIds.length === 0) return Promise.resolve([])
  return db.selectFrom('role_assignment as ra').innerJoin('app_user as u', 'u.id', 'ra.user_id')
    .select(['ra.unit_id', 'ra.user_id'])
    .where('ra.unit_id', 'in', unitIds).where('ra.role', '=', 'unit_officer').where('ra.is_responsible', '=', 1).where('u.active', '=', 1).execute()
}

/** Active holders of `role` at units on the path to `path` (the unit itself and its ancestors), with their unit's path. */
export function listRoleHoldersAbove(db: Db, role: string, path: string) {
  return db.selectFrom('role_assignment as ra').innerJoin('unit as n', 'n.id', 'ra.unit_id').innerJoin('app_user as u', 'u.id', 'ra.user_id')
    .select(['ra.user_id', 'n.path'])
    .where('ra.role', '=', role).where('u.active', '=', 1)
    .where(sql<SqlBool>`substr(${path}, 1, length(n.path)) = n.path`).execute()
}
