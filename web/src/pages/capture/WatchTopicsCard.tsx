/** "Nội dung cần nắm bắt" of the month, at the top of the capture page; kept on the phone for offline use. */
import { useState } from 'react'
import { Button, Card, Empty, Flex, List, Skeleton, Tag, Typography } from 'antd'
import { EyeOutlined, PlusOutlined } from '@ant-design/icons'
import type { WatchTopicView } from '../../../../src/shared/collaborator.schema.ts'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatDateTime } from '../../lib/dates.ts'
import type { Snapshot } from '../../offline/snapshot.ts'
import type { MyWatchTopics } from '../../api/collaborators.ts'

type Props = {
  data: Snapshot<MyWatchTopics> | undefined
  loading: boolean
  error: unknown
  /** starts a record about this topic (its topic codes go into the first stream) */
  onUse: (topic: WatchTopicView) => void
}

/** Topics shown before "show all": the form must stay near the top of a phone screen. */
const SHOWN = 3

/** "2026-11" → "11/2026". */
function monthLabel(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month)
  return m ? `${m[2]}/${m[1]}` : month
}

/** The card; shows the time of the copy when it comes from the phone's memory. */
export function WatchTopicsCard({ data, loading, error, onUse }: Props) {
  const { t, errorText } = useLocale()
  // the server orders them: the ward's first, then the cell's, each in its own order
  const all = data?.value.items ?? []
  const [expanded, setExpanded] = useState(false)
  const items = expanded ? all : all.slice(0, SHOWN)
  const month = data?.value.month
  return (
    <Card
      size="small"
      data-testid="watch-topics"
      title={<span><EyeOutlined style={{ marginInlineEnd: 8 }} />{month ? t('ui.capture.watchTitleMonth', { month: monthLabel(month) }) : t('ui.capture.watchTitle')}</span>}
      style={{ marginBottom: 12 }}
    >
      {loading && !data ? <Skeleton active paragraph={{ rows: 2 }} title={false} /> : error != null && !data ? (
        <Typography.Text type="secondary">{t('ui.capture.watchUnavailable', { reason: errorText(error) })}</Typography.Text>
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.capture.watchEmpty')} style={{ margin: '8px 0' }} />
      ) : (
        <List
          size="small"
          dataSource={items}
          split
          renderItem={(w, i) => (
            <List.Item data-testid="watch-topic" style={{ paddingInline: 0, display: 'block' }}>
              <Typography.Text strong>{i + 1}. {w.title}</Typography.Text>
              {w.description && <Typography.Paragraph type="secondary" style={{ margin: '2px 0 0', whiteSpace: 'pre-line' }} ellipsis={{ rows: 2, expandable: true, symbol: t('ui.meetings.more') }}>{w.description}</Typography.Paragraph>}
              <div style={{ marginTop: 4 }}>
                {w.topics.map((c) => <Tag key={c} style={{ marginBottom: 2 }}>{t(`topics.${c}` as MessageKey)}</Tag>)}
                <Button size="small" type="link" icon={<PlusOutlined />} onClick={() => onUse(w)} aria-label={t('ui.capture.watchUse', { title: w.title })} style={{ paddingInline: 4 }}>
                  {t('ui.capture.watchUseShort')}
                </Button>
              </div>
            </List.Item>
          )}
        />
      )}
      <Flex vertical align="start">
        {all.length > SHOWN && (
          <Button type="link" size="small" style={{ paddingInline: 0 }} onClick={() => setExpanded(!expanded)} data-testid="watch-topics-more">
            {expanded ? t('ui.capture.watchFewer') : t('ui.capture.watchAll', { count: all.length })}
          </Button>
        )}
        {data?.stale && data.savedAt && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="watch-topics-stale">
            {t('ui.capture.savedCopy', { time: formatDateTime(data.savedAt) })}
          </Typography.Text>
        )}
      </Flex>
    </Card>
  )
}
