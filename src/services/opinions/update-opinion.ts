/**
 * Edits an opinion record. The editor sends the version they started from; if someone saved in between the
 * edit is refused (409 OPINION_VERSION_CONFLICT) rather than silently overwriting. Collaborators and
 * delegates edit only records they entered. Streams, when sent, replace the record's streams: one with the
 * `id` of an existing stream is changed in place and keeps its issue link unless `issueId` is given.
 */
import { deleteStreamLabels, deleteStreamRows, findOpinionsByExternalIds, insertStreamGroups, insertStreamTopics, listStreamsOfReports, updateOpinionRowAtVersion, updateStreamRow } from '../../db/repos/opinion.repo.ts'
import { setContactDeleteAfter } from '../../db/repos/contact.repo.ts'
import { rollupReports } from '../../db/repos/rollup.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import type { OpinionView, StreamUpdateInput, UpdateOpinionInput } from '../../shared/opinion.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, type ServiceContext } from '../context.ts'
import { findOpinionFor, inTransaction } from './opinion-access.ts'
import { addMonths, checkArea, checkHeardOn, checkIssueLinks, checkMeeting, checkUnit, insertStreams, opinionSearchText, retentionMonths, streamRows } from './opinion-rules.ts'
import { loadStreamViews, toOpinionViews, type OpinionRow } from './opinion-views.ts'

export type UpdateOpinionServiceInput = UpdateOpinionInput & { opinionId: string }

const conflict = (currentVersion: number) => new DomainError('OPINION_VERSION_CONFLICT', { currentVersion }, 409)

export async function updateOpinion(ctx: ServiceContext, input: UpdateOpinionServiceInput): Promise<OpinionView> {
  const current = await findOpinionFor(ctx, 'update', input.opinionId)
  if (current.version !== input.version) throw conflict(current.version)

  const heardOn = input.heardOn ?? current.heard_on
  if (input.heardOn !== undefined) checkHeardOn(ctx, heardOn)
  const unitId = input.unitId ?? current.unit_id
  const unitChanged = unitId !== current.unit_id
  const unit = unitChanged || heardOn !== current.heard_on ? await checkUnit(ctx, 'update', unitId, heardOn) : null
  const areaId = input.areaId === undefined ? current.area_id : input.areaId
  if (unitChanged || areaId !== current.area_id) await checkArea(ctx, unitId, areaId)
  const meetingId = input.meetingId === undefined ? current.meeting_id : input.meetingId
  if (meetingId !== current.meeting_id) await checkMeeting(ctx, 'update', meetingId)
  // an imported record is keyed by (unit, external id): it cannot move where that key is already taken
  if (unitChanged && current.external_id) {
    const clash = (await findOpinionsByExternalIds(ctx.db, [{ unitId, externalId: current.external_id }]))[0]
    if (clash) throw new DomainError('OPINION_EXTERNAL_ID_TAKEN', { fields: [{ path: 'unitId', code: 'OPINION_EXTERNAL_ID_TAKEN' }] })
  }

  const title = input.title !== undefined ? clean(input.title) : current.title
  const content = input.content !== undefined ? clean(input.content) : current.content
  const next: OpinionRow = {
    ...current, channel: input.channel ?? current.channel, unit_id: unitId, unit_path: unit?.path ?? current.unit_path, area_id: areaId ?? null,
    meeting_id: meetingId ?? null, heard_on: heardOn, title, content, search_text: opinionSearchText(title, content),
    updated_at: ctx.now.toISOString(), version: current.version + 1,
  }
  const changed: string[] = (['channel', 'unit_id', 'area_id', 'meeting_id', 'heard_on', 'title', 'content'] as const).filter((k) => next[k] !== current[k])
  const plan = input.streams ? await planStreams(ctx, current.id, input.streams) : null
  if (plan?.changed) changed.push('streams')
  if (changed.length === 0) return (await toOpinionViews(ctx.db, [current]))[0]!

  const deleteAfter = heardOn !== current.heard_on ? addMonths(heardOn, await retentionMonths(ctx)) : null
  // what the daily roll-up counts by: take the record out as it was, put it back as it is
  const recount = changed.some((k) => ['channel', 'unit_id', 'area_id', 'heard_on', 'streams'].includes(k))
  await inTransaction(ctx, async (trx) => {
    if (recount) await rollupReports(trx, [current.id], -1)
    const { id: _id, ...patch } = next
    if (!(await updateOpinionRowAtVersion(trx, current.id, current.version, patch))) throw conflict(current.version + 1)
    if (plan?.changed) {
      await deleteStreamRows(trx, plan.removed)
      for (const u of plan.updated) {
        const { id, ...fields } = u.stream
        await updateStreamRow(trx, id, fields)
      }
      await deleteStreamLabels(trx, plan.updated.map((u) => u.stream.id))
      await insertStreamTopics(trx, plan.updated.flatMap((u) => u.topics))
      await insertStreamGroups(trx, plan.updated.flatMap((u) => u.groups))
      await insertStreams(trx, plan.added)
    }
    if (recount) await rollupReports(trx, [current.id], 1)
    if (deleteAfter) await setContactDeleteAfter(trx, current.id, deleteAfter)
    await audit(trx, ctx, {
      action: 'opinion.update', resourceType: 'opinion', resourceId: current.id, unitId: next.unit_id, unitPath: next.unit_path,
      details: { changed, version: next.version, ...(unitChanged ? { fromUnitId: current.unit_id } : {}) },
    })
  })
  return (await toOpinionViews(ctx.db, [next]))[0]!
}

/** What sending these streams changes: streams updated in place, added, removed; and whether anything differs. */
async function planStreams(ctx: ServiceContext, reportId: string, input: StreamUpdateInput[]) {
  const existing = new Map((await listStreamsOfReports(ctx.db, [reportId])).map((s) => [s.id, s]))
  const before = (await loadStreamViews(ctx.db, [reportId])).get(reportId) ?? []
  const unknown = input.flatMap((s, i) => (s.id && !existing.has(s.id) ? [{ path: `streams.${i}.id`, code: 'OPINION_STREAM_NOT_FOUND' }] : []))
  const repeated = input.flatMap((s, i) => (s.id && input.findIndex((t) => t.id === s.id) !== i ? [{ path: `streams.${i}.id`, code: 'OPINION_STREAM_NOT_FOUND' }] : []))
  if (unknown.length + repeated.length > 0) throw new DomainError('OPINION_STREAM_NOT_FOUND', { fields: [...unknown, ...repeated] })

  const links: { path: string; issueId: string }[] = []
  const resolved = input.map((s, i) => {
    const old = s.id ? existing.get(s.id) : undefined
    const issueId = s.issueId === undefined ? (old?.issue_id ?? null) : s.issueId
    if (issueId && issueId !== old?.issue_id) links.push({ path: `streams.${i}.issueId`, issueId })
    return { ...s, issueId }
  })
  await checkIssueLinks(ctx, links)

  const updated = resolved.flatMap((s, i) => (s.id ? [streamRows(reportId, s, i, s.id)] : []))
  const added = resolved.flatMap((s, i) => (s.id ? [] : [streamRows(reportId, s, i)]))
  const kept = new Set(updated.map((u) => u.stream.id))
  const removed = [...existing.keys()].filter((id) => !kept.has(id))
  const shape = (s: { id: string; summary: string; topics: string[]; direction: string; intensity: string; breadth: string; groups: string[]; latent: boolean; hotSpot: boolean; proposedHandling: string | null; issueId: string | null }) =>
    JSON.stringify([s.id, s.summary, [...s.topics].sort(), s.direction, s.intensity, s.breadth, [...s.groups].sort(), s.latent, s.hotSpot, s.proposedHandling, s.issueId])
  const beforeShape = before.map((s) => shape({ ...s, issueId: s.issue?.id ?? null })).join('\n')
  const afterShape = [...updated, ...added]
    .sort((a, b) => a.stream.position - b.stream.position)
    .map((r) => shape({
      id: r.stream.id, summary: r.stream.summary, topics: r.topics.map((t) => t.topic), direction: r.stream.direction, intensity: r.stream.intensity,
      breadth: r.stream.breadth, groups: r.groups.map((g) => g.grp), latent: r.stream.latent === 1, hotSpot: r.stream.hot_spot === 1,
      proposedHandling: r.stream.proposed_handling, issueId: r.stream.issue_id,
    }))
    .join('\n')
  return { updated, added, removed, changed: beforeShape !== afterShape }
}
