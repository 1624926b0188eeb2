/** Table types for Kysely. Timestamps are ISO-8601 UTC text and flags are 0/1 integers in both engines. */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely'

export interface UnitTable {
  id: string
  code: string
  name: string
  kind: string
  parent_id: string | null
  /** materialised path of ids: "/root/child/" — a subtree is `path like '/root/%'` */
  path: string
  depth: number
  active_from: string | null
  active_to: string | null
  created_at: string
  updated_at: string
}
export interface UnitHistoryTable {
  id: string
  unit_id: string
  at: string
  change: string
  actor_id: string | null
  before_json: string | null
  after_json: string | null
}
export interface AreaTable {
  id: string
  code: string
  name: string
  /** the unit (usually the ward) that owns this area; scopes who sees it */
  unit_id: string
  geojson: string | null
  created_at: string
}
export interface UnitAreaTable {
  unit_id: string
  area_id: string
}
export interface AppUserTable {
  id: string
  username: string
  full_name: string
  phone: string | null
  email: string | null
  active: number
  password_hash: string
  must_change_password: number
  created_at: string
  updated_at: string
  last_login_at: string | null
  home_unit_id: string | null
  search_text: string
}
export interface RoleAssignmentTable {
  id: string
  user_id: string
  role: string
  unit_id: string
  is_responsible: number
  created_at: string
}
export interface SessionTable {
  id: string
  token_hash: string
  user_id: string
  created_at: string
  last_seen_at: string
  expires_at: string
  ip: string | null
  user_agent: string | null
}
export interface ApiTokenTable {
  id: string
  user_id: string
  name: string
  token_hash: string
  created_at: string
  created_by: string | null
  expires_at: string | null
  revoked_at: string | null
  last_used_at: string | null
}
export interface LoginAttemptTable {
  id: Generated<number>
  username: string
  at: string
  success: number
  ip: string | null
}
export interface AuditEventTable {
  id: Generated<number>
  at: string
  actor_id: string | null
  actor_username: string | null
  action: string
  resource_type: string | null
  resource_id: string | null
  unit_id: string | null
  /** path of unit_id at the time, so scoped reads need no join: "/root/child/" */
  unit_path: string | null
  outcome: string
  ip: string | null
  details_json: string | null
}

export interface Database {
  unit: UnitTable
  unit_history: UnitHistoryTable
  area: AreaTable
  unit_area: UnitAreaTable
  app_user: AppUserTable
  role_assignment: RoleAssignmentTable
  session: SessionTable
  api_token: ApiTokenTable
  login_attempt: LoginAttemptTable
  audit_event: AuditEventTable
}

export type UnitRow = Selectable<UnitTable>
export type NewUnit = Insertable<UnitTable>
export type UnitUpdate = Updateable<UnitTable>
export type AreaRow = Selectable<AreaTable>
export type UserRow = Selectable<AppUserTable>
export type RoleRow = Selectable<RoleAssignmentTable>
export type SessionRow = Selectable<SessionTable>
export type ApiTokenRow = Selectable<ApiTokenTable>
export type AuditRow = Selectable<AuditEventTable>
export type NewAuditEvent = Insertable<AuditEventTable>
