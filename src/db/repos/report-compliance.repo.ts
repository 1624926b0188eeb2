/** What the compliance board reads besides reports and extensions: where the focal boards sit. No rules. */
import type { Db } from '../connect.ts'

/** The units at which an active account holds the focal role (Ban Xây dựng Đảng): the boards that receive reports. */
export async function listFocalUnitIds(db: Db): Promise<Set<string>> {
  const rows = await db
    .selectFrom('role_assignment as g').innerJoin('app_user as u', 'u.id', 'g.user_id')
    .select('g.unit_id').distinct()
    .where('g.role', '=', 'focal').where('u.active', '=', 1)
    .execute()
  return new Set(rows.map((r) => r.unit_id))
}
