/**
 * The daily roll-up of opinion streams stays equal to a recount from the raw tables, whatever sequence of writes
 * the services take (create, edit — day, channel, unit, area, streams —, delete, import with re-imports, unit
 * moves), on each engine; and migration 0004 fills it (and the search index) for records that already exist.
 */
import { after, before, describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import pg from 'pg'
import { Migrator, type Kysely, type Migration } from 'kysely'
import { DIALECTS, type TestDialect } from '../helpers/db.ts'
import { startTestApp, type TestApp } from '../helpers/app.ts'
import { connect, type Connection, type Db } from '../../src/db/connect.ts'
import { migrateToLatest } from '../../src/db/migrate.ts'
import * as m0001 from '../../src/db/migrations/0001-foundation.ts'
import * as m0002 from '../../src/db/migrations/0002-opinion-intake.ts'
import * as m0003 from '../../src/db/migrations/0003-notifications.ts'
import { insertOpinionRows, listAreaLinksOfUnits } from '../../src/db/repos/opinion.repo.ts'
import { findUnitsByCodes } from '../../src/db/repos/unit.repo.ts'
import { loadConfig } from '../../src/config.ts'
import { SYSTEM_ACTOR } from '../../src/domain/policy.ts'
import type { ServiceContext } from '../../src/services/context.ts'
import { createOpinion } from '../../src/services/opinions/create-opinion.ts'
import { updateOpinion } from '../../src/services/opinions/update-opinion.ts'
import { deleteOpinion } from '../../src/services/opinions/delete-opinion.ts'
import { importOpinions } from '../../src/services/opinions/import-opinions.ts'
import { listOpinions } from '../../src/services/opinions/list-opinions.ts'
import { insertStreams, opinionSearchText, streamRows } from '../../src/services/opinions/opinion-rules.ts'
import { moveUnit } from '../../src/services/units/move-unit.ts'
import { loadDemoWard } from '../../src/services/system/demo-ward.ts'
import type { Channel, Direction, Topic } from '../../src/shared/enums.ts'

/** The roll-up as it should be, counted from the records, streams and topics themselves (zero rows never kept). */
async function recount(db: Db): Promise<Map<string, number>> {
  const reports = new Map((await db.selectFrom('opinion_report').select(['id', 'heard_on', 'unit_id', 'unit_path', 'area_id', 'channel']).execute()).map((r) => [r.id, r]))
  const streams = await db.selectFrom('opinion_stream').select(['id', 'report_id', 'direction']).execute()
  const topics = await db.selectFrom('stream_topic').select(['stream_id', 'topic']).execute()
  const paths = new Map((await db.selectFrom('unit').select(['id', 'path']).execute()).map((u) => [u.id, u.path]))
  const out = new Map<string, number>()
  const add = (k: string) => out.set(k, (out.get(k) ?? 0) + 1)
  const keyOf = (streamId: string, topic: string) => {
    const s = streams.find((x) => x.id === streamId)!
    const r = reports.get(s.report_id)!
    assert.equal(r.unit_path, paths.get(r.unit_id), 'the record keeps its unit path')
    return [r.heard_on, r.unit_id, r.unit_path, r.area_id ?? '', topic, s.direction, r.channel].join('|')
  }
  for (const s of streams) add(keyOf(s.id, '*'))
  for (const t of topics) add(keyOf(t.stream_id, t.topic))
  return out
}

async function rollup(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('opinion_rollup_daily').selectAll().execute()
  return new Map(rows.map((r) => [[r.day, r.unit_id, r.unit_path, r.area_id, r.topic, r.direction, r.channel].join('|'), Number(r.streams)]))
}

const sorted = (m: Map<string, number>) => [...m].sort(([a], [b]) => a.localeCompare(b))

const UNITS = ['HB', 'HB-CB-KDC01', 'HB-CB-KDC02', 'HB-CB-KDC03', 'HB-DTN'] as const
const TOPICS: Topic[] = ['dat-dai', 'moi-truong', 'y-te', 'giao-duc']
const DIRS: Direction[] = ['support', 'concern', 'oppose']
const CHANNELS: Channel[] = ['collaborator', 'hotline', 'press']

const streamArb = fc.record({ topics: fc.subarray(TOPICS, { minLength: 1, maxLength: 3 }), direction: fc.constantFrom(...DIRS) })
const dayArb = fc.integer({ min: 0, max: 40 }).map((n) => new Date(Date.UTC(2026, 10, 20) - n * 86_400_000).toISOString().slice(0, 10))
const command = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('create' as const), unit: fc.nat(UNITS.length - 1), area: fc.nat(3), day: dayArb, channel: fc.constantFrom(...CHANNELS), streams: fc.array(streamArb, { minLength: 1, maxLength: 3 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('update' as const), which: fc.nat(), day: fc.option(dayArb), channel: fc.option(fc.constantFrom(...CHANNELS)), unit: fc.option(fc.nat(UNITS.length - 1)),
      area: fc.nat(3), keepFirst: fc.boolean(), streams: fc.option(fc.array(streamArb, { minLength: 1, maxLength: 3 })),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), which: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('import' as const),
      rows: fc.uniqueArray(fc.record({ ext: fc.integer({ min: 1, max: 6 }), unit: fc.nat(UNITS.length - 1), day: dayArb, channel: fc.constantFrom(...CHANNELS), topic: fc.constantFrom(...TOPICS), direction: fc.constantFrom(...DIRS), title: fc.constantFrom('Nhập A', 'Nhập B') }), { maxLength: 4, selector: (r) => `${r.ext}|${r.unit}` }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('move' as const) }) },
)

type Command = typeof command extends fc.Arbitrary<infer C> ? C : never

for (const dialect of DIALECTS) {
  describe(`${dialect.name}: daily roll-up of opinion streams`, () => {
    let t: TestApp
    let ctx: () => ServiceContext
    const unitIds: string[] = []
    const areasOf = new Map<string, (string | null)[]>()
    let hb: string, duub: string, kdc02: string

    before(async () => {
      t = await startTestApp(dialect)
      ctx = () => ({ ...t.ctx(), actor: SYSTEM_ACTOR })
      const units = new Map((await findUnitsByCodes(t.conn.db, [...UNITS, 'HB-DUUB'])).map((u) => [u.code, u.id]))
      for (const c of UNITS) unitIds.push(units.get(c)!)
      hb = units.get('HB')!
      duub = units.get('HB-DUUB')!
      kdc02 = units.get('HB-CB-KDC02')!
      for (const link of await listAreaLinksOfUnits(t.conn.db, unitIds)) areasOf.set(link.unit_id, [...(areasOf.get(link.unit_id) ?? []), link.area_id])
    })
    after(() => t.close())

    const areaFor = (unit: string, n: number) => {
      const list = [null, ...(areasOf.get(unit) ?? [])]
      return list[n % list.length] ?? null
    }
    const existing = async () => (await t.conn.db.selectFrom('opinion_report').select(['id', 'version', 'unit_id', 'external_id']).orderBy('created_at').orderBy('id').execute())

    async function run(c: Command) {
      if (c.kind === 'create') {
        const unit = unitIds[c.unit]!
        await createOpinion(ctx(), {
          channel: c.channel, unitId: unit, areaId: areaFor(unit, c.area), heardOn: c.day, title: 'Ý kiến', content: 'Nội dung',
          streams: c.streams.map((s) => ({ ...s, summary: '', intensity: 'medium', breadth: 'few', groups: [], latent: false, hotSpot: false })),
        })
      } else if (c.kind === 'update') {
        const rows = await existing()
        if (rows.length === 0) return
        const r = rows[c.which % rows.length]!
        // an imported record keeps its unit here: its key (unit, external id) may be taken in the other unit
        const move = c.unit !== null && r.external_id === null
        const unit = move ? unitIds[c.unit!]! : r.unit_id
        const first = (await t.conn.db.selectFrom('opinion_stream').select('id').where('report_id', '=', r.id).orderBy('position').executeTakeFirst())?.id
        await updateOpinion(ctx(), {
          opinionId: r.id, version: r.version, ...(c.day ? { heardOn: c.day } : {}), ...(c.channel ? { channel: c.channel } : {}),
          ...(move ? { unitId: unit, areaId: areaFor(unit, c.area) } : {}),
          ...(c.streams
            ? { streams: c.streams.map((s, i) => ({ ...s, ...(i === 0 && c.keepFirst && first ? { id: first } : {}), summary: '', intensity: 'medium' as const, breadth: 'few' as const, groups: [], latent: false, hotSpot: false })) }
            : {}),
        })
      } else if (c.kind === 'delete') {
        const rows = await existing()
        if (rows.length > 0) await deleteOpinion(ctx(), { opinionId: rows[c.which % rows.length]!.id })
      } else if (c.kind === 'import') {
        if (c.rows.length === 0) return
        const csv = ['external_id,received_on,channel,unit_code,topic,direction,title,content',
          ...c.rows.map((r) => `E${r.ext},${r.day},${r.channel},${UNITS[r.unit]},${r.topic},${r.direction},${r.title},Nội dung nhập`)].join('\n')
        await importOpinions(ctx(), { filename: 'y-kien.csv', data: Buffer.from(csv) })
      } else {
        // HB-CB-KDC02 goes under HB-DUUB, or back under HB
        const parent = (await t.conn.db.selectFrom('unit').select('parent_id').where('id', '=', kdc02).executeTakeFirstOrThrow()).parent_id
        await moveUnit(ctx(), { unitId: kdc02, parentId: parent === hb ? duub : hb })
      }
    }

    it('equals a recount after any sequence of creates, edits, deletes, imports and unit moves', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(command, { minLength: 1, maxLength: 8 }), async (commands) => {
          for (const c of commands) await run(c)
          const [want, have] = [await recount(t.conn.db), await rollup(t.conn.db)]
          assert.deepEqual(sorted(have), sorted(want))
        }),
        { numRuns: 25, seed: 11 },
      )
      const rows = await rollup(t.conn.db)
      assert.ok(rows.size > 20, `${rows.size} roll-up rows: the sequences did build something`)
      assert.ok([...rows.keys()].some((k) => k.split('|')[3] !== ''), 'some with an area')
    })

    it('a write that fails leaves the roll-up as it was (same transaction)', async () => {
      const before = await rollup(t.conn.db)
      const r = (await existing())[0]!
      // a stale version is refused after the roll-up was already taken down inside the transaction
      await assert.rejects(updateOpinion(ctx(), { opinionId: r.id, version: r.version + 5, channel: 'press', heardOn: '2026-11-01' }), /OPINION_VERSION_CONFLICT/)
      const bad = 'external_id,received_on,channel,unit_code,topic,direction,title,content\nZ1,2026-11-01,hotline,HB,dat-dai,oppose,x,y\nZ2,2026-11-01,hotline,HB,nope,oppose,x,y\n'
      await assert.rejects(importOpinions(ctx(), { filename: 'y.csv', data: Buffer.from(bad) }), /IMPORT_INVALID/)
      assert.deepEqual(sorted(await rollup(t.conn.db)), sorted(before))
    })
  })

  describe(`${dialect.name}: migration 0004 on a database that already has records`, () => {
    let conn: Connection
    before(async () => {
      conn = await openAt0003(dialect)
    })
    after(() => conn.close())

    it('fills the search index and the roll-up for the records written before it', async () => {
      const config = loadConfig({}, { dataDir: '/nonexistent' })
      const ctx: ServiceContext = { db: conn.db, dialect: conn.dialect, actor: SYSTEM_ACTOR, now: new Date('2026-11-20T03:00:00Z'), ip: null, config }
      await loadDemoWard(ctx, { opinions: false })
      const units = new Map((await findUnitsByCodes(conn.db, ['HB-CB-KDC01', 'HB'])).map((u) => [u.code, u]))
      const texts = ['Giải phóng mặt bằng đường Lê Lợi chậm', 'Đường ngập sau mưa', 'Tiền đền bù giải phóng mặt bằng thấp']
      for (const [i, text] of texts.entries()) {
        const unit = units.get(i === 1 ? 'HB' : 'HB-CB-KDC01')!
        const id = `pre-${i}`
        await insertOpinionRows(conn.db, [{
          id, client_id: null, external_id: null, channel: 'hotline', unit_id: unit.id, unit_path: unit.path, area_id: null, meeting_id: null, entered_by: null,
          heard_on: `2026-11-0${i + 1}`, title: text, content: text, search_text: opinionSearchText(text, text), created_at: '2026-11-10T00:00:00Z', updated_at: '2026-11-10T00:00:00Z', version: 1,
        }])
        await insertStreams(conn.db, [streamRows(id, { summary: '', topics: i === 1 ? ['moi-truong'] : ['dat-dai', 'kt-xh'], direction: 'oppose', intensity: 'high', breadth: 'many', groups: [], latent: false, hotSpot: false }, 0)])
      }
      // 0004 runs first (and the later migrations after it)
      assert.equal((await migrateToLatest(conn.db, dialect.name))[0], '0004-search-rollups')
      assert.deepEqual(sorted(await rollup(conn.db)), sorted(await recount(conn.db)))
      // pre-0 and pre-2 under dat-dai, kt-xh and '*'; pre-1 under moi-truong and '*'; each on its own day
      assert.equal((await rollup(conn.db)).size, 8)
      const found = await listOpinions(ctx, { q: '"giai phong mat bang"', page: 1, pageSize: 20 })
      assert.deepEqual(found.items.map((i) => i.id).sort(), ['pre-0', 'pre-2'])
      // and the triggers keep it current from then on
      await conn.db.updateTable('opinion_report').set({ search_text: opinionSearchText('Đã xong', 'Đã xong') }).where('id', '=', 'pre-0').execute()
      assert.deepEqual((await listOpinions(ctx, { q: '"giai phong mat bang"', page: 1, pageSize: 20 })).items.map((i) => i.id), ['pre-2'])
      await deleteOpinion(ctx, { opinionId: 'pre-2' })
      assert.equal((await listOpinions(ctx, { q: 'giai', page: 1, pageSize: 20 })).total, 0)
      assert.equal((await listOpinions(ctx, { q: 'xong', page: 1, pageSize: 20 })).total, 1)
    })
  })
}

/** A test database migrated only up to 0003 (before search and roll-ups). */
async function openAt0003(dialect: TestDialect): Promise<Connection> {
  const up = (m: { up(db: Kysely<any>, d: typeof dialect.name): Promise<void> }): Migration => ({ up: (db) => m.up(db, dialect.name) })
  const provider = { getMigrations: async () => ({ '0001-foundation': up(m0001), '0002-opinion-intake': up(m0002), '0003-notifications': up(m0003) }) }
  if (dialect.name === 'sqlite') {
    const conn = connect({ sqliteFile: ':memory:' })
    const r = await new Migrator({ db: conn.db, provider }).migrateToLatest()
    if (r.error) throw r.error
    return conn
  }
  const url = process.env.TEST_DATABASE_URL!
  const schema = `t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const conn = connect({ databaseUrl: url, pgSchema: schema })
  const r = await new Migrator({ db: conn.db, provider, migrationTableSchema: schema }).migrateToLatest()
  if (r.error) throw r.error
  return {
    ...conn,
    close: async () => {
      await conn.close()
      const c = new pg.Client({ connectionString: url })
      await c.connect()
      await c.query(`drop schema ${schema} cascade`)
      await c.end()
    },
  }
}
