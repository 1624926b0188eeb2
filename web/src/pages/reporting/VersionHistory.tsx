/** Every version of a report: who did what when (and the board's comment); any version opens read-only. */
import { useState } from 'react'
import { Button, Card, Modal, Skeleton, Timeline, Typography } from 'antd'
import { reportingApi, type ReportSnapshot, type ReportVersionItem } from '../../api/reporting.ts'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatDateTime } from '../../lib/dates.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { useLoad } from '../../lib/use-load.ts'
import { ReportStatusTag } from './ReportBits.tsx'

const ACTION_COLORS: Record<string, string> = { submit: 'blue', return: 'red', accept: 'green', approve: 'green', redraft: 'purple' }

/** The snapshot of one version, read-only. */
function SnapshotModal({ reportId, version, onClose }: { reportId: string; version: number | null; onClose: () => void }) {
  const { t } = useLocale()
  const snap = useLoad<ReportSnapshot | null>(() => (version === null ? Promise.resolve(null) : reportingApi.version(reportId, version)), [reportId, version])
  return (
    <Modal open={version !== null} onCancel={onClose} footer={<Button onClick={onClose}>{t('ui.common.close')}</Button>} width={760}
      title={t('ui.reporting.history.versionTitle', { version: version ?? '' })}>
      <div data-testid="version-snapshot">
        {snap.error != null ? <LoadError error={snap.error} /> : !snap.data ? <Skeleton active /> : (
          <>
            {snap.data.status && <div style={{ marginBottom: 8 }}><ReportStatusTag status={snap.data.status} /></div>}
            {snap.data.summary && <Typography.Paragraph strong>{snap.data.summary}</Typography.Paragraph>}
            {(snap.data.sections ?? []).map((s) => (
              <div key={s.code} style={{ marginBottom: 12 }}>
                <Typography.Text strong>{s.code}. {s.title}</Typography.Text>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }} type={s.body ? undefined : 'secondary'}>
                  {s.body || t('ui.reporting.form.emptySection')}
                </Typography.Paragraph>
              </div>
            ))}
          </>
        )}
      </div>
    </Modal>
  )
}

/** The history card. */
export function VersionHistory({ reportId, versions }: { reportId: string; versions: ReportVersionItem[] }) {
  const { t } = useLocale()
  const [open, setOpen] = useState<number | null>(null)
  const sorted = [...versions].sort((a, b) => b.version - a.version)
  return (
    <Card size="small" title={t('ui.reporting.history.title')} data-testid="report-history">
      <Timeline
        items={sorted.map((v) => ({
          color: ACTION_COLORS[v.action] ?? 'gray',
          content: (
            <div data-testid="history-item" data-action={v.action}>
              <Typography.Text strong>{t(`ui.reporting.action.${v.action}` as MessageKey)}</Typography.Text>
              <Typography.Text type="secondary"> · {t('ui.reporting.history.version', { version: v.version })}</Typography.Text>
              <div style={{ fontSize: 12 }}>
                <Typography.Text type="secondary">{v.actorName ?? t('ui.reporting.history.system')} · {formatDateTime(v.createdAt)}</Typography.Text>
              </div>
              {v.comment && <Typography.Paragraph style={{ margin: '2px 0 0', whiteSpace: 'pre-wrap' }} italic>“{v.comment}”</Typography.Paragraph>}
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setOpen(v.version)} data-testid="history-view">
                {t('ui.reporting.history.view')}
              </Button>
            </div>
          ),
        }))}
      />
      <SnapshotModal reportId={reportId} version={open} onClose={() => setOpen(null)} />
    </Card>
  )
}
