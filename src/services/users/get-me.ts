/** The signed-in user's own account, roles and what the web app may offer them. */
import { getUserById } from '../../db/repos/user.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { permissionsOf, scopesOf } from '../../domain/policy.ts'
import type { MeView } from '../../shared/schemas.ts'
import type { ServiceContext } from '../context.ts'
import { toUserViews } from './user-views.ts'

export async function getMe(ctx: ServiceContext): Promise<MeView> {
  if (ctx.actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED')
  const row = await getUserById(ctx.db, ctx.actor.userId)
  if (!row) throw new DomainError('UNAUTHENTICATED')
  const [view] = await toUserViews(ctx.db, [row])
  return { ...view!, permissions: permissionsOf(ctx.actor), scopes: scopesOf(ctx.actor) as MeView['scopes'] }
}
