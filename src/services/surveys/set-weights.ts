/** Sets the population margins of a survey and weights its responses by raking (`caunoi survey weights ID FILE.json`). */
import { listAllResponses, saveWeighting, setResponseWeights, getWeighting } from '../../db/repos/survey-response.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { kishNeff } from '../../domain/survey/stats.ts'
import type { WeightsInput, WeightsView } from '../../shared/survey.schema.ts'
import { audit, type ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'
import { answersOf, questionnaireOf } from './survey-views.ts'
import { normaliseMargins, rakeOrRefuse } from './survey-weights.ts'

export async function setWeights(ctx: ServiceContext, surveyId: string, input: WeightsInput): Promise<WeightsView> {
  const row = await surveyFor(ctx, 'update', 'survey', surveyId)
  if (Object.keys(input.margins).length === 0) throw new DomainError('SURVEY_MARGINS_INVALID', { fields: [{ path: 'margins', code: 'SURVEY_MARGINS_EMPTY' }] })
  const margins = normaliseMargins(input.margins)
  const responses = await listAllResponses(ctx.db, row.id)
  if (responses.length === 0) throw new DomainError('SURVEY_NO_RESPONSES', undefined, 409)
  const r = rakeOrRefuse(questionnaireOf(row), responses.map(answersOf), margins)
  const at = ctx.now.toISOString()
  const weighting = {
    survey_id: row.id, margins_json: JSON.stringify(margins), n: responses.length, iterations: r.iterations, converged: r.converged ? 1 : 0,
    min_weight: Math.min(...r.weights), max_weight: Math.max(...r.weights), n_eff: kishNeff(r.weights), computed_at: at, computed_by: ctx.actor.userId,
  }
  await ctx.db.transaction().execute(async (trx) => {
    await setResponseWeights(trx, responses.map((x, i) => ({ id: x.id, weight: r.weights[i]! })))
    await saveWeighting(trx, weighting)
    await audit(trx, ctx, {
      action: 'survey.weights', resourceType: 'survey', resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path,
      details: { questions: Object.keys(margins), converged: r.converged, iterations: r.iterations },
    })
  })
  return toWeightsView(weighting)
}

/** The stored weighting as the API shows it. */
export function toWeightsView(w: { margins_json: string; n: number; iterations: number; converged: number; min_weight: number; max_weight: number; n_eff: number; computed_at: string }): WeightsView {
  return {
    margins: JSON.parse(w.margins_json), n: w.n, iterations: w.iterations, converged: w.converged === 1,
    minWeight: Number(w.min_weight), maxWeight: Number(w.max_weight), nEff: Number(w.n_eff), computedAt: w.computed_at,
  }
}

/** The survey's weighting, or null when no margins are set. */
export async function getWeights(ctx: ServiceContext, surveyId: string): Promise<WeightsView | null> {
  const row = await surveyFor(ctx, 'read', 'survey', surveyId)
  const w = await getWeighting(ctx.db, row.id)
  return w ? toWeightsView(w) : null
}
