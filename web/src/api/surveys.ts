/** Typed calls of the surveys API (điều tra DLXH): questionnaires, fieldwork, responses, weights, results, the survey database, the public pages. */
import type {
  CreateSurveyInput, Crosstab, FieldworkProgress, InterviewerResponseInput, InviteBatch, InviteList, OpenAnswers, PublicResponseInput,
  PublicSurvey, QuestionHit, QuestionTrend, QuotaDimension, ResponseImportResult, ResponseView, SeriesItem, SurveyListItem, SurveyListQuery, SurveyResults,
  SurveyView, UpdateSurveyInput, WeightsInput, WeightsView,
} from '../../../src/shared/survey.schema.ts'
import type { Page } from '../../../src/shared/schemas.ts'
import { api, apiUrl, ApiError, request } from './client.ts'

const id = (s: string) => encodeURIComponent(s)
const upload = <T>(path: string, file: File, query?: Record<string, string | undefined>) => {
  const form = new FormData()
  form.append('file', file, file.name)
  return request<T>('POST', path, { body: form, query })
}

/** A POST whose answer is a file (new invitation codes as CSV): fetched, then saved under the server's file name. */
async function postDownload(path: string, body: unknown, fallbackName: string): Promise<void> {
  let res: Response
  try {
    res = await fetch(apiUrl(path), {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'text/csv, application/json' },
      body: JSON.stringify(body),
    })
  } catch (cause) {
    throw new ApiError(0, 'NETWORK', String(cause))
  }
  if (!res.ok) {
    const data = (await res.json().catch(() => undefined)) as { error?: { code: string; message: string; details?: unknown } } | undefined
    throw new ApiError(res.status, data?.error?.code ?? 'INTERNAL', data?.error?.message ?? res.statusText, data?.error?.details)
  }
  const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(res.headers.get('content-disposition') ?? '')?.[1]
  const url = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = url
  a.download = name ? decodeURIComponent(name) : fallbackName
  a.click()
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}

export type SurveyFilter = Partial<Omit<SurveyListQuery, 'page' | 'pageSize'>> & { page?: number; pageSize?: number }
export type { QuotaDimension }

export const surveysApi = {
  list: (q: SurveyFilter, signal?: AbortSignal) => api.get<Page<SurveyListItem>>('/surveys', q, signal),
  get: (surveyId: string, signal?: AbortSignal) => api.get<SurveyView>(`/surveys/${id(surveyId)}`, undefined, signal),
  /** open surveys the interviewer may enter answers into, with their questionnaires */
  fieldwork: () => api.get<{ items: SurveyView[] }>('/surveys/fieldwork'),
  create: (input: CreateSurveyInput) => api.post<SurveyView>('/surveys', input),
  update: (surveyId: string, input: UpdateSurveyInput) => api.patch<SurveyView>(`/surveys/${id(surveyId)}`, input),
  remove: (surveyId: string) => api.delete<void>(`/surveys/${id(surveyId)}`),
  importForm: (file: File, unitId?: string) => upload<{ id: string; questions: number; survey: SurveyView }>('/surveys/import-form', file, { unitId }),
  formUrl: (surveyId: string) => apiUrl(`/surveys/${id(surveyId)}/form.xlsx`),
  transition: (surveyId: string, action: 'open' | 'close' | 'publish' | 'unpublish') => api.post<SurveyView>(`/surveys/${id(surveyId)}/${action}`),
  newPublicToken: (surveyId: string) => api.post<SurveyView>(`/surveys/${id(surveyId)}/public-token`),
  qrUrl: (surveyId: string, format: 'svg' | 'png' = 'svg') => apiUrl(`/surveys/${id(surveyId)}/qr.${format}`),
  createInvites: (surveyId: string, count: number) => api.post<InviteBatch>(`/surveys/${id(surveyId)}/invites`, { count }),
  downloadNewInvites: (surveyId: string, count: number) => postDownload(`/surveys/${id(surveyId)}/invites.csv`, { count }, 'ma-moi.csv'),
  invites: (surveyId: string, signal?: AbortSignal) => api.get<InviteList>(`/surveys/${id(surveyId)}/invites`, undefined, signal),
  invitesCsvUrl: (surveyId: string) => apiUrl(`/surveys/${id(surveyId)}/invites.csv`),
  progress: (surveyId: string, signal?: AbortSignal) => api.get<FieldworkProgress>(`/surveys/${id(surveyId)}/progress`, undefined, signal),
  respond: (surveyId: string, input: InterviewerResponseInput) =>
    api.post<{ response: { id: string }; created: boolean }>(`/surveys/${id(surveyId)}/responses`, input),
  importResponses: (surveyId: string, file: File) => upload<ResponseImportResult>(`/surveys/${id(surveyId)}/responses/import`, file),
  responses: (surveyId: string, q: { page: number; pageSize: number }, signal?: AbortSignal) =>
    api.get<Page<ResponseView>>(`/surveys/${id(surveyId)}/responses`, q, signal),
  responsesUrl: (surveyId: string, format: 'csv' | 'xlsx') => apiUrl(`/surveys/${id(surveyId)}/responses.${format}`),
  codebookUrl: (surveyId: string) => apiUrl(`/surveys/${id(surveyId)}/codebook.csv`),
  reportUrl: (surveyId: string) => apiUrl(`/surveys/${id(surveyId)}/report.docx`),
  /** the weighting, or null when none is set (the API answers `{ margins: null }` then) */
  weights: async (surveyId: string, signal?: AbortSignal): Promise<WeightsView | null> => {
    const w = await api.get<WeightsView | { margins: null } | null>(`/surveys/${id(surveyId)}/weights`, undefined, signal)
    return w && w.margins ? (w as WeightsView) : null
  },
  setWeights: (surveyId: string, input: WeightsInput) => api.put<WeightsView>(`/surveys/${id(surveyId)}/weights`, input),
  clearWeights: (surveyId: string) => api.delete<void>(`/surveys/${id(surveyId)}/weights`),
  results: (surveyId: string, signal?: AbortSignal) => api.get<SurveyResults>(`/surveys/${id(surveyId)}/results`, undefined, signal),
  crosstab: (surveyId: string, q: { row: string; col: string }, signal?: AbortSignal) =>
    api.get<Crosstab>(`/surveys/${id(surveyId)}/crosstab`, q, signal),
  breakdown: (surveyId: string, q: { question: string; by: QuotaDimension }, signal?: AbortSignal) =>
    api.get<Crosstab>(`/surveys/${id(surveyId)}/breakdown`, q, signal),
  openAnswers: (surveyId: string, question: string, signal?: AbortSignal) =>
    api.get<OpenAnswers>(`/surveys/${id(surveyId)}/open-answers`, { question }, signal),
}

export const surveyDatabaseApi = {
  questions: (q: { q: string; page?: number; pageSize?: number }, signal?: AbortSignal) =>
    api.get<Page<QuestionHit>>('/survey-database/questions', q, signal),
  series: (signal?: AbortSignal) => api.get<SeriesItem[]>('/survey-database/series', undefined, signal),
  trend: (seriesKey: string, question: string, signal?: AbortSignal) =>
    api.get<QuestionTrend>('/survey-database/trend', { seriesKey, question }, signal),
}

/** The public pages' calls: no session needed. */
export const publicSurveyApi = {
  get: (token: string, signal?: AbortSignal) => api.get<PublicSurvey>(`/public/surveys/${id(token)}`, undefined, signal),
  respond: (token: string, input: PublicResponseInput) => api.post<{ ok: true }>(`/public/surveys/${id(token)}/responses`, input),
  results: (token: string, signal?: AbortSignal) => api.get<SurveyResults>(`/public/surveys/${id(token)}/results`, undefined, signal),
  qrUrl: (token: string) => apiUrl(`/public/surveys/${id(token)}/qr.svg`),
}

/** The public link of a survey as people open it. */
export function publicLink(token: string, origin: string = window.location.origin): string {
  return `${origin}/khao-sat/${encodeURIComponent(token)}`
}

/** The public results page of a published survey. */
export function publicResultsLink(token: string, origin: string = window.location.origin): string {
  return `${origin}/khao-sat/${encodeURIComponent(token)}/ket-qua`
}
