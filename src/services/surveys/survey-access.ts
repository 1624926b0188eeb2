/** Which surveys the actor reaches: by the survey's owner unit; outside the scope a survey is "not found" (404). */
import { findSurveyInScope, type SurveyRow } from '../../db/repos/survey.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { EVERYWHERE, selfAndAncestorPaths, type Actor } from '../../domain/policy.ts'
import type { Action, Resource } from '../../shared/enums.ts'
import { requireScope, type ServiceContext } from '../context.ts'

/** One survey the actor may `action` on `resource` (survey or survey_response); any other id is SURVEY_NOT_FOUND. */
export async function surveyFor(ctx: ServiceContext, action: Action, resource: Resource, surveyId: string): Promise<SurveyRow> {
  const scope = await requireScope(ctx, action, resource)
  const row = await findSurveyInScope(ctx.db, surveyId, scope)
  if (!row) throw new DomainError('SURVEY_NOT_FOUND')
  return row
}

/**
 * The paths under which an interviewer may enter answers: a survey owned by their unit or below it, and also a
 * survey owned by a unit above theirs — a ward survey is fielded by the cells and organisations of the ward.
 */
export function fieldworkPaths(scope: string[]): string[] {
  if (scope.includes(EVERYWHERE)) return [EVERYWHERE]
  return [...new Set(scope.flatMap(selfAndAncestorPaths))]
}

/** Whether a survey owned at `surveyPath` is in an interviewer's reach (see fieldworkPaths). */
export function inFieldworkReach(scope: string[], surveyPath: string): boolean {
  return scope.some((s) => s === EVERYWHERE || surveyPath.startsWith(s) || s.startsWith(surveyPath))
}

/** Results are hidden from everybody while a survey is open, unless its admin chose otherwise. */
export function resultsHidden(row: SurveyRow): boolean {
  return row.status === 'open' && row.results_visible_while_open !== 1
}

/** Refuses reading results (results, cross-tabs, open answers, trends) of a survey whose results are hidden. */
export function requireResultsVisible(row: SurveyRow) {
  if (resultsHidden(row)) throw new DomainError('SURVEY_RESULTS_HIDDEN', undefined, 409)
}

export function isSystem(actor: Actor) {
  return actor.kind === 'system'
}
