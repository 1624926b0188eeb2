/** The restricted contact store through the API and the services: apart from the record, read only by focal and admin, every read audited, purged after the retention period. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import { purgeContacts } from '../../src/services/opinions/contacts.ts'
import type { OpinionView } from '../../src/shared/opinion.schema.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
// names no other record's contact (the demo's) would have
const PERSON = 'Nguyễn Thử Liên Hệ'
const CITY_PERSON = 'Trần Thử Thành Phố'

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: citizens' contacts`, () => {
    let t: TestApp
    let ctv: Client, phutrach: Client, bxdd: Client, admin: Client, kiemtra: Client
    let kdc01: string

    const withContact = async (heardOn: string, contact: Record<string, unknown> | null = { fullName: PERSON, phone: '0912 000 111', address: 'Số 5 ngõ 12', note: 'Cần trả lời về tiền đền bù' }): Promise<OpinionView> => {
      const res = await ctv.post('/api/opinions', {
        channel: 'collaborator', unitId: kdc01, heardOn, title: 'Cần trả lời', content: 'Hộ dân hỏi về đền bù', streams: [{ topics: ['dat-dai'], direction: 'concern' }], contact,
      })
      assert.equal(res.statusCode, 201, res.body)
      return json(res)
    }
    const reads = async (id: string) =>
      (await t.conn.db.selectFrom('audit_event').select(['actor_username', 'outcome']).where('action', '=', 'contact.read').where('resource_id', '=', id).orderBy('id').execute())
        .map((e) => `${e.actor_username}:${e.outcome}`)

    before(async () => {
      t = await startTestApp(dialect)
      ctv = await signIn(t.app, 'ctv')
      phutrach = await signIn(t.app, 'phutrach')
      bxdd = await signIn(t.app, 'bxdd')
      admin = await signIn(t.app, 'admin')
      kiemtra = await signIn(t.app, 'kiemtra')
      kdc01 = await unitId(t.conn, 'HB-CB-KDC01')
    })
    after(() => t.close())

    it('the record says only hasContact; the name lives in the restricted table, deleted after 24 months by default', async () => {
      const o = await withContact('2026-11-10')
      assert.equal(o.hasContact, true)
      assert.ok(!JSON.stringify(o).includes(PERSON))
      assert.ok(!JSON.stringify(json(await bxdd.get(`/api/opinions?q=den%20bu`))).includes('0912'))
      const row = await t.conn.db.selectFrom('opinion_contact').selectAll().where('report_id', '=', o.id).executeTakeFirstOrThrow()
      assert.equal(row.full_name, PERSON)
      assert.equal(row.delete_after, '2028-11-10')
      const report = await t.conn.db.selectFrom('opinion_report').select(['title', 'content', 'search_text']).where('id', '=', o.id).executeTakeFirstOrThrow()
      assert.ok(!JSON.stringify(report).includes('Dân"') && !JSON.stringify(report).includes('0912'))
      assert.equal((await withContact('2026-11-11', null)).hasContact, false)
    })

    it('focal and admin read it, each read audited; a unit officer, a collaborator and an auditor are refused (and that is audited too)', async () => {
      const o = await withContact('2026-11-12')
      for (const c of [bxdd, bxdd, admin]) {
        const res = await c.get(`/api/opinions/${o.id}/contact`)
        assert.equal(res.statusCode, 200, res.body)
        assert.deepEqual(json(res), { fullName: PERSON, phone: '0912 000 111', address: 'Số 5 ngõ 12', note: 'Cần trả lời về tiền đền bù', deleteAfter: '2028-11-12' })
      }
      for (const c of [phutrach, ctv, kiemtra]) {
        const res = await c.get(`/api/opinions/${o.id}/contact`)
        assert.equal(res.statusCode, 403)
        assert.equal(json(res).error.code, 'FORBIDDEN')
      }
      assert.deepEqual(await reads(o.id), ['bxdd:success', 'bxdd:success', 'admin:success'])
      const denied = await t.conn.db.selectFrom('audit_event').select('actor_username').where('action', '=', 'contact.read').where('outcome', '=', 'denied').execute()
      assert.deepEqual(denied.map((d) => d.actor_username).sort(), ['ctv', 'kiemtra', 'phutrach'])
      // the auditor sees the reads in the audit log
      const log = json(await kiemtra.get('/api/audit?action=contact.read&outcome=success'))
      assert.ok(log.items.some((e: { resourceId: string; actorUsername: string }) => e.resourceId === o.id && e.actorUsername === 'bxdd'))
    })

    it('a record without contact, or outside the scope, is "not found"', async () => {
      const none = await withContact('2026-11-13', null)
      const res = await bxdd.get(`/api/opinions/${none.id}/contact`)
      assert.equal(res.statusCode, 404)
      assert.equal(json(res).error.code, 'OPINION_CONTACT_NOT_FOUND')
      const hp = await unitId(t.conn, 'HP')
      const city = json(await admin.post('/api/opinions', {
        channel: 'hotline', unitId: hp, heardOn: '2026-11-10', title: 'Thành phố', content: 'x', streams: [{ topics: ['khac'], direction: 'unknown' }], contact: { fullName: CITY_PERSON },
      }))
      const outside = await bxdd.get(`/api/opinions/${city.id}/contact`)
      assert.equal(outside.statusCode, 404)
      assert.equal(json(outside).error.code, 'OPINION_NOT_FOUND')
      assert.deepEqual(await reads(city.id), [])
    })

    it('only an admin erases a contact on request (audited); it is then gone', async () => {
      const o = await withContact('2026-11-14')
      assert.equal((await bxdd.del(`/api/opinions/${o.id}/contact`)).statusCode, 403)
      assert.equal((await admin.del(`/api/opinions/${o.id}/contact`)).statusCode, 204)
      assert.equal((await admin.get(`/api/opinions/${o.id}/contact`)).statusCode, 404)
      assert.equal(json(await admin.get(`/api/opinions/${o.id}`)).hasContact, false)
      assert.equal((await admin.del(`/api/opinions/${o.id}/contact`)).statusCode, 404)
      const ev = await t.conn.db.selectFrom('audit_event').select('actor_username').where('action', '=', 'contact.delete').where('resource_id', '=', o.id).execute()
      assert.deepEqual(ev.map((e) => e.actor_username), ['admin'])
    })

    it('the retention setting sets the deletion day; a changed heard day moves it', async () => {
      await t.conn.db.insertInto('setting').values({ key: 'privacy.retentionMonths', value_json: '6', updated_at: t.clock.now.toISOString(), updated_by: null }).execute()
      try {
        const o = await withContact('2026-08-31')
        const day = async () => (await t.conn.db.selectFrom('opinion_contact').select('delete_after').where('report_id', '=', o.id).executeTakeFirstOrThrow()).delete_after
        assert.equal(await day(), '2027-02-28', 'the end of a shorter month')
        assert.equal((await ctv.patch(`/api/opinions/${o.id}`, { version: 1, heardOn: '2026-09-15' })).statusCode, 200)
        assert.equal(await day(), '2027-03-15')
      } finally {
        await t.conn.db.deleteFrom('setting').where('key', '=', 'privacy.retentionMonths').execute()
      }
    })

    it('purge deletes exactly the contacts past their day, counts with a dry run, and audits the count', async () => {
      const all = async () => Number((await t.conn.db.selectFrom('opinion_contact').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
      const due = async (day: string) =>
        Number((await t.conn.db.selectFrom('opinion_contact').select((eb) => eb.fn.countAll<number>().as('n')).where('delete_after', '<', day).executeTakeFirstOrThrow()).n)
      // the contacts this file made (other records, such as the demo's, may have contacts too)
      const mine = async () =>
        (await t.conn.db.selectFrom('opinion_contact').select('delete_after').where('full_name', 'in', [PERSON, CITY_PERSON]).orderBy('delete_after').execute()).map((r) => r.delete_after)
      assert.deepEqual(await mine(), ['2027-03-15', '2028-11-10', '2028-11-10', '2028-11-12'])
      const results = []
      // today (20/11/2026) none of these is due
      const today = await purgeContacts(t.ctx(), {})
      results.push(today)
      assert.equal(today.before, '2026-11-20')
      assert.equal(await due('2026-11-20'), 0)
      assert.equal((await mine()).length, 4)
      // on 16/03/2027 the contact kept 6 months (until 15/03/2027) is due
      const march = { ...t.ctx(), now: new Date('2027-03-16T05:00:00Z') }
      const before = await all()
      const expected = await due('2027-03-16')
      assert.deepEqual(await purgeContacts(march, { dryRun: true }), { purged: expected, before: '2027-03-16', dryRun: true })
      assert.equal(await all(), before, 'a dry run deletes nothing')
      results.push(await purgeContacts(march, {}))
      assert.deepEqual(results[1], { purged: expected, before: '2027-03-16', dryRun: false })
      assert.equal(await all(), before - expected)
      assert.equal(await due('2027-03-16'), 0)
      assert.deepEqual(await mine(), ['2028-11-10', '2028-11-10', '2028-11-12'])
      // on 12/11/2028 those to delete after 10/11/2028 are due; the one of 12/11/2028 stays until that day has passed
      const later = { ...t.ctx(), now: new Date('2028-11-12T05:00:00Z') }
      const expectedLater = await due('2028-11-12')
      results.push(await purgeContacts(later, {}))
      assert.equal(results[2]!.purged, expectedLater)
      assert.deepEqual(await mine(), ['2028-11-12'])
      const ev = await t.conn.db.selectFrom('audit_event').select(['details_json', 'actor_username']).where('action', '=', 'contact.purge').orderBy('id', 'desc').limit(3).execute()
      assert.deepEqual(ev.map((e) => JSON.parse(e.details_json!)), results.reverse().map((r) => ({ purged: r.purged, before: r.before })))
      assert.equal(ev[0]!.actor_username, 'system')
    })
  })
}
