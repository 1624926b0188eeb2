/**
 * Open issues the actor may read that a record being written resembles (see src/domain/issue-suggest.ts):
 * the form offers to link the record's streams to them.
 */
import { listOpenIssuesVisible, listStreamTextsOfIssues } from '../../db/repos/issue.repo.ts'
import { rankSuggestions } from '../../domain/issue-suggest.ts'
import type { IssueStatus } from '../../shared/enums.ts'
import { splitList, type IssueSuggestion, type SuggestIssuesQuery } from '../../shared/issue.schema.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { recordVisibility } from './issue-access.ts'

/** How many open issues, most recently changed first, are compared: a ward has tens; a city keys by its scope. */
const CANDIDATES = 1000

export async function suggestIssues(ctx: ServiceContext, input: SuggestIssuesQuery): Promise<{ items: IssueSuggestion[] }> {
  const scope = await requireScope(ctx, 'read', 'issue')
  const issues = await listOpenIssuesVisible(ctx.db, scope, CANDIDATES)
  const streams = await listStreamTextsOfIssues(ctx.db, issues.map((i) => i.id), recordVisibility(ctx))
  const texts = new Map(issues.map((i) => [i.id, [`${i.title}\n${i.description}`]]))
  for (const s of streams) texts.get(s.issue_id!)?.push(`${s.title}\n${s.summary}`)
  const ranked = rankSuggestions(input.text, splitList(input.topics), issues.map((i) => ({ id: i.id, topic: i.topic, texts: texts.get(i.id)! })))
  const byId = new Map(issues.map((i) => [i.id, i]))
  return {
    items: ranked.map((r) => {
      const i = byId.get(r.id)!
      return { id: i.id, title: i.title, topic: i.topic, status: i.status as IssueStatus, unit: { id: i.unit_id, code: i.unit_code, name: i.unit_name }, score: r.score, sameTopic: r.sameTopic }
    }),
  }
}
