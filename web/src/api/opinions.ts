/** Typed calls of the opinion API (phiếu thông tin DLXH): list, get, create, edit, suggest, contact, files, import, export. */
import type {
  AttachmentView, ContactView, CreateOpinionInput, OpinionImportResult, OpinionListResult, OpinionQuery, OpinionSuggestion,
  OpinionView, UpdateOpinionInput,
} from '../../../src/shared/opinion.schema.ts'
import { api, apiUrl } from './client.ts'

export type OpinionFilter = Partial<Omit<OpinionQuery, 'page' | 'pageSize'>>
const enc = encodeURIComponent

export const opinionsApi = {
  list: (q: OpinionFilter & { page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<OpinionListResult>('/opinions', q, signal),
  get: (id: string) => api.get<OpinionView>(`/opinions/${enc(id)}`),
  /** a repeat of the same clientId returns the record made the first time */
  create: (input: CreateOpinionInput) => api.post<OpinionView>('/opinions', input),
  update: (id: string, input: UpdateOpinionInput) => api.patch<OpinionView>(`/opinions/${enc(id)}`, input),
  /** the focal board and admin only */
  remove: (id: string) => api.delete<void>(`/opinions/${enc(id)}`),
  removeAttachment: (id: string, attachmentId: string) => api.delete<void>(`/opinions/${enc(id)}/attachments/${enc(attachmentId)}`),
  /** the restricted contact: focal and admin only; every read is written to the audit log */
  contact: (id: string) => api.get<ContactView>(`/opinions/${enc(id)}/contact`),
  suggest: (text: string) => api.post<OpinionSuggestion>('/opinions/suggest', { text }),
  uploadAttachment: (id: string, file: File) => {
    const form = new FormData()
    form.append('file', file, file.name)
    return api.post<AttachmentView>(`/opinions/${enc(id)}/attachments`, form)
  },
  attachmentUrl: (id: string, attachmentId: string) => apiUrl(`/opinions/${enc(id)}/attachments/${enc(attachmentId)}`),
  import: (file: File, skipInvalid: boolean) => {
    const form = new FormData()
    form.append('file', file, file.name)
    return api.post<OpinionImportResult>('/opinions/import', form, { query: { skipInvalid } })
  },
  exportUrl: (format: 'csv' | 'xlsx', q: OpinionFilter) => apiUrl(`/opinions/export.${format}`, q),
}
