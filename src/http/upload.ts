/** Reads the one uploaded file of a multipart request, within the size limit. */
import type { FastifyRequest } from 'fastify'
import { DomainError } from '../domain/errors.ts'

export async function readUpload(req: FastifyRequest): Promise<{ filename: string; data: Buffer }> {
  if (!req.isMultipart()) throw new DomainError('UNSUPPORTED_MEDIA_TYPE')
  const part = await req.file()
  if (!part) throw new DomainError('IMPORT_EMPTY')
  const data = await part.toBuffer()
  if (part.file.truncated) throw new DomainError('IMPORT_FILE_TOO_LARGE')
  return { filename: part.filename, data }
}
