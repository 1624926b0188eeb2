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

// ---- Opinion intake (migration 0002) ----

export interface SettingTable {
  key: string
  value_json: string
  updated_at: string
  updated_by: string | null
}
export interface VoterMeetingTable {
  id: string
  unit_id: string
  unit_path: string
  held_on: string
  place: string
  area_id: string | null
  delegates: string
  attendance: number | null
  notes: string | null
  created_by: string | null
  created_at: string
  updated_at: string
}
export interface OpinionReportTable {
  id: string
  client_id: string | null
  external_id: string | null
  channel: string
  unit_id: string
  unit_path: string
  area_id: string | null
  meeting_id: string | null
  entered_by: string | null
  heard_on: string
  title: string
  content: string
  search_text: string
  created_at: string
  updated_at: string
  version: number
}
export interface OpinionStreamTable {
  id: string
  report_id: string
  position: number
  summary: string
  direction: string
  intensity: string
  breadth: string
  latent: number
  hot_spot: number
  proposed_handling: string | null
  issue_id: string | null
}
export interface StreamTopicTable {
  stream_id: string
  topic: string
}
export interface StreamGroupTable {
  stream_id: string
  grp: string
}
/** Streams per local day, unit, area ('' for none), topic ('*' = every stream once), direction and channel; kept current by the opinion services. */
export interface OpinionRollupDailyTable {
  day: string
  unit_id: string
  unit_path: string
  area_id: string
  topic: string
  direction: string
  channel: string
  /** the stripe (0–7, from the record's created_at; migration 0011) */
  slot: number
  streams: number
}
/** Streams per scope unit (each proper ancestor of the record's unit), dimension, span (d day, p part of a month, m month), first day, key1, key2 and slot (migrations 0009, 0011). */
export interface OpinionRollupScopeTable {
  scope_unit_id: string
  dim: string
  span: string
  day: string
  key1: string
  key2: string
  slot: number
  streams: number
}
export interface OpinionContactTable {
  id: string
  report_id: string
  full_name: string
  phone: string | null
  address: string | null
  note: string | null
  created_at: string
  delete_after: string
}
export interface AttachmentTable {
  id: string
  report_id: string
  sha256: string
  filename: string
  mime: string
  size: number
  created_at: string
}
export interface IssueTable {
  id: string
  unit_id: string
  unit_path: string
  title: string
  description: string
  topic: string
  status: string
  hot_spot: number
  search_text: string
  answer_text: string | null
  answer_public: number
  answered_at: string | null
  closed_at: string | null
  created_by: string | null
  created_at: string
  updated_at: string
}
export interface ReferralTable {
  id: string
  issue_id: string
  to_unit_id: string | null
  to_agency: string | null
  due_on: string
  note: string | null
  status: string
  created_by: string | null
  created_at: string
  answered_at: string | null
  last_reminded_on: string | null
  /** the answer this referral got (migration 0003) */
  answer_text: string | null
  answer_public: number
  answered_by: string | null
}
export interface IssueEventTable {
  id: Generated<number>
  issue_id: string
  at: string
  actor_id: string | null
  kind: string
  details_json: string | null
}
export interface CollaboratorTable {
  id: string
  user_id: string | null
  full_name: string
  phone: string | null
  unit_id: string
  unit_path: string
  decision_no: string | null
  decision_on: string | null
  contract_from: string | null
  contract_to: string | null
  allowance_kind: string
  allowance_amount: number | null
  allowance_coefficient: number | null
  status: string
  search_text: string
  created_at: string
  updated_at: string
}
export interface CollaboratorAreaTable {
  collaborator_id: string
  area_id: string
}
export interface CollaboratorGroupTable {
  collaborator_id: string
  grp: string
}
export interface BaseSalaryTable {
  id: string
  amount: number
  effective_from: string
  created_at: string
}
export interface WatchTopicTable {
  id: string
  unit_id: string
  unit_path: string
  month: string
  title: string
  description: string
  topics: string
  position: number
  created_by: string | null
  created_at: string
}

// ---- Notifications and job runs (migration 0003) ----

export interface NotificationTable {
  id: string
  user_id: string
  kind: string
  title: string
  body: string
  link: string | null
  created_at: string
  read_at: string | null
  dedup_key: string | null
}
export interface JobRunTable {
  run_key: string
  name: string
  started_at: string
  finished_at: string | null
  result_json: string | null
}

export interface ReportPeriodTable {
  id: string
  kind: string
  key: string
  from_day: string
  to_day: string
  owner_unit_id: string | null
  title: string | null
  created_at: string
}
export interface ReportTable {
  id: string
  period_id: string
  unit_id: string
  unit_path: string
  level: string
  status: string
  version: Generated<number>
  summary: Generated<string>
  sections_json: string
  stats_json: string | null
  stats_refreshed_at: string | null
  submitted_at: string | null
  last_submitted_at: string | null
  is_late: Generated<number>
  review_comment: string | null
  reviewed_by: string | null
  reviewed_at: string | null
  approved_by: string | null
  approved_at: string | null
  doc_type: Generated<string>
  number_seq: number | null
  number_text: string | null
  term_start: string | null
  issued_on: string | null
  created_by: string | null
  created_at: string
  updated_at: string
}
export interface ReportVersionTable {
  report_id: string
  version: number
  action: string
  status: string
  snapshot_json: string
  comment: string | null
  actor_id: string | null
  created_at: string
}
export interface ReportExtensionTable {
  id: string
  period_id: string
  unit_id: string
  unit_path: string
  until_at: string
  reason: string
  granted_by: string | null
  created_at: string
}
export interface ReportNoticeTable {
  id: string
  dedup_key: string
  period_id: string
  unit_id: string
  unit_path: string
  kind: string
  day: string
  recipient_user_id: string | null
  channel: string
  status: string
  error: string | null
  created_at: string
}
export interface DocNumberCounterTable {
  issuer_unit_id: string
  doc_type: string
  term_start: string
  last_seq: number
}
export interface SurveyTable {
  id: string
  title: string
  description: string
  search_text: string
  unit_id: string
  unit_path: string
  kind: string
  wave_label: string | null
  series_key: string | null
  questionnaire_json: string
  opens_on: string | null
  closes_on: string | null
  status: string
  access: string
  results_visible_while_open: number
  quotas_json: string
  planned_sample: number | null
  public_token: string
  opened_at: string | null
  closed_at: string | null
  published_at: string | null
  created_by: string | null
  created_at: string
  updated_at: string
}
export interface SurveyQuestionTable {
  survey_id: string
  position: number
  name: string
  type: string
  label: string
  search_text: string
  unit_path: string
}
/** An anonymous answer: no account, IP address, user agent or device fingerprint. */
export interface SurveyResponseTable {
  id: string
  survey_id: string
  channel: string
  client_id: string | null
  external_id: string | null
  answers_json: string
  submitted_at: string
  weight: Generated<number>
  area: string | null
  sex: string | null
  age_group: string | null
  social_group: string | null
}
export interface SurveyInviteTable {
  id: string
  survey_id: string
  batch: string
  code_hash: string
  hint: string
  created_at: string
  used_at: string | null
}
export interface SurveyWeightingTable {
  survey_id: string
  margins_json: string
  n: number
  iterations: number
  converged: number
  min_weight: number
  max_weight: number
  n_eff: number
  computed_at: string
  computed_by: string | null
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
  setting: SettingTable
  voter_meeting: VoterMeetingTable
  opinion_report: OpinionReportTable
  opinion_stream: OpinionStreamTable
  stream_topic: StreamTopicTable
  stream_group: StreamGroupTable
  opinion_rollup_daily: OpinionRollupDailyTable
  opinion_rollup_scope: OpinionRollupScopeTable
  opinion_contact: OpinionContactTable
  attachment: AttachmentTable
  issue: IssueTable
  referral: ReferralTable
  issue_event: IssueEventTable
  collaborator: CollaboratorTable
  collaborator_area: CollaboratorAreaTable
  collaborator_group: CollaboratorGroupTable
  base_salary: BaseSalaryTable
  watch_topic: WatchTopicTable
  notification: NotificationTable
  job_run: JobRunTable
  report_period: ReportPeriodTable
  report: ReportTable
  report_version: ReportVersionTable
  report_extension: ReportExtensionTable
  report_notice: ReportNoticeTable
  doc_number_counter: DocNumberCounterTable
  survey: SurveyTable
  survey_question: SurveyQuestionTable
  survey_response: SurveyResponseTable
  survey_invite: SurveyInviteTable
  survey_weighting: SurveyWeightingTable
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
