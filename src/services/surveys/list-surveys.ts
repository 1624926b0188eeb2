/** Surveys of the actor's scope, newest first; `q` matches titles, wave labels and question texts without accents. */
import { countSurveys, listSurveys } from '../../db/repos/survey.repo.ts'
import type { SurveyListItem, SurveyListQuery } from '../../shared/survey.schema.ts'
import { fold } from '../../text/fold.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { toListItem, toSurveyViews } from './survey-views.ts'

/** The folded words of a search ("Hài lòng" → ["hai", "long"]). */
export function searchWords(q: string | undefined): string[] {
  return fold(q ?? '').split(/[^a-z0-9]+/).filter(Boolean).slice(0, 10)
}

export async function listSurveysOf(ctx: ServiceContext, query: SurveyListQuery): Promise<{ items: SurveyListItem[]; total: number }> {
  const scope = await requireScope(ctx, 'read', 'survey')
  const filter = { scope, words: searchWords(query.q), status: query.status, kind: query.kind, seriesKey: query.seriesKey }
  const [rows, total] = await Promise.all([
    listSurveys(ctx.db, filter, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    countSurveys(ctx.db, filter),
  ])
  return { items: (await toSurveyViews(ctx.db, rows)).map(toListItem), total }
}
