/**
 * Records an opinion (phiếu thông tin DLXH) with its streams, and the citizen's contact in the restricted store
 * when an answer must go back to them. A phone that recorded offline sends a client id: sending it again
 * returns the same record and writes nothing.
 */
import { findOpinionByClientId, insertOpinionsWithStreams, listUsersByIds } from '../../db/repos/opinion.repo.ts'
import { insertContact } from '../../db/repos/contact.repo.ts'
import { rollupReports } from '../../db/repos/rollup.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { can } from '../../domain/policy.ts'
import type { CreateOpinionInput, OpinionView } from '../../shared/opinion.schema.ts'
import { clean } from '../../text/fold.ts'
import { audit, deny, newId, requireScope, type ServiceContext } from '../context.ts'
import { inTransaction } from './opinion-access.ts'
import {
  addMonths, checkArea, checkHeardOn, checkIssueLinks, checkMeeting, checkUnit, opinionSearchText, retentionMonths, streamRows,
} from './opinion-rules.ts'
import { opinionViewOf, streamViewOf, toOpinionViews, type OpinionRow } from './opinion-views.ts'

export type CreateOpinionResult = {
  opinion: OpinionView
  /** false when the client id was already known: the existing record, nothing written (HTTP 200 instead of 201) */
  created: boolean
}

/** Creates a record in a unit of the actor's scope; see the module comment for repeats. */
export async function createOpinion(ctx: ServiceContext, input: CreateOpinionInput): Promise<CreateOpinionResult> {
  await requireScope(ctx, 'create', 'opinion')
  if (input.clientId) {
    const existing = await findOpinionByClientId(ctx.db, input.clientId)
    if (existing) return repeatOf(ctx, existing)
  }
  checkHeardOn(ctx, input.heardOn)
  // who enters it, for the view (read while the unit is checked)
  const authorRead = ctx.actor.userId ? listUsersByIds(ctx.db, [ctx.actor.userId]) : Promise.resolve([])
  authorRead.catch(() => {}) // a failed check below must not leave this rejection unhandled
  const unit = await checkUnit(ctx, 'create', input.unitId, input.heardOn)
  const area = await checkArea(ctx, unit.id, input.areaId)
  await checkMeeting(ctx, 'create', input.meetingId)
  const issues = await checkIssueLinks(ctx, input.streams.flatMap((s, i) => (s.issueId ? [{ path: `streams.${i}.issueId`, issueId: s.issueId }] : [])))
  if (input.contact && !can(ctx.actor, 'create', 'contact', unit.path))
    await deny(ctx, 'contact.create', { resourceType: 'opinion', unitId: unit.id, unitPath: unit.path })
  const [author] = await authorRead

  const at = ctx.now.toISOString()
  const title = clean(input.title)
  const content = clean(input.content)
  const row: OpinionRow = {
    id: newId(), client_id: input.clientId ?? null, external_id: null, channel: input.channel, unit_id: unit.id, unit_path: unit.path,
    area_id: input.areaId ?? null, meeting_id: input.meetingId ?? null, entered_by: ctx.actor.userId, heard_on: input.heardOn,
    title, content, search_text: opinionSearchText(title, content), created_at: at, updated_at: at, version: 1,
  }
  const streams = input.streams.map((s, i) => streamRows(row.id, s, i))
  const deleteAfter = input.contact ? addMonths(input.heardOn, await retentionMonths(ctx)) : null
  try {
    await inTransaction(ctx, async (trx) => {
      await insertOpinionsWithStreams(trx, [row], streams.map((s) => s.stream), streams.flatMap((s) => s.topics), streams.flatMap((s) => s.groups))
      if (input.contact) {
        const c = input.contact
        await insertContact(trx, {
          id: newId(), report_id: row.id, full_name: clean(c.fullName), phone: c.phone ? clean(c.phone) : null,
          address: c.address ? clean(c.address) : null, note: c.note ? clean(c.note) : null, created_at: at, delete_after: deleteAfter!,
        })
        await audit(trx, ctx, { action: 'contact.create', resourceType: 'opinion', resourceId: row.id, unitId: unit.id, unitPath: unit.path, details: { deleteAfter } })
      }
      await audit(trx, ctx, {
        action: 'opinion.create', resourceType: 'opinion', resourceId: row.id, unitId: unit.id, unitPath: unit.path,
        details: { channel: row.channel, streams: streams.length, contact: !!input.contact, clientId: row.client_id },
      })
      // last before the commit: on PostgreSQL the upsert locks the day's roll-up rows of this unit and topic, which
      // every record of that day, unit and topic also writes; holding them for the commit only lets those run sooner
      await rollupReports(trx, [row.id], 1)
    })
  } catch (e) {
    // two sends of the same offline record at once: the second finds the first
    if (input.clientId && isUniqueViolation(e) && !ctx.db.isTransaction) {
      const existing = await findOpinionByClientId(ctx.db, input.clientId)
      if (existing) return repeatOf(ctx, existing)
    }
    throw e
  }
  // the view from what was just written, as `toOpinionViews` would read it back (seven reads fewer)
  const opinion = opinionViewOf(row, {
    unit, area: area ?? undefined, user: author,
    streams: streams.map(({ stream: s, topics, groups }) =>
      streamViewOf(s, topics.map((t) => t.topic), groups.map((g) => g.grp), s.issue_id ? issues.get(s.issue_id) : undefined)),
    attachments: [], hasContact: !!input.contact,
  })
  return { opinion, created: true }
}

/** The same client id again: the actor's own record comes back unchanged; someone else's id is a conflict. */
async function repeatOf(ctx: ServiceContext, existing: OpinionRow): Promise<CreateOpinionResult> {
  if (existing.entered_by !== ctx.actor.userId) throw new DomainError('OPINION_CLIENT_ID_TAKEN', { fields: [{ path: 'clientId', code: 'OPINION_CLIENT_ID_TAKEN' }] })
  const [opinion] = await toOpinionViews(ctx.db, [existing])
  return { opinion: opinion!, created: false }
}

/** A unique constraint refused the row (SQLite or PostgreSQL). */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string }
  return err?.code === 'SQLITE_CONSTRAINT_UNIQUE' || err?.code === '23505'
}
