/**
 * One issue in a drawer: what it is, the moves its status allows, its referrals (answer where the reader is the
 * target), the opinion streams linked to it, and its timeline.
 */
import { useState } from 'react'
import { Link } from 'react-router-dom'
import { Alert, App, Button, Card, Descriptions, Drawer, Empty, Flex, Grid, List, Popconfirm, Skeleton, Switch, Tag, Timeline, Typography } from 'antd'
import { CheckOutlined, EditOutlined, EyeOutlined, FireOutlined, SendOutlined, StopOutlined, UndoOutlined } from '@ant-design/icons'
import type { IssueStatus } from '../../../../src/shared/enums.ts'
import type { IssueEventView, IssueView, ReferralView } from '../../../../src/shared/issue.schema.ts'
import { ISSUE_TRANSITIONS, needsReason } from '../../../../src/domain/issue-status.ts'
import { issuesApi } from '../../api/issues.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { lookup, type MessageKey } from '../../i18n/messages.ts'
import { formatDate, formatDateTime } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { LoadError } from '../../components/StatusPages.tsx'
import { DirectionTag, IntensityTag, IssueStatusTag } from '../../components/OpinionTags.tsx'
import { AnswerModal, EditIssueModal, ReferModal, TransitionModal } from './IssueModals.tsx'

/** The drawer; `id` null closes it. */
export function IssueDrawer({ id, onClose, onChanged }: { id: string | null; onClose: () => void; onChanged: () => void }) {
  const { t } = useLocale()
  const screens = Grid.useBreakpoint()
  const wide = screens.md ?? true
  return (
    <Drawer open={!!id} onClose={onClose} title={t('ui.issues.detail')} placement={wide ? 'right' : 'bottom'} size={wide ? 720 : '92%'} destroyOnHidden>
      {id && <IssueDetail key={id} id={id} onChanged={onChanged} />}
    </Drawer>
  )
}

function target(r: ReferralView): string {
  return r.toUnit?.name ?? r.toAgency ?? '—'
}

function IssueDetail({ id, onChanged }: { id: string; onChanged: () => void }) {
  const { can } = useAuth()
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const loaded = useLoad(() => issuesApi.get(id), [id])
  const [issue, setIssue] = useState<IssueView | null>(null)
  const [referring, setReferring] = useState(false)
  const [answering, setAnswering] = useState<ReferralView | null>(null)
  const [moving, setMoving] = useState<IssueStatus | null>(null)
  const [editing, setEditing] = useState(false)

  if (loaded.error != null) return <LoadError error={loaded.error} onRetry={loaded.reload} />
  // after a change the server's answer is the issue; no reload needed
  const i = issue ?? loaded.data
  if (!i) return <Skeleton active />

  const done = (next: IssueView, text: string) => {
    setIssue(next)
    setReferring(false)
    setAnswering(null)
    setMoving(null)
    setEditing(false)
    message.success(text)
    onChanged()
  }
  const unlink = async (streamId: string) => {
    try {
      done(await issuesApi.unlinkStream(i.id, streamId), t('ui.issues.unlinked'))
    } catch (err) {
      message.error(errorText(err))
    }
  }
  const publish = async (answerPublic: boolean) => {
    try {
      done(await issuesApi.update(i.id, { answerPublic }), answerPublic ? t('ui.issues.published') : t('ui.issues.unpublished'))
    } catch (err) {
      message.error(errorText(err))
    }
  }

  const moves = ISSUE_TRANSITIONS[i.status]
  const canUpdate = can('issue', 'update')
  const eventLabel = (e: IssueEventView) => lookup(lang, `issueEvents.${e.kind}`) ?? e.kind
  const statusLabel = (s: unknown) => (typeof s === 'string' ? t(`issueStatuses.${s}` as MessageKey) : '')
  const eventText = (e: IssueEventView) => {
    const d = e.details as Record<string, any>
    switch (e.kind) {
      case 'status_changed': return <>{statusLabel(d.from)} → {statusLabel(d.to)}{d.reason && <div>{t('ui.issues.reason')}: {d.reason}</div>}</>
      case 'referred': return <>{t('ui.issues.referredTo', { target: d.toUnit?.name ?? d.toAgency ?? '', due: formatDate(d.dueOn) })}{d.note && <div>{d.note}</div>}</>
      case 'answered': return <div data-testid="timeline-answer" style={{ whiteSpace: 'pre-line' }}>“{d.answerText}”{d.to && <div>{statusLabel(d.from)} → {statusLabel(d.to)}</div>}</div>
      case 'streams_linked':
      case 'streams_unlinked': return t('ui.issues.streamCount', { count: Array.isArray(d.streams) ? d.streams.length : 0 })
      case 'created': return d.title
      default: return null
    }
  }

  return (
    <div data-testid="issue-detail">
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {i.hotSpot && <FireOutlined style={{ color: '#cf1322', marginInlineEnd: 6 }} />}{i.title}
      </Typography.Title>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <span data-testid="issue-status"><IssueStatusTag code={i.status} /></span>
        {canUpdate && moves.watch && <Button icon={<EyeOutlined />} onClick={() => setMoving('watching')}>{t('ui.issues.watch')}</Button>}
        {canUpdate && moves.refer && <Button type="primary" icon={<SendOutlined />} onClick={() => setReferring(true)} data-testid="issue-refer">{t('ui.issues.refer')}</Button>}
        {canUpdate && moves.close && <Button danger icon={<StopOutlined />} onClick={() => setMoving('closed')} data-testid="issue-close">{t('ui.issues.close')}</Button>}
        {canUpdate && moves.reopen && <Button icon={<UndoOutlined />} onClick={() => setMoving('watching')}>{t('ui.issues.reopen')}</Button>}
        {canUpdate && <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>{t('ui.common.edit')}</Button>}
      </Flex>
      <Descriptions size="small" bordered column={{ xs: 1, sm: 2 }} style={{ marginBottom: 12 }} styles={{ label: { minWidth: 120 } }}>
        <Descriptions.Item label={t('ui.issues.topic')}>{t(`topics.${i.topic}` as MessageKey)}</Descriptions.Item>
        <Descriptions.Item label={t('ui.issues.unit')}>{i.unit.name}</Descriptions.Item>
        <Descriptions.Item label={t('ui.opinions.createdAt')}>{formatDateTime(i.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={t('ui.opinions.enteredBy')}>{i.createdBy?.fullName ?? '—'}</Descriptions.Item>
      </Descriptions>
      {i.description && <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{i.description}</Typography.Paragraph>}

      {i.answerText && (
        <Alert
          type="success"
          showIcon
          icon={<CheckOutlined />}
          style={{ marginBottom: 12 }}
          title={t('ui.issues.answerTitle', { date: i.answeredAt ? formatDate(i.answeredAt.slice(0, 10)) : '' })}
          description={(
            <>
              <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 8 }} data-testid="issue-answer">{i.answerText}</Typography.Paragraph>
              <Flex gap={8} align="center">
                <Switch size="small" checked={i.answerPublic} disabled={!can('issue', 'manage')} onChange={publish} data-testid="issue-publish" />
                <Typography.Text type="secondary">{i.answerPublic ? t('ui.issues.publicYes') : t('ui.issues.publicNo')}</Typography.Text>
              </Flex>
            </>
          )}
        />
      )}

      <Typography.Title level={5}>{t('ui.issues.referrals')}</Typography.Title>
      {i.referrals.length === 0 ? <Typography.Paragraph type="secondary">{t('ui.issues.noReferrals')}</Typography.Paragraph> : (
        <Flex vertical gap={8} style={{ marginBottom: 16 }}>
          {i.referrals.map((r) => (
            <Card key={r.id} size="small" data-testid="referral">
              <Flex justify="space-between" gap={8} wrap>
                <Typography.Text strong>{target(r)}</Typography.Text>
                <span>
                  <Tag color={r.status === 'answered' ? 'green' : r.overdue ? 'red' : 'orange'}>
                    {r.status === 'answered' ? t('ui.issues.referralAnswered') : r.overdue ? t('ui.issues.overdue') : t('ui.issues.referralPending')}
                  </Tag>
                </span>
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {t('ui.issues.dueOn')}: {formatDate(r.dueOn)} · {t('ui.issues.referredBy', { name: r.createdBy?.fullName ?? '—', date: formatDate(r.createdAt.slice(0, 10)) })}
              </Typography.Text>
              {r.note && <Typography.Paragraph style={{ margin: '4px 0 0' }}>{r.note}</Typography.Paragraph>}
              {r.answerText && (
                <Typography.Paragraph style={{ margin: '8px 0 0', whiteSpace: 'pre-line', background: '#f6ffed', padding: 8, borderRadius: 6 }}>
                  {r.answerText}
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.answeredBy?.fullName} · {formatDateTime(r.answeredAt)}</Typography.Text>
                </Typography.Paragraph>
              )}
              {r.canAnswer && (
                <Button type="primary" size="small" style={{ marginTop: 8 }} onClick={() => setAnswering(r)} data-testid="referral-answer">{t('ui.issues.answer')}</Button>
              )}
            </Card>
          ))}
        </Flex>
      )}

      <Typography.Title level={5}>{t('ui.issues.linkedStreams')}</Typography.Title>
      {i.streams.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ui.issues.noStreams')} /> : (
        <List
          size="small"
          dataSource={i.streams}
          style={{ marginBottom: 16 }}
          renderItem={(s) => (
            <List.Item
              actions={canUpdate ? [
                <Popconfirm key="u" title={t('ui.issues.unlinkConfirm')} okText={t('ui.opinions.unlink')} cancelText={t('ui.common.cancel')} onConfirm={() => unlink(s.id)}>
                  <Button size="small" type="text">{t('ui.opinions.unlink')}</Button>
                </Popconfirm>,
              ] : []}
            >
              <div style={{ minWidth: 0 }}>
                <Link to={`/opinions?id=${encodeURIComponent(s.record.id)}`}>{s.record.title}</Link>
                {s.summary && <div><Typography.Text>{s.summary}</Typography.Text></div>}
                <Flex gap={4} wrap style={{ marginTop: 2 }}>
                  <DirectionTag code={s.direction} /><IntensityTag code={s.intensity} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDate(s.record.heardOn)} · {s.record.unit.name}</Typography.Text>
                </Flex>
              </div>
            </List.Item>
          )}
        />
      )}

      <Typography.Title level={5}>{t('ui.issues.timeline')}</Typography.Title>
      <Timeline
        data-testid="issue-timeline"
        items={i.timeline.map((e) => ({
          key: e.id,
          children: (
            <div data-testid="timeline-item" data-kind={e.kind}>
              <Typography.Text strong>{eventLabel(e)}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>{formatDateTime(e.at)}{e.actor && ` · ${e.actor.fullName}`}</Typography.Text>
              <div>{eventText(e)}</div>
            </div>
          ),
        }))}
      />

      <ReferModal issue={i} open={referring} onClose={() => setReferring(false)} onDone={(n) => done(n, t('ui.issues.referredOk'))} />
      <AnswerModal referral={answering} onClose={() => setAnswering(null)} onDone={(n) => done(n, t('ui.issues.answeredOk'))} />
      <TransitionModal
        issue={i}
        to={moving}
        reasonRequired={moving !== null && needsReason(i.status, moving === 'closed' ? 'close' : i.status === 'closed' ? 'reopen' : 'watch')}
        onClose={() => setMoving(null)}
        onDone={(n) => done(n, t('ui.issues.movedOk'))}
      />
      <EditIssueModal issue={i} open={editing} onClose={() => setEditing(false)} onDone={(n) => done(n, t('ui.issues.updatedOk'))} />
    </div>
  )
}
