/** Kinds of organisational unit (loại đơn vị). Codes are stable; labels live in the i18n files. */
export const UNIT_KINDS = ['dang_bo', 'chi_bo', 'co_quan', 'mttq', 'doan_the', 'hdnd', 'ubnd', 'to_dan_pho', 'other'] as const
export type UnitKind = (typeof UNIT_KINDS)[number]

/** Roles; each is held at a unit and reaches that unit's subtree. */
export const ROLES = ['admin', 'leader', 'focal', 'unit_officer', 'collaborator', 'delegate', 'viewer', 'auditor'] as const
export type Role = (typeof ROLES)[number]

/** Resources the policy knows so far. */
export const RESOURCES = ['unit', 'area', 'user', 'api_token', 'audit', 'system'] as const
export type Resource = (typeof RESOURCES)[number]

/** Actions of the policy. `read` covers get by id, list, search, count and export alike. */
export const ACTIONS = ['read', 'create', 'update', 'import', 'export', 'manage'] as const
export type Action = (typeof ACTIONS)[number]

export const AUDIT_OUTCOMES = ['success', 'denied', 'failure'] as const
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number]
