/** Accounts the actor may see, a page at a time, with the total under the same scope. */
import { countUsersInScope, findUserInScope, listUsersInScope } from '../../db/repos/user.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { reachesRoot, requireScope, type ServiceContext } from '../context.ts'
import { toUserViews } from './user-views.ts'

export async function listUsers(ctx: ServiceContext, input: { q?: string; page: number; pageSize: number }) {
  const scope = await requireScope(ctx, 'read', 'user')
  const opts = { scope, rootVisible: reachesRoot(scope), q: input.q?.trim() || undefined }
  const [rows, total] = await Promise.all([
    listUsersInScope(ctx.db, { ...opts, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }),
    countUsersInScope(ctx.db, opts),
  ])
  return { items: await toUserViews(ctx.db, rows), total }
}

/** One account by id; outside the actor's scope it does not exist. */
export async function getUser(ctx: ServiceContext, input: { userId: string }) {
  const scope = await requireScope(ctx, 'read', 'user')
  const row = await findUserInScope(ctx.db, input.userId, scope, reachesRoot(scope))
  if (!row) throw new DomainError('USER_NOT_FOUND')
  return (await toUserViews(ctx.db, [row]))[0]!
}
