/** What the compliance board reads besides reports and extensions: where the focal boards sit. No rules. */
import type { Db } from '../connect.ts'

/** The units (id and path) at which an active account holds the focal role (Ban Xây dựng Đảng): the boards that receive reports. */
export function listFocalUnits(db: Db) {
  return db
    .selectFrom('role_assignment as g').innerJoin('app_user as u', 'u.id', 'g.user_id').innerJoin('unit as n', 'n.id', 'g.unit_id')
    .select(['n.id', 'n.path']).distinct()
    .where('g.role', '=', 'focal').where('u.active', '=', 1)
    .execute()
}
