/** Queries on survey responses, invitation codes and weightings. No rules, no authorisation: callers check the survey. */
import type { Insertable, Selectable } from 'kysely'
import type { Db } from '../connect.ts'
import type { SurveyInviteTable, SurveyResponseTable, SurveyWeightingTable } from '../database.ts'

export type SurveyResponseRow = Selectable<SurveyResponseTable>

export function insertResponses(db: Db, rows: Insertable<SurveyResponseTable>[]) {
  if (rows.length === 0) return Promise.resolve()
  return db.insertInto('survey_response').values(rows).execute()
}

/** The response a device already sent with this client id. */
export function findResponseByClientId(db: Db, surveyId: string, clientId: string) {
  return db.selectFrom('survey_response').selectAll().where('survey_id', '=', surveyId).where('client_id', '=', clientId).executeTakeFirst()
}

/** The `_id`s among these already in a survey (as an imported row's key or as a response's own id). */
export async function findExternalIds(db: Db, surveyId: string, ids: string[]) {
  const found = new Set<string>()
  for (let i = 0; i < ids.length; i += 500) {
    const part = ids.slice(i, i + 500)
    // an exported file carries each response's own id as `_id`: importing it back adds nothing either
    const rows = await db
      .selectFrom('survey_response')
      .select(['id', 'external_id'])
      .where('survey_id', '=', surveyId)
      .where((eb) => eb.or([eb('external_id', 'in', part), eb('id', 'in', part)]))
      .execute()
    for (const r of rows) {
      if (r.external_id && part.includes(r.external_id)) found.add(r.external_id)
      if (part.includes(r.id)) found.add(r.id)
    }
  }
  return found
}

/** Every response of a survey in the order received. */
export function listAllResponses(db: Db, surveyId: string) {
  return db.selectFrom('survey_response').selectAll().where('survey_id', '=', surveyId).orderBy('submitted_at').orderBy('id').execute()
}

/** One page of responses, in the order received. */
export function listResponsesPage(db: Db, surveyId: string, page: { limit: number; offset: number }) {
  return db.selectFrom('survey_response').selectAll().where('survey_id', '=', surveyId).orderBy('submitted_at').orderBy('id').limit(page.limit).offset(page.offset).execute()
}

export async function countResponses(db: Db, surveyId: string) {
  const r = await db.selectFrom('survey_response').select((eb) => eb.fn.countAll<number>().as('n')).where('survey_id', '=', surveyId).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Responses per survey for several surveys. */
export async function countResponsesOf(db: Db, surveyIds: string[]) {
  if (surveyIds.length === 0) return new Map<string, number>()
  const rows = await db
    .selectFrom('survey_response')
    .select(['survey_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('survey_id', 'in', surveyIds)
    .groupBy('survey_id')
    .execute()
  return new Map(rows.map((r) => [r.survey_id, Number(r.n)]))
}

/** Each response's channel, instant and quota cell (what fieldwork progress counts). */
export function listResponseCells(db: Db, surveyId: string) {
  return db
    .selectFrom('survey_response')
    .select(['channel', 'submitted_at', 'area', 'sex', 'age_group', 'social_group'])
    .where('survey_id', '=', surveyId)
    .execute()
}

/** Sets the weights of responses (id → weight). */
export async function setResponseWeights(db: Db, weights: { id: string; weight: number }[]) {
  for (const w of weights) await db.updateTable('survey_response').set({ weight: w.weight }).where('id', '=', w.id).execute()
}

/** All weights of a survey back to 1. */
export function resetResponseWeights(db: Db, surveyId: string) {
  return db.updateTable('survey_response').set({ weight: 1 }).where('survey_id', '=', surveyId).execute()
}

// ---- invitation codes ----

export function insertInvites(db: Db, rows: Insertable<SurveyInviteTable>[]) {
  return db.insertInto('survey_invite').values(rows).execute()
}

/** Marks a code used if it belongs to the survey and was not used yet; 1 when it was marked, 0 otherwise. */
export async function useInvite(db: Db, surveyId: string, codeHash: string, at: string) {
  const r = await db
    .updateTable('survey_invite')
    .set({ used_at: at })
    .where('survey_id', '=', surveyId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}

/** A code of the survey by its hash (to tell "used" from "unknown"). */
export function findInvite(db: Db, surveyId: string, codeHash: string) {
  return db.selectFrom('survey_invite').selectAll().where('survey_id', '=', surveyId).where('code_hash', '=', codeHash).executeTakeFirst()
}

export function listInvites(db: Db, surveyId: string) {
  return db.selectFrom('survey_invite').select(['id', 'batch', 'hint', 'created_at', 'used_at']).where('survey_id', '=', surveyId).orderBy('created_at').orderBy('hint').execute()
}

export async function countInvites(db: Db, surveyId: string) {
  const r = await db.selectFrom('survey_invite').select((eb) => eb.fn.countAll<number>().as('n')).where('survey_id', '=', surveyId).executeTakeFirstOrThrow()
  return Number(r.n)
}

// ---- weighting ----

export function getWeighting(db: Db, surveyId: string) {
  return db.selectFrom('survey_weighting').selectAll().where('survey_id', '=', surveyId).executeTakeFirst()
}

/** Writes the survey's weighting, replacing the previous one. */
export async function saveWeighting(db: Db, row: Insertable<SurveyWeightingTable>) {
  await db.deleteFrom('survey_weighting').where('survey_id', '=', row.survey_id).execute()
  await db.insertInto('survey_weighting').values(row).execute()
}

export function deleteWeighting(db: Db, surveyId: string) {
  return db.deleteFrom('survey_weighting').where('survey_id', '=', surveyId).execute()
}

/** Surveys among these that have a weighting. */
export async function weightedSurveys(db: Db, surveyIds: string[]) {
  if (surveyIds.length === 0) return new Set<string>()
  const rows = await db.selectFrom('survey_weighting').select('survey_id').where('survey_id', 'in', surveyIds).execute()
  return new Set(rows.map((r) => r.survey_id))
}

/** Deletes every response of a survey (a draft's test answers). */
export function deleteResponsesOf(db: Db, surveyId: string) {
  return db.deleteFrom('survey_response').where('survey_id', '=', surveyId).execute()
}
