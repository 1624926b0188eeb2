import { describe, it } from 'node:test'
import assert from 'node:assert/strict'
import { BREADTHS, CHANNELS, DIRECTIONS, INTENSITIES, ISSUE_STATUSES, SOCIAL_GROUPS, TOPICS } from '../../shared/enums.ts'
import { createOpinionInput } from '../../shared/opinion.schema.ts'
import { addDays } from '../../domain/referral-reminders.ts'
import { detectSpike } from '../../domain/spikes.ts'
import { localDay, startOfLocalDay } from '../../domain/time.ts'
import { buildDemoCorpus, DEMO_EXTRA_ACCOUNTS } from './demo-corpus.ts'
import { SCENARIOS } from './demo-scenarios.ts'
import { DEMO_AREAS, DEMO_UNITS } from './demo-ward.ts'

const NOW = new Date('2026-11-20T03:00:00Z')
const corpus = buildDemoCorpus(NOW, { since: '2025-01-01' })
const streams = corpus.records.flatMap((r) => r.streams)
const count = <T>(xs: T[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>())
// nothing outside ASCII: no accent, no đ
const plain = (s: string) => [...s].every((c) => c.charCodeAt(0) < 128)

describe('demo corpus', () => {
  it('is the same for the same day and seed, and another seed gives another year', () => {
    assert.deepEqual(buildDemoCorpus(NOW, { since: '2025-01-01' }), corpus)
    const other = buildDemoCorpus(NOW, { since: '2025-01-01', seed: 'another-ward' })
    assert.notDeepEqual(other.records.map((r) => r.content), corpus.records.map((r) => r.content))
  })

  it('holds several hundred records over the 12 months before now, every month heard', () => {
    for (const now of [NOW, new Date('2027-03-05T10:00:00Z'), new Date('2026-09-10T02:00:00Z'), new Date('2027-07-01T16:59:00Z')]) {
      const c = buildDemoCorpus(now, { since: '2025-01-01' })
      assert.ok(c.records.length >= 400 && c.records.length <= 600, `${c.records.length} records for ${now.toISOString()}`)
      assert.equal(c.to, localDay(now))
      assert.equal(c.from, addDays(localDay(now), -364))
      const months = new Set(c.records.map((r) => r.heardOn.slice(0, 7)))
      assert.equal(months.size, 13, 'the partial first and last months and the 11 between')
      for (const r of c.records) {
        assert.ok(r.heardOn >= c.from && r.heardOn <= c.to, r.key)
        // entered on or after the day it was heard, before now
        assert.ok(r.at >= startOfLocalDay(r.heardOn).toISOString() && r.at < now.toISOString(), `${r.key} ${r.heardOn} ${r.at}`)
      }
    }
  })

  it('never starts before the units open', () => {
    const early = buildDemoCorpus(new Date('2025-08-01T03:00:00Z'), { since: '2025-01-01' })
    assert.equal(early.from, '2025-01-01')
    assert.ok(early.records.every((r) => r.heardOn >= '2025-01-01'))
  })

  it('covers every topic, direction, intensity, breadth, social group and channel, the ward\'s frequent topics most', () => {
    const topics = count(streams.flatMap((s) => s.topics))
    for (const t of TOPICS) assert.ok(topics.get(t), `topic ${t}`)
    for (const d of DIRECTIONS) assert.ok(streams.some((s) => s.direction === d), d)
    for (const i of INTENSITIES) assert.ok(streams.some((s) => s.intensity === i), i)
    for (const b of BREADTHS) assert.ok(streams.some((s) => s.breadth === b), b)
    for (const g of SOCIAL_GROUPS) assert.ok(streams.some((s) => s.groups.includes(g)), g)
    for (const ch of CHANNELS) assert.ok(corpus.records.some((r) => r.channel === ch), ch)
    const frequent = ['doi-song', 'dat-dai', 'moi-truong', 'ttatxh', 'y-te', 'giao-duc', 'chinh-quyen'] as const
    const rare = ['doi-ngoai', 'ton-giao-dan-toc', 'khac'] as const
    for (const f of frequent) for (const r of rare) assert.ok(topics.get(f)! > topics.get(r)!, `${f} ${topics.get(f)} vs ${r} ${topics.get(r)}`)
    assert.ok(streams.some((s) => s.latent) && streams.some((s) => s.hotSpot))
    assert.ok(corpus.records.every((r) => r.streams.length >= 1 && r.streams.length <= 3))
    assert.ok(corpus.records.some((r) => r.streams.length === 3))
  })

  it('writes every record differently: no two contents alike, accentless and NFD texts, one line to a paragraph', () => {
    assert.equal(new Set(corpus.records.map((r) => r.content)).size, corpus.records.length)
    const accentless = corpus.records.filter((r) => plain(r.content))
    assert.ok(accentless.length >= 10, `${accentless.length} accentless`)
    assert.ok(accentless.every((r) => r.channel === 'collaborator' || r.channel === 'social'), 'typed on a phone')
    assert.ok(corpus.records.filter((r) => r.content !== r.content.normalize('NFC')).length >= 5, 'decomposed (NFD) texts')
    assert.ok(corpus.records.some((r) => /hòa|ủy/.test(r.content)) && corpus.records.some((r) => /hoà|uỷ/.test(r.content)), 'both tone placements')
    assert.ok(corpus.records.some((r) => r.content.length < 120 && !r.content.includes('\n')), 'one-liners')
    assert.ok(corpus.records.some((r) => r.content.length > 500), 'paragraphs')
    assert.ok(corpus.records.some((r) => r.content.includes('\n- ')), 'listed streams')
    // far from one template: no way of opening a record is used by more than 3% of them
    const openings = count(corpus.records.map((r) => r.content.normalize('NFC').split(/\s+/).slice(0, 5).join(' ')))
    const [top, n] = [...openings].sort((x, y) => y[1] - x[1])[0]!
    assert.ok(n <= corpus.records.length * 0.03, `"${top}" opens ${n} records`)
    assert.ok(openings.size > corpus.records.length / 2, `${openings.size} distinct openings`)
  })

  it('every record is valid input of createOpinion, filed where its area and author may be', () => {
    const unit = new Map(DEMO_UNITS.map((u) => [u.code, u]))
    const accounts = new Map([...DEMO_EXTRA_ACCOUNTS.map((a) => [a.username, a.unit] as const), ['ctv', 'HB-CB-KDC01'], ['phutrach', 'HB-CB-KDC01'], ['daibieu', 'HB-HDND'], ['bxdd', 'HB']])
    const areaCodes = new Set(DEMO_AREAS.map((a) => a.code))
    for (const r of corpus.records) {
      const parsed = createOpinionInput.safeParse({
        channel: r.channel, unitId: r.unit, areaId: r.area, heardOn: r.heardOn, title: r.title, content: r.content, contact: r.contact,
        streams: r.streams.map(({ issue: _issue, ...s }) => s),
      })
      assert.ok(parsed.success, `${r.key}: ${JSON.stringify(parsed.error?.issues)}`)
      assert.ok(unit.has(r.unit), r.unit)
      if (r.area) {
        assert.ok(areaCodes.has(r.area))
        // a record's area is one its unit covers, or the ward that owns every area
        assert.ok(r.unit === 'HB' || unit.get(r.unit)!.areas?.includes(r.area), `${r.key} ${r.unit} ${r.area}`)
      }
      // the author's role reaches the unit
      const home = accounts.get(r.author)
      assert.ok(home, r.author)
      assert.ok(home === 'HB' || r.unit === home || unit.get(r.unit)!.parent === home, `${r.key}: ${r.author} at ${home} files under ${r.unit}`)
      if (r.channel === 'voter_meeting') assert.ok(r.meeting && r.author === 'daibieu')
    }
  })

  it('has the year\'s shape: a site-clearance burst that the spike rule finds, Tết, rain and enrolment seasons', () => {
    const byDay = (pred: (t: string[]) => boolean) => (day: string) => corpus.records.filter((r) => r.heardOn === day).flatMap((r) => r.streams).filter((s) => pred(s.topics)).length
    const land = byDay((t) => t.includes('dat-dai'))
    const burst = addDays(corpus.to, -75)
    const baseline = Array.from({ length: 28 }, (_, i) => land(addDays(burst, -28 + i)))
    const found = [0, 1, 2].some((d) => detectSpike(baseline, land(addDays(burst, d))).spike)
    assert.ok(found, `no spike around ${burst}: baseline ${baseline.join(',')}, then ${[0, 1, 2].map((d) => land(addDays(burst, d))).join(',')}`)
    const monthly = (topic: string, months: string[]) => corpus.records.filter((r) => months.includes(r.heardOn.slice(5, 7))).flatMap((r) => r.streams).filter((s) => s.topics.includes(topic as never)).length
    // enrolment talk in June–August outweighs the rest of the year; flooding talk belongs to the rainy season
    assert.ok(monthly('giao-duc', ['06', '07', '08']) > monthly('giao-duc', ['01', '02', '03']))
    const rainy = corpus.records.filter((r) => r.streams.some((s) => s.summary.includes('ngập') || s.summary.includes('Trần Phú')))
    assert.ok(rainy.length > 0 && rainy.every((r) => ['05', '06', '07', '08', '09', '10'].includes(r.heardOn.slice(5, 7))))
    assert.ok(corpus.records.some((r) => ['12', '01', '02'].includes(r.heardOn.slice(5, 7)) && /Tết/.test(r.content)))
  })

  it('has a handful of issues in every status, each with its streams, and referrals both overdue and not yet due', () => {
    for (const s of ISSUE_STATUSES) assert.ok(corpus.issues.some((i) => i.status === s), s)
    for (const i of corpus.issues) assert.ok(streams.some((s) => s.issue === i.key), `issue ${i.key} has streams`)
    const pending = corpus.issues.filter((i) => i.status === 'referred').flatMap((i) => i.steps).filter((s) => s.act === 'refer')
    assert.ok(pending.some((s) => s.act === 'refer' && s.dueOn < corpus.to), 'an overdue referral')
    assert.ok(pending.some((s) => s.act === 'refer' && s.dueOn > corpus.to), 'a referral not yet due')
    assert.ok(corpus.issues.some((i) => i.status === 'answered' && i.steps.some((s) => s.act === 'answer' && s.public)), 'a publishable answer')
    // steps happen after the issue is opened, in order, before now
    for (const i of corpus.issues) {
      let last = i.at
      for (const s of i.steps) {
        assert.ok(s.at > last && s.at < NOW.toISOString(), `${i.key} ${s.act}`)
        last = s.at
      }
    }
    // a stream is linked only to an issue of its own time
    for (const r of corpus.records) for (const s of r.streams) {
      if (!s.issue) continue
      const i = corpus.issues.find((x) => x.key === s.issue)!
      assert.ok(r.heardOn >= i.linkFrom && (i.linkTo == null || r.heardOn <= i.linkTo), `${r.key} → ${i.key}`)
    }
    assert.ok(corpus.records.filter((r) => r.contact).length >= 3, 'a few records carry a contact for the answer')
  })

  it('has two voter meetings with petitions, topics to watch for this month and the last, and a roster', () => {
    assert.equal(corpus.meetings.length, 2)
    for (const m of corpus.meetings) {
      const petitions = corpus.records.filter((r) => r.meeting === m.key)
      assert.ok(petitions.length >= 5, `${m.key}: ${petitions.length}`)
      assert.ok(petitions.every((p) => p.channel === 'voter_meeting' && p.heardOn === m.heldOn && p.streams[0]!.proposedHandling))
    }
    const months = new Set(corpus.watchTopics.map((t) => t.month))
    assert.deepEqual([...months].sort(), ['2026-10', '2026-11'])
    assert.ok(corpus.collaborators.length >= 6 && corpus.collaborators.length <= 10)
    assert.ok(corpus.collaborators.some((c) => c.username === 'ctv'))
    assert.deepEqual([...new Set(corpus.collaborators.map((c) => c.status))].sort(), ['active', 'ended', 'suspended'])
    assert.deepEqual(corpus.baseSalaries.at(-1), { amount: 2_340_000, effectiveFrom: '2024-07-01' })
    // the timeline is in order
    for (let i = 1; i < corpus.timeline.length; i++) assert.ok(corpus.timeline[i - 1]!.at <= corpus.timeline[i]!.at)
  })

  it('every scenario can say what its directions need', () => {
    const needs: Record<string, (keyof (typeof SCENARIOS)[number])[][]> = {
      support: [['good']], oppose: [['bad']], concern: [['fear', 'q']], mixed: [['good'], ['q', 'fear', 'bad']], unknown: [['fact']],
    }
    for (const sc of SCENARIOS) {
      for (const dir of Object.keys(sc.dir)) {
        for (const anyOf of needs[dir]!) assert.ok(anyOf.some((k) => (sc[k] as unknown[] | undefined)?.length), `${sc.id} ${dir} needs ${anyOf.join('|')}`)
      }
    }
    assert.equal(new Set(SCENARIOS.map((s) => s.id)).size, SCENARIOS.length)
  })
})

