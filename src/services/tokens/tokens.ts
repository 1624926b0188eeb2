/** Personal API tokens for scripts: an admin issues them for accounts in scope, and revokes them. */
import { getApiTokenById, insertApiToken, listApiTokensOfUsers, revokeApiTokenRow } from '../../db/repos/auth.repo.ts'
import { findUserInScope, listUsersInScope } from '../../db/repos/user.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { startOfLocalDay } from '../../domain/time.ts'
import type { CreateTokenInput, TokenView } from '../../shared/schemas.ts'
import { clean } from '../../text/fold.ts'
import { hashToken, newToken } from '../auth/secrets.ts'
import { audit, deny, newId, reachesRoot, requireScope, type ServiceContext } from '../context.ts'
import { homeUnitOf, isFullyInScope } from '../users/user-views.ts'

type TokenRow = Awaited<ReturnType<typeof listApiTokensOfUsers>>[number]
function toView(t: TokenRow): TokenView {
  return {
    id: t.id, userId: t.user_id, username: t.username, name: t.name, createdAt: t.created_at,
    expiresAt: t.expires_at, revokedAt: t.revoked_at, lastUsedAt: t.last_used_at,
  }
}

/** Tokens of the accounts the actor may manage. */
export async function listTokens(ctx: ServiceContext) {
  const scope = await requireScope(ctx, 'read', 'api_token')
  const users = await listUsersInScope(ctx.db, { scope, rootVisible: reachesRoot(scope), limit: 100_000, offset: 0 })
  const items = (await listApiTokensOfUsers(ctx.db, users.map((u) => u.id))).map(toView)
  return { items }
}

/** Issues a token; the secret is returned once and only its hash is kept. */
export async function createToken(ctx: ServiceContext, input: CreateTokenInput) {
  const scope = await requireScope(ctx, 'create', 'api_token')
  const user = await findUserInScope(ctx.db, input.userId, scope, reachesRoot(scope))
  if (!user) throw new DomainError('USER_NOT_FOUND', { fields: [{ path: 'userId', code: 'USER_NOT_FOUND' }] })
  // a token acts with all of the account's roles: only someone who holds all of them may issue it
  if (!(await isFullyInScope(ctx.db, user, scope))) await deny(ctx, 'api_token.create', { resourceType: 'user', resourceId: user.id })
  const token = newToken('cnt_')
  const row = {
    id: newId(), user_id: user.id, name: clean(input.name), token_hash: hashToken(token), created_at: ctx.now.toISOString(),
    created_by: ctx.actor.userId, expires_at: input.expiresOn ? startOfLocalDay(input.expiresOn).toISOString() : null,
    revoked_at: null, last_used_at: null,
  }
  const home = await homeUnitOf(ctx.db, user)
  await ctx.db.transaction().execute(async (trx) => {
    await insertApiToken(trx, row)
    await audit(trx, ctx, { action: 'api_token.create', resourceType: 'api_token', resourceId: row.id, ...home, details: { userId: user.id, name: row.name } })
  })
  return { token, item: toView({ ...row, username: user.username }) }
}

/** Revokes a token at once. */
export async function revokeToken(ctx: ServiceContext, input: { tokenId: string }) {
  const scope = await requireScope(ctx, 'manage', 'api_token')
  const t = await getApiTokenById(ctx.db, input.tokenId)
  const user = t ? await findUserInScope(ctx.db, t.user_id, scope, reachesRoot(scope)) : undefined
  if (!t || !user) throw new DomainError('TOKEN_NOT_FOUND')
  if (!(await isFullyInScope(ctx.db, user, scope))) await deny(ctx, 'api_token.revoke', { resourceType: 'api_token', resourceId: t.id })
  if (t.revoked_at) return
  const home = await homeUnitOf(ctx.db, user)
  await ctx.db.transaction().execute(async (trx) => {
    await revokeApiTokenRow(trx, t.id, ctx.now.toISOString())
    await audit(trx, ctx, { action: 'api_token.revoke', resourceType: 'api_token', resourceId: t.id, ...home })
  })
}
