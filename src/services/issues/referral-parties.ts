/**
 * Who stands behind a referral: the ward board that oversees the issue (the nearest Ban Xây dựng Đảng above the
 * issue's unit), the units a referral may go to, and who is told when it is made, falls due or is answered.
 */
import type { Db } from '../../db/connect.ts'
import { listResponsibleOfficers, listRoleHoldersAbove } from '../../db/repos/issue.repo.ts'

/** The focal board of the issue's ward: focal holders at the nearest unit at or above the issue's unit that has any. */
export async function focalBoardOf(db: Db, issueUnitPath: string): Promise<{ path: string | null; userIds: string[] }> {
  const holders = await listRoleHoldersAbove(db, 'focal', issueUnitPath)
  if (holders.length === 0) return { path: null, userIds: [] }
  const nearest = holders.reduce((a, b) => (b.path.length > a.path.length ? b : a)).path
  return { path: nearest, userIds: [...new Set(holders.filter((h) => h.path === nearest).map((h) => h.user_id))] }
}

/**
 * Who must answer a referral and is reminded of it: the responsible officer of the target unit; for an outside
 * agency, or a unit without a responsible officer, the focal board of the issue's ward.
 */
export async function referralAnswerers(db: Db, referral: { to_unit_id: string | null }, issueUnitPath: string): Promise<string[]> {
  if (referral.to_unit_id) {
    const officers = await listResponsibleOfficers(db, [referral.to_unit_id])
    if (officers.length > 0) return [...new Set(officers.map((o) => o.user_id))]
  }
  return (await focalBoardOf(db, issueUnitPath)).userIds
}
