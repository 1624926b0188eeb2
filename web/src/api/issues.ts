/** Typed calls of the issue API (vấn đề, điểm nóng): list, detail, link streams, refer, answer, transitions; notifications. */
import type {
  AnswerReferralInput, CreateIssueInput, CreateReferralInput, IssueQuery, IssueSuggestion, IssueSummary, IssueView, NotificationPage,
  TransitionIssueInput, UpdateIssueInput,
} from '../../../src/shared/issue.schema.ts'
import { api } from './client.ts'

const enc = encodeURIComponent
export type IssueFilter = Partial<Omit<IssueQuery, 'page' | 'pageSize'>>

export const issuesApi = {
  list: (q: IssueFilter & { page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<{ items: IssueSummary[]; total: number }>('/issues', q, signal),
  get: (id: string) => api.get<IssueView>(`/issues/${enc(id)}`),
  create: (input: CreateIssueInput) => api.post<IssueView>('/issues', input),
  update: (id: string, input: UpdateIssueInput) => api.patch<IssueView>(`/issues/${enc(id)}`, input),
  suggest: (text: string, topics: string[]) =>
    api.get<{ items: IssueSuggestion[] }>('/issues/suggest', { text, topics: topics.join(',') || undefined }),
  linkStreams: (id: string, streamIds: string[]) => api.post<IssueView>(`/issues/${enc(id)}/streams`, { streamIds }),
  unlinkStream: (id: string, streamId: string) => api.delete<IssueView>(`/issues/${enc(id)}/streams/${enc(streamId)}`),
  refer: (id: string, input: CreateReferralInput) => api.post<IssueView>(`/issues/${enc(id)}/referrals`, input),
  answer: (referralId: string, input: AnswerReferralInput) => api.post<IssueView>(`/referrals/${enc(referralId)}/answer`, input),
  transition: (id: string, input: TransitionIssueInput) => api.post<IssueView>(`/issues/${enc(id)}/transition`, input),
}

export const notificationsApi = {
  list: (q: { unread?: '0' | '1'; page: number; pageSize: number }) => api.get<NotificationPage>('/notifications', q),
  markRead: (id: string) => api.post<void>(`/notifications/${enc(id)}/read`, {}),
}
