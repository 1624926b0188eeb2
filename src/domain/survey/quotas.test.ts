import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import fc from 'fast-check'
import { ageGroupOf, inQuotaCell, quotaCheck, quotaProfile, quotaProgress, type QuotaCell, type QuotaProfile } from './quotas.ts'

const BANDS = [{ value: '18_34', min: 18, max: 34 }, { value: '35_59', min: 35, max: 59 }, { value: '60_plus', min: 60 }]
const cells: QuotaCell[] = [
  { key: 'to5/nu', criteria: { area: 'to5', sex: 'nu' }, target: 2, closeWhenFull: true },
  { key: 'to5/nam', criteria: { area: 'to5', sex: 'nam' }, target: 2 },
  { key: 'cao-tuoi', criteria: { ageGroup: '60_plus' }, target: 1 },
  { key: 'tat-ca', criteria: {}, target: 5 },
]
const profiles: QuotaProfile[] = [
  { area: 'to5', sex: 'nu', ageGroup: '35_59' },
  { area: 'to5', sex: 'nu', ageGroup: '60_plus' },
  { area: 'to5', sex: 'nam' },
  { area: 'to6', sex: 'nam', socialGroup: 'cong-nhan' },
]

describe('quotas', () => {
  it('progress by hand', () => {
    assert.deepEqual(quotaProgress(cells, profiles).map((c) => [c.key, c.count, c.remaining, c.percent, c.full]), [
      ['to5/nu', 2, 0, 100, true],
      ['to5/nam', 1, 1, 50, false],
      ['cao-tuoi', 1, 0, 100, true],
      ['tat-ca', 4, 1, 80, false],
    ])
    assert.deepEqual(quotaProgress([{ key: 'x', criteria: {}, target: 3 }], [{}]).map((c) => c.percent), [33.33])
    assert.deepEqual(quotaProgress([{ key: 'x', criteria: {}, target: 0 }], []).map((c) => [c.percent, c.full]), [[100, true]])
  })
  it('a response into a full cell closed when full is refused; into a full open cell it is accepted and flagged', () => {
    assert.deepEqual(quotaCheck(cells, profiles, { area: 'to5', sex: 'nu', ageGroup: '18_34' }), { accept: false, overfilled: ['to5/nu'] })
    assert.deepEqual(quotaCheck(cells, profiles, { area: 'to6', sex: 'nu', ageGroup: '60_plus' }), { accept: true, overfilled: ['cao-tuoi'] })
    assert.deepEqual(quotaCheck(cells, profiles, { area: 'to5', sex: 'nam' }), { accept: true, overfilled: [] })
  })
  it('a profile without a constrained dimension is outside the cell', () => {
    assert.equal(inQuotaCell(cells[0]!, { area: 'to5' }), false)
    assert.equal(inQuotaCell(cells[3]!, {}), true)
  })
  it('profiles from answers, with age bands', () => {
    assert.equal(ageGroupOf(34, BANDS), '18_34')
    assert.equal(ageGroupOf(35, BANDS), '35_59')
    assert.equal(ageGroupOf(90, BANDS), '60_plus')
    assert.equal(ageGroupOf(15, BANDS), undefined)
    assert.deepEqual(
      quotaProfile({ to: 'to5', gt: 'nu', tuoi: 61, nhom: 'tri-thuc' }, { area: 'to', sex: 'gt', ageGroup: 'tuoi', socialGroup: 'nhom' }, BANDS),
      { area: 'to5', sex: 'nu', ageGroup: '60_plus', socialGroup: 'tri-thuc' },
    )
    assert.deepEqual(quotaProfile({ nhom_tuoi: '35_59', gt: ['nu'] }, { sex: 'gt', ageGroup: 'nhom_tuoi' }), { ageGroup: '35_59' })
  })
  it('counts never exceed the responses, and the everybody cell counts them all', () => {
    const dim = fc.constantFrom('a', 'b', undefined)
    const profile = fc.record({ area: dim, sex: dim }, { requiredKeys: [] }).map((p) => JSON.parse(JSON.stringify(p)) as QuotaProfile)
    fc.assert(fc.property(fc.array(profile, { maxLength: 30 }), profile, (ps, crit) => {
      const [cell, all] = quotaProgress([{ key: 'c', criteria: crit, target: 3 }, { key: 'all', criteria: {}, target: 3 }], ps)
      assert.ok(cell!.count <= ps.length)
      assert.equal(all!.count, ps.length)
      assert.equal(cell!.full, cell!.count >= 3)
    }))
  })
})
