/**
 * An anonymous answer through the public link: no account, and nothing about the sender (IP address, user
 * agent, device) is stored with it or in an audit event beside it. Repeats are limited by single-use invitation
 * codes, or by the caller's in-memory rate limit when the survey takes answers without codes.
 */
import { findSurveyByToken } from '../../db/repos/survey.repo.ts'
import { findInvite, insertResponses, useInvite } from '../../db/repos/survey-response.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { PublicResponseInput } from '../../shared/survey.schema.ts'
import { newId, type ServiceContext } from '../context.ts'
import { inviteHash } from './invite-codes.ts'
import { acceptsAnswers } from './survey-rules.ts'
import { cellColumns, checkedAnswers, checkQuotaRoom, profileOf } from './response-rules.ts'
import { quotasOf } from './survey-views.ts'

export async function submitPublicResponse(ctx: ServiceContext, token: string, input: PublicResponseInput): Promise<{ ok: true }> {
  const row = await findSurveyByToken(ctx.db, token)
  if (!row || row.status === 'draft') throw new DomainError('SURVEY_NOT_FOUND')
  if (!acceptsAnswers(row, ctx.now)) throw new DomainError('SURVEY_NOT_OPEN', { status: row.status }, 409)
  const code = input.inviteCode?.trim() || null
  if (row.access === 'invite' && !code) throw new DomainError('SURVEY_INVITE_REQUIRED', { fields: [{ path: 'inviteCode', code: 'SURVEY_INVITE_REQUIRED' }] })
  const answers = checkedAnswers(row, input.answers)
  const profile = profileOf(quotasOf(row), answers)
  await checkQuotaRoom(ctx.db, row, profile)
  const at = ctx.now.toISOString()
  await ctx.db.transaction().execute(async (trx) => {
    if (code) {
      const hash = inviteHash(code)
      // used once: the update finds the code unused or nothing happens (two sends at once: one wins)
      if ((await useInvite(trx, row.id, hash, at)) === 0) {
        const known = await findInvite(trx, row.id, hash)
        throw known
          ? new DomainError('SURVEY_INVITE_USED', { fields: [{ path: 'inviteCode', code: 'SURVEY_INVITE_USED' }] }, 409)
          : new DomainError('SURVEY_INVITE_INVALID', { fields: [{ path: 'inviteCode', code: 'SURVEY_INVITE_INVALID' }] })
      }
    }
    await insertResponses(trx, [{
      id: newId(), survey_id: row.id, channel: code ? 'invite' : 'public', client_id: null, external_id: null,
      answers_json: JSON.stringify(answers), submitted_at: at, weight: 1, ...cellColumns(profile),
    }])
  })
  return { ok: true }
}
