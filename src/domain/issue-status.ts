/**
 * The life of an issue (vấn đề, điểm nóng), as a pure state machine.
 *
 *   new ──watch──► watching ──refer──► referred ──answer──► answered ──close──► closed
 *    │                │                  ▲  │                 │                  │
 *    ├──refer─────────┼──────────────────┘  └─refer (another  └─refer (the       └─reopen──► watching
 *    └──close─────────┴──close──► closed       unit at once)     answer is not enough)
 *
 * - `refer` needs a referral (unit or agency, due day) and `answer` an answer text, so they happen through their own
 *   use cases, never through a bare transition.
 * - An issue stays `referred` while any referral is still pending: answering one of two referrals keeps it referred,
 *   answering the last moves it to `answered`. So `referred` always means "someone still owes an answer".
 * - Closing an issue that was never answered (from `new` or `watching`: a duplicate, a rumour that died down) and
 *   reopening a closed one need a reason; closing an answered issue does not.
 * - A referred issue cannot be closed: the answer comes first (the focal board may record it on the unit's behalf).
 * - Linking opinion streams never changes the status: `new` means "not yet looked at by whoever handles it", and an
 *   issue created from a record would otherwise never be new.
 */
import type { IssueStatus } from '../shared/enums.ts'

/** What someone does to an issue. */
export const ISSUE_ACTS = ['watch', 'refer', 'answer', 'close', 'reopen'] as const
export type IssueAct = (typeof ISSUE_ACTS)[number]

/** The status each act leads to, from each status; an act missing here is not allowed from that status. */
export const ISSUE_TRANSITIONS: Record<IssueStatus, Partial<Record<IssueAct, IssueStatus>>> = {
  new: { watch: 'watching', refer: 'referred', close: 'closed' },
  watching: { refer: 'referred', close: 'closed' },
  referred: { refer: 'referred', answer: 'answered' },
  answered: { refer: 'referred', close: 'closed' },
  closed: { reopen: 'watching' },
}

/** Statuses in which the issue is still open: suggested for new records, accepts links and referrals. */
export function isOpen(status: IssueStatus): boolean {
  return status !== 'closed'
}

export type ActOutcome = { ok: true; to: IssueStatus } | { ok: false; code: 'ISSUE_TRANSITION_NOT_ALLOWED' | 'ISSUE_REASON_REQUIRED' }

/**
 * The status after `act`, or why it is refused. `pendingAfter` is the number of referrals still pending once the act is
 * done (only `answer` reads it): an answer with referrals still pending leaves the issue `referred`.
 */
export function applyAct(from: IssueStatus, act: IssueAct, opts: { reason?: string | null; pendingAfter?: number } = {}): ActOutcome {
  const to = ISSUE_TRANSITIONS[from][act]
  if (!to) return { ok: false, code: 'ISSUE_TRANSITION_NOT_ALLOWED' }
  if (needsReason(from, act) && !opts.reason?.trim()) return { ok: false, code: 'ISSUE_REASON_REQUIRED' }
  if (act === 'answer' && (opts.pendingAfter ?? 0) > 0) return { ok: true, to: 'referred' }
  return { ok: true, to }
}

/** Reopening, and closing an issue that never got an answer, must say why. */
export function needsReason(from: IssueStatus, act: IssueAct): boolean {
  return act === 'reopen' || (act === 'close' && (from === 'new' || from === 'watching'))
}

export type ManualMove = { ok: true; act: IssueAct } | { ok: false; code: 'ISSUE_TRANSITION_NOT_ALLOWED' | 'ISSUE_TRANSITION_VIA_REFERRAL' | 'ISSUE_TRANSITION_VIA_ANSWER' }

/**
 * The act behind a bare "move to status `to`" request (POST /api/issues/:id/transition): watching (watch, or reopen
 * from closed) and closed (close). `referred` and `answered` are reached only by referring and answering.
 */
export function manualAct(from: IssueStatus, to: IssueStatus): ManualMove {
  if (to === 'referred') return { ok: false, code: 'ISSUE_TRANSITION_VIA_REFERRAL' }
  if (to === 'answered') return { ok: false, code: 'ISSUE_TRANSITION_VIA_ANSWER' }
  const act: IssueAct | null = to === 'closed' ? 'close' : to === 'watching' ? (from === 'closed' ? 'reopen' : 'watch') : null
  if (!act || !ISSUE_TRANSITIONS[from][act]) return { ok: false, code: 'ISSUE_TRANSITION_NOT_ALLOWED' }
  return { ok: true, act }
}
