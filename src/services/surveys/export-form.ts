/** A survey's questionnaire as an XLSForm workbook (ODK, KoboToolbox). */
import { writeXlsForm } from '../../exports/xlsform-write.ts'
import type { ServiceContext } from '../context.ts'
import { surveyFor } from './survey-access.ts'
import { questionnaireOf } from './survey-views.ts'

export async function exportForm(ctx: ServiceContext, surveyId: string): Promise<{ filename: string; data: Buffer }> {
  const row = await surveyFor(ctx, 'read', 'survey', surveyId)
  return { filename: `bang-hoi-${row.id.slice(0, 8)}.xlsx`, data: await writeXlsForm(questionnaireOf(row)) }
}
