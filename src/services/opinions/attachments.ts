/**
 * Attachments of opinion records: photos, PDFs and recordings, recognised by their bytes, at most 10 MB each
 * and 10 per record, images stored without location metadata. Adding and removing follow the right to edit
 * the record; reading follows the right to read it. Documents marked "Mật" do not belong here.
 */
import fs from 'node:fs'
import { createHash } from 'node:crypto'
import { countAttachmentsOfReport, deleteAttachmentRow, getAttachmentOfReport, insertAttachment, shasInUse } from '../../db/repos/attachment.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { AttachmentView } from '../../shared/opinion.schema.ts'
import { audit, newId, type ServiceContext } from '../context.ts'
import { findOpinionFor, inTransaction } from './opinion-access.ts'
import { detectMedia, safeFilename, stripMetadata } from './attachment-media.ts'
import { attachmentPath, removeAttachmentFiles, storeAttachment } from './attachment-store.ts'

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
export const MAX_ATTACHMENTS_PER_RECORD = 10

/** Adds a file to a record the actor may edit. */
export async function addAttachment(ctx: ServiceContext, input: { opinionId: string; filename: string; data: Buffer }): Promise<AttachmentView> {
  const report = await findOpinionFor(ctx, 'update', input.opinionId)
  if (input.data.length === 0) throw new DomainError('ATTACHMENT_EMPTY')
  if (input.data.length > MAX_ATTACHMENT_BYTES) throw new DomainError('ATTACHMENT_TOO_LARGE', undefined, 413)
  const media = detectMedia(input.data)
  if (!media) throw new DomainError('ATTACHMENT_TYPE', undefined, 415)
  if ((await countAttachmentsOfReport(ctx.db, report.id)) >= MAX_ATTACHMENTS_PER_RECORD) throw new DomainError('ATTACHMENT_LIMIT')
  const bytes = stripMetadata(input.data, media.mime)
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  // the file first: a row never points at bytes that are not there (an orphan file is harmless and reused)
  await storeAttachment(ctx.config.dataDir, sha256, bytes)
  const row = { id: newId(), report_id: report.id, sha256, filename: safeFilename(input.filename), mime: media.mime, size: bytes.length, created_at: ctx.now.toISOString() }
  await inTransaction(ctx, async (trx) => {
    await insertAttachment(trx, row)
    await audit(trx, ctx, {
      action: 'attachment.create', resourceType: 'opinion', resourceId: report.id, unitId: report.unit_id, unitPath: report.unit_path,
      details: { attachmentId: row.id, mime: row.mime, size: row.size, sha256 },
    })
  })
  // a removal of the same bytes from another record may have run in between: make sure they are there
  await storeAttachment(ctx.config.dataDir, sha256, bytes)
  return { id: row.id, filename: row.filename, mime: row.mime, size: row.size, createdAt: row.created_at }
}

/** The stored file of an attachment of a record the actor may read, as a stream. */
export async function openAttachment(ctx: ServiceContext, input: { opinionId: string; attachmentId: string }) {
  const report = await findOpinionFor(ctx, 'read', input.opinionId)
  const a = await getAttachmentOfReport(ctx.db, report.id, input.attachmentId)
  if (!a) throw new DomainError('ATTACHMENT_NOT_FOUND')
  const file = attachmentPath(ctx.config.dataDir, a.sha256)
  if (!fs.existsSync(file)) throw new DomainError('ATTACHMENT_NOT_FOUND')
  return { filename: a.filename, mime: a.mime, size: Number(a.size), stream: fs.createReadStream(file) }
}

/** Removes an attachment from a record the actor may edit; the bytes go when no record uses them any more. */
export async function removeAttachment(ctx: ServiceContext, input: { opinionId: string; attachmentId: string }): Promise<void> {
  const report = await findOpinionFor(ctx, 'update', input.opinionId)
  const a = await getAttachmentOfReport(ctx.db, report.id, input.attachmentId)
  if (!a) throw new DomainError('ATTACHMENT_NOT_FOUND')
  await inTransaction(ctx, async (trx) => {
    await deleteAttachmentRow(trx, a.id)
    await audit(trx, ctx, {
      action: 'attachment.delete', resourceType: 'opinion', resourceId: report.id, unitId: report.unit_id, unitPath: report.unit_path,
      details: { attachmentId: a.id, sha256: a.sha256 },
    })
  })
  if (!(await shasInUse(ctx.db, [a.sha256])).has(a.sha256)) await removeAttachmentFiles(ctx.config.dataDir, [a.sha256])
}
