/**
 * Loads the demo ward's year of opinion work (demo-corpus.ts) through the same services the app uses, each step
 * by the account that would take it and at the moment it happened (`ctx.now` set to the historical time): the
 * extra collaborator accounts, the base salary and the allowance condition, the roster, then in time order every
 * record, issue, referral, answer, voter meeting with its petitions and topic to watch. Called by loadDemoWard
 * on an empty database, after the units, areas and accounts exist.
 */
import { findUnitsByCodes } from '../../db/repos/unit.repo.ts'
import { findAreasByCodes } from '../../db/repos/area.repo.ts'
import { findUsersByUsernames } from '../../db/repos/user.repo.ts'
import { inScope, scopeOf, SYSTEM_ACTOR, type Actor } from '../../domain/policy.ts'
import type { CreateOpinionInput } from '../../shared/opinion.schema.ts'
import type { ServiceContext } from '../context.ts'
import { loadActor } from '../auth/load-actor.ts'
import { createUser } from '../users/create-user.ts'
import { updateUser } from '../users/update-user.ts'
import { setAllowanceCondition, setBaseSalary } from '../collaborators/allowance-settings.ts'
import { createCollaborator } from '../collaborators/create-collaborator.ts'
import { updateCollaborator } from '../collaborators/update-collaborator.ts'
import { createOpinion } from '../opinions/create-opinion.ts'
import { createIssue } from '../issues/create-issue.ts'
import { getIssue } from '../issues/get-issue.ts'
import { linkStreams } from '../issues/link-streams.ts'
import { referIssue } from '../issues/refer-issue.ts'
import { answerReferral } from '../issues/answer-referral.ts'
import { transitionIssue } from '../issues/transition-issue.ts'
import { createMeeting } from '../meetings/create-meeting.ts'
import { addPetition } from '../meetings/add-petition.ts'
import { createWatchTopic } from '../watch-topics/create-watch-topic.ts'
import { buildDemoCorpus, type DemoIssue, type DemoIssueStep, type DemoRecord } from './demo-corpus.ts'

export type DemoOpinionsResult = {
  accounts: number
  collaborators: number
  records: number
  streams: number
  issues: number
  meetings: number
  petitions: number
  watchTopics: number
}

/** Loads the corpus for `base.now`; `since` is the day the demo units opened, `password` the demo accounts' password. */
export async function loadDemoOpinions(base: ServiceContext, opts: { since: string; password: string; seed?: string }): Promise<DemoOpinionsResult> {
  const corpus = buildDemoCorpus(base.now, { since: opts.since, ...(opts.seed ? { seed: opts.seed } : {}) })
  const at = (iso: string, actor: Actor = SYSTEM_ACTOR): ServiceContext => ({ ...base, actor, now: new Date(iso) })

  // ids of what the ward already has, by code
  const unitCodes = [...new Set([...corpus.records.map((r) => r.unit), ...corpus.collaborators.map((c) => c.unit), ...corpus.issues.map((i) => i.unit),
    ...corpus.accounts.map((a) => a.unit), 'HB', 'HB-HDND', 'HB-UBND', 'HB-CB-THCS'])]
  const units = await findUnitsByCodes(base.db, unitCodes)
  const unitId = new Map(units.map((u) => [u.code, u.id]))
  const unitPath = new Map(units.map((u) => [u.code, u.path]))
  const areaId = new Map((await findAreasByCodes(base.db, [...new Set([...corpus.records.flatMap((r) => (r.area ? [r.area] : [])), ...corpus.collaborators.flatMap((c) => c.areas),
    ...corpus.meetings.flatMap((m) => (m.area ? [m.area] : []))])])).map((a) => [a.code, a.id]))
  const idOf = (map: Map<string, string>, code: string) => {
    const id = map.get(code)
    if (!id) throw new Error(`demo: ${code} is missing from the demo ward`)
    return id
  }

  // the collaborators' and the Front's accounts, made when the roster was set up
  for (const a of corpus.accounts) {
    await createUser(at(corpus.setupAt), {
      username: a.username, fullName: a.fullName, phone: a.phone, email: null, password: opts.password,
      roles: [{ role: a.role, unitId: idOf(unitId, a.unit), isResponsible: a.responsible }],
    })
  }
  const usernames = [...new Set([...corpus.records.map((r) => r.author), ...corpus.issues.flatMap((i) => [i.by, ...i.steps.map((s) => s.by)]),
    ...corpus.meetings.map((m) => m.by), ...corpus.watchTopics.map((t) => t.by), ...corpus.collaborators.flatMap((c) => (c.username ? [c.username] : [])), 'admin', 'bxdd'])]
  const users = new Map((await findUsersByUsernames(base.db, usernames)).map((u) => [u.username, u]))
  const actors = new Map<string, Actor>()
  const actor = async (username: string): Promise<Actor> => {
    const known = actors.get(username)
    if (known) return known
    const u = users.get(username)
    if (!u) throw new Error(`demo: account ${username} is missing`)
    const a = await loadActor(base.db, u.id, u.username, 'session')
    actors.set(username, a)
    return a
  }

  // the allowance: mức lương cơ sở (set by the administrator, system-wide) and the monthly condition
  const admin = await actor('admin')
  for (const level of corpus.baseSalaries) await setBaseSalary(at(corpus.setupAt, admin), level)
  await setAllowanceCondition(at(corpus.setupAt, admin), corpus.allowanceCondition)
  const bxdd = await actor('bxdd')
  const collaboratorIds = new Map<string, string>()
  for (const c of corpus.collaborators) {
    const made = await createCollaborator(at(corpus.setupAt, bxdd), {
      fullName: c.fullName, phone: c.phone, unitId: idOf(unitId, c.unit), areaIds: c.areas.map((a) => idOf(areaId, a)), groups: c.groups,
      decisionNo: c.decisionNo, decisionOn: c.decisionOn, contractFrom: c.contractFrom, contractTo: c.contractTo,
      allowanceKind: c.allowanceKind, allowanceAmount: c.allowanceAmount, allowanceCoefficient: c.allowanceCoefficient, status: 'active',
      userId: c.username ? users.get(c.username)!.id : null,
    })
    collaboratorIds.set(c.fullName, made.id)
  }

  // then the year, in the order it happened
  const issueIds = new Map<string, string>()
  const issueByKey = new Map(corpus.issues.map((i) => [i.key, i]))
  const closed = new Set<string>()
  /** streams heard before their issue was opened: linked when it is */
  const waiting = new Map<string, string[]>()
  const meetingIds = new Map<string, string>()
  let records = 0
  let streams = 0
  let petitions = 0

  /** Links a record's streams to their issues: at once when the author may read the issue, else by the focal board. */
  const streamInputs = (r: DemoRecord, who: Actor) => r.streams.map((s) => {
    const { issue, ...rest } = s
    const id = issue ? issueIds.get(issue) : undefined
    const readable = !!id && !closed.has(issue!) && inScope(scopeOf(who, 'read', 'issue'), unitPath.get(issueByKey.get(issue!)!.unit)!)
    return { ...rest, issueId: readable ? id! : null }
  })
  const linkLater = async (r: DemoRecord, streamIds: string[], linkedAtOnce: (string | null)[]) => {
    for (const [i, s] of r.streams.entries()) {
      if (!s.issue || linkedAtOnce[i]) continue
      const id = issueIds.get(s.issue)
      if (!id) waiting.set(s.issue, [...(waiting.get(s.issue) ?? []), streamIds[i]!])
      else if (!closed.has(s.issue)) await linkStreams(at(r.at, bxdd), { issueId: id, streamIds: [streamIds[i]!] })
    }
  }

  for (const e of corpus.timeline) {
    switch (e.kind) {
      case 'record': {
        const r = e.record
        const who = await actor(r.author)
        const input: CreateOpinionInput = {
          channel: r.channel, unitId: idOf(unitId, r.unit), areaId: r.area ? idOf(areaId, r.area) : null, heardOn: r.heardOn,
          title: r.title, content: r.content, streams: streamInputs(r, who), contact: r.contact,
        }
        const { opinion } = await createOpinion(at(r.at, who), input)
        await linkLater(r, opinion.streams.map((s) => s.id), input.streams.map((s) => s.issueId ?? null))
        records++
        streams += r.streams.length
        break
      }
      case 'issue': {
        const i = e.issue
        const view = await createIssue(at(i.at, await actor(i.by)), {
          title: i.title, description: i.description, topic: i.topic, unitId: idOf(unitId, i.unit), hotSpot: i.hotSpot, streamIds: waiting.get(i.key) ?? [],
        })
        issueIds.set(i.key, view.id)
        waiting.delete(i.key)
        break
      }
      case 'issue-step':
        await issueStep(issueByKey.get(e.issue)!, e.step)
        break
      case 'meeting': {
        const m = e.meeting
        const delegate = await actor(m.by)
        const meeting = await createMeeting(at(m.at, delegate), {
          unitId: idOf(unitId, 'HB-HDND'), heldOn: m.heldOn, place: m.place, areaId: m.area ? idOf(areaId, m.area) : null,
          delegates: m.delegates, attendance: m.attendance, notes: m.notes,
        })
        meetingIds.set(m.key, meeting.id)
        for (const p of e.petitions) {
          const s = p.streams[0]!
          const { petition } = await addPetition(at(p.at, delegate), {
            meetingId: meeting.id, title: p.title, content: p.content, summary: s.summary, topics: s.topics, direction: s.direction,
            intensity: s.intensity, breadth: s.breadth, groups: s.groups, proposedHandling: s.proposedHandling, contact: p.contact,
          })
          await linkLater(p, petition.streams.map((x) => x.id), [null])
          petitions++
          records++
          streams++
        }
        break
      }
      case 'roster':
        await updateCollaborator(at(e.at, bxdd), { collaboratorId: collaboratorIds.get(e.fullName)!, status: e.status })
        break
      case 'account':
        await updateUser(at(e.at, admin), { userId: users.get(e.username)!.id, active: e.active })
        break
      case 'watch-topic': {
        const t = e.topic
        await createWatchTopic(at(t.at, await actor(t.by)), {
          unitId: idOf(unitId, t.unit), month: t.month, title: t.title, description: t.description, topics: t.topics, position: t.position,
        })
        break
      }
    }
  }
  if (waiting.size > 0) throw new Error(`demo: streams wait for issues never opened: ${[...waiting.keys()].join(', ')}`)

  async function issueStep(issue: DemoIssue, step: DemoIssueStep) {
    const id = issueIds.get(issue.key)!
    const ctx = at(step.at, await actor(step.by))
    switch (step.act) {
      case 'watch':
        await transitionIssue(ctx, { issueId: id, to: 'watching' })
        break
      case 'refer':
        await referIssue(ctx, {
          issueId: id, dueOn: step.dueOn, note: step.note,
          ...(step.toUnit ? { toUnitId: idOf(unitId, step.toUnit) } : { toAgency: step.toAgency! }),
        })
        break
      case 'answer': {
        const view = await getIssue(ctx, { issueId: id })
        const pending = view.referrals.find((r) => r.status === 'pending')!
        await answerReferral(ctx, { referralId: pending.id, answerText: step.text, publishable: step.public })
        break
      }
      case 'close':
        await transitionIssue(ctx, { issueId: id, to: 'closed', ...(step.reason ? { reason: step.reason } : {}) })
        closed.add(issue.key)
        break
    }
  }

  return {
    accounts: corpus.accounts.length, collaborators: corpus.collaborators.length, records, streams, issues: corpus.issues.length,
    meetings: meetingIds.size, petitions, watchTopics: corpus.watchTopics.length,
  }
}
