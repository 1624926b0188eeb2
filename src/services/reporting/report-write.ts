/**
 * Every change to a report goes through here, inside the caller's transaction: the row is updated only at the version
 * the change was computed from (+1), the new state is kept as a snapshot in report_version, and the audit event is
 * written — all three land or none does. The ward report's services use it too.
 */
import type { Updateable } from 'kysely'
import type { Db } from '../../db/connect.ts'
import type { ReportTable } from '../../db/database.ts'
import { findReportById, insertReportVersion, updateReportAtVersion } from '../../db/repos/report.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { audit, type ServiceContext } from '../context.ts'
import { resourceOf, type ReportRow } from './report-access.ts'

/** 409 REPORT_VERSION_CONFLICT naming the version the report is at now. */
export function versionConflict(currentVersion: number) {
  return new DomainError('REPORT_VERSION_CONFLICT', { currentVersion, fields: [{ path: 'version', code: 'REPORT_VERSION_CONFLICT' }] }, 409)
}

/** The snapshot a version keeps: summary, sections and statistics as they are after the change. */
export function snapshotOf(r: Pick<ReportRow, 'summary' | 'sections_json' | 'stats_json'>) {
  return JSON.stringify({ summary: r.summary, sections: JSON.parse(r.sections_json), stats: r.stats_json ? JSON.parse(r.stats_json) : null })
}

/** What a change records besides the new row: the action (save, submit, return …), a comment, audit details. */
export type ReportChange = { action: string; comment?: string | null; details?: Record<string, unknown> }

/** Applies `patch` to `before` as version before.version + 1 (refused with 409 if it moved meanwhile); returns the new row. */
export async function writeReportChange(trx: Db, ctx: ServiceContext, before: ReportRow, patch: Updateable<ReportTable>, change: ReportChange): Promise<ReportRow> {
  const at = ctx.now.toISOString()
  const next: ReportRow = { ...before, ...(patch as Partial<ReportRow>), version: before.version + 1, updated_at: at }
  const ok = await updateReportAtVersion(trx, before.id, before.version, { ...patch, version: next.version, updated_at: at })
  if (!ok) throw versionConflict((await findReportById(trx, before.id))?.version ?? before.version)
  await insertReportVersion(trx, {
    report_id: before.id, version: next.version, action: change.action, status: next.status, snapshot_json: snapshotOf(next),
    comment: change.comment ?? null, actor_id: ctx.actor.userId, created_at: at,
  })
  const resource = resourceOf(before.level)
  await audit(trx, ctx, {
    action: `${resource}.${change.action}`, resourceType: resource, resourceId: before.id, unitId: before.unit_id, unitPath: before.unit_path,
    details: { version: next.version, status: next.status, ...change.details },
  })
  return next
}
