/** Opinion records through the API: create, read, edit, delete, scope of every read, offline repeats, search and every filter. */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import type { LightMyRequestResponse } from 'fastify'
import { DIALECTS } from '../helpers/db.ts'
import { signIn, startTestApp, unitId, type Client, type TestApp } from '../helpers/app.ts'
import type { OpinionListItem, OpinionView } from '../../src/shared/opinion.schema.ts'

const json = (r: LightMyRequestResponse) => JSON.parse(r.body)
const TODAY = '2026-11-20'

type Body = Record<string, unknown>
const stream = (extra: Body = {}) => ({ topics: ['dat-dai'], direction: 'concern', ...extra })

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: opinion records`, () => {
    let t: TestApp
    let ctv: Client, phutrach: Client, bxdd: Client, admin: Client, xem: Client, daibieu: Client, lanhdao: Client
    let kdc01: string, kdc02: string, hp: string, hb: string, duub: string
    const area = async (code: string) => (await t.conn.db.selectFrom('area').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id

    const create = async (c: Client, body: Body, status = 201): Promise<OpinionView> => {
      const res = await c.post('/api/opinions', { channel: 'collaborator', heardOn: '2026-11-10', title: 'Ý kiến', content: 'Nội dung', streams: [stream()], ...body })
      assert.equal(res.statusCode, status, res.body)
      return json(res)
    }
    const list = async (c: Client, query = ''): Promise<{ items: OpinionListItem[]; total: number }> => {
      const res = await c.get(`/api/opinions?pageSize=200${query}`)
      assert.equal(res.statusCode, 200, res.body)
      return json(res)
    }
    const titles = async (c: Client, query = '') => (await list(c, query)).items.map((i) => i.title).sort()

    before(async () => {
      t = await startTestApp(dialect)
      ctv = await signIn(t.app, 'ctv')
      phutrach = await signIn(t.app, 'phutrach')
      bxdd = await signIn(t.app, 'bxdd')
      admin = await signIn(t.app, 'admin')
      xem = await signIn(t.app, 'xem')
      daibieu = await signIn(t.app, 'daibieu')
      lanhdao = await signIn(t.app, 'lanhdao')
      kdc01 = await unitId(t.conn, 'HB-CB-KDC01')
      kdc02 = await unitId(t.conn, 'HB-CB-KDC02')
      hp = await unitId(t.conn, 'HP')
      hb = await unitId(t.conn, 'HB')
      duub = await unitId(t.conn, 'HB-DUUB')
    })
    after(() => t.close())

    it('creates a record with streams: the view names unit, area, author; text stored as NFC; no contact', async () => {
      const tdp01 = await area('HB-TDP01')
      const o = await create(ctv, {
        unitId: kdc01, areaId: tdp01, title: 'Đường ngập sau mưa'.normalize('NFD'), content: 'Người dân phản ánh đường Lê Lợi ngập.',
        streams: [stream({ summary: 'Lo ngại ngập', topics: ['moi-truong', 'kt-xh'], groups: ['phu-nu'], intensity: 'high', breadth: 'many', latent: true }), { topics: ['y-te'], direction: 'support' }],
      })
      assert.equal(o.title, 'Đường ngập sau mưa')
      assert.deepEqual(o.unit, { id: kdc01, code: 'HB-CB-KDC01', name: 'Chi bộ khu dân cư số 1' })
      assert.equal(o.area?.code, 'HB-TDP01')
      assert.equal(o.enteredBy?.username, 'ctv')
      assert.equal(o.version, 1)
      assert.equal(o.hasContact, false)
      assert.equal(o.streams.length, 2)
      assert.deepEqual(o.streams[0]!.topics, ['kt-xh', 'moi-truong'])
      assert.equal(o.streams[0]!.latent, true)
      assert.equal(o.streams[1]!.intensity, 'medium', 'default intensity')
      assert.equal(o.streams[1]!.breadth, 'few', 'default breadth')
      assert.deepEqual(json(await ctv.get(`/api/opinions/${o.id}`)), o)
      const row = await t.conn.db.selectFrom('opinion_report').select(['search_text', 'unit_path']).where('id', '=', o.id).executeTakeFirstOrThrow()
      assert.equal(row.search_text, 'duong ngap sau mua nguoi dan phan anh duong le loi ngap')
      const ev = await t.conn.db.selectFrom('audit_event').select(['action', 'actor_username', 'unit_path']).where('resource_id', '=', o.id).execute()
      assert.deepEqual(ev.map((e) => [e.action, e.actor_username, e.unit_path]), [['opinion.create', 'ctv', row.unit_path]])
    })

    it('refuses a unit outside the create scope (404), an area the unit neither covers nor owns, a day in the future, bad codes', async () => {
      const out = await ctv.post('/api/opinions', { channel: 'collaborator', unitId: kdc02, heardOn: '2026-11-10', title: 'x', content: 'y', streams: [stream()] })
      assert.equal(out.statusCode, 404)
      assert.equal(json(out).error.code, 'UNIT_NOT_FOUND')
      const wrongArea = await ctv.post('/api/opinions', { channel: 'collaborator', unitId: kdc01, areaId: await area('HB-TDP05'), heardOn: '2026-11-10', title: 'x', content: 'y', streams: [stream()] })
      assert.equal(wrongArea.statusCode, 400)
      assert.deepEqual(json(wrongArea).error.details.fields.map((f: { path: string; code: string }) => [f.path, f.code]), [['areaId', 'OPINION_AREA_NOT_IN_UNIT']])
      // an area the ward owns is fine for the ward itself
      await create(bxdd, { unitId: hb, areaId: await area('HB-TDP05'), title: 'Khu vực phường' })
      const future = await ctv.post('/api/opinions', { channel: 'collaborator', unitId: kdc01, heardOn: '2026-11-21', title: 'x', content: 'y', streams: [stream()] })
      assert.equal(json(future).error.code, 'OPINION_HEARD_IN_FUTURE')
      const bad = await ctv.post('/api/opinions', { channel: 'tv', unitId: kdc01, heardOn: '2026-11-10', title: '', content: 'y', streams: [{ topics: ['nope'], direction: 'concern' }] })
      assert.equal(bad.statusCode, 400)
      assert.deepEqual(json(bad).error.details.fields.map((f: { path: string }) => f.path).sort(), ['channel', 'streams.0.topics.0', 'title'])
      assert.equal(json(bad).error.message, 'Dữ liệu không hợp lệ, xem các trường được đánh dấu.')
      const noStream = await ctv.post('/api/opinions', { channel: 'collaborator', unitId: kdc01, heardOn: '2026-11-10', title: 'x', content: 'y', streams: [] })
      assert.equal(noStream.statusCode, 400)
      // a viewer records nothing
      const viewer = await xem.post('/api/opinions', { channel: 'collaborator', unitId: hb, heardOn: '2026-11-10', title: 'x', content: 'y', streams: [stream()] })
      assert.equal(viewer.statusCode, 403)
    })

    it('the same clientId twice is one record (201 then 200); another user\'s clientId is 409', async () => {
      const clientId = randomUUID()
      const body = { clientId, unitId: kdc01, title: 'Ghi ngoại tuyến', content: 'Gửi lại khi có mạng' }
      const first = await create(ctv, body, 201)
      const again = await create(ctv, body, 200)
      assert.deepEqual(again, first)
      const edited = await create(ctv, { ...body, title: 'Sửa trên máy rồi gửi lại' }, 200)
      assert.equal(edited.title, 'Ghi ngoại tuyến', 'a repeat returns the record as it is')
      const n = await t.conn.db.selectFrom('opinion_report').select((eb) => eb.fn.countAll<number>().as('n')).where('client_id', '=', clientId).executeTakeFirstOrThrow()
      assert.equal(Number(n.n), 1)
      const creates = await t.conn.db.selectFrom('audit_event').select('id').where('action', '=', 'opinion.create').where('resource_id', '=', first.id).execute()
      assert.equal(creates.length, 1, 'the repeat writes nothing')
      const other = await phutrach.post('/api/opinions', { channel: 'collaborator', heardOn: '2026-11-10', streams: [stream()], ...body })
      assert.equal(other.statusCode, 409)
      assert.equal(json(other).error.code, 'OPINION_CLIENT_ID_TAKEN')
      // sent twice at once (a phone retrying): still one record
      const racing = randomUUID()
      const both = await Promise.all([1, 2].map(() => ctv.post('/api/opinions', { channel: 'collaborator', heardOn: '2026-11-10', streams: [stream()], ...body, clientId: racing })))
      assert.deepEqual(both.map((r) => r.statusCode).sort(), [200, 201])
      assert.equal(json(both[0]!).id, json(both[1]!).id)
    })

    describe('scope', () => {
      let a: OpinionView, b: OpinionView, c: OpinionView, d: OpinionView
      before(async () => {
        a = await create(ctv, { unitId: kdc01, title: 'PHAMVI của cộng tác viên', content: 'phamvi' })
        b = await create(phutrach, { unitId: kdc01, title: 'PHAMVI của người phụ trách', content: 'phamvi' })
        c = await create(bxdd, { unitId: kdc02, title: 'PHAMVI khu dân cư số 2', content: 'phamvi bimat' })
        d = await create(admin, { unitId: hp, title: 'PHAMVI thành phố', content: 'phamvi bimat' })
      })
      const mine = async (cl: Client) => (await list(cl, '&q=phamvi')).items.map((i) => i.id).sort()

      it('a collaborator sees only what they entered; others in their cell are 404', async () => {
        assert.deepEqual(await mine(ctv), [a.id])
        assert.equal((await list(ctv, '&q=phamvi')).total, 1)
        for (const o of [b, c, d]) {
          const res = await ctv.get(`/api/opinions/${o.id}`)
          assert.equal(res.statusCode, 404)
          assert.equal(json(res).error.code, 'OPINION_NOT_FOUND')
        }
      })

      it('a unit officer sees the cell\'s subtree, the focal board and a viewer the ward, the admin everything', async () => {
        assert.deepEqual(await mine(phutrach), [a.id, b.id].sort())
        assert.equal((await ctv.get(`/api/opinions/${c.id}`)).statusCode, 404)
        assert.equal((await phutrach.get(`/api/opinions/${c.id}`)).statusCode, 404)
        assert.deepEqual(await mine(bxdd), [a.id, b.id, c.id].sort())
        assert.deepEqual(await mine(xem), [a.id, b.id, c.id].sort())
        assert.equal((await bxdd.get(`/api/opinions/${d.id}`)).statusCode, 404)
        assert.deepEqual(await mine(admin), [a.id, b.id, c.id, d.id].sort())
        // a delegate at the council group entered none of these
        assert.deepEqual(await list(daibieu, '&q=phamvi'), { items: [], total: 0, totalCapped: false })
      })

      it('rows outside the scope are never counted, whatever the filter', async () => {
        assert.deepEqual(await list(phutrach, '&q=bimat'), { items: [], total: 0, totalCapped: false })
        assert.deepEqual(await list(phutrach, `&q=phamvi&unitId=${kdc02}`), { items: [], total: 0, totalCapped: false })
        // the city's subtree holds the ward: the focal board gets the ward's records, never the city's own
        const city = await list(bxdd, `&unitId=${hp}&q=phamvi`)
        assert.ok(!city.items.some((i) => i.id === d.id))
        assert.equal(city.total, city.items.length)
        assert.deepEqual(await list(bxdd, `&unitId=${hp}&q=bimat`), { items: (await list(bxdd, '&q=bimat')).items, total: 1, totalCapped: false })
        assert.equal((await list(admin, '&q=bimat')).total, 2)
      })

      it('edits: own records only for a collaborator; the unit officer edits the cell\'s; out of scope is 404', async () => {
        assert.equal((await ctv.patch(`/api/opinions/${b.id}`, { version: 1, title: 'Không được' })).statusCode, 404)
        assert.equal((await phutrach.patch(`/api/opinions/${c.id}`, { version: 1, title: 'Không được' })).statusCode, 404)
        assert.equal((await xem.patch(`/api/opinions/${a.id}`, { version: 1, title: 'Không được' })).statusCode, 403)
        const own = await ctv.patch(`/api/opinions/${a.id}`, { version: 1, title: 'PHAMVI đã sửa' })
        assert.equal(own.statusCode, 200, own.body)
        assert.equal(json(own).version, 2)
        const officer = await phutrach.patch(`/api/opinions/${a.id}`, { version: 2, content: 'phamvi, người phụ trách bổ sung' })
        assert.equal(officer.statusCode, 200, officer.body)
      })

      it('delete: only the focal board and admins; a unit officer is refused; the record and its streams are gone', async () => {
        const x = await create(phutrach, { unitId: kdc01, title: 'Nhập nhầm', streams: [stream(), stream({ topics: ['y-te'] })] })
        assert.equal((await phutrach.del(`/api/opinions/${x.id}`)).statusCode, 403)
        assert.equal((await ctv.del(`/api/opinions/${x.id}`)).statusCode, 403)
        assert.equal((await lanhdao.del(`/api/opinions/${x.id}`)).statusCode, 403)
        assert.equal((await bxdd.del(`/api/opinions/${d.id}`)).statusCode, 404, 'outside the ward')
        assert.equal((await bxdd.del(`/api/opinions/${x.id}`)).statusCode, 204)
        assert.equal((await bxdd.get(`/api/opinions/${x.id}`)).statusCode, 404)
        assert.equal((await t.conn.db.selectFrom('opinion_stream').select('id').where('report_id', '=', x.id).execute()).length, 0)
        const ev = await t.conn.db.selectFrom('audit_event').selectAll().where('action', '=', 'opinion.delete').where('resource_id', '=', x.id).executeTakeFirstOrThrow()
        assert.equal(ev.actor_username, 'bxdd')
        assert.equal(JSON.parse(ev.details_json!).streams, 2)
      })

      it('a unit move carries its records: the officer of the old subtree no longer sees them', async () => {
        const cell = await admin.post('/api/units', { code: 'HB-CB-DICH', name: 'Chi bộ sẽ chuyển', kind: 'chi_bo', parentId: kdc01 })
        const moving = json(cell).id
        const o = await create(phutrach, { unitId: moving, title: 'PHAMVI đơn vị chuyển' })
        assert.ok((await mine(phutrach)).includes(o.id))
        assert.equal((await bxdd.post(`/api/units/${moving}/move`, { parentId: duub })).statusCode, 200)
        assert.ok(!(await mine(phutrach)).includes(o.id))
        assert.equal((await phutrach.get(`/api/opinions/${o.id}`)).statusCode, 404)
        assert.ok((await list(bxdd, `&unitId=${duub}&q=phamvi`)).items.some((i) => i.id === o.id))
      })
    })

    describe('editing', () => {
      it('a stale version is 409 OPINION_VERSION_CONFLICT and changes nothing', async () => {
        const o = await create(phutrach, { unitId: kdc01, title: 'Bản gốc' })
        assert.equal((await phutrach.patch(`/api/opinions/${o.id}`, { version: 1, title: 'Sửa lần một' })).statusCode, 200)
        const stale = await bxdd.patch(`/api/opinions/${o.id}`, { version: 1, title: 'Sửa từ bản cũ' })
        assert.equal(stale.statusCode, 409)
        assert.equal(json(stale).error.code, 'OPINION_VERSION_CONFLICT')
        assert.equal(json(stale).error.details.currentVersion, 2)
        const now = json(await bxdd.get(`/api/opinions/${o.id}`))
        assert.equal(now.title, 'Sửa lần một')
        assert.equal(now.version, 2)
        // an edit that changes nothing keeps the version
        assert.equal(json(await bxdd.patch(`/api/opinions/${o.id}`, { version: 2, title: 'Sửa lần một' })).version, 2)
      })

      it('streams: kept by id (issue link stays), changed, added, removed; an unknown stream id is refused', async () => {
        const issue = await insertIssue(t, kdc01, 'watching')
        const o = await create(phutrach, { unitId: kdc01, streams: [stream({ summary: 'một', issueId: issue }), stream({ summary: 'hai' })] })
        const [s1, s2] = o.streams
        assert.equal(s1!.issue?.id, issue)
        const res = await phutrach.patch(`/api/opinions/${o.id}`, {
          version: 1, streams: [{ id: s1!.id, summary: 'một (sửa)', topics: ['y-te'], direction: 'oppose' }, { summary: 'ba', topics: ['giao-duc'], direction: 'support' }],
        })
        assert.equal(res.statusCode, 200, res.body)
        const v: OpinionView = json(res)
        assert.deepEqual(v.streams.map((s) => [s.summary, s.topics, s.direction, s.issue?.id ?? null]), [['một (sửa)', ['y-te'], 'oppose', issue], ['ba', ['giao-duc'], 'support', null]])
        assert.equal(v.streams[0]!.id, s1!.id)
        assert.equal((await t.conn.db.selectFrom('opinion_stream').select('id').where('id', '=', s2!.id).execute()).length, 0)
        const unknown = await phutrach.patch(`/api/opinions/${o.id}`, { version: 2, streams: [{ id: s2!.id, topics: ['y-te'], direction: 'oppose' }] })
        assert.equal(unknown.statusCode, 404)
        assert.deepEqual(json(unknown).error.details.fields, [{ path: 'streams.0.id', code: 'OPINION_STREAM_NOT_FOUND', message: 'Luồng ý kiến không thuộc phiếu này.' }])
        // unlinking with issueId: null
        const unlinked = json(await phutrach.patch(`/api/opinions/${o.id}`, { version: 2, streams: [{ id: s1!.id, topics: ['y-te'], direction: 'oppose', issueId: null }] }))
        assert.equal(unlinked.streams[0].issue, null)
      })

      it('issue links: only issues the actor may read, not closed ones', async () => {
        const open = await insertIssue(t, kdc02, 'new')
        const closed = await insertIssue(t, hb, 'closed')
        const outside = await phutrach.post('/api/opinions', { channel: 'collaborator', unitId: kdc01, heardOn: '2026-11-10', title: 'x', content: 'y', streams: [stream({ issueId: open })] })
        assert.equal(outside.statusCode, 404)
        assert.deepEqual(json(outside).error.details.fields.map((f: { path: string; code: string }) => [f.path, f.code]), [['streams.0.issueId', 'OPINION_ISSUE_NOT_FOUND']])
        const shut = await bxdd.post('/api/opinions', { channel: 'collaborator', unitId: kdc01, heardOn: '2026-11-10', title: 'x', content: 'y', streams: [stream({ issueId: closed })] })
        assert.equal(json(shut).error.code, 'OPINION_ISSUE_CLOSED')
        // a collaborator cannot read issues, so cannot link them
        const byCtv = await ctv.post('/api/opinions', { channel: 'collaborator', unitId: kdc01, heardOn: '2026-11-10', title: 'x', content: 'y', streams: [stream({ issueId: open })] })
        assert.equal(json(byCtv).error.code, 'OPINION_ISSUE_NOT_FOUND')
        assert.equal((await bxdd.post('/api/opinions', { channel: 'collaborator', unitId: kdc02, heardOn: '2026-11-10', title: 'x', content: 'y', streams: [stream({ issueId: open })] })).statusCode, 201)
      })
    })

    describe('search ignores accents, đ and the tone placement', () => {
      // every record here carries the word "tkz", and every query too: other records (the demo's) stay out of the way
      const found = (q: string) => titles(bxdd, `&q=${encodeURIComponent(`tkz ${q}`)}`)
      before(async () => {
        await create(bxdd, { unitId: hb, title: 'Du lịch Đà Nẵng', content: 'tkz: người dân muốn đi Đà Nẵng nghỉ hè.' })
        await create(bxdd, { unitId: hb, title: 'Uỷ ban phường', content: 'tkz: Uỷ ban nhân dân tiếp dân chậm.' })
        await create(bxdd, { unitId: hb, title: 'Ủy ban nhân dân', content: 'tkz: Ủy ban giải quyết hồ sơ nhanh.' })
        await create(bxdd, { unitId: hb, title: 'Dân nằm chờ', content: 'tkz: đường Lê Lợi 100% ngập; chờ ban quản lý dự án.' })
      })

      it('"da nang" finds "Đà Nẵng"; "uy ban" finds "Uỷ ban" and "Ủy ban"; NFD input too', async () => {
        assert.equal((await found('')).length, 4)
        assert.deepEqual(await found('da nang'), ['Du lịch Đà Nẵng'])
        assert.deepEqual(await found('uy ban'), ['Uỷ ban phường', 'Ủy ban nhân dân'])
        assert.deepEqual(await found('Ủy ban'.normalize('NFD')), ['Uỷ ban phường', 'Ủy ban nhân dân'])
        assert.deepEqual(await found('ĐÀ NẴNG'), ['Du lịch Đà Nẵng'])
      })

      it('all terms must match, as whole words; a quoted phrase matches as a whole; highlights point into the text as typed', async () => {
        assert.deepEqual(await found('uy ban cham '), ['Uỷ ban phường'])
        // "nang" is a word of "Đà Nẵng" but not of "nằm" ("nam")
        assert.deepEqual(await found('nam '), ['Dân nằm chờ'])
        assert.deepEqual(await found('"ban nhan dan"'), ['Uỷ ban phường', 'Ủy ban nhân dân'])
        assert.deepEqual(await found('"nhan ban"'), [])
        const hit = (await list(bxdd, '&q=tkz%20da%20nang')).items[0]!
        assert.deepEqual(hit.highlight?.title.map((s) => hit.title.slice(s.start, s.end)), ['Đà', 'Nẵng'])
      })

      it('what is typed never reaches SQL syntax: LIKE wildcards and quotes are plain text', async () => {
        assert.deepEqual(await found('100%'), ['Dân nằm chờ'])
        assert.deepEqual(await found("_a%' or 1=1 --"), [])
        assert.deepEqual(await found('d_ n%ng'), [])
      })
    })

    describe('filters', () => {
      const ids = new Map<string, string>()
      let issueNew: string, issueReferred: string, meeting: string
      before(async () => {
        issueNew = await insertIssue(t, hb, 'new')
        issueReferred = await insertIssue(t, hb, 'referred')
        meeting = await insertMeeting(t, hb)
        const tdp03 = await area('HB-TDP03')
        const kdc02Path = (await t.conn.db.selectFrom('unit').select('path').where('id', '=', kdc02).executeTakeFirstOrThrow()).path
        assert.ok(kdc02Path)
        const make = async (name: string, body: Body) => ids.set(name, (await create(bxdd, { title: `LOC ${name}`, content: 'locfilter', unitId: hb, ...body })).id)
        await make('early', { heardOn: '2026-01-05' })
        await make('kdc02', { unitId: kdc02, areaId: tdp03, channel: 'hotline' })
        await make('rich', {
          channel: 'press', heardOn: '2026-06-15',
          streams: [stream({ topics: ['giao-duc'], direction: 'oppose', intensity: 'pressing', breadth: 'majority', groups: ['thanh-nien-hoc-sinh'], latent: true, hotSpot: true, issueId: issueReferred })],
        })
        await make('mixed', { streams: [stream({ topics: ['y-te'], direction: 'support', issueId: issueNew }), stream({ topics: ['giao-duc'], direction: 'mixed', groups: ['phu-nu'] })], meetingId: meeting, channel: 'voter_meeting' })
      })
      const hits = async (query: string) => (await list(bxdd, `&q=locfilter${query}`)).items.map((i) => i.title.replace('LOC ', '')).sort()

      it('period, unit subtree, area, channel', async () => {
        assert.deepEqual(await hits('&from=2026-01-01&to=2026-01-31'), ['early'])
        assert.deepEqual(await hits('&from=2026-06-15&to=2026-06-15'), ['rich'])
        assert.deepEqual(await hits('&from=2026-02-01'), ['kdc02', 'mixed', 'rich'])
        assert.deepEqual(await hits(`&unitId=${kdc02}`), ['kdc02'])
        assert.deepEqual(await hits(`&unitId=${hb}`), ['early', 'kdc02', 'mixed', 'rich'])
        assert.deepEqual(await hits(`&areaId=${await area('HB-TDP03')}`), ['kdc02'])
        assert.deepEqual(await hits('&channel=hotline,press'), ['kdc02', 'rich'])
        assert.deepEqual(await hits(`&meetingId=${meeting}`), ['mixed'])
      })

      it('stream filters: topic, direction, intensity, breadth, group, latent, hot spot — one stream must match them together', async () => {
        assert.deepEqual(await hits('&topic=giao-duc'), ['mixed', 'rich'])
        assert.deepEqual(await hits('&topic=y-te,giao-duc'), ['mixed', 'rich'])
        assert.deepEqual(await hits('&direction=oppose'), ['rich'])
        assert.deepEqual(await hits('&direction=support&topic=giao-duc'), [], 'support and giao-duc are on different streams')
        assert.deepEqual(await hits('&direction=mixed&topic=giao-duc'), ['mixed'])
        assert.deepEqual(await hits('&intensity=pressing'), ['rich'])
        assert.deepEqual(await hits('&breadth=majority'), ['rich'])
        assert.deepEqual(await hits('&group=phu-nu'), ['mixed'])
        assert.deepEqual(await hits('&group=thanh-nien-hoc-sinh,phu-nu'), ['mixed', 'rich'])
        assert.deepEqual(await hits('&latent=1'), ['rich'])
        assert.deepEqual((await hits('&latent=0')).sort(), ['early', 'kdc02', 'mixed'])
        assert.deepEqual(await hits('&hotSpot=1'), ['rich'])
      })

      it('status of the linked issue, "none" for unlinked streams, and the issue itself', async () => {
        assert.deepEqual(await hits('&status=referred'), ['rich'])
        assert.deepEqual(await hits('&status=new'), ['mixed'])
        assert.deepEqual(await hits('&status=none'), ['early', 'kdc02', 'mixed'])
        assert.deepEqual(await hits('&status=none,referred'), ['early', 'kdc02', 'mixed', 'rich'])
        assert.deepEqual(await hits('&status=closed'), [])
        assert.deepEqual(await hits(`&issueId=${issueNew}`), ['mixed'])
      })

      it('pages: total counts every match, items one page; an unknown code is a VALIDATION error naming the filter', async () => {
        const page = json(await bxdd.get('/api/opinions?q=locfilter&pageSize=3&page=2'))
        assert.equal(page.total, 4)
        assert.equal(page.items.length, 1)
        const first = json(await bxdd.get('/api/opinions?q=locfilter&pageSize=3'))
        assert.deepEqual(first.items.map((i: OpinionView) => i.heardOn), ['2026-11-10', '2026-11-10', '2026-06-15'], 'most recently heard first')
        const bad = await bxdd.get('/api/opinions?topic=dat-dai,khong-co')
        assert.equal(bad.statusCode, 400)
        assert.deepEqual(json(bad).error.details.fields.map((f: { path: string }) => f.path), ['topic'])
        assert.equal((await bxdd.get('/api/opinions?from=20-11-2026')).statusCode, 400)
      })
    })

    it('suggestions from the text engine: topic, direction, intensity, latent; refused to a viewer', async () => {
      const res = await ctv.post('/api/opinions/suggest', { text: 'Bà con bức xúc vì tiền đền bù giải phóng mặt bằng thấp hơn giá thị trường, nhiều hộ phản đối.' })
      assert.equal(res.statusCode, 200, res.body)
      const s = json(res)
      assert.equal(s.topics[0].code, 'dat-dai')
      assert.ok(['oppose', 'concern'].includes(s.direction.code), s.direction.code)
      assert.ok(['high', 'pressing'].includes(s.intensity), s.intensity)
      assert.equal(typeof s.latent, 'boolean')
      assert.equal((await xem.post('/api/opinions/suggest', { text: 'abc' })).statusCode, 403)
      assert.equal((await ctv.post('/api/opinions/suggest', { text: '' })).statusCode, 400)
    })
  })
}

/** An issue row written directly (the issues module owns the table). */
async function insertIssue(t: TestApp, unit: string, status: string): Promise<string> {
  const u = await t.conn.db.selectFrom('unit').select('path').where('id', '=', unit).executeTakeFirstOrThrow()
  const id = randomUUID()
  const at = t.clock.now.toISOString()
  await t.conn.db.insertInto('issue').values({
    id, unit_id: unit, unit_path: u.path, title: `Vấn đề ${status}`, description: '', topic: 'dat-dai', status, hot_spot: 0, search_text: '', answer_text: null,
    answer_public: 0, answered_at: null, closed_at: null, created_by: null, created_at: at, updated_at: at,
  }).execute()
  return id
}

/** A voter meeting row written directly (the meetings module owns the table). */
async function insertMeeting(t: TestApp, unit: string): Promise<string> {
  const u = await t.conn.db.selectFrom('unit').select('path').where('id', '=', unit).executeTakeFirstOrThrow()
  const id = randomUUID()
  const at = t.clock.now.toISOString()
  await t.conn.db.insertInto('voter_meeting').values({
    id, unit_id: unit, unit_path: u.path, held_on: TODAY, place: 'Nhà văn hoá tổ dân phố số 1', area_id: null, delegates: '', attendance: 40, notes: null,
    created_by: null, created_at: at, updated_at: at,
  }).execute()
  return id
}
