/**
 * Interviewer and paper entry (survey_response.create). The device makes a client id when the answer is
 * written, offline too: sending it again returns the same response and writes nothing. Answers given before the
 * survey closed are still taken after closing (an outbox that comes back online late).
 */
import { findSurveyById } from '../../db/repos/survey.repo.ts'
import { findResponseByClientId, insertResponses } from '../../db/repos/survey-response.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { InterviewerResponseInput, ResponseView } from '../../shared/survey.schema.ts'
import { audit, newId, requireScope, type ServiceContext } from '../context.ts'
import { isUniqueViolation } from '../opinions/create-opinion.ts'
import { inFieldworkReach } from './survey-access.ts'
import { acceptsAnswers } from './survey-rules.ts'
import { cellColumns, checkedAnswers, checkQuotaRoom, profileOf } from './response-rules.ts'
import { quotasOf, toResponseView } from './survey-views.ts'

export type SubmitResponseResult = { response: ResponseView; created: boolean }

export async function submitResponse(ctx: ServiceContext, surveyId: string, input: InterviewerResponseInput): Promise<SubmitResponseResult> {
  const scope = await requireScope(ctx, 'create', 'survey_response')
  const row = await findSurveyById(ctx.db, surveyId)
  if (!row || !inFieldworkReach(scope, row.unit_path)) throw new DomainError('SURVEY_NOT_FOUND')
  const existing = await findResponseByClientId(ctx.db, row.id, input.clientId)
  if (existing) return { response: toResponseView(existing), created: false }

  const submittedAt = input.submittedAt ? new Date(input.submittedAt) : ctx.now
  if (submittedAt.getTime() > ctx.now.getTime() + 5 * 60_000) throw new DomainError('SURVEY_SUBMITTED_IN_FUTURE', { fields: [{ path: 'submittedAt', code: 'SURVEY_SUBMITTED_IN_FUTURE' }] })
  const answeredWhileOpen = row.status === 'closed' && row.closed_at !== null && submittedAt.toISOString() <= row.closed_at
  if (!acceptsAnswers(row, ctx.now) && !answeredWhileOpen) throw new DomainError('SURVEY_NOT_OPEN', { status: row.status }, 409)
  const answers = checkedAnswers(row, input.answers)
  const profile = profileOf(quotasOf(row), answers)
  if (row.status === 'open') await checkQuotaRoom(ctx.db, row, profile)
  const response = {
    id: newId(), survey_id: row.id, channel: input.channel, client_id: input.clientId, external_id: null,
    answers_json: JSON.stringify(answers), submitted_at: submittedAt.toISOString(), weight: 1, ...cellColumns(profile),
  }
  try {
    await ctx.db.transaction().execute(async (trx) => {
      await insertResponses(trx, [response])
      // the answer's id is not in the event: nothing ties an account to an answer beyond the interviewer's own device
      await audit(trx, ctx, { action: 'survey_response.create', resourceType: 'survey', resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path, details: { channel: input.channel } })
    })
  } catch (e) {
    // the same outbox item sent twice at once: the second finds the first
    if (isUniqueViolation(e)) {
      const again = await findResponseByClientId(ctx.db, row.id, input.clientId)
      if (again) return { response: toResponseView(again), created: false }
    }
    throw e
  }
  return { response: toResponseView(response), created: true }
}
