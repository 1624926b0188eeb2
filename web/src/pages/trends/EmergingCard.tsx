/** Terms and phrases that rose in the last 7 or 30 days against the 28 days before, each linking to its records. */
import { Link } from 'react-router-dom'
import { Card, Empty, Flex, List, Segmented, Skeleton, Tag, Typography } from 'antd'
import { RiseOutlined } from '@ant-design/icons'
import { trendsApi } from '../../api/trends.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { useLoad } from '../../lib/use-load.ts'
import { LoadError } from '../../components/StatusPages.tsx'

const one = (n: number) => (Math.round(n * 10) / 10).toLocaleString('vi-VN')

/** The emerging terms card; `days` (7 or 30) is kept by the page, in the address. */
export function EmergingCard({ unitId, days, onDays }: { unitId?: string; days: number; onDays: (days: number) => void }) {
  const { t } = useLocale()
  const emerging = useLoad((s) => trendsApi.emerging({ unitId, days }, s), [unitId, days])
  const data = emerging.data

  return (
    <Card
      title={t('ui.trends.emergingTitle')}
      style={{ height: '100%' }}
      data-testid="trends-emerging"
    >
      <Segmented size="small" value={days} onChange={(v) => onDays(Number(v))} data-testid="emerging-days" style={{ marginBottom: 8 }}
        options={[7, 30].map((d) => ({ value: d, label: t('ui.trends.emergingDays', { days: d }) }))} />
      {emerging.error != null ? <LoadError error={emerging.error} onRetry={emerging.reload} />
        : !data ? <Skeleton active />
        : data.terms.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.trends.emergingNone')} data-testid="emerging-none" />
        : (
          <List
            size="small"
            style={{ maxHeight: 300, overflowY: 'auto' }}
            dataSource={data.terms}
            renderItem={(term) => (
              <List.Item key={term.term} data-testid="emerging-term">
                <Flex justify="space-between" align="center" gap={8} style={{ width: '100%' }}>
                  <Link to={term.href} style={{ minWidth: 0 }}>
                    <Typography.Text strong ellipsis>{term.label}</Typography.Text>
                  </Link>
                  <Flex gap={6} align="center" style={{ flexShrink: 0 }}>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.trends.emergingCounts', { current: term.current, baseline: term.baseline })}</Typography.Text>
                    <Tag color="volcano" icon={<RiseOutlined />} style={{ marginInlineEnd: 0 }}>{t('ui.trends.emergingRise', { rise: one(term.rise) })}</Tag>
                  </Flex>
                </Flex>
              </List.Item>
            )}
          />
        )}
      {data && (
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
          {t('ui.trends.emergingHint', { days: data.days, current: data.current.records, baseline: data.baseline.records })}
          {data.sampled ? ` ${t('ui.trends.emergingSampled')}` : ''}
        </Typography.Paragraph>
      )}
    </Card>
  )
}
