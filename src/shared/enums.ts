/** Kinds of organisational unit (loại đơn vị). Codes are stable; labels live in the i18n files. */
export const UNIT_KINDS = ['dang_bo', 'chi_bo', 'co_quan', 'mttq', 'doan_the', 'hdnd', 'ubnd', 'to_dan_pho', 'other'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

/** Roles; each is held at a unit and reaches that unit's subtree. */
export const ROLES = ['admin', 'leader', 'focal', 'unit_officer', 'collaborator', 'delegate', 'viewer', 'auditor'] as const
export type Role = (typeof ROLES)[number]

/** Resources the policy knows so far. */
export const RESOURCES = ['unit', 'area', 'user', 'api_token', 'audit', 'system', 'opinion', 'contact', 'collaborator', 'issue', 'meeting', 'watch_topic', 'trend', 'report', 'ward_report', 'survey', 'survey_response'] as const
export type Resource = (typeof RESOURCES)[number]

/** Actions of the policy. `read` covers get by id, list, search, count and export alike. */
export const ACTIONS = ['read', 'create', 'update', 'import', 'export', 'manage'] as const
export type Action = (typeof ACTIONS)[number]

/** Kinds of change a unit's history records. */
export const UNIT_CHANGES = ['create', 'update', 'rename', 'move', 'deactivate', 'reactivate'] as const
export type UnitChange = (typeof UNIT_CHANGES)[number]

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number]

// ---- Opinion intake (DESIGN §2) ----

/** Where an opinion record comes from (kênh). */
export const CHANNELS = ['collaborator', 'unit_report', 'voter_meeting', 'front', 'dialogue', 'survey', 'press', 'social', 'hotline', 'other'] as const
export type Channel = (typeof CHANNELS)[number]

/** Topic taxonomy codes (lĩnh vực); admins may add children later. */
export const TOPICS = [
  'kt-xh', 'qp-an', 'ttatxh', 'doi-song', 'giao-duc', 'y-te', 'van-hoa', 'moi-truong',
  'dat-dai', 'xd-dang', 'chinh-quyen', 'mttq-doan-the', 'ton-giao-dan-toc', 'doi-ngoai', 'khac',
] as const
export type Topic = (typeof TOPICS)[number]

/** Direction (khuynh hướng): tán thành, băn khoăn, phản đối, hỗn hợp, chưa rõ. */
export const DIRECTIONS = ['support', 'concern', 'oppose', 'mixed', 'unknown'] as const
export type Direction = (typeof DIRECTIONS)[number]

/** Intensity (mức độ): thấp, trung bình, cao, bức xúc. */
export const INTENSITIES = ['low', 'medium', 'high', 'pressing'] as const
export type Intensity = (typeof INTENSITIES)[number]

/** Breadth (phạm vi): một số, nhiều, đa số, tuyệt đại đa số. */
export const BREADTHS = ['few', 'many', 'majority', 'overwhelming'] as const
export type Breadth = (typeof BREADTHS)[number]

/** Social groups (tầng lớp, giai tầng). */
export const SOCIAL_GROUPS = [
  'can-bo-dang-vien', 'cong-nhan', 'nong-dan', 'tri-thuc', 'doanh-nhan', 'thanh-nien-hoc-sinh',
  'phu-nu', 'cuu-chien-binh', 'nguoi-cao-tuoi', 'ton-giao', 'dan-toc-thieu-so', 'tieu-thuong',
] as const
export type SocialGroup = (typeof SOCIAL_GROUPS)[number]

/** Issue (vấn đề, điểm nóng) statuses. */
export const ISSUE_STATUSES = ['new', 'watching', 'referred', 'answered', 'closed'] as const
export type IssueStatus = (typeof ISSUE_STATUSES)[number]

/** Collaborator statuses. */
export const COLLABORATOR_STATUSES = ['active', 'suspended', 'ended'] as const
export type CollaboratorStatus = (typeof COLLABORATOR_STATUSES)[number]
