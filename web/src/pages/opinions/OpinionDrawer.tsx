/**
 * One record in a drawer: what was heard, its streams with their issues, attachments, and for the focal board the
 * restricted contact (read through its audited endpoint, after saying that the view is logged).
 */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { Alert, App, Button, Card, Descriptions, Drawer, Flex, Grid, List, Popconfirm, Skeleton, Tag, Typography, Upload } from 'antd'
import { DeleteOutlined, EditOutlined, EyeOutlined, LinkOutlined, LockOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons'
import type { ContactView, OpinionView, StreamView } from '../../../../src/shared/opinion.schema.ts'
import { opinionsApi } from '../../api/opinions.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatDate, formatDateTime } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { DirectionTag, IntensityTag, IssueStatusTag, TopicTags } from '../../components/OpinionTags.tsx'
import { LinkIssueModal } from './LinkIssueModal.tsx'

type Props = {
  id: string | null
  onClose: () => void
  onEdit: (opinion: OpinionView) => void
  /** something changed (attachment, link, deletion): the list reloads */
  onChanged: () => void
  /** bump to reload the open record (after an edit) */
  refreshKey?: number
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`
}

/** The drawer. */
export function OpinionDrawer({ id, onClose, onEdit, onChanged, refreshKey }: Props) {
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const wide = screens.md ?? true
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      title={t('ui.opinions.detail')}
      placement={wide ? 'right' : 'bottom'}
      size={wide ? 680 : '92%'}
      destroyOnHidden
      data-testid="opinion-drawer"
    >
      {id && <OpinionDetail key={`${id}-${refreshKey ?? 0}`} id={id} onEdit={onEdit} onChanged={onChanged} onDeleted={onClose} />}
    </Drawer>
  )
}

function OpinionDetail({ id, onEdit, onChanged, onDeleted }: { id: string; onEdit: (o: OpinionView) => void; onChanged: () => void; onDeleted: () => void }) {
  const { can } = useAuth()
  const { t, errorText } = useLocale()
  const { message, modal } = App.useApp()
  const opinion = useLoad(() => opinionsApi.get(id), [id])
  const [contact, setContact] = useState<ContactView | null>(null)
  const [linking, setLinking] = useState<StreamView | null>(null)
  const [uploading, setUploading] = useState(false)

  if (opinion.error != null) return <LoadError error={opinion.error} onRetry={opinion.reload} />
  const o = opinion.data
  if (!o) return <Skeleton active />

  const reload = () => {
    opinion.reload()
    onChanged()
  }

  const showContact = () => modal.confirm({
    title: t('ui.opinions.contactConfirmTitle'),
    icon: <LockOutlined />,
    content: t('ui.opinions.contactConfirm'),
    okText: t('ui.opinions.contactShow'),
    cancelText: t('ui.common.cancel'),
    onOk: async () => {
      try {
        setContact(await opinionsApi.contact(o.id))
      } catch (err) {
        message.error(errorText(err))
      }
    },
  })

  const upload = async (file: File) => {
    setUploading(true)
    try {
      await opinionsApi.uploadAttachment(o.id, file)
      message.success(t('ui.opinions.attachmentAdded', { name: file.name }))
      reload()
    } catch (err) {
      message.error(errorText(err))
    } finally {
      setUploading(false)
    }
  }
  const removeAttachment = async (attachmentId: string) => {
    try {
      await opinionsApi.removeAttachment(o.id, attachmentId)
      reload()
    } catch (err) {
      message.error(errorText(err))
    }
  }
  const remove = async () => {
    try {
      await opinionsApi.remove(o.id)
      message.success(t('ui.opinions.deleted'))
      onChanged()
      onDeleted()
    } catch (err) {
      message.error(errorText(err))
    }
  }

  const canLink = can('issue', 'create') || can('issue', 'update')
  return (
    <div data-testid="opinion-detail">
      <Typography.Title level={4} style={{ marginTop: 0 }}>{o.title}</Typography.Title>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        {can('opinion', 'update') && <Button icon={<EditOutlined />} onClick={() => onEdit(o)} data-testid="opinion-edit">{t('ui.common.edit')}</Button>}
        {o.hasContact && can('contact', 'read') && !contact && (
          <Button icon={<EyeOutlined />} onClick={showContact} data-testid="opinion-contact">{t('ui.opinions.contactButton')}</Button>
        )}
        {can('opinion', 'manage') && (
          <Popconfirm title={t('ui.opinions.deleteConfirm')} description={t('ui.opinions.deleteHint')} okText={t('ui.common.delete')} okButtonProps={{ danger: true }} cancelText={t('ui.common.cancel')} onConfirm={remove}>
            <Button danger icon={<DeleteOutlined />}>{t('ui.common.delete')}</Button>
          </Popconfirm>
        )}
      </Flex>
      {contact && (
        <Alert
          type="warning"
          showIcon
          icon={<LockOutlined />}
          style={{ marginBottom: 12 }}
          data-testid="opinion-contact-box"
          title={t('ui.opinions.contactLogged')}
          description={(
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('ui.capture.contactName')}>{contact.fullName}</Descriptions.Item>
              {contact.phone && <Descriptions.Item label={t('ui.capture.contactPhone')}>{contact.phone}</Descriptions.Item>}
              {contact.address && <Descriptions.Item label={t('ui.capture.contactAddress')}>{contact.address}</Descriptions.Item>}
              {contact.note && <Descriptions.Item label={t('ui.capture.contactNote')}>{contact.note}</Descriptions.Item>}
              <Descriptions.Item label={t('ui.opinions.contactDeleteAfter')}>{formatDate(contact.deleteAfter)}</Descriptions.Item>
            </Descriptions>
          )}
        />
      )}
      {o.hasContact && !can('contact', 'read') && (
        <Typography.Paragraph type="secondary"><LockOutlined /> {t('ui.opinions.contactKeptApart')}</Typography.Paragraph>
      )}
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered style={{ marginBottom: 12 }} styles={{ label: { minWidth: 120 } }}>
        <Descriptions.Item label={t('ui.opinions.heardOn')}>{formatDate(o.heardOn)}</Descriptions.Item>
        <Descriptions.Item label={t('ui.capture.channel')}>{t(`channels.${o.channel}` as MessageKey)}</Descriptions.Item>
        <Descriptions.Item label={t('ui.capture.unit')}>{o.unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('ui.capture.area')}>{o.area?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('ui.opinions.enteredBy')}>{o.enteredBy?.fullName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('ui.opinions.createdAt')}>{formatDateTime(o.createdAt)}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }} data-testid="opinion-content">{o.content}</Typography.Paragraph>

      <Typography.Title level={5}>{t('ui.streams.title')}</Typography.Title>
      <Flex vertical gap={8} style={{ marginBottom: 16 }}>
        {o.streams.map((s, i) => (
          <Card key={s.id} size="small" data-testid="opinion-stream" title={o.streams.length > 1 ? t('ui.streams.numbered', { n: i + 1 }) : undefined}>
            {s.summary && <Typography.Paragraph strong style={{ marginBottom: 6 }}>{s.summary}</Typography.Paragraph>}
            <Flex wrap gap={4} style={{ marginBottom: 6 }}>
              <TopicTags codes={s.topics} />
              <DirectionTag code={s.direction} />
              <IntensityTag code={s.intensity} />
              <Tag>{t(`breadths.${s.breadth}` as MessageKey)}</Tag>
              {s.latent && <Tag color="purple">{t('ui.streams.latent')}</Tag>}
              {s.hotSpot && <Tag color="red">{t('ui.streams.hotSpot')}</Tag>}
            </Flex>
            {s.groups.length > 0 && (
              <Typography.Paragraph type="secondary" style={{ marginBottom: 6, fontSize: 13 }}>
                {t('ui.streams.groups')}: {s.groups.map((g) => t(`socialGroups.${g}` as MessageKey)).join(', ')}
              </Typography.Paragraph>
            )}
            {s.proposedHandling && <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('ui.opinions.proposedHandling')}: {s.proposedHandling}</Typography.Paragraph>}
            {s.issue ? (
              <Flex gap={6} align="center" wrap>
                <LinkOutlined />
                <Link to={`/issues?id=${encodeURIComponent(s.issue.id)}`} data-testid="stream-issue-link">{s.issue.title}</Link>
                <IssueStatusTag code={s.issue.status} />
              </Flex>
            ) : canLink && (
              <Button size="small" icon={<LinkOutlined />} onClick={() => setLinking(s)} data-testid="stream-link-issue">{t('ui.opinions.linkIssue')}</Button>
            )}
          </Card>
        ))}
      </Flex>

      <Typography.Title level={5}><PaperClipOutlined /> {t('ui.opinions.attachments')}</Typography.Title>
      {o.attachments.length === 0 && <Typography.Paragraph type="secondary">{t('ui.opinions.noAttachments')}</Typography.Paragraph>}
      {o.attachments.length > 0 && (
        <List
          size="small"
          dataSource={o.attachments}
          style={{ marginBottom: 8 }}
          renderItem={(a) => (
            <List.Item
              actions={can('opinion', 'update') ? [
                <Popconfirm key="rm" title={t('ui.opinions.attachmentRemoveConfirm', { name: a.filename })} okText={t('ui.common.delete')} okButtonProps={{ danger: true }} cancelText={t('ui.common.cancel')} onConfirm={() => removeAttachment(a.id)}>
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('ui.common.delete')} />
                </Popconfirm>,
              ] : []}
            >
              <a href={opinionsApi.attachmentUrl(o.id, a.id)} download={a.filename}>{a.filename}</a>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>{size(a.size)}</Typography.Text>
            </List.Item>
          )}
        />
      )}
      {can('opinion', 'update') && (
        <>
          <Alert type="warning" showIcon style={{ marginBottom: 8 }} title={t('ui.opinions.secretNotice')} />
          <Upload beforeUpload={(f) => { void upload(f); return false }} showUploadList={false} accept="image/*,application/pdf,audio/*">
            <Button icon={<UploadOutlined />} loading={uploading} data-testid="attachment-upload">{t('ui.opinions.attach')}</Button>
          </Upload>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4 }}>{t('ui.opinions.attachHint')}</Typography.Paragraph>
        </>
      )}

      <LinkIssueModal
        opinion={o}
        stream={linking}
        onClose={() => setLinking(null)}
        onLinked={() => {
          setLinking(null)
          reload()
        }}
      />
    </div>
  )
}
