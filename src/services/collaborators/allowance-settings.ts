/**
 * Settings of the allowance: the levels of mức lương cơ sở (each with the day it takes effect) and the monthly
 * condition. Both are system-wide, so only an actor who may edit collaborators at a root unit changes them
 * (the admin, or a focal board at the top of the tree); everyone who reads the roster reads them.
 */
import { findBaseSalaryFrom, getSetting, insertBaseSalary, listBaseSalaries, putSetting, updateBaseSalaryAmount } from '../../db/repos/setting.repo.ts'
import { DEFAULT_ALLOWANCE_CONDITION, baseSalaryOn, type AllowanceCondition } from '../../domain/allowance.ts'
import { scopeOf } from '../../domain/policy.ts'
import { localDay } from '../../domain/time.ts'
import type { AllowanceConditionInput, BaseSalaryInput, BaseSalaryList, BaseSalaryView } from '../../shared/collaborator.schema.ts'
import { allowanceConditionInput } from '../../shared/collaborator.schema.ts'
import { audit, deny, newId, reachesRoot, requireScope, type ServiceContext } from '../context.ts'

/** Setting key of the allowance condition. */
export const ALLOWANCE_SETTING = 'collaborator.allowanceCondition'

/** Refuses anyone who may not edit collaborators at a root unit. */
async function requireRootEditor(ctx: ServiceContext, action: string) {
  const scope = await requireScope(ctx, 'update', 'collaborator')
  if (!reachesRoot(scope)) await deny(ctx, action)
}

function toView(r: { id: string; amount: number; effective_from: string; created_at: string }): BaseSalaryView {
  return { id: r.id, amount: Number(r.amount), effectiveFrom: r.effective_from, createdAt: r.created_at }
}

/** Every level, newest first, the one in force today, and whether the caller may change the settings. */
export async function listBaseSalaryLevels(ctx: ServiceContext): Promise<BaseSalaryList> {
  await requireScope(ctx, 'read', 'collaborator')
  const items = (await listBaseSalaries(ctx.db)).map(toView)
  const today = localDay(ctx.now)
  const current = baseSalaryOn(items, today)
  return {
    items, current: current ? items.find((i) => i.effectiveFrom === current.effectiveFrom)! : null,
    canEdit: reachesRoot(scopeOf(ctx.actor, 'update', 'collaborator')),
  }
}

/** Adds a level; a level for the same day has its amount corrected instead (sending it twice changes nothing). */
export async function setBaseSalary(ctx: ServiceContext, input: BaseSalaryInput): Promise<BaseSalaryView> {
  await requireRootEditor(ctx, 'setting.base_salary')
  const existing = await findBaseSalaryFrom(ctx.db, input.effectiveFrom)
  const row = existing ? { ...existing, amount: input.amount } : { id: newId(), amount: input.amount, effective_from: input.effectiveFrom, created_at: ctx.now.toISOString() }
  await ctx.db.transaction().execute(async (trx) => {
    if (existing) await updateBaseSalaryAmount(trx, existing.id, input.amount)
    else await insertBaseSalary(trx, row)
    await audit(trx, ctx, {
      action: 'setting.base_salary', resourceType: 'base_salary', resourceId: row.id,
      details: { effectiveFrom: input.effectiveFrom, amount: input.amount, before: existing ? Number(existing.amount) : null },
    })
  })
  return toView(row)
}

/** The condition in force (the default, at least one record, until an admin sets one). */
export async function readAllowanceCondition(db: ServiceContext['db']): Promise<AllowanceCondition> {
  const parsed = allowanceConditionInput.safeParse(await getSetting(db, ALLOWANCE_SETTING))
  return parsed.success ? parsed.data : DEFAULT_ALLOWANCE_CONDITION
}

export async function getAllowanceCondition(ctx: ServiceContext): Promise<AllowanceCondition> {
  await requireScope(ctx, 'read', 'collaborator')
  return readAllowanceCondition(ctx.db)
}

export async function setAllowanceCondition(ctx: ServiceContext, input: AllowanceConditionInput): Promise<AllowanceCondition> {
  await requireRootEditor(ctx, 'setting.allowance')
  const before = await readAllowanceCondition(ctx.db)
  const value = { minRecords: input.minRecords, requireOnTime: input.requireOnTime }
  await ctx.db.transaction().execute(async (trx) => {
    await putSetting(trx, ALLOWANCE_SETTING, value, ctx.now.toISOString(), ctx.actor.userId)
    await audit(trx, ctx, { action: 'setting.allowance', resourceType: 'setting', resourceId: ALLOWANCE_SETTING, details: { before, after: value } })
  })
  return value
}
