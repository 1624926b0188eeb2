import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { ISSUE_STATUSES, type IssueStatus } from '../shared/enums.ts'
import { applyAct, isOpen, ISSUE_ACTS, manualAct, needsReason, type IssueAct } from './issue-status.ts'

// the expected machine, written out independently of the table it checks: every (status, act) pair is listed
const EXPECTED: Record<IssueStatus, Record<IssueAct, IssueStatus | null>> = {
  new: { watch: 'watching', refer: 'referred', answer: null, close: 'closed', reopen: null },
  watching: { watch: null, refer: 'referred', answer: null, close: 'closed', reopen: null },
  referred: { watch: null, refer: 'referred', answer: 'answered', close: null, reopen: null },
  answered: { watch: null, refer: 'referred', answer: null, close: 'closed', reopen: null },
  closed: { watch: null, refer: null, answer: null, close: null, reopen: 'watching' },
}

test('every (status, act) pair: allowed ones lead where the table says, the rest are refused', () => {
  for (const from of ISSUE_STATUSES) {
    for (const act of ISSUE_ACTS) {
      const r = applyAct(from, act, { reason: 'Lý do đầy đủ' })
      const want = EXPECTED[from][act]
      if (want === null) assert.deepEqual(r, { ok: false, code: 'ISSUE_TRANSITION_NOT_ALLOWED' }, `${from} --${act}-->`)
      else assert.deepEqual(r, { ok: true, to: want }, `${from} --${act}-->`)
    }
  }
})

test('the main road new → watching → referred → answered → closed is walkable, and closed reopens to watching', () => {
  let s: IssueStatus = 'new'
  for (const act of ['watch', 'refer', 'answer', 'close', 'reopen'] as const) {
    const r = applyAct(s, act, { reason: 'Dư luận xuất hiện trở lại' })
    assert.ok(r.ok, `${s} --${act}-->`)
    s = r.to
  }
  assert.equal(s, 'watching')
})

test('closing without an answer and reopening need a reason; closing an answered issue does not', () => {
  for (const from of ['new', 'watching'] as const) {
    assert.deepEqual(applyAct(from, 'close'), { ok: false, code: 'ISSUE_REASON_REQUIRED' })
    assert.deepEqual(applyAct(from, 'close', { reason: '   ' }), { ok: false, code: 'ISSUE_REASON_REQUIRED' })
    assert.deepEqual(applyAct(from, 'close', { reason: 'Trùng với vấn đề khác' }), { ok: true, to: 'closed' })
  }
  assert.deepEqual(applyAct('answered', 'close'), { ok: true, to: 'closed' })
  assert.deepEqual(applyAct('closed', 'reopen'), { ok: false, code: 'ISSUE_REASON_REQUIRED' })
  assert.deepEqual(applyAct('closed', 'reopen', { reason: 'Người dân tiếp tục phản ánh' }), { ok: true, to: 'watching' })
  for (const from of ISSUE_STATUSES) for (const act of ['watch', 'refer', 'answer'] as const) assert.equal(needsReason(from, act), false)
})

test('an answer leaves the issue referred while other referrals are still pending', () => {
  assert.deepEqual(applyAct('referred', 'answer', { pendingAfter: 1 }), { ok: true, to: 'referred' })
  assert.deepEqual(applyAct('referred', 'answer', { pendingAfter: 0 }), { ok: true, to: 'answered' })
  assert.deepEqual(applyAct('referred', 'answer'), { ok: true, to: 'answered' })
})

test('a bare transition: every (from, to) pair', () => {
  const expectAct: Record<IssueStatus, Record<IssueStatus, IssueAct | string>> = {
    new: { new: 'ISSUE_TRANSITION_NOT_ALLOWED', watching: 'watch', referred: 'ISSUE_TRANSITION_VIA_REFERRAL', answered: 'ISSUE_TRANSITION_VIA_ANSWER', closed: 'close' },
    watching: { new: 'ISSUE_TRANSITION_NOT_ALLOWED', watching: 'ISSUE_TRANSITION_NOT_ALLOWED', referred: 'ISSUE_TRANSITION_VIA_REFERRAL', answered: 'ISSUE_TRANSITION_VIA_ANSWER', closed: 'close' },
    referred: { new: 'ISSUE_TRANSITION_NOT_ALLOWED', watching: 'ISSUE_TRANSITION_NOT_ALLOWED', referred: 'ISSUE_TRANSITION_VIA_REFERRAL', answered: 'ISSUE_TRANSITION_VIA_ANSWER', closed: 'ISSUE_TRANSITION_NOT_ALLOWED' },
    answered: { new: 'ISSUE_TRANSITION_NOT_ALLOWED', watching: 'ISSUE_TRANSITION_NOT_ALLOWED', referred: 'ISSUE_TRANSITION_VIA_REFERRAL', answered: 'ISSUE_TRANSITION_VIA_ANSWER', closed: 'close' },
    closed: { new: 'ISSUE_TRANSITION_NOT_ALLOWED', watching: 'reopen', referred: 'ISSUE_TRANSITION_VIA_REFERRAL', answered: 'ISSUE_TRANSITION_VIA_ANSWER', closed: 'ISSUE_TRANSITION_NOT_ALLOWED' },
  }
  for (const from of ISSUE_STATUSES) {
    for (const to of ISSUE_STATUSES) {
      const r = manualAct(from, to)
      const want = expectAct[from][to]
      if ((ISSUE_ACTS as readonly string[]).includes(want)) assert.deepEqual(r, { ok: true, act: want }, `${from} → ${to}`)
      else assert.deepEqual(r, { ok: false, code: want }, `${from} → ${to}`)
    }
  }
})

test('a bare transition that is allowed lands on the status asked for', () => {
  fc.assert(
    fc.property(fc.constantFrom(...ISSUE_STATUSES), fc.constantFrom(...ISSUE_STATUSES), (from, to) => {
      const m = manualAct(from, to)
      if (!m.ok) return true
      const r = applyAct(from, m.act, { reason: 'lý do' })
      return r.ok && r.to === to
    }),
  )
})

test('only closed issues are not open; every status is reachable from new', () => {
  assert.deepEqual(ISSUE_STATUSES.filter((s) => !isOpen(s)), ['closed'])
  const seen = new Set<IssueStatus>(['new'])
  let frontier: IssueStatus[] = ['new']
  while (frontier.length) {
    const next: IssueStatus[] = []
    for (const s of frontier) for (const act of ISSUE_ACTS) {
      const r = applyAct(s, act, { reason: 'x' })
      if (r.ok && !seen.has(r.to)) {
        seen.add(r.to)
        next.push(r.to)
      }
    }
    frontier = next
  }
  assert.deepEqual([...seen].sort(), [...ISSUE_STATUSES].sort())
})
