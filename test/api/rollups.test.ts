/**
 * The roll-ups of opinion streams (daily, and per scope unit: each stream under every proper ancestor of its unit;
 * both striped by a slot from the record's created_at) stay equal to a recount from the raw tables, whatever
 * sequence of writes the services take (create, edit — day, channel, unit, area, streams —, delete, import with
 * re-imports, unit moves) at whatever milliseconds, on each engine, and the trends (scope rows plus a scope unit's
 * own daily rows) equal a recount of the subtree; migration 0004 fills the daily one (and the search index), 0009
 * and 0011 the one per scope unit for records that already exist; the spans of a period (months, parts of a
 * month, days) cover exactly its days.
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
import { slotOf, spansOf, sumScopeByDay } from '../../src/db/repos/rollup.repo.ts'
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
import { trendVolume } from '../../src/services/trends/trend-volume.ts'
import { trendHeatmap } from '../../src/services/trends/trend-heatmap.ts'
import { loadDemoWard } from '../../src/services/system/demo-ward.ts'
import type { Channel, Direction, Topic } from '../../src/shared/enums.ts'

/** The roll-up as it should be, counted from the records, streams and topics themselves (zero rows never kept). */
async function recount(db: Db): Promise<Map<string, number>> {
  const reports = new Map((await db.selectFrom('opinion_report').select(['id', 'heard_on', 'unit_id', 'unit_path', 'area_id', 'channel', 'created_at']).execute()).map((r) => [r.id, r]))
  const streams = await db.selectFrom('opinion_stream').select(['id', 'report_id', 'direction']).execute()
  const topics = await db.selectFrom('stream_topic').select(['stream_id', 'topic']).execute()
  const paths = new Map((await db.selectFrom('unit').select(['id', 'path']).execute()).map((u) => [u.id, u.path]))
  const out = new Map<string, number>()
  const add = (k: string) => out.set(k, (out.get(k) ?? 0) + 1)
  const keyOf = (streamId: string, topic: string) => {
    const s = streams.find((x) => x.id === streamId)!
    const r = reports.get(s.report_id)!
    assert.equal(r.unit_path, paths.get(r.unit_id), 'the record keeps its unit path')
    return [r.heard_on, r.unit_id, r.unit_path, r.area_id ?? '', topic, s.direction, r.channel, slotOf(r.created_at)].join('|')
  }
  for (const s of streams) add(keyOf(s.id, '*'))
  for (const t of topics) add(keyOf(t.stream_id, t.topic))
  return out
}

async function rollup(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('opinion_rollup_daily').selectAll().execute()
  return new Map(rows.map((r) => [[r.day, r.unit_id, r.unit_path, r.area_id, r.topic, r.direction, r.channel, r.slot].join('|'), Number(r.streams)]))
}

/**
 * The roll-up per scope unit as it should be: each stream under every proper ancestor of its unit (from the units'
 * parents as they are now; by area: under its parent only), in its record's slot, by day for topic, direction, channel and area, and area × topic
 * by day, part of a month (days 1–8, 9–16, 17–24, 25–end) and month.
 */
async function recountScope(db: Db): Promise<Map<string, number>> {
  const reports = new Map((await db.selectFrom('opinion_report').select(['id', 'heard_on', 'unit_id', 'area_id', 'channel', 'created_at']).execute()).map((r) => [r.id, r]))
  const topics = await db.selectFrom('stream_topic').select(['stream_id', 'topic']).execute()
  const paths = new Map((await db.selectFrom('unit').select(['id', 'path', 'parent_id']).execute()).map((u) => [u.id, u]))
  const withAncestors = (id: string): string[] => {
    const u = paths.get(id)!
    return [id, ...(u.parent_id ? withAncestors(u.parent_id) : [])]
  }
  const ancestors = (id: string) => withAncestors(id).slice(1)
  const out = new Map<string, number>()
  let slot = 0
  const add = (...k: string[]) => {
    const key = [...k, slot].join('|')
    out.set(key, (out.get(key) ?? 0) + 1)
  }
  const streams = new Map((await db.selectFrom('opinion_stream').select(['id', 'report_id', 'direction']).execute()).map((s) => [s.id, s]))
  for (const s of streams.values()) {
    const r = reports.get(s.report_id)!
    slot = slotOf(r.created_at)
    for (const u of ancestors(r.unit_id)) {
      add(u, 'direction', 'd', r.heard_on, s.direction, '')
      add(u, 'channel', 'd', r.heard_on, r.channel, '')
    }
    for (const u of ancestors(r.unit_id).slice(0, 1)) add(u, 'area_id', 'd', r.heard_on, r.area_id ?? '', '')
  }
  for (const t of topics) {
    const r = reports.get(streams.get(t.stream_id)!.report_id)!
    slot = slotOf(r.created_at)
    const dom = Number(r.heard_on.slice(8))
    const part = [1, 9, 17, 25][Math.min(3, Math.floor((dom - 1) / 8))]!
    for (const u of ancestors(r.unit_id)) add(u, 'topic', 'd', r.heard_on, t.topic, '')
    for (const u of ancestors(r.unit_id).slice(0, 1)) {
      add(u, 'area_topic', 'd', r.heard_on, r.area_id ?? '', t.topic)
      add(u, 'area_topic', 'p', `${r.heard_on.slice(0, 8)}${String(part).padStart(2, '0')}`, r.area_id ?? '', t.topic)
      add(u, 'area_topic', 'm', `${r.heard_on.slice(0, 8)}01`, r.area_id ?? '', t.topic)
    }
  }
  return out
}

async function scopeRollup(db: Db): Promise<Map<string, number>> {
  const rows = await db.selectFrom('opinion_rollup_scope').selectAll().execute()
  return new Map(rows.map((r) => [[r.scope_unit_id, r.dim, r.span, r.day, r.key1, r.key2, r.slot].join('|'), Number(r.streams)]))
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

    /** What the trends should read for a unit's subtree over the test's days: streams per channel, per topic and per area × topic. */
    async function recountTrends(unitId: string) {
      const path = (await t.conn.db.selectFrom('unit').select('path').where('id', '=', unitId).executeTakeFirstOrThrow()).path
      const rows = await t.conn.db.selectFrom('opinion_report as r').innerJoin('opinion_stream as s', 's.report_id', 'r.id').leftJoin('stream_topic as st', 'st.stream_id', 's.id')
        .select(['s.id', 'r.unit_path', 'r.channel', 'r.area_id', 'st.topic']).execute()
      const channel = new Map<string, Set<string>>()
      const area = new Map<string, Set<string>>()
      const topic = new Map<string, number>()
      const cell = new Map<string, number>()
      for (const r of rows.filter((x) => x.unit_path.startsWith(path))) {
        channel.set(r.channel, (channel.get(r.channel) ?? new Set()).add(r.id))
        area.set(r.area_id ?? '', (area.get(r.area_id ?? '') ?? new Set()).add(r.id))
        if (!r.topic) continue
        topic.set(r.topic, (topic.get(r.topic) ?? 0) + 1)
        cell.set(`${r.area_id ?? ''}|${r.topic}`, (cell.get(`${r.area_id ?? ''}|${r.topic}`) ?? 0) + 1)
      }
      const size = (m: Map<string, Set<string>>) => sorted(new Map([...m].map(([k, v]) => [k, v.size])))
      return { channel: size(channel), area: size(area), topic: sorted(topic), cell: sorted(cell) }
    }
    async function readTrends(unitId: string) {
      const q = { unitId, from: '2026-10-01', to: '2026-11-20', interval: 'month' as const }
      const total = async (groupBy: 'channel' | 'topic') => sorted(new Map((await trendVolume(ctx(), { ...q, groupBy })).series.map((x) => [x.key, x.total] as const).filter(([, n]) => n > 0)))
      const heat = await trendHeatmap(ctx(), { unitId, from: q.from, to: q.to })
      // by area (the alerts' read): summed over the units with children beneath the unit
      const path = (await t.conn.db.selectFrom('unit').select('path').where('id', '=', unitId).executeTakeFirstOrThrow()).path
      const byArea = new Map<string, number>()
      for (const r of await sumScopeByDay(t.conn.db, { units: [unitId], unitPaths: [path], from: q.from, to: q.to }, 'area_id')) byArea.set(r.key, (byArea.get(r.key) ?? 0) + Number(r.streams))
      return {
        channel: await total('channel'), area: sorted(new Map([...byArea].filter(([, n]) => n > 0))), topic: await total('topic'),
        cell: sorted(new Map(heat.cells.map((c) => [`${c.areaId ?? ''}|${c.topic}`, c.streams]))),
      }
    }

    it('equals a recount after any sequence of creates, edits, deletes, imports and unit moves, at any milliseconds (slots)', async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(command, fc.nat(999)), { minLength: 1, maxLength: 8 }), async (commands) => {
          for (const [c, ms] of commands) {
            t.clock.now = new Date(Date.UTC(2026, 10, 20, 3, 0, 0, ms))
            await run(c)
          }
          const [want, have] = [await recount(t.conn.db), await rollup(t.conn.db)]
          assert.deepEqual(sorted(have), sorted(want))
          assert.deepEqual(sorted(await scopeRollup(t.conn.db)), sorted(await recountScope(t.conn.db)), 'the roll-up per scope unit equals a recount')
          // scope rows plus a unit's own daily rows: a ward with records of its own (HB), cells, a unit without records
          for (const unit of [hb, duub, ...unitIds.slice(1)]) assert.deepEqual(await readTrends(unit), await recountTrends(unit), `trends of ${unit}`)
        }),
        { numRuns: 25, seed: 11 },
      )
      t.clock.now = new Date('2026-11-20T03:00:00Z')
      const slots = new Set((await t.conn.db.selectFrom('opinion_rollup_daily').select('slot').execute()).map((r) => r.slot))
      assert.ok(slots.size > 1, `records in ${slots.size} slots`)
      const rows = await rollup(t.conn.db)
      assert.ok(rows.size > 20, `${rows.size} roll-up rows: the sequences did build something`)
      assert.ok([...rows.keys()].some((k) => k.split('|')[3] !== ''), 'some with an area')
      assert.ok([...(await scopeRollup(t.conn.db)).keys()].some((k) => k.startsWith(`${hb}|area_topic|m|`)), 'monthly heat grid rows under HB')
    })

    it('a unit move takes its subtree\'s counts from the old ancestors to the new ones, and the trends follow', async () => {
      const parentOf = async () => (await t.conn.db.selectFrom('unit').select('parent_id').where('id', '=', kdc02).executeTakeFirstOrThrow()).parent_id
      if ((await parentOf()) !== hb) await moveUnit(ctx(), { unitId: kdc02, parentId: hb })
      await createOpinion(ctx(), {
        channel: 'press', unitId: kdc02, areaId: null, heardOn: '2026-11-20', title: 'Ý kiến', content: 'Nội dung',
        streams: [{ topics: ['y-te'], direction: 'oppose', summary: '', intensity: 'medium', breadth: 'few', groups: [], latent: false, hotSpot: false }],
      })
      const volume = async (unitId: string) => (await trendVolume(ctx(), { unitId, from: '2026-11-20', to: '2026-11-20', groupBy: 'channel', interval: 'day' })).series
      const press = async (unitId: string) => (await volume(unitId)).find((x) => x.key === 'press')?.total ?? 0
      const [underHb, underDuub, own] = [await press(hb), await press(duub), await press(kdc02)]
      assert.ok(own >= 1 && underHb >= own)
      await moveUnit(ctx(), { unitId: kdc02, parentId: duub })
      assert.deepEqual(sorted(await scopeRollup(t.conn.db)), sorted(await recountScope(t.conn.db)))
      // HB-DUUB lies under HB: HB keeps its count, HB-DUUB gains the moved cell's, the cell keeps its own
      assert.deepEqual([await press(hb), await press(duub), await press(kdc02)], [underHb, underDuub + own, own])
      await moveUnit(ctx(), { unitId: kdc02, parentId: hb })
      assert.deepEqual(sorted(await scopeRollup(t.conn.db)), sorted(await recountScope(t.conn.db)))
      assert.deepEqual([await press(hb), await press(duub), await press(kdc02)], [underHb, underDuub, own])
    })

    it('a write that fails leaves the roll-up as it was (same transaction)', async () => {
      const before = await rollup(t.conn.db)
      const r = (await existing())[0]!
      // a stale version is refused after the roll-up was already taken down inside the transaction
      await assert.rejects(updateOpinion(ctx(), { opinionId: r.id, version: r.version + 5, channel: 'press', heardOn: '2026-11-01' }), /OPINION_VERSION_CONFLICT/)
      const beforeScope = await scopeRollup(t.conn.db)
      const bad = 'external_id,received_on,channel,unit_code,topic,direction,title,content\nZ1,2026-11-01,hotline,HB,dat-dai,oppose,x,y\nZ2,2026-11-01,hotline,HB,nope,oppose,x,y\n'
      await assert.rejects(importOpinions(ctx(), { filename: 'y.csv', data: Buffer.from(bad) }), /IMPORT_INVALID/)
      assert.deepEqual(sorted(await rollup(t.conn.db)), sorted(before))
      assert.deepEqual(sorted(await scopeRollup(t.conn.db)), sorted(beforeScope))
    })
  })

  describe(`${dialect.name}: migration 0004 on a database that already has records`, () => {
    let conn: Connection
    before(async () => {
      conn = await openAt0003(dialect)
    })
    after(() => conn.close())

    it('fills the search index and the roll-ups for the records written before it', async () => {
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
          heard_on: `2026-11-0${i + 1}`, title: text, content: text, search_text: opinionSearchText(text, text),
          // 0011 puts each in the slot of its created_at's milliseconds (pre-2: 123 % 8 = 3), as slotOf does
          created_at: i === 2 ? '2026-11-10T00:00:00.123Z' : '2026-11-10T00:00:00Z', updated_at: '2026-11-10T00:00:00Z', version: 1,
        }])
        await insertStreams(conn.db, [streamRows(id, { summary: '', topics: i === 1 ? ['moi-truong'] : ['dat-dai', 'kt-xh'], direction: 'oppose', intensity: 'high', breadth: 'many', groups: [], latent: false, hotSpot: false }, 0)])
      }
      // 0004 runs first (and the later migrations after it)
      assert.equal((await migrateToLatest(conn.db, dialect.name))[0], '0004-search-rollups')
      assert.deepEqual(sorted(await rollup(conn.db)), sorted(await recount(conn.db)))
      // 0009 counts them per scope unit: under their unit and its ancestors
      assert.deepEqual(sorted(await scopeRollup(conn.db)), sorted(await recountScope(conn.db)))
      // HB's own record (moi-truong) is not under HB in the scope roll-up: the trends read it from the daily one
      assert.equal([...(await scopeRollup(conn.db)).keys()].filter((k) => k.startsWith(`${units.get('HB')!.id}|topic|`)).length, 4, 'HB: dat-dai and kt-xh on two days')
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

describe('spans of a period', () => {
  const day = (n: number) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)
  it('whole months, whole parts of a month (1–8, 9–16, 17–24, 25–end) and days cover exactly the days of the period, once each', () => {
    fc.assert(fc.property(fc.nat(1200), fc.nat(1100), (a, len) => {
      const [from, to] = [day(a), day(a + len)]
      const { d, p, m } = spansOf(from, to)
      const covered: string[] = [...d]
      const each = (start: string, last: (x: string) => boolean) => {
        for (let i = 0, x = start; ; x = new Date(Date.parse(x) + 86_400_000).toISOString().slice(0, 10), i++) {
          covered.push(x)
          if (last(x)) break
        }
      }
      const nextDay = (x: string) => new Date(Date.parse(x) + 86_400_000).toISOString().slice(0, 10)
      for (const x of m) {
        assert.equal(x.slice(8), '01')
        each(x, (y) => nextDay(y).slice(8) === '01')
      }
      for (const x of p) {
        assert.ok(['01', '09', '17', '25'].includes(x.slice(8)), x)
        each(x, (y) => ['01', '09', '17', '25'].includes(nextDay(y).slice(8)))
      }
      const want = Array.from({ length: len + 1 }, (_, i) => day(a + i))
      assert.deepEqual(covered.sort(), want)
      // a week at most of single days at each end
      assert.ok(d.length <= 14, `${d.length} days`)
    }), { numRuns: 300, seed: 7 })
    assert.deepEqual(spansOf('2025-11-25', '2026-11-24'), {
      d: [], p: ['2025-11-25', '2026-11-01', '2026-11-09', '2026-11-17'],
      m: ['2025-12-01', '2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01', '2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'],
    })
  })
})
