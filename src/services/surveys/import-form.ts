/**
 * Creates a draft survey from an XLSForm workbook (`caunoi survey import-form FILE.xlsx`): what the form cannot
 * carry is refused with its sheet, row and column (nothing is created), what it leaves out is returned as warnings.
 */
import { listUnitsInScope } from '../../db/repos/unit.repo.ts'
import { DomainError } from '../../domain/errors.ts'
import { allQuestions } from '../../domain/survey/model.ts'
import { importXlsForm, type XlsFormIssue } from '../../domain/survey/xlsform.ts'
import { readXlsForm } from '../../imports/xlsform-read.ts'
import type { SurveyView } from '../../shared/survey.schema.ts'
import { clean } from '../../text/fold.ts'
import { requireScope, type ServiceContext } from '../context.ts'
import { createSurvey } from './create-survey.ts'

export type ImportFormInput = { filename: string; data: Buffer; unitId?: string }
export type ImportFormResult = { id: string; questions: number; survey: SurveyView; warnings: XlsFormIssue[] }

export async function importForm(ctx: ServiceContext, input: ImportFormInput): Promise<ImportFormResult> {
  const scope = await requireScope(ctx, 'import', 'survey')
  const unitId = input.unitId ?? (await listUnitsInScope(ctx.db, { scope })).sort((a, b) => a.depth - b.depth || a.path.localeCompare(b.path))[0]?.id
  if (!unitId) throw new DomainError('SURVEY_UNIT_NOT_FOUND', { fields: [{ path: 'unitId', code: 'SURVEY_UNIT_NOT_FOUND' }] })
  const fallbackTitle = clean(input.filename.replace(/\.[^.]*$/, '')) || 'Khảo sát'
  const result = importXlsForm(await readXlsForm(input.data), { fallbackTitle })
  if (!result.questionnaire || result.errors.length > 0) {
    throw new DomainError('SURVEY_XLSFORM_INVALID', { rows: result.errors.map((e) => ({ row: e.row, column: e.column ? `${e.sheet}.${e.column}` : e.sheet, code: e.code, sheet: e.sheet })) })
  }
  const q = result.questionnaire
  const survey = await createSurvey(ctx, {
    title: q.title || fallbackTitle, description: '', unitId, kind: 'ad_hoc', questionnaire: q, access: 'link',
    resultsVisibleWhileOpen: false, quotas: { fields: {}, cells: [], whenFull: 'accept' },
  }, 'import')
  return { id: survey.id, questions: allQuestions(q).filter((x) => x.question.type !== 'note').length, survey, warnings: result.warnings }
}
