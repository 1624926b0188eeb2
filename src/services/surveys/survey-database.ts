/**
 * The survey database (hệ thống dữ liệu điều tra DLXH): every survey and wave of the scope searchable by its
 * title and its question texts without accents ("hai long" finds "Hài lòng").
 */
import { countQuestions, searchQuestions } from '../../db/repos/survey.repo.ts'
import type { QuestionHit, SurveyStatus } from '../../shared/survey.schema.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { searchWords } from './list-surveys.ts'

export async function searchSurveyQuestions(ctx: ServiceContext, query: { q: string; page: number; pageSize: number }): Promise<{ items: QuestionHit[]; total: number }> {
  const scope = await requireScope(ctx, 'read', 'survey')
  const words = searchWords(query.q)
  const [rows, total] = await Promise.all([
    searchQuestions(ctx.db, scope, words, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    countQuestions(ctx.db, scope, words),
  ])
  return {
    items: rows.map((r) => ({
      survey: { id: r.survey_id, title: r.title, waveLabel: r.wave_label, seriesKey: r.series_key, status: r.status as SurveyStatus, closesOn: r.closes_on },
      question: { name: r.name, label: r.label, type: r.type },
    })),
    total,
  }
}
