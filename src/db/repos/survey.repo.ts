/** Queries on surveys and their indexed questions. No rules, no authorisation: callers pass the scope. */
import { sql } from 'kysely'
import type { Db } from '../connect.ts'
import type { SurveyTable, SurveyQuestionTable } from '../database.ts'
import type { Insertable, Selectable, Updateable } from 'kysely'
import { escapeLike } from '../dialect.ts'
import { pathInScope } from './scope.ts'

export type SurveyRow = Selectable<SurveyTable>

/** One survey by id, only if its owner unit lies in the scope. */
export function findSurveyInScope(db: Db, id: string, scope: string[]) {
  return db.selectFrom('survey').selectAll().where('id', '=', id).where(pathInScope('unit_path', scope)).executeTakeFirst()
}

/** One survey by its public link token, whatever the scope (the public pages). */
export function findSurveyByToken(db: Db, token: string) {
  return db.selectFrom('survey').selectAll().where('public_token', '=', token).executeTakeFirst()
}

export type SurveyFilter = { scope: string[]; words?: string[]; status?: string; kind?: string; seriesKey?: string }

function filtered(db: Db, f: SurveyFilter) {
  let q = db.selectFrom('survey').where(pathInScope('unit_path', f.scope))
  if (f.status) q = q.where('status', '=', f.status)
  if (f.kind) q = q.where('kind', '=', f.kind)
  if (f.seriesKey) q = q.where('series_key', '=', f.seriesKey)
  // every folded word somewhere in the title, description or wave label, or in one of the question texts
  for (const w of f.words ?? []) {
    const pattern = `%${escapeLike(w)}%`
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`survey.search_text like ${pattern} escape '\\'`,
        eb.exists(eb.selectFrom('survey_question as sq').select('sq.name').whereRef('sq.survey_id', '=', 'survey.id').where(sql<boolean>`sq.search_text like ${pattern} escape '\\'`)),
      ]),
    )
  }
  return q
}

/** Surveys in scope matching the filter, newest first, one page. */
export function listSurveys(db: Db, f: SurveyFilter, page: { limit: number; offset: number }) {
  return filtered(db, f).selectAll().orderBy('created_at', 'desc').orderBy('id').limit(page.limit).offset(page.offset).execute()
}

/** How many surveys in scope match the filter. */
export async function countSurveys(db: Db, f: SurveyFilter) {
  const r = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

export function insertSurvey(db: Db, row: Insertable<SurveyTable>) {
  return db.insertInto('survey').values(row).execute()
}

export function updateSurveyRow(db: Db, id: string, patch: Updateable<SurveyTable>) {
  return db.updateTable('survey').set(patch).where('id', '=', id).execute()
}

/** Moves a survey from one status to another only if it is still in the first (two changes at once: one wins). */
export async function changeSurveyStatus(db: Db, id: string, from: string, patch: Updateable<SurveyTable>) {
  const r = await db.updateTable('survey').set(patch).where('id', '=', id).where('status', '=', from).executeTakeFirst()
  return Number(r.numUpdatedRows)
}

export function deleteSurveyRow(db: Db, id: string) {
  return db.deleteFrom('survey').where('id', '=', id).execute()
}

/** Replaces the indexed questions of a survey. */
export async function replaceSurveyQuestions(db: Db, surveyId: string, rows: Insertable<SurveyQuestionTable>[]) {
  await db.deleteFrom('survey_question').where('survey_id', '=', surveyId).execute()
  if (rows.length > 0) await db.insertInto('survey_question').values(rows).execute()
}

/** Questions in scope whose folded text holds every word, with their survey, newest survey first. */
export function searchQuestions(db: Db, scope: string[], words: string[], page: { limit: number; offset: number }) {
  let q = db
    .selectFrom('survey_question as sq')
    .innerJoin('survey as s', 's.id', 'sq.survey_id')
    .where(pathInScope('sq.unit_path', scope))
  for (const w of words) q = q.where(sql<boolean>`sq.search_text like ${`%${escapeLike(w)}%`} escape '\\'`)
  return q
    .select(['sq.survey_id', 'sq.name', 'sq.label', 'sq.type', 's.title', 's.wave_label', 's.series_key', 's.status', 's.closes_on'])
    .orderBy('s.created_at', 'desc')
    .orderBy('sq.position')
    .limit(page.limit)
    .offset(page.offset)
    .execute()
}

/** How many questions in scope hold every word. */
export async function countQuestions(db: Db, scope: string[], words: string[]) {
  let q = db.selectFrom('survey_question as sq').where(pathInScope('sq.unit_path', scope))
  for (const w of words) q = q.where(sql<boolean>`sq.search_text like ${`%${escapeLike(w)}%`} escape '\\'`)
  const r = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** Surveys in scope that belong to a series, by series key then closing day. */
export function listSeriesSurveys(db: Db, scope: string[], seriesKey?: string) {
  let q = db.selectFrom('survey').selectAll().where(pathInScope('unit_path', scope)).where('series_key', 'is not', null)
  if (seriesKey) q = q.where('series_key', '=', seriesKey)
  return q.orderBy('series_key').orderBy('closes_on').orderBy('created_at').execute()
}

/** Code and name of the units owning surveys. */
export async function findUnitsOfSurveys(db: Db, unitIds: string[]) {
  const ids = [...new Set(unitIds)]
  if (ids.length === 0) return new Map<string, { code: string; name: string }>()
  const rows = await db.selectFrom('unit').select(['id', 'code', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, { code: r.code, name: r.name }]))
}

/** One survey by id, whatever the scope (callers apply their own reach rule). */
export function findSurveyById(db: Db, id: string) {
  return db.selectFrom('survey').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Open surveys whose owner unit lies under one of the paths, newest first. */
export function listOpenSurveys(db: Db, paths: string[]) {
  return db.selectFrom('survey').selectAll().where('status', '=', 'open').where(pathInScope('unit_path', paths)).orderBy('created_at', 'desc').execute()
}
