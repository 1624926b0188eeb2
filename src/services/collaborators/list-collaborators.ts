/** The roster: a page of collaborators in the actor's scope (search ignores accents), and one by id. */
import { countCollaborators, getCollaboratorById, listCollaborators } from '../../db/repos/collaborator.repo.ts'
import { findUnitInScope } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import type { CollaboratorQuery } from '../../shared/collaborator.schema.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { toCollaboratorViews } from './collaborator-views.ts'

export async function listCollaboratorRoster(ctx: ServiceContext, input: CollaboratorQuery) {
  const scope = await requireScope(ctx, 'read', 'collaborator')
  let underPath: string | undefined
  if (input.unitId) {
    // a unit outside the scope filters to nothing, as if it did not exist
    const unit = await findUnitInScope(ctx.db, input.unitId, scope)
    if (!unit) return { items: [], total: 0 }
    underPath = unit.path
  }
  const filter = { scope, underPath, status: input.status, q: input.q?.trim() || undefined }
  const [rows, total] = await Promise.all([
    listCollaborators(ctx.db, { ...filter, limit: input.pageSize, offset: (input.page - 1) * input.pageSize }),
    countCollaborators(ctx.db, filter),
  ])
  return { items: await toCollaboratorViews(ctx.db, rows), total }
}

/** One collaborator; outside the actor's scope it does not exist. */
export async function getCollaborator(ctx: ServiceContext, input: { collaboratorId: string }) {
  const scope = await requireScope(ctx, 'read', 'collaborator')
  const row = await getCollaboratorById(ctx.db, input.collaboratorId)
  if (!row || !inScope(scope, row.unit_path)) throw new DomainError('COLLABORATOR_NOT_FOUND')
  return (await toCollaboratorViews(ctx.db, [row]))[0]!
}
