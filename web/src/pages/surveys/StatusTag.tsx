/** A survey's status as a coloured tag: draft grey, collecting blue, closed orange, published green. */
import { Tag } from 'antd'
import type { SurveyStatus } from '../../../../src/shared/survey.schema.ts'
import { useLocale } from '../../i18n/locale.tsx'

const COLORS: Record<SurveyStatus, string> = { draft: 'default', open: 'processing', closed: 'warning', published: 'success' }

/** The tag. */
export function StatusTag({ status }: { status: SurveyStatus }) {
  const { t } = useLocale()
  return <Tag color={COLORS[status]} data-testid="survey-status" data-status={status}>{t(`ui.surveys.statuses.${status}`)}</Tag>
}
