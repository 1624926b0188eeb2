/** Generates N single-use invitation codes for a survey; the codes are returned once and stored as hashes. */
import { insertInvites } from '../../db/repos/survey-response.repo.ts'
import type { InviteBatch } from '../../shared/survey.schema.ts'
import { audit, newId, type ServiceContext } from '../context.ts'
import { inviteHash, inviteHint, newInviteCode } from './invite-codes.ts'
import { surveyFor } from './survey-access.ts'

/** `linkOf` gives the public page's address for the survey's token ("https://…/khao-sat/<token>"). */
export async function createInvites(ctx: ServiceContext, surveyId: string, count: number, linkOf: (token: string) => string): Promise<InviteBatch> {
  const row = await surveyFor(ctx, 'manage', 'survey', surveyId)
  const linkBase = linkOf(row.public_token)
  const at = ctx.now.toISOString()
  const batch = newId()
  const codes = new Set<string>()
  while (codes.size < count) codes.add(newInviteCode())
  const list = [...codes]
  await ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < list.length; i += 500) {
      await insertInvites(trx, list.slice(i, i + 500).map((code) => ({ id: newId(), survey_id: row.id, batch, code_hash: inviteHash(code), hint: inviteHint(code), created_at: at, used_at: null })))
    }
    await audit(trx, ctx, { action: 'survey.invites', resourceType: 'survey', resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path, details: { batch, count } })
  })
  return { batch, codes: list.map((code) => ({ code, link: `${linkBase}${linkBase.includes('?') ? '&' : '?'}ma=${encodeURIComponent(code)}` })) }
}
