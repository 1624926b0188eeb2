/**
 * The life of a unit's report (trạng thái báo cáo):
 *   draft (nháp) → submitted (đã gửi) → returned (trả lại, with the board's comments) → submitted → accepted (đã tiếp nhận).
 * An accepted report is locked (khoá): no action applies to it. Who may do what is data (REPORT_TRANSITIONS):
 * the unit officer (cán bộ đơn vị) saves and submits; the focal officer (đầu mối, Ban Xây dựng Đảng) returns and accepts.
 * Pure: `transition` returns the new state or an error code; versioning and the audit trail are the service's job.
 */
import type { Role } from '../../shared/enums.ts'

/** Report states. */
export const REPORT_STATES = ['draft', 'submitted', 'returned', 'accepted'] as const
/** A report state code. */
export type ReportState = (typeof REPORT_STATES)[number]

/** Report actions: save edits (lưu), submit (gửi), return with comments (trả lại), accept (tiếp nhận). */
export const REPORT_ACTIONS = ['save', 'submit', 'return', 'accept'] as const
/** A report action code. */
export type ReportAction = (typeof REPORT_ACTIONS)[number]

/** One allowed transition: from which states, to which state, by which roles. */
export type TransitionRule = { from: readonly ReportState[]; to: ReportState | 'same'; roles: readonly Role[] }

/** The transition table: every action with its source states, target and allowed roles. */
export const REPORT_TRANSITIONS: Readonly<Record<ReportAction, TransitionRule>> = {
  save: { from: ['draft', 'returned'], to: 'same', roles: ['unit_officer'] },
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['unit_officer'] },
  return: { from: ['submitted'], to: 'returned', roles: ['focal'] },
  accept: { from: ['submitted'], to: 'accepted', roles: ['focal'] },
}

/** Error codes of a refused transition (each needs a message in the i18n files when surfaced). */
export const REPORT_TRANSITION_ERRORS = ['REPORT_LOCKED', 'REPORT_TRANSITION_INVALID', 'REPORT_ACTION_FORBIDDEN', 'REPORT_RETURN_COMMENT_REQUIRED'] as const
/** A refused-transition error code. */
export type ReportTransitionError = (typeof REPORT_TRANSITION_ERRORS)[number]

/** The outcome of a transition: the new state, or why it was refused. */
export type TransitionResult = { ok: true; state: ReportState } | { ok: false; code: ReportTransitionError }

/** Is a report in this state locked against every change? */
export function isLocked(state: ReportState): boolean {
  return state === 'accepted'
}

/**
 * Apply an action by an actor's role. Checks in order: locked (accepted) → the action does not apply to this
 * state → the role may not do it → a return needs a non-blank comment (góp ý của Ban).
 */
export function transition(state: ReportState, action: ReportAction, actorRole: Role, details: { comment?: string | null } = {}): TransitionResult {
  if (isLocked(state)) return { ok: false, code: 'REPORT_LOCKED' }
  const rule = REPORT_TRANSITIONS[action]
  if (!rule.from.includes(state)) return { ok: false, code: 'REPORT_TRANSITION_INVALID' }
  if (!rule.roles.includes(actorRole)) return { ok: false, code: 'REPORT_ACTION_FORBIDDEN' }
  if (action === 'return' && !details.comment?.trim()) return { ok: false, code: 'REPORT_RETURN_COMMENT_REQUIRED' }
  return { ok: true, state: rule.to === 'same' ? state : rule.to }
}

/** The actions a role may take on a report in this state (for the buttons the UI shows). */
export function allowedActions(state: ReportState, actorRole: Role): ReportAction[] {
  if (isLocked(state)) return []
  return REPORT_ACTIONS.filter((a) => REPORT_TRANSITIONS[a].from.includes(state) && REPORT_TRANSITIONS[a].roles.includes(actorRole))
}
