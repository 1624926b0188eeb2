/** The spike alerts of the last day, 7 or 30 days, each with what rose, against what, and a link to its records. */
import { Link } from 'react-router-dom'
import { Button, Card, Empty, Flex, List, Segmented, Skeleton, Tag, Typography } from 'antd'
import { RightOutlined } from '@ant-design/icons'
import type { TrendAlert } from '../../../../src/shared/trend.schema.ts'
import { trendsApi } from '../../api/trends.ts'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatDate } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { TOPIC_COLORS } from './trend-charts.ts'

const KIND_COLORS: Record<TrendAlert['kind'], string> = { topic: 'blue', area: 'purple', term: 'orange' }
const one = (n: number) => (Math.round(n * 10) / 10).toLocaleString('vi-VN')

/** The alerts card; `days` (1, 7, 30 or 90) is kept by the page, in the address. */
export function AlertsCard({ unitId, days, onDays }: { unitId?: string; days: number; onDays: (days: number) => void }) {
  const { t } = useLocale()
  const alerts = useLoad((s) => trendsApi.alerts({ unitId, days }, s), [unitId, days])
  const data = alerts.data

  const title = (a: TrendAlert) => (a.kind === 'topic' ? t(`topics.${a.key}` as MessageKey) : a.label ?? a.key)
  const kind = (a: TrendAlert) => t(a.kind === 'topic' ? 'ui.trends.kindTopic' : a.kind === 'area' ? 'ui.trends.kindArea' : 'ui.trends.kindTerm')

  return (
    <Card
      title={t('ui.trends.alertsTitle')}
      style={{ height: '100%' }}
      data-testid="trends-alerts"
    >
      <Segmented size="small" value={days} onChange={(v) => onDays(Number(v))} data-testid="alerts-days" style={{ marginBottom: 8 }}
        options={[
          { value: 1, label: t('ui.trends.alertsToday') }, { value: 7, label: t('ui.trends.alerts7') }, { value: 30, label: t('ui.trends.alerts30') },
          { value: 90, label: t('ui.trends.alerts90') },
        ]} />
      {alerts.error != null ? <LoadError error={alerts.error} onRetry={alerts.reload} />
        : !data ? <Skeleton active />
        : data.alerts.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.trends.noAlerts')} data-testid="alerts-none" />
        : (
          <List
            style={{ maxHeight: 360, overflowY: 'auto' }}
            dataSource={data.alerts}
            renderItem={(a) => (
              <List.Item key={`${a.kind}|${a.key}|${a.day}`} data-testid="alert-card">
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Flex gap={6} align="center" wrap>
                    <Tag color={KIND_COLORS[a.kind]} style={{ marginInlineEnd: 0 }}>{kind(a)}</Tag>
                    {a.kind === 'topic' && <span style={{ width: 8, height: 8, borderRadius: 4, background: TOPIC_COLORS[a.key] ?? '#64748b', display: 'inline-block' }} />}
                    <Typography.Text strong>{title(a)}</Typography.Text>
                  </Flex>
                  <Typography.Text>{t(a.kind === 'term' ? 'ui.trends.alertRecords' : 'ui.trends.alertStreams', { count: a.count, day: formatDate(a.day) })}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.trends.alertBaseline', { mean: one(a.mean), ratio: one(a.ratio) })}</Typography.Text>
                  <Link to={a.href} data-testid="alert-link">
                    <Button size="small" type="link" icon={<RightOutlined />} iconPlacement="end" style={{ paddingInline: 0 }}>{t('ui.trends.openRecords')}</Button>
                  </Link>
                </Flex>
              </List.Item>
            )}
          />
        )}
      {data && !data.termsChecked && <Typography.Paragraph type="warning" style={{ fontSize: 12, margin: '8px 0 0' }}>{t('ui.trends.termsSkipped')}</Typography.Paragraph>}
      {data && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
          {t('ui.trends.alertsHint', { min: data.rule.minCount, ratio: data.rule.minRatio })}
        </Typography.Paragraph>
      )}
    </Card>
  )
}
