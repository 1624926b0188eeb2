/** Checks shared by creating and editing a collaborator: unit, areas and account in reach, terms consistent. */
import type { Db } from '../../db/connect.ts'
import { findAreasByIds } from '../../db/repos/area.repo.ts'
import { findCollaboratorByUser } from '../../db/repos/collaborator.repo.ts'
import { findUnitInScope } from '../../db/repos/unit.repo.ts'
import { findUserInScope } from '../../db/repos/user.repo.ts'
import { checkTerms, type AllowanceTerms } from '../../domain/allowance.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import { fold } from '../../text/fold.ts'
import { reachesRoot } from '../context.ts'

/** The collaborator's unit, which must lie in the actor's scope. */
export async function checkUnit(db: Db, unitId: string, scope: string[]) {
  const unit = await findUnitInScope(db, unitId, scope)
  if (!unit) throw new DomainError('UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'UNIT_NOT_FOUND' }] })
  return unit
}

/**
 * Areas a collaborator may cover: those owned by a unit in the actor's scope, or by the collaborator's unit or
 * one above it (the ward owns its tổ dân phố; a collaborator of a residential cell covers some of them).
 */
export async function checkAreas(db: Db, areaIds: string[], scope: string[], unitPath: string): Promise<string[]> {
  const unique = [...new Set(areaIds)]
  const found = await findAreasByIds(db, unique)
  const ok = found.filter((a) => inScope(scope, a.unit_path) || unitPath.startsWith(a.unit_path))
  if (ok.length !== unique.length) throw new DomainError('AREA_NOT_FOUND', { fields: [{ path: 'areaIds', code: 'AREA_NOT_FOUND' }] })
  return unique
}

/** The account to link: visible in the actor's scope and not linked to another collaborator. */
export async function checkUser(db: Db, userId: string, scope: string[], exceptCollaboratorId?: string) {
  const user = await findUserInScope(db, userId, scope, reachesRoot(scope))
  if (!user) throw new DomainError('USER_NOT_FOUND', { fields: [{ path: 'userId', code: 'USER_NOT_FOUND' }] })
  const linked = await findCollaboratorByUser(db, userId)
  if (linked && linked.id !== exceptCollaboratorId)
    throw new DomainError('COLLABORATOR_USER_TAKEN', { fields: [{ path: 'userId', code: 'COLLABORATOR_USER_TAKEN' }] })
}

/** Refuses inconsistent terms with every bad field named. */
export function requireTerms(t: AllowanceTerms & { status: string }) {
  const fields = checkTerms(t)
  if (fields.length > 0) throw new DomainError('VALIDATION', { fields })
}

/** The folded text the roster search matches: name, phone and decision number ("hoang thi mai 0912… 12-qd/du"). */
export function collaboratorSearchText(r: { full_name: string; phone: string | null; decision_no: string | null }): string {
  return fold([r.full_name, r.phone ?? '', r.decision_no ?? ''].join(' '))
}
