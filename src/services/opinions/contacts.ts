/**
 * The restricted contact store: the name and contact of a citizen who must get an answer. Only the focal board
 * and administrators read it, each read audited; administrators erase one on request; `caunoi privacy purge`
 * deletes every contact past its retention day.
 */
import { countContactsDueBefore, deleteContactOfReport, deleteContactsDueBefore, getContactOfReport } from '../../db/repos/contact.repo.ts'
import { putSetting } from '../../db/repos/setting.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { inScope } from '../../domain/policy.ts'
import { localDay } from '../../domain/time.ts'
import type { ContactView } from '../../shared/opinion.schema.ts'
import { audit, deny, reachesRoot, requireScope, type ServiceContext } from '../context.ts'
import { findOpinionFor, inTransaction } from './opinion-access.ts'
import { RETENTION_SETTING, retentionMonths } from './opinion-rules.ts'

/** The contact of a record in the actor's contact scope; the read is audited. */
export async function readContact(ctx: ServiceContext, input: { opinionId: string }): Promise<ContactView> {
  const scope = await requireScope(ctx, 'read', 'contact')
  const report = await findOpinionFor(ctx, 'read', input.opinionId)
  if (!inScope(scope, report.unit_path)) throw new DomainError('OPINION_NOT_FOUND')
  const c = await getContactOfReport(ctx.db, report.id)
  if (!c) throw new DomainError('OPINION_CONTACT_NOT_FOUND')
  await audit(ctx.db, ctx, { action: 'contact.read', resourceType: 'opinion', resourceId: report.id, unitId: report.unit_id, unitPath: report.unit_path })
  return { fullName: c.full_name, phone: c.phone, address: c.address, note: c.note, deleteAfter: c.delete_after }
}

/** Erases the contact of one record now (a person's request, or the answer was given). */
export async function deleteContact(ctx: ServiceContext, input: { opinionId: string }): Promise<void> {
  const scope = await requireScope(ctx, 'manage', 'contact')
  const report = await findOpinionFor(ctx, 'read', input.opinionId)
  if (!inScope(scope, report.unit_path)) throw new DomainError('OPINION_NOT_FOUND')
  await inTransaction(ctx, async (trx) => {
    if ((await deleteContactOfReport(trx, report.id)) === 0) throw new DomainError('OPINION_CONTACT_NOT_FOUND')
    await audit(trx, ctx, { action: 'contact.delete', resourceType: 'opinion', resourceId: report.id, unitId: report.unit_id, unitPath: report.unit_path })
  })
}

/** Deletes every contact whose retention day has passed (`delete_after` before today); with dryRun only counts. */
export async function purgeContacts(ctx: ServiceContext, input: { dryRun?: boolean } = {}): Promise<{ purged: number; before: string; dryRun: boolean }> {
  await requireScope(ctx, 'manage', 'contact')
  const today = localDay(ctx.now)
  if (input.dryRun) return { purged: await countContactsDueBefore(ctx.db, today), before: today, dryRun: true }
  const purged = await inTransaction(ctx, async (trx) => {
    const n = await deleteContactsDueBefore(trx, today)
    await audit(trx, ctx, { action: 'contact.purge', resourceType: 'opinion_contact', details: { purged: n, before: today } })
    return n
  })
  return { purged, before: today, dryRun: false }
}

/**
 * Sets how many months after the day heard a contact is kept (system-wide: only who manages contacts at a
 * root unit). Applies to contacts recorded from now on; existing deletion days stay as they are.
 */
export async function setRetentionMonths(ctx: ServiceContext, input: { months: number }): Promise<{ months: number }> {
  const scope = await requireScope(ctx, 'manage', 'contact')
  if (!reachesRoot(scope)) await deny(ctx, 'setting.retention')
  if (!Number.isInteger(input.months) || input.months < 1 || input.months > 1200)
    throw new DomainError('VALIDATION', { fields: [{ path: 'months', code: 'FIELD_INVALID' }] })
  const before = await retentionMonths(ctx)
  await inTransaction(ctx, async (trx) => {
    await putSetting(trx, RETENTION_SETTING, input.months, ctx.now.toISOString(), ctx.actor.userId)
    await audit(trx, ctx, { action: 'setting.retention', resourceType: 'setting', resourceId: RETENTION_SETTING, details: { before, after: input.months } })
  })
  return { months: input.months }
}
