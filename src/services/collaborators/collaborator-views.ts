/** Turns collaborator rows into the API's CollaboratorView, with units, areas, groups and linked accounts. */
import type { Db } from '../../db/connect.ts'
import type { CollaboratorTable } from '../../db/database.ts'
import { listAreasOfCollaborators, listGroupsOfCollaborators, listUnitLabels, listUserLabels } from '../../db/repos/collaborator.repo.ts'
import type { Selectable } from 'kysely'
import type { CollaboratorView } from '../../shared/collaborator.schema.ts'

export type CollaboratorRow = Selectable<CollaboratorTable>

export async function toCollaboratorViews(db: Db, rows: CollaboratorRow[]): Promise<CollaboratorView[]> {
  const ids = rows.map((r) => r.id)
  const [units, users, areas, groups] = await Promise.all([
    listUnitLabels(db, rows.map((r) => r.unit_id)),
    listUserLabels(db, rows.flatMap((r) => (r.user_id ? [r.user_id] : []))),
    listAreasOfCollaborators(db, ids),
    listGroupsOfCollaborators(db, ids),
  ])
  const unitById = new Map(units.map((u) => [u.id, u]))
  const userById = new Map(users.map((u) => [u.id, u]))
  return rows.map((r) => {
    const unit = unitById.get(r.unit_id)
    const user = r.user_id ? userById.get(r.user_id) : undefined
    return {
      id: r.id,
      fullName: r.full_name,
      phone: r.phone,
      unit: { id: r.unit_id, code: unit?.code ?? '', name: unit?.name ?? '' },
      areas: areas.filter((a) => a.collaborator_id === r.id).map((a) => ({ id: a.id, code: a.code, name: a.name })),
      groups: groups.filter((g) => g.collaborator_id === r.id).map((g) => g.grp),
      decisionNo: r.decision_no,
      decisionOn: r.decision_on,
      contractFrom: r.contract_from,
      contractTo: r.contract_to,
      allowanceKind: r.allowance_kind as CollaboratorView['allowanceKind'],
      allowanceAmount: r.allowance_amount == null ? null : Number(r.allowance_amount),
      allowanceCoefficient: r.allowance_coefficient == null ? null : Number(r.allowance_coefficient),
      status: r.status as CollaboratorView['status'],
      user: user ? { id: user.id, username: user.username, fullName: user.full_name } : null,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    }
  })
}
