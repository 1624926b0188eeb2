/** The bell in the header: the signed-in user's notifications (referrals due, answers…), unread first; hidden if the API lacks them. */
import { useCallback, useEffect, useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { Badge, Button, Empty, List, Popover, Typography } from 'antd'
import { BellOutlined } from '@ant-design/icons'
import type { NotificationPage, NotificationView } from '../../../src/shared/issue.schema.ts'
import { ApiError } from '../api/client.ts'
import { notificationsApi } from '../api/issues.ts'
import { useLocale } from '../i18n/locale.tsx'
import { formatDateTime } from '../lib/dates.ts'

const POLL_MS = 60_000

/** The bell with its list. */
export function NotificationBell() {
  const { t } = useLocale()
  const navigate = useNavigate()
  const [page, setPage] = useState<NotificationPage | null>(null)
  const [missing, setMissing] = useState(false)
  const [open, setOpen] = useState(false)

  const load = useCallback(async () => {
    try {
      setPage(await notificationsApi.list({ page: 1, pageSize: 20 }))
    } catch (err) {
      // an API without notifications: no bell
      if (err instanceof ApiError && (err.status === 404 || err.status === 403)) setMissing(true)
    }
  }, [])

  useEffect(() => {
    void load()
    const id = setInterval(() => { if (document.visibilityState === 'visible') void load() }, POLL_MS)
    return () => clearInterval(id)
  }, [load])

  if (missing) return null

  const openItem = async (n: NotificationView) => {
    if (!n.readAt) await notificationsApi.markRead(n.id).catch(() => undefined)
    setOpen(false)
    void load()
    if (n.link) navigate(n.link)
  }
  // the API marks one at a time
  const readAll = async () => {
    for (const n of page?.items.filter((i) => !i.readAt) ?? []) await notificationsApi.markRead(n.id).catch(() => undefined)
    void load()
  }

  const content = (
    <div style={{ width: 'min(360px, 86vw)' }} data-testid="notifications">
      {!page?.items.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={page.items}
          style={{ maxHeight: 420, overflow: 'auto' }}
          renderItem={(n) => (
            <List.Item style={{ cursor: 'pointer', paddingInline: 4, background: n.readAt ? undefined : '#f0f5ff' }} onClick={() => void openItem(n)}>
              <div style={{ minWidth: 0 }}>
                <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                {n.body && <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }} ellipsis={{ rows: 2 }}>{n.body}</Typography.Paragraph>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(n.createdAt)}</Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </div>
  )

  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={(o) => { setOpen(o); if (o) void load() }}
      placement="bottomRight"
      title={(
        <span style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
          {t('ui.notifications.title')}
          {!!page?.unread && <Button size="small" type="link" onClick={() => void readAll()}>{t('ui.notifications.readAll')}</Button>}
        </span>
      )}
      content={content}
    >
      <Badge count={page?.unread ?? 0} size="small">
        <Button type="text" icon={<BellOutlined />} aria-label={t('ui.notifications.title')} data-testid="notifications-bell" />
      </Badge>
    </Popover>
  )
}
