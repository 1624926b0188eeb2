/**
 * Imports responses from CSV or XLSX (`caunoi survey responses import ID FILE.csv`): one column per question
 * `name` (a matrix: one per row, `question_row`), select_multiple values separated by spaces, columns starting
 * with `_` are metadata — `_id` is the row's key, so importing the same file again adds nothing, and
 * `_submission_time` (ISO) says when it was answered. Good rows go in together in one transaction and bad rows are
 * listed with their row, column and code; with `strict` any bad row refuses the whole file.
 */
import type { Insertable } from 'kysely'
import type { SurveyResponseTable } from '../../db/database.ts'
import { findExternalIds, insertResponses } from '../../db/repos/survey-response.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { answerChecker, csvColumns, parseCsvRow } from '../../domain/survey/validate.ts'
import { readTabular, type ColumnSpec, type Tabular } from '../../imports/tabular.ts'
import { errorMessage, type Lang } from '../../shared/i18n/index.ts'
import type { ResponseImportResult } from '../../shared/survey.schema.ts'
import { audit, newId, type ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'
import { cellColumns, profileOf } from './response-rules.ts'
import { questionnaireOf, quotasOf } from './survey-views.ts'

export type ImportResponsesInput = { surveyId: string; filename: string; data: Buffer; strict?: boolean }
type Rejection = { row: number; column: string | null; code: string }
export type ResponseImportOutcome = { imported: number; unchanged: number; rejected: Rejection[] }

/** Reads the file; metadata columns (`_…`) beyond `_id` and `_submission_time` are accepted and ignored. */
async function readFile(filename: string, data: Buffer, columns: ColumnSpec[]): Promise<Tabular> {
  try {
    return await readTabular(filename, data, columns)
  } catch (e) {
    const rows = e instanceof DomainError && e.code === 'IMPORT_INVALID' ? (e.details as { rows: Rejection[] }).rows : null
    const extra = rows?.filter((r) => r.code === 'IMPORT_UNKNOWN_COLUMN' && r.column?.startsWith('_')).map((r) => r.column!) ?? []
    if (!rows || extra.length === 0 || extra.length !== rows.length) {
      // a column naming no question: the survey's own code, naming the column
      if (rows) throw new DomainError('IMPORT_INVALID', { rows: rows.map((r) => (r.code === 'IMPORT_UNKNOWN_COLUMN' ? { ...r, code: 'SURVEY_CSV_UNKNOWN_COLUMN' } : r)) })
      throw e
    }
    return readTabular(filename, data, [...columns, ...extra.map((name) => ({ name }))])
  }
}

export async function importResponses(ctx: ServiceContext, input: ImportResponsesInput): Promise<ResponseImportOutcome> {
  const row = await surveyFor(ctx, 'import', 'survey_response', input.surveyId)
  const q = questionnaireOf(row)
  const quotas = quotasOf(row)
  const columns: ColumnSpec[] = [...csvColumns(q).map((c) => ({ name: c.column })), { name: '_id' }, { name: '_submission_time' }]
  const table = await readFile(input.filename, input.data, columns)
  const rejected: Rejection[] = [...table.rejected]
  const badRows = new Set(rejected.map((r) => r.row))
  const check = answerChecker(q)
  const at = ctx.now.toISOString()
  const seen = new Set<string>()
  const ids = table.rows.map((r) => r.cells._id ?? '').filter(Boolean)
  const existing = await findExternalIds(ctx.db, row.id, ids)
  let unchanged = 0
  const toInsert: Insertable<SurveyResponseTable>[] = []
  for (const r of table.rows) {
    const externalId = r.cells._id || null
    if (externalId && externalId.length > 100) {
      rejected.push({ row: r.row, column: '_id', code: 'SURVEY_CSV_ID_TOO_LONG' })
      continue
    }
    if (externalId && seen.has(externalId)) {
      rejected.push({ row: r.row, column: '_id', code: 'SURVEY_CSV_DUPLICATE_ID' })
      continue
    }
    if (externalId) seen.add(externalId)
    if (externalId && existing.has(externalId)) {
      unchanged++
      continue
    }
    let submittedAt = at
    const when = r.cells._submission_time
    if (when) {
      const d = new Date(when)
      if (Number.isNaN(d.getTime())) {
        rejected.push({ row: r.row, column: '_submission_time', code: 'SURVEY_CSV_BAD_TIME' })
        continue
      }
      submittedAt = d.toISOString()
    }
    const parsed = parseCsvRow(q, r.cells, check)
    if (parsed.errors.length > 0) {
      for (const e of parsed.errors) rejected.push({ row: r.row, column: e.column, code: e.code })
      continue
    }
    if (badRows.has(r.row)) continue
    const profile = profileOf(quotas, parsed.answers)
    toInsert.push({
      id: newId(), survey_id: row.id, channel: 'import', client_id: null, external_id: externalId,
      answers_json: JSON.stringify(parsed.answers), submitted_at: submittedAt, weight: 1, ...cellColumns(profile),
    })
  }
  rejected.sort((a, b) => a.row - b.row)
  if (input.strict && rejected.length > 0) throw new DomainError('IMPORT_INVALID', { rows: rejected })
  await ctx.db.transaction().execute(async (trx) => {
    for (let i = 0; i < toInsert.length; i += 200) await insertResponses(trx, toInsert.slice(i, i + 200))
    await audit(trx, ctx, {
      action: 'survey_response.import', resourceType: 'survey', resourceId: row.id, unitId: row.unit_id, unitPath: row.unit_path,
      details: { filename: input.filename, imported: toInsert.length, unchanged, rejected: rejected.length },
    })
  })
  return { imported: toInsert.length, unchanged, rejected }
}

/** The outcome with a message for every rejected row, in the caller's language. */
export function importResultWithMessages(o: ResponseImportOutcome, lang: Lang = 'vi'): ResponseImportResult {
  return { imported: o.imported, unchanged: o.unchanged, rejected: o.rejected.map((r) => ({ ...r, message: errorMessage(r.code, lang) })) }
}
