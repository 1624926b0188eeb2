/**
 * Deletes an opinion record with its streams, contact and attachments: for a record entered by mistake or a
 * person's request to erase what concerns them. Only the focal board and administrators (opinion.manage);
 * the audit event keeps what was deleted, without its text.
 */
import { listAttachmentsOfReports, shasInUse } from '../../db/repos/attachment.repo.ts'
import { deleteOpinionRow, listStreamsOfReports } from '../../db/repos/opinion.repo.ts'
import { rollupReports } from '../../db/repos/rollup.repo.ts'
import { audit, type ServiceContext } from '../context.ts'
import { findOpinionFor, inTransaction } from './opinion-access.ts'
import { removeAttachmentFiles } from './attachment-store.ts'

export async function deleteOpinion(ctx: ServiceContext, input: { opinionId: string }): Promise<void> {
  const report = await findOpinionFor(ctx, 'manage', input.opinionId)
  const [attachments, streams] = await Promise.all([listAttachmentsOfReports(ctx.db, [report.id]), listStreamsOfReports(ctx.db, [report.id])])
  await inTransaction(ctx, async (trx) => {
    await rollupReports(trx, [report.id], -1)
    // streams, their topics and groups, the contact and the attachment rows go with the record (on delete cascade)
    await deleteOpinionRow(trx, report.id)
    await audit(trx, ctx, {
      action: 'opinion.delete', resourceType: 'opinion', resourceId: report.id, unitId: report.unit_id, unitPath: report.unit_path,
      details: {
        channel: report.channel, heardOn: report.heard_on, externalId: report.external_id, enteredBy: report.entered_by,
        streams: streams.length, issues: [...new Set(streams.map((s) => s.issue_id).filter(Boolean))], attachments: attachments.length,
      },
    })
  })
  const shas = [...new Set(attachments.map((a) => a.sha256))]
  const used = await shasInUse(ctx.db, shas)
  await removeAttachmentFiles(ctx.config.dataDir, shas.filter((s) => !used.has(s)))
}
