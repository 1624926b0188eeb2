/** Resolves a session cookie or an API token to the acting user, enforcing idle and absolute expiry. */
import type { Db } from '../../db/connect.ts'
import { deleteSession, findApiTokenByHash, findSessionByTokenHash, markApiTokenUsed, touchSession } from '../../db/repos/auth.repo.ts'
import type { AppConfig } from '../../config.ts'
import type { Actor } from '../../domain/policy.ts'
import { hashToken } from './secrets.ts'
import { loadActor } from './load-actor.ts'

export type Authenticated = {
  actor: Actor
  sessionId: string | null
  /** a temporary password is in use: only the password change (and sign-out) is open */
  mustChangePassword: boolean
}

/** The actor behind a session token, or null when the session is unknown, idle too long, past its end or its user is disabled. */
export async function authenticateSession(db: Db, config: AppConfig, token: string, now: Date): Promise<Authenticated | null> {
  const s = await findSessionByTokenHash(db, hashToken(token))
  if (!s) return null
  const idleLimit = new Date(s.last_seen_at).getTime() + config.sessionIdleMinutes * 60_000
  if (s.active !== 1 || now.toISOString() >= s.expires_at || now.getTime() >= idleLimit) {
    await deleteSession(db, s.id)
    return null
  }
  // write at most once a minute, so reads do not turn into writes
  if (now.getTime() - new Date(s.last_seen_at).getTime() > 60_000) await touchSession(db, s.id, now.toISOString())
  return { actor: await loadActor(db, s.user_id, s.username, 'session'), sessionId: s.id, mustChangePassword: s.must_change_password === 1 }
}

/** The actor behind a personal API token (`Authorization: Bearer cnt_…`), or null. */
export async function authenticateToken(db: Db, token: string, now: Date): Promise<Authenticated | null> {
  const t = await findApiTokenByHash(db, hashToken(token))
  if (!t || t.revoked_at || t.active !== 1) return null
  if (t.expires_at && now.toISOString() >= t.expires_at) return null
  // like sessions: write "last used" at most once a minute, so that every API read does not become a write
  if (!t.last_used_at || now.getTime() - new Date(t.last_used_at).getTime() > 60_000) await markApiTokenUsed(db, t.id, now.toISOString())
  return { actor: await loadActor(db, t.user_id, t.username, 'token'), sessionId: null, mustChangePassword: false }
}
