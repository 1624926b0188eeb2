/** Coloured tags for the labels of opinion streams and issues: direction, intensity, issue status, topics. */
import { Tag } from 'antd'
import { useLocale } from '../i18n/locale.tsx'
import type { MessageKey } from '../i18n/messages.ts'

const DIRECTION_COLORS: Record<string, string> = { support: 'green', concern: 'gold', oppose: 'red', mixed: 'purple', unknown: 'default' }
const INTENSITY_COLORS: Record<string, string> = { low: 'default', medium: 'blue', high: 'orange', pressing: 'red' }
const STATUS_COLORS: Record<string, string> = { new: 'blue', watching: 'cyan', referred: 'orange', answered: 'green', closed: 'default', none: 'default' }

/** khuynh hướng */
export function DirectionTag({ code }: { code: string }) {
  const { t } = useLocale()
  return <Tag color={DIRECTION_COLORS[code] ?? 'default'}>{t(`directions.${code}` as MessageKey)}</Tag>
}

/** mức độ */
export function IntensityTag({ code }: { code: string }) {
  const { t } = useLocale()
  return <Tag color={INTENSITY_COLORS[code] ?? 'default'}>{t(`intensities.${code}` as MessageKey)}</Tag>
}

/** status of an issue, or "none" for a stream not linked to any */
export function IssueStatusTag({ code }: { code: string }) {
  const { t } = useLocale()
  return <Tag color={STATUS_COLORS[code] ?? 'default'} data-status={code}>{code === 'none' ? t('ui.opinions.statusNone') : t(`issueStatuses.${code}` as MessageKey)}</Tag>
}

/** lĩnh vực */
export function TopicTags({ codes }: { codes: readonly string[] }) {
  const { t } = useLocale()
  return <>{codes.map((c) => <Tag key={c} style={{ marginBottom: 2 }}>{t(`topics.${c}` as MessageKey)}</Tag>)}</>
}
