/** The invitation codes of a survey by hint, batch and use (never the codes themselves). */
import { listInvites } from '../../db/repos/survey-response.repo.ts'
import type { InviteList } from '../../shared/survey.schema.ts'
import type { ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'

export async function listInvitesOf(ctx: ServiceContext, surveyId: string): Promise<InviteList> {
  const row = await surveyFor(ctx, 'read', 'survey', surveyId)
  const rows = await listInvites(ctx.db, row.id)
  return {
    total: rows.length,
    used: rows.filter((r) => r.used_at !== null).length,
    items: rows.map((r) => ({ id: r.id, batch: r.batch, hint: r.hint, createdAt: r.created_at, usedAt: r.used_at })),
  }
}
