/** Issues the actor may read, a page at a time, filtered by status, topic, hot spot and words ignoring accents. */
import { countIssueRows, listIssueRows, type IssueFilter } from '../../db/repos/issue.repo.ts'
import { splitList, type IssueQuery, type IssueSummary } from '../../shared/issue.schema.ts'
import { isEmptyQuery, parseSearchQuery } from '../../text/search.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { toIssueSummaries } from './issue-views.ts'

export async function listIssues(ctx: ServiceContext, input: IssueQuery): Promise<{ items: IssueSummary[]; total: number }> {
  const scope = await requireScope(ctx, 'read', 'issue')
  const search = input.q ? parseSearchQuery(input.q) : null
  const filter: IssueFilter = {
    scope,
    statuses: splitList(input.status),
    topics: splitList(input.topic),
    // every word must occur, whole, the last one as typed so far: "nguyen trai gi" finds "Giá bồi thường … Nguyễn Trãi"
    search: search && !isEmptyQuery(search) ? search : undefined,
    hotSpot: input.hotSpot === undefined ? undefined : input.hotSpot === '1',
  }
  const [rows, total] = await Promise.all([
    listIssueRows(ctx.db, filter, input.pageSize, (input.page - 1) * input.pageSize),
    countIssueRows(ctx.db, filter),
  ])
  return { items: await toIssueSummaries(ctx, rows), total }
}
