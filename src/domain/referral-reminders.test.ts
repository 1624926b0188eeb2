import { test } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { addDays, daysBetween, DUE_SOON_DAYS, reminderHorizon, remindersAt, remindersForDay, type Reminder } from './referral-reminders.ts'

const R = { id: 'r1', dueOn: '2026-11-30' }
const kinds = (rs: Reminder[]) => rs.map((r) => r.kind)

test('3 days before: soon; 4 days before: nothing; on the day: today; after: overdue every day', () => {
  assert.deepEqual(remindersForDay([R], '2026-11-26'), [])
  assert.deepEqual(remindersForDay([R], '2026-11-27'), [{ referralId: 'r1', kind: 'due_soon', day: '2026-11-27', dueOn: '2026-11-30', daysLeft: 3, key: 'r1:due_soon:2026-11-30' }])
  assert.deepEqual(remindersForDay([R], '2026-11-30'), [{ referralId: 'r1', kind: 'due_today', day: '2026-11-30', dueOn: '2026-11-30', daysLeft: 0, key: 'r1:due_today:2026-11-30' }])
  assert.deepEqual(kinds(remindersForDay([R], '2026-12-01')), ['overdue'])
  assert.equal(remindersForDay([R], '2026-12-01')[0]!.key, 'r1:overdue:2026-12-01')
  assert.equal(remindersForDay([R], '2026-12-02')[0]!.key, 'r1:overdue:2026-12-02')
  assert.equal(remindersForDay([R], '2026-12-02')[0]!.daysLeft, -2)
})

test('the soon reminder has one key for days 3, 2 and 1 before: it is sent once, on the first day a run sees it', () => {
  const keys = ['2026-11-27', '2026-11-28', '2026-11-29'].map((d) => remindersForDay([R], d)[0]!)
  assert.deepEqual(keys.map((r) => r.kind), ['due_soon', 'due_soon', 'due_soon'])
  assert.equal(new Set(keys.map((r) => r.key)).size, 1)
  // moving the due day gives a new soon reminder
  assert.notEqual(remindersForDay([{ id: 'r1', dueOn: '2026-12-05' }], '2026-12-02')[0]!.key, keys[0]!.key)
})

test('the local day decides, whatever the process time zone (this file runs under TZ=UTC and TZ=Asia/Ho_Chi_Minh)', () => {
  // 16:59 UTC on the 26th is 23:59 on the 26th in Hà Nội: 4 days before, nothing yet
  assert.deepEqual(remindersAt([R], new Date('2026-11-26T16:59:00Z')), [])
  // one minute later it is 00:00 on the 27th in Hà Nội: 3 days before
  assert.deepEqual(kinds(remindersAt([R], new Date('2026-11-26T17:00:00Z'))), ['due_soon'])
  // 07:00 on the 30th in Hà Nội is 00:00 UTC: the due day
  assert.deepEqual(kinds(remindersAt([R], new Date('2026-11-30T00:00:00Z'))), ['due_today'])
  // 23:30 UTC on the 30th is already 1 December in Hà Nội
  assert.deepEqual(kinds(remindersAt([R], new Date('2026-11-30T23:30:00Z'))), ['overdue'])
})

test('calendar arithmetic across months, years and leap days', () => {
  assert.equal(daysBetween('2026-12-30', '2027-01-02'), 3)
  assert.equal(daysBetween('2028-02-27', '2028-03-01'), 3)
  assert.equal(daysBetween('2026-03-01', '2026-02-26'), -3)
  assert.equal(addDays('2026-12-30', 3), '2027-01-02')
  assert.equal(addDays('2028-03-01', -1), '2028-02-29')
  assert.equal(reminderHorizon('2026-11-27'), '2026-11-30')
})

test('a referral gets exactly one reminder per day from 3 days before on, none earlier', () => {
  const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2025-01-01', n))
  fc.assert(
    fc.property(day, day, (today, dueOn) => {
      const rs = remindersForDay([{ id: 'x', dueOn }], today)
      const left = daysBetween(today, dueOn)
      if (left > DUE_SOON_DAYS) return rs.length === 0
      return rs.length === 1 && rs[0]!.daysLeft === left && dueOn <= reminderHorizon(today)
    }),
  )
})
