/** One typed function per API endpoint the web app calls. */
import type {
  AreaView, AuditQuery, AuditView, CreateAreaInput, CreateTokenInput, CreateUnitInput, CreateUserInput, ImportResult,
  MeView, Page, RoleGrant, TokenView, UnitHistoryView, UnitView, UpdateAreaInput, UpdateUnitInput, UpdateUserInput, UserView,
} from '../../../src/shared/schemas.ts'
import { api, apiUrl } from './client.ts'

const upload = <T>(path: string, file: File) => {
  const form = new FormData()
  form.append('file', file, file.name)
  return api.post<T>(path, form)
}

export const authApi = {
  me: () => api.get<MeView>('/auth/me'),
  login: (username: string, password: string) =>
    api.post<{ user: MeView }>('/auth/login', { username, password }, { expect401: true }),
  logout: () => api.post<void>('/auth/logout'),
  logoutAll: () => api.post<void>('/auth/logout-all'),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post<void>('/auth/password', { currentPassword, newPassword }, { expect401: true }),
}

export const unitsApi = {
  list: (includeInactive: boolean) => api.get<Page<UnitView>>('/units', { includeInactive }),
  get: (id: string) => api.get<UnitView>(`/units/${encodeURIComponent(id)}`),
  history: (id: string) => api.get<{ items: UnitHistoryView[] }>(`/units/${encodeURIComponent(id)}/history`),
  create: (input: CreateUnitInput) => api.post<UnitView>('/units', input),
  update: (id: string, input: UpdateUnitInput) => api.patch<UnitView>(`/units/${encodeURIComponent(id)}`, input),
  move: (id: string, parentId: string) => api.post<UnitView>(`/units/${encodeURIComponent(id)}/move`, { parentId }),
  deactivate: (id: string, activeTo?: string) =>
    api.post<UnitView>(`/units/${encodeURIComponent(id)}/deactivate`, activeTo ? { activeTo } : {}),
  reactivate: (id: string) => api.post<UnitView>(`/units/${encodeURIComponent(id)}/reactivate`, {}),
  import: (file: File) => upload<ImportResult>('/units/import', file),
}

export const areasApi = {
  list: () => api.get<Page<AreaView>>('/areas'),
  create: (input: CreateAreaInput) => api.post<AreaView>('/areas', input),
  update: (id: string, input: UpdateAreaInput) => api.patch<AreaView>(`/areas/${encodeURIComponent(id)}`, input),
}

export const usersApi = {
  list: (q: { q?: string; page?: number; pageSize?: number }) => api.get<Page<UserView>>('/users', q),
  /** the server returns the generated password once when none was given */
  create: (input: CreateUserInput) => api.post<{ user: UserView; temporaryPassword?: string | null }>('/users', input),
  update: (id: string, input: UpdateUserInput) => api.patch<UserView>(`/users/${encodeURIComponent(id)}`, input),
  setRoles: (id: string, roles: RoleGrant[]) => api.put<UserView>(`/users/${encodeURIComponent(id)}/roles`, { roles }),
  resetPassword: (id: string, newPassword?: string) =>
    api.post<{ temporaryPassword?: string | null } | undefined>(`/users/${encodeURIComponent(id)}/reset-password`, newPassword ? { newPassword } : {}),
  import: (file: File) => upload<ImportResult>('/users/import', file),
}

export const tokensApi = {
  list: () => api.get<{ items: TokenView[] }>('/tokens'),
  create: (input: CreateTokenInput) => api.post<{ token: string; item: TokenView }>('/tokens', input),
  revoke: (id: string) => api.delete<void>(`/tokens/${encodeURIComponent(id)}`),
}

export type AuditFilter = Partial<Omit<AuditQuery, 'page' | 'pageSize'>>

export const auditApi = {
  list: (q: AuditFilter & { page: number; pageSize: number }) => api.get<Page<AuditView>>('/audit', q),
  exportUrl: (q: Pick<AuditFilter, 'from' | 'to'>) => apiUrl('/audit/export.csv', q),
}

export const healthApi = {
  get: () => api.get<{ status: string; database: string; version: string }>('/health'),
}
