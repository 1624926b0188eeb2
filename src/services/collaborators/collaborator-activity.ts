/**
 * Collaborators' activity and allowance for a month (YYYY-MM) within the actor's scope: only records of the
 * scope count, so nothing outside it shows even as a number. Rows list every collaborator whose contract
 * covers the month, and anyone else in the roster who entered records in it (paid 0, "not covered").
 */
import { listAllCollaboratorsInScope, listCollaboratorRecords, listUnitLabels } from '../../db/repos/collaborator.repo.ts'
import { listBaseSalaries } from '../../db/repos/setting.repo.ts'
import { computeActivity, monthBounds, type AllowanceKind } from '../../domain/allowance.ts'
import type { Action } from '../../shared/enums.ts'
import type { ActivityView } from '../../shared/collaborator.schema.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { readAllowanceCondition } from './allowance-settings.ts'

export async function collaboratorActivity(ctx: ServiceContext, input: { month: string }, action: Extract<Action, 'read' | 'export'> = 'read'): Promise<ActivityView> {
  const scope = await requireScope(ctx, action, 'collaborator')
  const { first, last } = monthBounds(input.month)
  const [collaborators, records, levels, condition] = await Promise.all([
    listAllCollaboratorsInScope(ctx.db, scope),
    listCollaboratorRecords(ctx.db, { scope, from: first, to: last }),
    listBaseSalaries(ctx.db),
    readAllowanceCondition(ctx.db),
  ])
  // the sheet reads by unit code, then name as Vietnamese sorts it ("Đặng" after "Dương")
  const units = new Map((await listUnitLabels(ctx.db, collaborators.map((c) => c.unit_id))).map((u) => [u.id, u]))
  const collator = new Intl.Collator('vi')
  collaborators.sort((a, b) => (units.get(a.unit_id)?.code ?? '').localeCompare(units.get(b.unit_id)?.code ?? '') || collator.compare(a.full_name, b.full_name))
  const result = computeActivity({
    month: input.month,
    condition,
    baseSalaries: levels.map((l) => ({ amount: Number(l.amount), effectiveFrom: l.effective_from })),
    records: records.flatMap((r) => (r.entered_by ? [{ enteredBy: r.entered_by, heardOn: r.heard_on, createdAt: r.created_at, streams: Number(r.streams ?? 0) }] : [])),
    collaborators: collaborators.map((c) => ({
      id: c.id, userId: c.user_id, contractFrom: c.contract_from, contractTo: c.contract_to, allowanceKind: c.allowance_kind as AllowanceKind,
      allowanceAmount: c.allowance_amount == null ? null : Number(c.allowance_amount),
      allowanceCoefficient: c.allowance_coefficient == null ? null : Number(c.allowance_coefficient),
    })),
  })
  const byId = new Map(collaborators.map((c) => [c.id, c]))
  const rows = result.rows.map((r) => {
    const c = byId.get(r.collaboratorId)!
    const unit = units.get(c.unit_id)
    return {
      collaborator: {
        id: c.id, fullName: c.full_name, status: c.status, decisionNo: c.decision_no, userId: c.user_id,
        unit: { id: c.unit_id, code: unit?.code ?? '', name: unit?.name ?? '' },
      },
      records: r.records, streams: r.streams, onTime: r.onTime, conditionMet: r.conditionMet, covered: r.covered,
      allowanceKind: c.allowance_kind as AllowanceKind,
      allowanceCoefficient: c.allowance_coefficient == null ? null : Number(c.allowance_coefficient),
      baseSalary: r.baseSalary, allowance: r.allowance, reason: r.reason,
    }
  })
  return { month: input.month, condition, baseSalary: result.baseSalary, rows, totals: result.totals }
}
