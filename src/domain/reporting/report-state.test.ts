import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { ROLES, type Role } from '../../shared/enums.ts'
import { allowedActions, isLocked, REPORT_ACTIONS, REPORT_STATES, transition, type ReportAction, type ReportState, type TransitionResult } from './report-state.ts'

const C = { comment: 'Bổ sung phần II: dư luận về giá điện' }

test('the happy path with one return: draft → submitted → returned → submitted → accepted', () => {
  let s: ReportState = 'draft'
  const step = (a: ReportAction, r: Role, d = {}) => {
    const res = transition(s, a, r, d)
    assert.ok(res.ok, JSON.stringify(res))
    s = res.state
    return s
  }
  assert.equal(step('save', 'unit_officer'), 'draft')
  assert.equal(step('submit', 'unit_officer'), 'submitted')
  assert.equal(step('return', 'focal', C), 'returned')
  assert.equal(step('save', 'unit_officer'), 'returned')
  assert.equal(step('submit', 'unit_officer'), 'submitted')
  assert.equal(step('accept', 'focal'), 'accepted')
  assert.ok(isLocked(s))
})

// the full expected table: state × action → outcome for the allowed role (unit_officer for save/submit, focal otherwise)
const EXPECTED: Record<ReportState, Record<ReportAction, TransitionResult>> = {
  draft: { save: { ok: true, state: 'draft' }, submit: { ok: true, state: 'submitted' }, return: { ok: false, code: 'REPORT_TRANSITION_INVALID' }, accept: { ok: false, code: 'REPORT_TRANSITION_INVALID' } },
  submitted: { save: { ok: false, code: 'REPORT_TRANSITION_INVALID' }, submit: { ok: false, code: 'REPORT_TRANSITION_INVALID' }, return: { ok: true, state: 'returned' }, accept: { ok: true, state: 'accepted' } },
  returned: { save: { ok: true, state: 'returned' }, submit: { ok: true, state: 'submitted' }, return: { ok: false, code: 'REPORT_TRANSITION_INVALID' }, accept: { ok: false, code: 'REPORT_TRANSITION_INVALID' } },
  accepted: { save: { ok: false, code: 'REPORT_LOCKED' }, submit: { ok: false, code: 'REPORT_LOCKED' }, return: { ok: false, code: 'REPORT_LOCKED' }, accept: { ok: false, code: 'REPORT_LOCKED' } },
}
const ACTOR: Record<ReportAction, Role> = { save: 'unit_officer', submit: 'unit_officer', return: 'focal', accept: 'focal' }

test('exhaustive: every state × action × role', () => {
  let cases = 0
  for (const s of REPORT_STATES) for (const a of REPORT_ACTIONS) for (const r of ROLES) {
    const got = transition(s, a, r, C)
    const base = EXPECTED[s][a]
    // a valid transition by the wrong role is forbidden; invalid and locked outcomes do not depend on the role
    const want: TransitionResult = base.ok && r !== ACTOR[a] ? { ok: false, code: 'REPORT_ACTION_FORBIDDEN' } : base
    assert.deepEqual(got, want, `${s} ${a} ${r}`)
    assert.equal(allowedActions(s, r).includes(a), want.ok, `allowedActions ${s} ${a} ${r}`)
    cases++
  }
  assert.equal(cases, REPORT_STATES.length * REPORT_ACTIONS.length * ROLES.length)
})

test('a return needs a non-blank comment', () => {
  assert.deepEqual(transition('submitted', 'return', 'focal'), { ok: false, code: 'REPORT_RETURN_COMMENT_REQUIRED' })
  assert.deepEqual(transition('submitted', 'return', 'focal', { comment: '  \n ' }), { ok: false, code: 'REPORT_RETURN_COMMENT_REQUIRED' })
  assert.deepEqual(transition('submitted', 'return', 'focal', { comment: null }), { ok: false, code: 'REPORT_RETURN_COMMENT_REQUIRED' })
  // the role is checked before the comment
  assert.deepEqual(transition('submitted', 'return', 'unit_officer'), { ok: false, code: 'REPORT_ACTION_FORBIDDEN' })
})

test('allowed actions per state for the two roles', () => {
  assert.deepEqual(allowedActions('draft', 'unit_officer'), ['save', 'submit'])
  assert.deepEqual(allowedActions('submitted', 'focal'), ['return', 'accept'])
  assert.deepEqual(allowedActions('submitted', 'unit_officer'), [])
  assert.deepEqual(allowedActions('accepted', 'focal'), [])
})

test('property: any sequence of actions keeps a valid state, and once accepted nothing changes it', () => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...REPORT_ACTIONS), fc.constantFrom(...ROLES), fc.boolean()), { maxLength: 30 }), (steps) => {
    let s: ReportState = 'draft'
    let accepted = false
    for (const [a, r, withComment] of steps) {
      const res = transition(s, a, r, withComment ? C : {})
      if (accepted) assert.deepEqual(res, { ok: false, code: 'REPORT_LOCKED' })
      if (res.ok) s = res.state
      assert.ok(REPORT_STATES.includes(s))
      if (s === 'accepted') accepted = true
      // only a focal officer's accept reaches accepted, only from submitted
      if (res.ok && res.state === 'accepted') assert.equal(r, 'focal')
    }
  }), { numRuns: 500 })
})
