/** Small pieces the reporting pages share: status and deadline tags, period names, download buttons. */
import { Button, Flex, Tag, Tooltip } from 'antd'
import { ClockCircleOutlined, FileExcelOutlined, FilePdfOutlined, FileWordOutlined, WarningOutlined } from '@ant-design/icons'
import { reportingApi } from '../../api/reporting.ts'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatDate } from '../../lib/dates.ts'
import { STATUS_TAG, deadlineState, periodName } from './reporting-format.ts'

/** The translated name of a period. */
export function usePeriodName() {
  const { t } = useLocale()
  return (key: string, title?: string | null) => {
    const l = periodName(key, title)
    return t(l.key as MessageKey, l.params)
  }
}

/** Status of a report (nháp, đã nộp, trả lại, đã tiếp nhận, đã duyệt). */
export function ReportStatusTag({ status, late }: { status: string; late?: boolean }) {
  const { t } = useLocale()
  return (
    <span data-testid="report-status" data-status={status}>
      <Tag color={STATUS_TAG[status] ?? 'default'}>{t(`ui.reporting.status.${status}` as MessageKey)}</Tag>
      {late && <Tag color="orange" data-testid="report-late">{t('ui.reporting.late')}</Tag>}
    </span>
  )
}

/** Status of a unit on the compliance board. */
export function ComplianceTag({ status }: { status: string }) {
  const { t } = useLocale()
  return <Tag color={STATUS_TAG[status] ?? 'default'} data-testid="compliance-status" data-status={status}>{t(`ui.reporting.compliance.${status}` as MessageKey)}</Tag>
}

/** "Còn 3 ngày" / "Hôm nay là hạn cuối" / "Quá hạn 2 ngày", with the last day in the tooltip; nothing once submitted. */
export function DeadlineTag({ deadline, submitted }: { deadline: string | null; submitted: boolean }) {
  const { t } = useLocale()
  if (!deadline || submitted) return null
  const s = deadlineState(deadline, new Date())
  const title = t('ui.reporting.deadlineOn', { day: formatDate(s.lastDay) })
  if (s.kind === 'overdue') {
    return <Tooltip title={title}><Tag color="red" icon={<WarningOutlined />} data-testid="deadline-tag">{t('ui.reporting.overdueDays', { days: s.days })}</Tag></Tooltip>
  }
  return (
    <Tooltip title={title}>
      <Tag color={s.days <= 3 ? 'gold' : 'default'} icon={<ClockCircleOutlined />} data-testid="deadline-tag">
        {s.days === 0 ? t('ui.reporting.dueToday') : t('ui.reporting.daysLeft', { days: s.days })}
      </Tag>
    </Tooltip>
  )
}

/** Download buttons for a report's document (DOCX, PDF and, for the ward report, the XLSX annex). */
export function DownloadButtons({ id, xlsx }: { id: string; xlsx?: boolean }) {
  const { t } = useLocale()
  const formats = xlsx ? (['docx', 'pdf', 'xlsx'] as const) : (['docx', 'pdf'] as const)
  const icon = { docx: <FileWordOutlined />, pdf: <FilePdfOutlined />, xlsx: <FileExcelOutlined /> }
  return (
    <Flex gap={8} wrap>
      {formats.map((f) => (
        <Button key={f} icon={icon[f]} href={reportingApi.exportUrl(id, f)} download data-testid={`download-${f}`}>
          {t(`ui.reporting.download.${f}` as MessageKey)}
        </Button>
      ))}
    </Flex>
  )
}
