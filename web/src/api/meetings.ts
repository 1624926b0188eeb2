/** Typed calls of the voter-meeting API (tiếp xúc cử tri): list, read with petitions, record, edit, add a petition, print. */
import type {
  CreateMeetingInput, MeetingDetailView, MeetingQuery, MeetingView, PetitionInput, PetitionView, UpdateMeetingInput,
} from '../../../src/shared/meeting.schema.ts'
import { api, apiUrl } from './client.ts'

const enc = encodeURIComponent
export type MeetingFilter = Partial<Omit<MeetingQuery, 'page' | 'pageSize'>>

export const meetingsApi = {
  list: (q: MeetingFilter & { page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<{ items: MeetingView[]; total: number }>('/meetings', q, signal),
  get: (id: string) => api.get<MeetingDetailView>(`/meetings/${enc(id)}`),
  create: (input: CreateMeetingInput) => api.post<MeetingView>('/meetings', input),
  update: (id: string, input: UpdateMeetingInput) => api.patch<MeetingView>(`/meetings/${enc(id)}`, input),
  /** the same clientId again returns the petition made the first time */
  addPetition: (id: string, input: PetitionInput) => api.post<PetitionView>(`/meetings/${enc(id)}/petitions`, input),
  /** an HTML page of the petitions, for printing (opened in a new tab) */
  printUrl: (id: string) => apiUrl(`/meetings/${enc(id)}/print`),
}
