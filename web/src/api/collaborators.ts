/** Typed calls of the collaborator API: roster, monthly activity and allowance, settings, topics to watch. */
import type {
  ActivityView, AllowanceConditionInput, BaseSalaryInput, BaseSalaryList, BaseSalaryView, CollaboratorQuery, CollaboratorView,
  CreateCollaboratorInput, CreateWatchTopicInput, UpdateCollaboratorInput, UpdateWatchTopicInput, WatchTopicView,
} from '../../../src/shared/collaborator.schema.ts'
import { api, apiUrl } from './client.ts'

const enc = encodeURIComponent
export type CollaboratorFilter = Partial<Omit<CollaboratorQuery, 'page' | 'pageSize'>>

export const collaboratorsApi = {
  list: (q: CollaboratorFilter & { page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<{ items: CollaboratorView[]; total: number }>('/collaborators', q, signal),
  get: (id: string) => api.get<CollaboratorView>(`/collaborators/${enc(id)}`),
  create: (input: CreateCollaboratorInput) => api.post<CollaboratorView>('/collaborators', input),
  update: (id: string, input: UpdateCollaboratorInput) => api.patch<CollaboratorView>(`/collaborators/${enc(id)}`, input),
  activity: (month: string, signal?: AbortSignal) => api.get<ActivityView>('/collaborators/activity', { month }, signal),
  activityXlsxUrl: (month: string) => apiUrl('/collaborators/activity.xlsx', { month }),
  baseSalaries: () => api.get<BaseSalaryList>('/settings/base-salary'),
  addBaseSalary: (input: BaseSalaryInput) => api.post<BaseSalaryView>('/settings/base-salary', input),
  allowanceCondition: () => api.get<AllowanceConditionInput>('/settings/allowance'),
  setAllowanceCondition: (input: AllowanceConditionInput) => api.put<AllowanceConditionInput>('/settings/allowance', input),
}

/** What GET /api/watch-topics/mine answers: the topics that reach the signed-in user this month. */
export type MyWatchTopics = { month: string; items: WatchTopicView[] }

export const watchTopicsApi = {
  mine: async (): Promise<MyWatchTopics> => {
    const r = await api.get<MyWatchTopics | WatchTopicView[] | { items: WatchTopicView[] }>('/watch-topics/mine')
    // tolerate a bare list or a page without the month
    if (Array.isArray(r)) return { month: r[0]?.month ?? '', items: r }
    return { month: 'month' in r ? r.month : r.items[0]?.month ?? '', items: r.items }
  },
  list: (q: { month?: string; unitId?: string }) => api.get<{ items: WatchTopicView[] }>('/watch-topics', q),
  create: (input: CreateWatchTopicInput) => api.post<WatchTopicView>('/watch-topics', input),
  update: (id: string, input: UpdateWatchTopicInput) => api.patch<WatchTopicView>(`/watch-topics/${enc(id)}`, input),
  remove: (id: string) => api.delete<void>(`/watch-topics/${enc(id)}`),
}
