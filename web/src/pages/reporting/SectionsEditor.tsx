/**
 * The sections of a report (I–V, VI–X for six-month and annual reports): each a text area and, for unit reports, the
 * opinion streams linked to it, picked from the period's candidates with an accent-insensitive search.
 */
import { useEffect, useState } from 'react'
import { Button, Card, Checkbox, Empty, Flex, Input, List, Modal, Spin, Tag, Typography } from 'antd'
import { LinkOutlined, CloseOutlined } from '@ant-design/icons'
import { reportingApi, type ReportSection, type StreamCandidate } from '../../api/reporting.ts'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { formatDate } from '../../lib/dates.ts'
import { DirectionTag } from '../../components/OpinionTags.tsx'

type Props = {
  reportId: string
  sections: ReportSection[]
  onChange?: (sections: ReportSection[]) => void
  readOnly: boolean
  /** linked streams are offered for unit reports */
  linkStreams: boolean
  /** what is known about streams, by id (from the candidates loaded so far) */
  known: ReadonlyMap<string, StreamCandidate>
  onKnown?: (streams: StreamCandidate[]) => void
}

/** The text of a candidate stream: its summary, else its record's title. */
export function streamText(s: StreamCandidate | undefined): string {
  return (s?.summary || s?.recordTitle || s?.title || '').trim()
}

/** One linked stream as a line: direction, text, the day it was heard. */
function StreamLine({ stream, id }: { stream?: StreamCandidate; id: string }) {
  const { t } = useLocale()
  return (
    <Flex gap={6} align="center" wrap style={{ minWidth: 0 }}>
      {stream?.direction && <DirectionTag code={stream.direction} />}
      <Typography.Text style={{ minWidth: 0 }}>{streamText(stream) || t('ui.reporting.form.streamUnknown', { id: id.slice(0, 8) })}</Typography.Text>
      {stream?.topics?.map((c) => <Tag key={c} bordered={false}>{t(`topics.${c}` as MessageKey)}</Tag>)}
      {stream?.heardOn && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{formatDate(stream.heardOn)}</Typography.Text>}
    </Flex>
  )
}

/** The dialog that links streams to one section. */
function PickStreams({ reportId, section, onClose, onPick, onKnown }: {
  reportId: string
  section: ReportSection | null
  onClose: () => void
  onPick: (ids: string[]) => void
  onKnown?: (streams: StreamCandidate[]) => void
}) {
  const { t, errorText } = useLocale()
  const [q, setQ] = useState('')
  const [items, setItems] = useState<StreamCandidate[]>([])
  const [loading, setLoading] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [chosen, setChosen] = useState<string[]>([])

  useEffect(() => {
    if (section) setChosen(section.streamIds)
  }, [section])
  useEffect(() => {
    if (!section) return
    const controller = new AbortController()
    setLoading(true)
    reportingApi.candidates(reportId, q, controller.signal).then((list) => {
      setItems(list)
      setError(null)
      setLoading(false)
      onKnown?.(list)
    }, (err: unknown) => {
      if (controller.signal.aborted) return
      setError(err)
      setLoading(false)
    })
    return () => controller.abort()
  }, [reportId, q, section])

  const toggle = (id: string, on: boolean) => setChosen((c) => (on ? [...c, id] : c.filter((x) => x !== id)))
  return (
    <Modal open={!!section} onCancel={onClose} onOk={() => onPick(chosen)} okText={t('ui.reporting.form.linkOk', { count: chosen.length })} cancelText={t('ui.common.cancel')}
      title={section && t('ui.reporting.form.linkTitle', { section: `${section.code}. ${section.title}` })} width={720} destroyOnHidden>
      <div data-testid="stream-picker">
        <Input.Search allowClear autoFocus placeholder={t('ui.reporting.form.linkSearch')} onSearch={(v) => setQ(v.trim())} style={{ marginBottom: 8 }}
          data-testid="stream-search" />
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>{t('ui.reporting.form.linkHint')}</Typography.Paragraph>
        {error != null ? <Typography.Text type="danger">{errorText(error)}</Typography.Text> : (
          <Spin spinning={loading}>
            <List<StreamCandidate>
              dataSource={items}
              style={{ maxHeight: '50vh', overflowY: 'auto' }}
              locale={{ emptyText: <Empty description={q ? t('ui.reporting.form.linkNoMatch') : t('ui.reporting.form.linkNone')} /> }}
              renderItem={(s) => (
                <List.Item style={{ paddingInline: 0 }} data-testid="stream-candidate">
                  <Checkbox checked={chosen.includes(s.id)} onChange={(e) => toggle(s.id, e.target.checked)}>
                    <StreamLine stream={s} id={s.id} />
                    {s.unitName && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{s.unitName}</Typography.Text>}
                  </Checkbox>
                </List.Item>
              )}
            />
          </Spin>
        )}
      </div>
    </Modal>
  )
}

/** The sections, editable or read-only. */
export function SectionsEditor({ reportId, sections, onChange, readOnly, linkStreams, known, onKnown }: Props) {
  const { t } = useLocale()
  const [picking, setPicking] = useState<ReportSection | null>(null)
  const update = (code: string, change: Partial<ReportSection>) => onChange?.(sections.map((s) => (s.code === code ? { ...s, ...change } : s)))

  return (
    <Flex vertical gap={12}>
      {sections.map((s) => (
        <Card key={s.code} size="small" title={<span id={`section-${s.code}`}>{s.code}. {s.title}</span>} data-testid={`section-${s.code}`}
          extra={linkStreams && !readOnly && (
            <Button size="small" icon={<LinkOutlined />} onClick={() => setPicking(s)} data-testid="section-link">{t('ui.reporting.form.link')}</Button>
          )}>
          {readOnly ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }} type={s.body ? undefined : 'secondary'}>
              {s.body || t('ui.reporting.form.emptySection')}
            </Typography.Paragraph>
          ) : (
            <Input.TextArea value={s.body} onChange={(e) => update(s.code, { body: e.target.value })} autoSize={{ minRows: 3, maxRows: 18 }}
              aria-labelledby={`section-${s.code}`} placeholder={t('ui.reporting.form.sectionPlaceholder')} data-testid="section-body" />
          )}
          {linkStreams && s.streamIds.length > 0 && (
            <div style={{ marginTop: 8 }}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.reporting.form.linked', { count: s.streamIds.length })}</Typography.Text>
              <List size="small" dataSource={s.streamIds} data-testid="section-streams"
                renderItem={(id) => (
                  <List.Item style={{ paddingInline: 0 }} extra={!readOnly && (
                    <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('ui.reporting.form.unlink')}
                      onClick={() => update(s.code, { streamIds: s.streamIds.filter((x) => x !== id) })} />
                  )}>
                    <StreamLine stream={known.get(id)} id={id} />
                  </List.Item>
                )} />
            </div>
          )}
        </Card>
      ))}
      <PickStreams reportId={reportId} section={picking} onClose={() => setPicking(null)} onKnown={onKnown}
        onPick={(ids) => { if (picking) update(picking.code, { streamIds: ids }); setPicking(null) }} />
    </Flex>
  )
}
