/** A voter meeting in a drawer: what, where, who; its petitions with their handling; add a petition; print the list. */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { Button, Card, Descriptions, Drawer, Empty, Flex, Grid, Skeleton, Typography } from 'antd'
import { EditOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons'
import type { MeetingView } from '../../../../src/shared/meeting.schema.ts'
import { meetingsApi } from '../../api/meetings.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDate, formatDateTime } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { DirectionTag, IssueStatusTag, TopicTags } from '../../components/OpinionTags.tsx'
import { PetitionFormModal } from './PetitionFormModal.tsx'

type Props = { id: string | null; onClose: () => void; onEdit: (m: MeetingView) => void; onChanged: () => void; refreshKey?: number }

/** The drawer. */
export function MeetingDrawer({ id, onClose, onEdit, onChanged, refreshKey }: Props) {
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const wide = screens.md ?? true
  return (
    <Drawer open={!!id} onClose={onClose} title={t('ui.meetings.detail')} placement={wide ? 'right' : 'bottom'} size={wide ? 720 : '92%'} destroyOnHidden>
      {id && <MeetingDetail key={`${id}-${refreshKey ?? 0}`} id={id} onEdit={onEdit} onChanged={onChanged} />}
    </Drawer>
  )
}

function MeetingDetail({ id, onEdit, onChanged }: { id: string; onEdit: (m: MeetingView) => void; onChanged: () => void }) {
  const { can } = useAuth()
  const { t } = useLocale()
  const meeting = useLoad(() => meetingsApi.get(id), [id])
  const [adding, setAdding] = useState(false)

  if (meeting.error != null) return <LoadError error={meeting.error} onRetry={meeting.reload} />
  const m = meeting.data
  if (!m) return <Skeleton active />

  return (
    <div data-testid="meeting-detail">
      <Typography.Title level={4} style={{ marginTop: 0 }}>{m.place}</Typography.Title>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Button icon={<PrinterOutlined />} href={meetingsApi.printUrl(m.id)} target="_blank" rel="noopener" data-testid="meeting-print">{t('ui.meetings.print')}</Button>
        {can('meeting', 'update') && <Button icon={<EditOutlined />} onClick={() => onEdit(m)}>{t('ui.common.edit')}</Button>}
        {can('meeting', 'update') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="petition-add">{t('ui.meetings.addPetition')}</Button>}
      </Flex>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }} styles={{ label: { minWidth: 120 } }}>
        <Descriptions.Item label={t('ui.meetings.heldOn')}>{formatDate(m.heldOn)}</Descriptions.Item>
        <Descriptions.Item label={t('ui.meetings.unit')}>{m.unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('ui.capture.area')}>{m.area?.name ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('ui.meetings.attendance')}>{m.attendance ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('ui.meetings.delegates')} span={2}>{m.delegates.join(', ') || '—'}</Descriptions.Item>
        {m.notes && <Descriptions.Item label={t('ui.meetings.notes')} span={2}><span style={{ whiteSpace: 'pre-line' }}>{m.notes}</span></Descriptions.Item>}
      </Descriptions>

      <Typography.Title level={5}>{t('ui.meetings.petitionsTitle', { count: m.petitions.length })}</Typography.Title>
      {m.petitions.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.meetings.noPetitions')} /> : (
        <Flex vertical gap={8}>
          {m.petitions.map((p, i) => (
            <Card key={p.id} size="small" data-testid="petition" title={<span style={{ whiteSpace: 'normal' }}>{i + 1}. <Link to={`/opinions?id=${encodeURIComponent(p.id)}`}>{p.title}</Link></span>}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-line' }} ellipsis={{ rows: 3, expandable: true, symbol: t('ui.meetings.more') }}>{p.content}</Typography.Paragraph>
              {p.streams.map((s) => (
                <div key={s.id} style={{ marginBottom: 6 }}>
                  <Flex gap={4} wrap align="center">
                    <TopicTags codes={s.topics} /><DirectionTag code={s.direction} />
                    <span data-testid="petition-status"><IssueStatusTag code={s.status} /></span>
                    {s.issue?.title && <Link to={`/issues/${encodeURIComponent(s.issue.id)}`}>{s.issue.title}</Link>}
                  </Flex>
                  {s.proposedHandling && <Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('ui.opinions.proposedHandling')}: {s.proposedHandling}</Typography.Text>}
                  {s.issue?.answer && (
                    <Typography.Paragraph style={{ margin: '6px 0 0', background: '#f6ffed', padding: 8, borderRadius: 6, whiteSpace: 'pre-line' }}>
                      {s.issue.answer}
                      {s.issue.answeredAt && <><br /><Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDateTime(s.issue.answeredAt)}</Typography.Text></>}
                    </Typography.Paragraph>
                  )}
                </div>
              ))}
            </Card>
          ))}
        </Flex>
      )}
      <PetitionFormModal
        meetingId={adding ? m.id : null}
        onClose={() => setAdding(false)}
        onSaved={() => { setAdding(false); meeting.reload(); onChanged() }}
      />
    </div>
  )
}
