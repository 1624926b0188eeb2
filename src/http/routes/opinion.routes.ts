/** Opinion records: list and search, export, read, create, edit, delete, contact, attachments, import, suggestions. */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { z } from 'zod'
import { DomainError } from '../../domain/errors.ts'
import { createOpinionInput, opinionExportQuery, opinionQuery, suggestInput, updateOpinionInput } from '../../shared/opinion.schema.ts'
import { langFrom } from '../../shared/i18n/index.ts'
import { listOpinions } from '../../services/opinions/list-opinions.ts'
import { getOpinion } from '../../services/opinions/get-opinion.ts'
import { createOpinion } from '../../services/opinions/create-opinion.ts'
import { updateOpinion } from '../../services/opinions/update-opinion.ts'
import { deleteOpinion } from '../../services/opinions/delete-opinion.ts'
import { exportOpinions, type ExportFormat } from '../../services/opinions/export-opinions.ts'
import { deleteContact, readContact } from '../../services/opinions/contacts.ts'
import { addAttachment, openAttachment, removeAttachment } from '../../services/opinions/attachments.ts'
import { importOpinions, withMessages } from '../../services/opinions/import-opinions.ts'
import { suggestOpinion } from '../../services/opinions/suggest-opinion.ts'
import { apiRoute } from '../api-route.ts'
import { readUpload } from '../upload.ts'

/** `filename*` for any name ("Ảnh hiện trường.jpg"), with a plain ASCII fallback. */
function contentDisposition(name: string): string {
  const ascii = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\x20-\x7e]|["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/** The one file of an attachment upload; a file over the limit is refused with the attachment's own message. */
async function readAttachmentUpload(req: FastifyRequest): Promise<{ filename: string; data: Buffer }> {
  if (!req.isMultipart()) throw new DomainError('UNSUPPORTED_MEDIA_TYPE')
  const part = await req.file()
  if (!part) throw new DomainError('ATTACHMENT_EMPTY')
  let data: Buffer
  try {
    data = await part.toBuffer()
  } catch (e: any) {
    if (e?.code === 'FST_REQ_FILE_TOO_LARGE') throw new DomainError('ATTACHMENT_TOO_LARGE', undefined, 413)
    throw e
  }
  if (part.file.truncated) throw new DomainError('ATTACHMENT_TOO_LARGE', undefined, 413)
  return { filename: part.filename, data }
}

export function opinionRoutes(app: FastifyInstance) {
  apiRoute(app, { method: 'GET', url: '/api/opinions', tag: 'opinions', summary: 'Danh sách phiếu thông tin (lọc, tìm không dấu, phân trang)', query: opinionQuery },
    async ({ ctx, query }) => listOpinions(ctx, query))

  for (const format of ['csv', 'xlsx'] as ExportFormat[]) {
    apiRoute(app, {
      method: 'GET', url: `/api/opinions/export.${format}`, tag: 'opinions', summary: `Xuất danh sách đã lọc ra ${format.toUpperCase()} (mỗi luồng ý kiến một dòng)`,
      query: opinionExportQuery, produces: format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }, async ({ ctx, query, req, reply }) => {
      const file = await exportOpinions(ctx, { query, format, lang: langFrom(req.headers['accept-language']) })
      return reply.type(file.contentType).header('content-disposition', contentDisposition(file.filename)).send(file.stream)
    })
  }

  apiRoute(app, { method: 'POST', url: '/api/opinions/suggest', tag: 'opinions', summary: 'Gợi ý lĩnh vực, khuynh hướng, mức độ, tiềm ẩn từ nội dung', body: suggestInput },
    async ({ ctx, body }) => suggestOpinion(ctx, body))

  apiRoute(app, {
    method: 'POST', url: '/api/opinions/import', tag: 'opinions', summary: 'Nhập phiếu từ CSV, XLSX hoặc JSON Lines (multipart, trường file)',
    query: z.object({ skipInvalid: z.enum(['0', '1']).optional() }),
  }, async ({ req, ctx, query }) => {
    const file = await readUpload(req)
    return withMessages(await importOpinions(ctx, { ...file, skipInvalid: query.skipInvalid === '1' }), langFrom(req.headers['accept-language']))
  })

  apiRoute(app, { method: 'POST', url: '/api/opinions', tag: 'opinions', summary: 'Ghi phiếu thông tin (gửi lại cùng clientId trả về phiếu đã có, mã 200)', body: createOpinionInput },
    async ({ ctx, body, reply }) => {
      const r = await createOpinion(ctx, body)
      reply.code(r.created ? 201 : 200)
      return r.opinion
    })

  apiRoute(app, { method: 'GET', url: '/api/opinions/:id', tag: 'opinions', summary: 'Một phiếu thông tin' }, async ({ ctx, params }) => getOpinion(ctx, { opinionId: params.id! }))

  apiRoute(app, { method: 'PATCH', url: '/api/opinions/:id', tag: 'opinions', summary: 'Sửa phiếu (kèm version đang sửa; 409 nếu đã có người lưu trước)', body: updateOpinionInput },
    async ({ ctx, body, params }) => updateOpinion(ctx, { ...body, opinionId: params.id! }))

  apiRoute(app, { method: 'DELETE', url: '/api/opinions/:id', tag: 'opinions', summary: 'Xoá phiếu (Ban Xây dựng Đảng, quản trị)' }, async ({ ctx, params }) => {
    await deleteOpinion(ctx, { opinionId: params.id! })
  })

  apiRoute(app, { method: 'GET', url: '/api/opinions/:id/contact', tag: 'opinions', summary: 'Thông tin liên hệ của người dân (hạn chế; mỗi lần xem được ghi nhật ký)' },
    async ({ ctx, params }) => readContact(ctx, { opinionId: params.id! }))

  apiRoute(app, { method: 'DELETE', url: '/api/opinions/:id/contact', tag: 'opinions', summary: 'Xoá thông tin liên hệ của người dân (quản trị)' }, async ({ ctx, params }) => {
    await deleteContact(ctx, { opinionId: params.id! })
  })

  apiRoute(app, {
    method: 'POST', url: '/api/opinions/:id/attachments', tag: 'opinions',
    summary: 'Đính kèm ảnh, PDF hoặc ghi âm (multipart, trường file, tối đa 10 MB; không tải lên tài liệu “Mật”)',
  }, async ({ req, reply, ctx, params }) => {
    const file = await readAttachmentUpload(req)
    reply.code(201)
    return addAttachment(ctx, { opinionId: params.id!, ...file })
  })

  apiRoute(app, { method: 'GET', url: '/api/opinions/:id/attachments/:attachmentId', tag: 'opinions', summary: 'Tải tệp đính kèm', produces: 'application/octet-stream' },
    async ({ ctx, params, reply }) => {
      const file = await openAttachment(ctx, { opinionId: params.id!, attachmentId: params.attachmentId! })
      return reply
        .type(file.mime)
        .header('content-length', file.size)
        .header('content-disposition', contentDisposition(file.filename))
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(file.stream)
    })

  apiRoute(app, { method: 'DELETE', url: '/api/opinions/:id/attachments/:attachmentId', tag: 'opinions', summary: 'Gỡ tệp đính kèm' }, async ({ ctx, params }) => {
    await removeAttachment(ctx, { opinionId: params.id!, attachmentId: params.attachmentId! })
  })
}
