/**
 * A series of periodic surveys: its waves, and the same question `name` across the waves as a trend (weighted
 * percentages with margins of error per wave). Waves whose results are hidden (open) are left out.
 */
import { listSeriesSurveys } from '../../db/repos/survey.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { QuestionTrend, SeriesItem, SurveyStatus } from '../../shared/survey.schema.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { resultsHidden } from './survey-access.ts'
import { computeResults } from './survey-results.ts'

export async function listSeries(ctx: ServiceContext): Promise<SeriesItem[]> {
  const scope = await requireScope(ctx, 'read', 'survey')
  const rows = await listSeriesSurveys(ctx.db, scope)
  const out = new Map<string, SeriesItem>()
  for (const r of rows) {
    const item = out.get(r.series_key!) ?? { seriesKey: r.series_key!, waves: [] }
    item.waves.push({ id: r.id, title: r.title, waveLabel: r.wave_label, status: r.status as SurveyStatus, closesOn: r.closes_on })
    out.set(r.series_key!, item)
  }
  return [...out.values()]
}

export async function questionTrend(ctx: ServiceContext, seriesKey: string, question: string): Promise<QuestionTrend> {
  const scope = await requireScope(ctx, 'read', 'survey')
  const rows = (await listSeriesSurveys(ctx.db, scope, seriesKey)).filter((r) => r.status !== 'draft' && !resultsHidden(r))
  const waves: QuestionTrend['waves'] = []
  let label = ''
  for (const r of rows) {
    const results = await computeResults(ctx.db, r)
    const q = results.questions.find((x) => x.name === question)
    if (!q) continue
    label ||= q.label
    waves.push({ id: r.id, waveLabel: r.wave_label, closesOn: r.closes_on, n: q.n, options: q.options })
  }
  if (waves.length === 0) throw new DomainError('SURVEY_QUESTION_NOT_FOUND', { fields: [{ path: 'question', code: 'SURVEY_QUESTION_NOT_FOUND' }] })
  return { seriesKey, question, label, waves }
}
