/**
 * The record a POST returns is built from what it has just written, not read back: it must equal, field for field,
 * what reading the record back returns (GET), for records with everything a record can carry (area, meeting, several
 * streams with topics, groups and issue links, contact, client id) and for bare ones, on both engines; and what
 * it wrote must be counted in the roll-up.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import type { OpinionView } from '../../src/shared/opinion.schema.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: the created record's view equals the record read back`, () => {
    let t: TestApp
    let ctv: Client, bxdd: Client
    let kdc01: string, hb: string

    before(async () => {
      t = await startTestApp(dialect)
      ctv = await signIn(t.app, 'ctv')
      bxdd = await signIn(t.app, 'bxdd')
      kdc01 = await unitId(t.conn, 'HB-CB-KDC01')
      hb = await unitId(t.conn, 'HB')
    })
    after(() => t.close())

    const createAndRead = async (c: Client, body: Record<string, unknown>) => {
      const res = await c.post('/api/opinions', body)
      assert.equal(res.statusCode, 201, res.body)
      const created: OpinionView = json(res)
      const read = await c.get(`/api/opinions/${created.id}`)
      assert.equal(read.statusCode, 200, read.body)
      return { created, read: json(read) as OpinionView }
    }

    it('a record with area, meeting, three streams (topics and groups out of order, repeated), issue links, contact and client id', async () => {
      const area = (await t.conn.db.selectFrom('area').select('id').where('code', '=', 'HB-TDP01').executeTakeFirstOrThrow()).id
      const hbPath = (await t.conn.db.selectFrom('unit').select('path').where('id', '=', hb).executeTakeFirstOrThrow()).path
      const at = t.clock.now.toISOString()
      const issue = randomUUID()
      await t.conn.db.insertInto('issue').values({
        id: issue, unit_id: hb, unit_path: hbPath, title: 'Vấn đề đền bù', description: '', topic: 'dat-dai', status: 'new', hot_spot: 0, search_text: '',
        answer_text: null, answer_public: 0, answered_at: null, closed_at: null, created_by: null, created_at: at, updated_at: at,
      }).execute()
      const meeting = randomUUID()
      await t.conn.db.insertInto('voter_meeting').values({
        id: meeting, unit_id: hb, unit_path: hbPath, held_on: '2026-11-18', place: 'Nhà văn hoá', area_id: null, delegates: '', attendance: 40, notes: null,
        created_by: null, created_at: at, updated_at: at,
      }).execute()
      const { created, read } = await createAndRead(bxdd, {
        channel: 'voter_meeting', unitId: hb, areaId: area, meetingId: meeting, heardOn: '2026-11-18', clientId: randomUUID(),
        title: 'Cử tri   kiến nghị'.normalize('NFD'), content: 'Giá đền bù thấp; đường ngập.'.normalize('NFD'),
        streams: [
          { summary: ' Lo ngại đền bù '.normalize('NFD'), topics: ['moi-truong', 'dat-dai', 'kt-xh', 'dat-dai'], groups: ['phu-nu', 'cong-nhan', 'phu-nu'], direction: 'concern',
            intensity: 'pressing', breadth: 'majority', latent: true, hotSpot: true, proposedHandling: 'Chuyển UBND phường', issueId: issue },
          { topics: ['y-te'], direction: 'support' },
          { topics: ['giao-duc'], direction: 'oppose', issueId: issue, groups: ['thanh-nien-hoc-sinh'] },
        ],
        contact: { fullName: 'Nguyễn Văn A', phone: '0912345678', address: 'Số 1 ngõ 12', note: 'Gọi buổi tối' },
      })
      assert.deepEqual(created, read)
      // what the view shows is what was asked for
      assert.equal(created.title, 'Cử tri   kiến nghị'.normalize('NFC'))
      assert.deepEqual(created.streams.map((s) => [s.position, s.topics, s.groups, s.issue?.title ?? null]), [
        [0, ['dat-dai', 'kt-xh', 'moi-truong'], ['cong-nhan', 'phu-nu'], 'Vấn đề đền bù'],
        [1, ['y-te'], [], null],
        [2, ['giao-duc'], ['thanh-nien-hoc-sinh'], 'Vấn đề đền bù'],
      ])
      assert.equal(created.hasContact, true)
      assert.equal(created.area?.code, 'HB-TDP01')
      assert.equal(created.meetingId, meeting)
      assert.equal(created.enteredBy?.username, 'bxdd')
    })

    it('a bare record by a collaborator (no area, meeting, contact or client id; defaults filled in)', async () => {
      const { created, read } = await createAndRead(ctv, {
        channel: 'collaborator', unitId: kdc01, heardOn: '2026-11-20', title: 'Đèn hỏng', content: 'Ngõ 12 tối', streams: [{ topics: ['doi-song'], direction: 'concern' }],
      })
      assert.deepEqual(created, read)
      assert.deepEqual([created.area, created.meetingId, created.clientId, created.externalId, created.hasContact, created.attachments, created.version],
        [null, null, null, null, false, [], 1])
      assert.deepEqual([created.streams[0]!.intensity, created.streams[0]!.breadth, created.streams[0]!.summary], ['medium', 'few', ''])
    })

    it('the records created count in the roll-up of their day, unit and topic', async () => {
      const count = async () => (await t.conn.db.selectFrom('opinion_rollup_daily').select(['topic', 'streams'])
        .where('day', '=', '2026-11-19').where('unit_id', '=', kdc01).where('channel', '=', 'hotline').execute())
        .map((r) => [r.topic, Number(r.streams)]).sort()
      assert.deepEqual(await count(), [])
      for (let i = 0; i < 3; i++) {
        await createAndRead(ctv, {
          channel: 'hotline', unitId: kdc01, heardOn: '2026-11-19', title: `Tin ${i}`, content: 'Nội dung',
          streams: [{ topics: ['doi-song', 'y-te'], direction: 'concern' }, { topics: ['doi-song'], direction: 'concern' }],
        })
      }
      assert.deepEqual(await count(), [['*', 6], ['doi-song', 6], ['y-te', 3]])
    })
  })
}
