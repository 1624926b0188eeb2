/** Checks shared by the meeting use cases: the unit and area in reach, the delegates' names. */
import type { Db } from '../../db/connect.ts'
import { getAreaById } from '../../db/repos/area.repo.ts'
import { findUnitInScope } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import { clean } from '../../text/fold.ts'

/** The organising unit, which must lie in the actor's scope. */
export async function checkMeetingUnit(db: Db, unitId: string, scope: string[]) {
  const unit = await findUnitInScope(db, unitId, scope)
  if (!unit) throw new DomainError('UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'UNIT_NOT_FOUND' }] })
  return unit
}

/**
 * The area where the meeting was held: one owned by a unit in the actor's scope, or by the organising unit or
 * a unit above it (the delegates' group meets voters in the ward's tổ dân phố).
 */
export async function checkMeetingArea(db: Db, areaId: string, scope: string[], unitPath: string) {
  const area = await getAreaById(db, areaId)
  if (!area || !(inScope(scope, area.unit_path) || unitPath.startsWith(area.unit_path)))
    throw new DomainError('AREA_NOT_FOUND', { fields: [{ path: 'areaId', code: 'AREA_NOT_FOUND' }] })
  return area
}

/** "Nguyễn Văn A\n\n  Trần Thị B " or ["Nguyễn Văn A", "Trần Thị B"] → the names, one per line, blanks dropped. */
export function normaliseDelegates(input: string | string[]): string {
  const names = (Array.isArray(input) ? input : input.split(/\r?\n/)).map((n) => clean(n)).filter(Boolean)
  if (names.length > 50 || names.some((n) => n.length > 120)) throw new DomainError('VALIDATION', { fields: [{ path: 'delegates', code: 'FIELD_TOO_LONG' }] })
  return names.join('\n')
}
