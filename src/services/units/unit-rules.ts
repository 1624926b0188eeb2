/** Checks shared by the unit use cases (create, edit, move, import). */
import type { Db } from '../../db/connect.ts'
import { findAreasByIds } from '../../db/repos/area.repo.ts'
import { findUnitsByCodes } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'

/** The given areas, all of which must exist and lie in the scope; returns their codes for the history. */
export async function checkAreas(db: Db, areaIds: string[], scope: string[]): Promise<string[]> {
  const unique = [...new Set(areaIds)]
  const found = await findAreasByIds(db, unique)
  const visible = found.filter((a) => inScope(scope, a.unit_path))
  if (visible.length !== unique.length) throw new DomainError('AREA_NOT_FOUND', { fields: [{ path: 'areaIds', code: 'AREA_NOT_FOUND' }] })
  return visible.map((a) => a.code).sort()
}

/** Refuses a code already held by another unit. */
export async function checkCodeFree(db: Db, code: string, exceptId?: string) {
  const [taken] = await findUnitsByCodes(db, [code])
  if (taken && taken.id !== exceptId) throw new DomainError('UNIT_CODE_TAKEN', { fields: [{ path: 'code', code: 'UNIT_CODE_TAKEN' }] })
}

/** The path of a unit under a parent: "/root/…/parent/" + id + "/". */
export function childPath(parentPath: string | null, id: string): string {
  return `${parentPath ?? '/'}${id}/`
}

/** Depth of a unit from its path: "/a/" is 0, "/a/b/" is 1. */
export function depthOf(path: string): number {
  return path.split('/').length - 3
}
