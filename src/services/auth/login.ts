/** Signs a user in with username and password; throttles failures per account; never tells which part was wrong. */
import { countFailedLogins, firstFailedLoginSince, insertLoginAttempt, insertSession } from '../../db/repos/auth.repo.ts'
import { getUserByUsername, updateUserRow } from '../../db/repos/user.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { audit, newId, type ServiceContext } from '../context.ts'
import { hashToken, newToken, verifyAgainstDummy, verifyPassword } from './secrets.ts'
import { homePath, loadActor } from './load-actor.ts'

type LoginInput = {
  username: string
  password: string
  userAgent: string | null
}

export type LoginResult = { token: string; userId: string; expiresAt: string }

/** Returns a new session token; throws AUTH_INVALID or AUTH_TOO_MANY_ATTEMPTS. */
export async function login(
  ctx: ServiceContext,
  input: LoginInput,
): Promise<LoginResult> {
  const username = input.username.trim().toLowerCase().normalize('NFC').slice(0, 200)
  const windowStart = new Date(ctx.now.getTime() - ctx.config.failedLoginWindowMinutes * 60_000).toISOString()

  // counted per username whether or not it exists, so the lockout says nothing about which accounts exist
  const failures = await countFailedLogins(ctx.db, username, windowStart)
  if (failures >= ctx.config.maxFailedLogins) {
    const first = await firstFailedLoginSince(ctx.db, username, windowStart)
    const freeAt = new Date(first ? first.at : ctx.now.toISOString()).getTime() + ctx.config.failedLoginWindowMinutes * 60_000
    const minutes = Math.max(1, Math.ceil((freeAt - ctx.now.getTime()) / 60_000))
    await audit(ctx.db, ctx, { action: 'auth.login', outcome: 'denied', actor: { id: null, username }, details: { reason: 'throttled' } })
    throw new DomainError('AUTH_TOO_MANY_ATTEMPTS', { minutes })
  }

  const user = await getUserByUsername(ctx.db, username)
  const ok = user && user.active === 1 ? await verifyPassword(user.password_hash, input.password) : await verifyAgainstDummy(input.password)
  if (!user || !ok || user.active !== 1) {
    await ctx.db.transaction().execute(async (trx) => {
      await insertLoginAttempt(trx, { username, at: ctx.now.toISOString(), success: 0, ip: ctx.ip })
      const unitPath = user ? homePath(await loadActor(trx, user.id, user.username, 'session')) : null
      await audit(trx, ctx, {
        action: 'auth.login', outcome: 'failure', resourceType: 'user', resourceId: user?.id ?? null, unitPath,
        actor: { id: user?.id ?? null, username },
      })
    })
    throw new DomainError('AUTH_INVALID')
  }

  const token = newToken('cns_')
  const expiresAt = new Date(ctx.now.getTime() + ctx.config.sessionMaxHours * 3_600_000).toISOString()
  const actor = await loadActor(ctx.db, user.id, user.username, 'session')
  await ctx.db.transaction().execute(async (trx) => {
    await insertSession(trx, {
      id: newId(),
      token_hash: hashToken(token),
      user_id: user.id,
      created_at: ctx.now.toISOString(),
      last_seen_at: ctx.now.toISOString(),
      expires_at: expiresAt,
      ip: ctx.ip,
      user_agent: input.userAgent?.slice(0, 300) ?? null,
    })
    await insertLoginAttempt(trx, { username, at: ctx.now.toISOString(), success: 1, ip: ctx.ip })
    await updateUserRow(trx, user.id, { last_login_at: ctx.now.toISOString() })
    await audit(trx, { ...ctx, actor }, { action: 'auth.login', resourceType: 'user', resourceId: user.id, unitPath: homePath(actor) })
  })
  return { token, userId: user.id, expiresAt }
}
