/** The records of this phone: waiting, refused (with the server's reason, to fix) and sent. */
import { Alert, Button, Card, Empty, Flex, List, Popconfirm, Tag, Typography } from 'antd'
import { CheckCircleOutlined, ClockCircleOutlined, EditOutlined, ExclamationCircleOutlined, SyncOutlined } from '@ant-design/icons'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate, formatDateTime } from '../../lib/dates.ts'
import { useOutbox } from '../../offline/OutboxProvider.tsx'
import { discard, type OutboxItem } from '../../offline/outbox.ts'

type Props = {
  /** loads a refused (or waiting) record back into the form */
  onEdit: (item: OutboxItem) => void
  /** the record being fixed in the form right now */
  editing: string | null
}

/** The list card. */
export function OutboxList({ onEdit, editing }: Props) {
  const { t } = useLocale()
  const { items: all, syncing, ready } = useOutbox()
  // survey answers of interviewers wait in the same outbox but are listed on their own page
  const items = all.filter((i) => !i.survey)

  const status = (i: OutboxItem) => {
    if (i.status === 'sent') return <Tag icon={<CheckCircleOutlined />} color="success">{t('ui.outbox.sent')}</Tag>
    if (i.status === 'rejected') return <Tag icon={<ExclamationCircleOutlined />} color="error">{t('ui.outbox.rejected')}</Tag>
    if (syncing) return <Tag icon={<SyncOutlined spin />} color="processing">{t('ui.outbox.sending')}</Tag>
    return <Tag icon={<ClockCircleOutlined />} color="warning">{t('ui.outbox.pending')}</Tag>
  }

  return (
    <Card size="small" title={t('ui.outbox.title')} data-testid="outbox-list">
      {ready && items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.outbox.empty')} style={{ margin: '8px 0' }} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(i) => (
            <List.Item data-testid="outbox-item" data-status={i.status} style={{ paddingInline: 0, display: 'block' }}>
              <Flex justify="space-between" gap={8} align="start">
                <div style={{ minWidth: 0 }}>
                  <Typography.Text strong style={{ wordBreak: 'break-word' }}>{i.title}</Typography.Text>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {i.status === 'sent' && i.sentAt
                        ? t('ui.outbox.sentAt', { time: formatDateTime(i.sentAt) })
                        : t('ui.outbox.heardOn', { date: formatDate(i.heardOn) })}
                      {i.status === 'pending' && i.attempts > 0 && ` · ${t('ui.outbox.attempts', { n: i.attempts })}`}
                    </Typography.Text>
                  </div>
                </div>
                {status(i)}
              </Flex>
              {i.status === 'rejected' && i.lastError && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginTop: 8 }}
                  title={i.lastError.message}
                  description={i.lastError.fields.length > 0 && (
                    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                      {i.lastError.fields.map((f) => <li key={f.path}>{f.message ?? f.code}</li>)}
                    </ul>
                  )}
                />
              )}
              {i.status !== 'sent' && (
                <Flex gap={8} style={{ marginTop: 8 }} wrap>
                  <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(i)} disabled={editing === i.clientId} data-testid="outbox-edit">
                    {i.status === 'rejected' ? t('ui.outbox.fix') : t('ui.common.edit')}
                  </Button>
                  <Popconfirm
                    title={t('ui.outbox.discardConfirm')}
                    description={t('ui.outbox.discardHint')}
                    okText={t('ui.common.delete')}
                    okButtonProps={{ danger: true }}
                    cancelText={t('ui.common.cancel')}
                    onConfirm={() => discard(i.clientId)}
                  >
                    <Button size="small" danger type="text">{t('ui.outbox.discard')}</Button>
                  </Popconfirm>
                </Flex>
              )}
            </List.Item>
          )}
        />
      )}
    </Card>
  )
}
