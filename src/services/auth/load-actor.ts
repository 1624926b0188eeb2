/** Builds the acting user's grants (roles with their unit paths) from the database. */
import type { Db } from '../../db/connect.ts'
import { listRolesOfUsers } from '../../db/repos/user.repo.ts'
import { outermostGrantPath, type Actor } from '../../domain/policy.ts'
import type { Role } from '../../shared/enums.ts'

export async function loadActor(db: Db, userId: string, username: string, via: 'session' | 'token'): Promise<Actor> {
  const roles = await listRolesOfUsers(db, [userId])
  return {
    kind: 'user',
    userId,
    username,
    via,
    grants: roles.map((r) => ({ role: r.role as Role, unitId: r.unit_id, unitPath: r.unit_path })),
  }
}

/** The path to file a user's own events under (sign-ins): their outermost role unit, if any. */
export const homePath = outermostGrantPath
