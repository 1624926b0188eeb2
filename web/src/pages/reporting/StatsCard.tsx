/**
 * The statistics filled in automatically (topic × direction of the streams, records by channel): every figure links
 * to the opinion list filtered to the records behind it; "Cập nhật số liệu" recounts them.
 */
import { Link } from 'react-router-dom'
import { Button, Card, Empty, Flex, Statistic, Table, Typography } from 'antd'
import { SyncOutlined } from '@ant-design/icons'
import { DIRECTIONS } from '../../../../src/shared/enums.ts'
import type { ReportStats } from '../../api/reporting.ts'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatDate, formatDateTime } from '../../lib/dates.ts'
import { topicDirectionTable, traceUrl } from './reporting-format.ts'

type Props = {
  stats: ReportStats | null
  refreshedAt: string | null
  onRefresh?: () => void
  refreshing?: boolean
}

/** A figure that opens its records; zero is plain text. */
function Figure({ n, to, label }: { n: number; to: string; label: string }) {
  if (!n) return <span style={{ color: 'rgba(0,0,0,0.45)' }}>0</span>
  return <Link to={to} aria-label={label} data-testid="stats-link">{n.toLocaleString('vi-VN')}</Link>
}

/** The statistics card. */
export function StatsCard({ stats, refreshedAt, onRefresh, refreshing }: Props) {
  const { t } = useLocale()
  const topic = (c: string) => t(`topics.${c}` as MessageKey)
  const direction = (c: string) => t(`directions.${c}` as MessageKey)
  const channel = (c: string) => t(`channels.${c}` as MessageKey)
  const refresh = onRefresh && (
    <Button size="small" icon={<SyncOutlined />} loading={refreshing} onClick={onRefresh} data-testid="stats-refresh">{t('ui.reporting.stats.refresh')}</Button>
  )
  if (!stats) {
    return <Card size="small" title={t('ui.reporting.stats.title')} extra={refresh}><Empty description={t('ui.reporting.stats.none')} /></Card>
  }
  const table = topicDirectionTable(stats, DIRECTIONS)
  const link = (extra: { topic?: string; direction?: string; channel?: string }) => traceUrl(stats, extra)

  return (
    <Card size="small" title={t('ui.reporting.stats.title')} extra={refresh} data-testid="stats-card">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
        {t('ui.reporting.stats.range', { from: formatDate(stats.from), to: formatDate(stats.to) })}
        {refreshedAt && <> · {t('ui.reporting.stats.refreshedAt', { at: formatDateTime(refreshedAt) })}</>}
      </Typography.Paragraph>
      <Flex gap={24} wrap style={{ marginBottom: 12 }}>
        <Statistic title={t('ui.reporting.stats.records')} valueRender={() => <Figure n={stats.total} to={link({})} label={t('ui.reporting.stats.records')} />} />
        <Statistic title={t('ui.reporting.stats.streams')} value={stats.streams} />
      </Flex>
      {table.rows.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.reporting.stats.empty')} /> : (
        <Table
          size="small"
          rowKey="topic"
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="stats-topic-direction"
          dataSource={table.rows}
          columns={[
            { key: 'topic', title: t('ui.reporting.stats.topic'), fixed: 'left', render: (_, r) => topic(r.topic) },
            ...table.columns.map((d) => ({
              key: d, title: direction(d), align: 'right' as const,
              render: (_: unknown, r: (typeof table.rows)[number]) => (
                <Figure n={r.counts[d] ?? 0} to={link({ topic: r.topic, direction: d })} label={`${topic(r.topic)} · ${direction(d)}`} />
              ),
            })),
            { key: 'total', title: t('ui.reporting.stats.total'), align: 'right' as const, render: (_, r) => <Figure n={r.total} to={link({ topic: r.topic })} label={topic(r.topic)} /> },
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}><strong>{t('ui.reporting.stats.total')}</strong></Table.Summary.Cell>
              {table.columns.map((d, i) => (
                <Table.Summary.Cell key={d} index={i + 1} align="right">
                  <Figure n={table.columnTotals[d] ?? 0} to={link({ direction: d })} label={direction(d)} />
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={table.columns.length + 1} align="right"><strong>{table.total}</strong></Table.Summary.Cell>
            </Table.Summary.Row>
          )}
        />
      )}
      {stats.byChannel.length > 0 && (
        <Table
          size="small"
          rowKey="channel"
          pagination={false}
          style={{ marginTop: 12 }}
          data-testid="stats-channel"
          dataSource={[...stats.byChannel].sort((a, b) => b.count - a.count)}
          columns={[
            { key: 'channel', title: t('ui.reporting.stats.channel'), render: (_, r) => channel(r.channel) },
            { key: 'count', title: t('ui.reporting.stats.records'), align: 'right', render: (_, r) => <Figure n={r.count} to={link({ channel: r.channel })} label={channel(r.channel)} /> },
          ]}
        />
      )}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>{t('ui.reporting.stats.traceHint')}</Typography.Paragraph>
    </Card>
  )
}
