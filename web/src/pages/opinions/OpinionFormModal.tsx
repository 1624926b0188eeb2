/**
 * Create or edit a record: the same fields and stream editor as the phone form, plus what the text engine suggests
 * (topics, direction, intensity, latent — chips to accept) and similar open issues per stream ("Gắn vào vấn đề").
 * An edit sends the version it started from; someone else's save meanwhile is refused with the server's message.
 */
import { useEffect, useRef, useState } from 'react'
import { Alert, App, Button, Card, Checkbox, DatePicker, Flex, Form, Grid, Input, Modal, Select, Tag, Typography, type ButtonProps } from 'antd'
import { BulbOutlined, CloseOutlined, LinkOutlined, LockOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { CHANNELS } from '../../../../src/shared/enums.ts'
import type { AreaView, UnitView } from '../../../../src/shared/schemas.ts'
import type { OpinionSuggestion, OpinionView } from '../../../../src/shared/opinion.schema.ts'
import type { IssueSuggestion } from '../../../../src/shared/issue.schema.ts'
import { opinionsApi } from '../../api/opinions.ts'
import { issuesApi } from '../../api/issues.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import type { MessageKey } from '../../i18n/messages.ts'
import { todayIso } from '../../lib/dates.ts'
import { foldOptionFilter } from '../../lib/fold.ts'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { emptyStream, streamFromView, streamPayload, type StreamValues } from '../../lib/streams.ts'
import { StreamEditor } from '../../components/StreamEditor.tsx'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { IssueStatusTag } from '../../components/OpinionTags.tsx'

export type OpinionFormTarget = { mode: 'create' } | { mode: 'edit'; opinion: OpinionView }

type Values = {
  channel: string
  unitId?: string
  areaId?: string | null
  heardOn: string
  title: string
  content: string
  streams: (StreamValues & { issueTitle?: string })[]
  withContact?: boolean
  contact?: { fullName?: string; phone?: string; address?: string; note?: string }
}
const FIELDS = ['channel', 'unitId', 'areaId', 'heardOn', 'title', 'content', 'streams', 'contact']

type Props = {
  target: OpinionFormTarget | null
  units: readonly UnitView[]
  areas: readonly AreaView[]
  onClose: () => void
  onSaved: (saved: OpinionView) => void
}

/** Suggestions of the text engine as chips; a click applies one to the first stream. */
function SuggestionChips({ suggestion, onTopic, onDirection, onIntensity, onLatent }: {
  suggestion: OpinionSuggestion
  onTopic: (c: string) => void
  onDirection: (c: string) => void
  onIntensity: (c: string) => void
  onLatent: () => void
}) {
  const { t } = useLocale()
  const chip = (key: string, label: string, onClick: () => void) => (
    <Tag key={key} color="geekblue" style={{ cursor: 'pointer', marginBottom: 4 }} onClick={onClick} data-testid="suggestion-chip">+ {label}</Tag>
  )
  return (
    <Alert
      type="info"
      showIcon
      icon={<BulbOutlined />}
      style={{ marginBottom: 12 }}
      title={t('ui.opinions.suggestTitle')}
      description={(
        <div data-testid="suggestions">
          {suggestion.topics.slice(0, 3).map((s) => chip(`t-${s.code}`, t(`topics.${s.code}` as MessageKey), () => onTopic(s.code)))}
          {chip('d', t(`directions.${suggestion.direction.code}` as MessageKey), () => onDirection(suggestion.direction.code))}
          {chip('i', `${t('ui.streams.intensity')}: ${t(`intensities.${suggestion.intensity}` as MessageKey)}`, () => onIntensity(suggestion.intensity))}
          {suggestion.latent && chip('l', t('ui.streams.latent'), onLatent)}
          <div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('ui.opinions.suggestHint')}</Typography.Text></div>
        </div>
      )}
    />
  )
}

/** Open issues that look like the record, for stream `index`; "Gắn vào vấn đề" sets the stream's issueId. */
function SimilarIssues({ index, text }: { index: number; text: string }) {
  const { t } = useLocale()
  const form = Form.useFormInstance<Values>()
  const topics = Form.useWatch(['streams', index, 'topics'], form) as string[] | undefined
  const issueId = Form.useWatch(['streams', index, 'issueId'], form) as string | null | undefined
  const issueTitle = Form.useWatch(['streams', index, 'issueTitle'], form) as string | undefined
  const [items, setItems] = useState<IssueSuggestion[]>([])
  const topicKey = (topics ?? []).join(',')

  useEffect(() => {
    if (text.trim().length < 10) {
      setItems([])
      return
    }
    const timer = setTimeout(() => {
      issuesApi.suggest(text.slice(0, 4000), topicKey ? topicKey.split(',') : []).then((r) => setItems(r.items.slice(0, 3)), () => setItems([]))
    }, 700)
    return () => clearTimeout(timer)
  }, [text, topicKey])

  // a link chosen here (issueId set), or the link the stream already has (issueId untouched, its title known)
  if (issueId || (issueId === undefined && issueTitle)) {
    return (
      <Flex gap={6} align="center" wrap data-testid={`stream-${index}-issue`}>
        <LinkOutlined /> {t(issueId ? 'ui.opinions.willLink' : 'ui.opinions.linkedTo', { title: issueTitle ?? '' })}
        <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('ui.opinions.unlink')}
          onClick={() => { form.setFieldValue(['streams', index, 'issueId'], null); form.setFieldValue(['streams', index, 'issueTitle'], undefined) }} />
      </Flex>
    )
  }
  if (!items.length) return null
  return (
    <div data-testid={`stream-${index}-similar`}>
      <Typography.Text type="secondary" style={{ fontSize: 13 }}>{t('ui.opinions.similarIssues')}:</Typography.Text>
      {items.map((s) => (
        <Flex key={s.id} gap={6} align="center" wrap style={{ marginTop: 4 }}>
          <Typography.Text style={{ fontSize: 13 }}>{s.title}</Typography.Text>
          <IssueStatusTag code={s.status} />
          <Button size="small" icon={<LinkOutlined />} onClick={() => {
            form.setFieldValue(['streams', index, 'issueId'], s.id)
            form.setFieldValue(['streams', index, 'issueTitle'], s.title)
          }}>{t('ui.opinions.linkIssue')}</Button>
        </Flex>
      ))}
    </div>
  )
}

/** The record form dialog. */
export function OpinionFormModal({ target, units, areas, onClose, onSaved }: Props) {
  const { me, can } = useAuth()
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const screens = Grid.useBreakpoint()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [suggestion, setSuggestion] = useState<OpinionSuggestion | null>(null)
  const [suggesting, setSuggesting] = useState(false)
  const editing = target?.mode === 'edit' ? target.opinion : null
  const withContact = Form.useWatch('withContact', form)
  const title = Form.useWatch('title', form) ?? ''
  const content = Form.useWatch('content', form) ?? ''
  const lastSuggested = useRef('')

  useEffect(() => {
    if (!target) return
    form.resetFields()
    setSuggestion(null)
    lastSuggested.current = ''
    if (target.mode === 'edit') {
      const o = target.opinion
      form.setFieldsValue({
        channel: o.channel, unitId: o.unit.id, areaId: o.area?.id ?? null, heardOn: o.heardOn, title: o.title, content: o.content,
        streams: o.streams.map((s) => ({ ...streamFromView(s), issueTitle: s.issue?.title })),
      })
    } else {
      const unitId = me.roles.find((r) => r.role !== 'viewer' && r.role !== 'auditor')?.unitId
      form.setFieldsValue({ channel: 'unit_report', unitId, areaId: null, heardOn: todayIso(), title: '', content: '', streams: [emptyStream()], withContact: false })
    }
  }, [target, form, me])

  const suggest = async () => {
    const text = `${title}\n${content}`.trim()
    if (text.length < 10 || text === lastSuggested.current) return
    lastSuggested.current = text
    setSuggesting(true)
    try {
      setSuggestion(await opinionsApi.suggest(text))
    } catch {
      setSuggestion(null)
    } finally {
      setSuggesting(false)
    }
  }

  const setFirst = (field: keyof StreamValues, value: unknown) => form.setFieldValue(['streams', 0, field], value)
  const addTopic = (code: string) => {
    const cur = (form.getFieldValue(['streams', 0, 'topics']) as string[] | undefined) ?? []
    if (!cur.includes(code) && cur.length < 5) setFirst('topics', [...cur, code])
  }

  const submit = async () => {
    let v: Values
    try {
      await form.validateFields()
      v = form.getFieldsValue(true) as Values
    } catch {
      return
    }
    setBusy(true)
    const common = {
      channel: v.channel as (typeof CHANNELS)[number],
      unitId: v.unitId ?? '',
      areaId: v.areaId ?? null,
      heardOn: v.heardOn,
      title: v.title.trim(),
      content: v.content.trim(),
    }
    try {
      let saved: OpinionView
      if (editing) {
        saved = await opinionsApi.update(editing.id, { ...common, version: editing.version, streams: v.streams.map(streamPayload) })
      } else {
        const c = v.contact ?? {}
        saved = await opinionsApi.create({
          ...common,
          clientId: crypto.randomUUID(),
          streams: v.streams.map((s) => {
            const { id: _id, ...rest } = streamPayload(s)
            return rest
          }),
          contact: v.withContact ? { fullName: (c.fullName ?? '').trim(), phone: c.phone?.trim() || null, address: c.address?.trim() || null, note: c.note?.trim() || null } : null,
        })
      }
      message.success(t(editing ? 'ui.opinions.updated' : 'ui.opinions.created'))
      onSaved(saved)
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, FIELDS)) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }
  const required = { required: true, whitespace: true, message: t('errors.FIELD_REQUIRED') }
  return (
    <Modal
      open={!!target}
      title={editing ? t('ui.opinions.editTitle') : t('ui.opinions.create')}
      onCancel={onClose}
      onOk={submit}
      okText={editing ? t('ui.common.save') : t('ui.common.create')}
      cancelText={t('ui.common.cancel')}
      confirmLoading={busy}
      width={screens.md ? 760 : '100%'}
      style={screens.md ? undefined : { top: 0, maxWidth: '100vw', margin: 0, paddingBottom: 0 }}
      destroyOnHidden
      forceRender
      okButtonProps={{ 'data-testid': 'opinion-form-submit' } as ButtonProps}
    >
      <Form form={form} layout="vertical" requiredMark="optional" data-testid="opinion-form" scrollToFirstError onFinish={submit}>
        <Form.Item name="title" label={t('ui.capture.titleLabel')} rules={[required, { max: 300 }]}>
          <Input maxLength={300} data-testid="opinion-form-title" onBlur={() => void suggest()} />
        </Form.Item>
        <Form.Item name="content" label={t('ui.capture.contentLabel')} rules={[required, { max: 20000 }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} maxLength={20000} data-testid="opinion-form-content" onBlur={() => void suggest()} />
        </Form.Item>
        <Flex justify="end" style={{ marginTop: -12, marginBottom: 8 }}>
          <Button size="small" type="link" icon={<BulbOutlined />} loading={suggesting} onClick={() => { lastSuggested.current = ''; void suggest() }} data-testid="opinion-suggest">
            {t('ui.opinions.suggest')}
          </Button>
        </Flex>
        {suggestion && (
          <SuggestionChips
            suggestion={suggestion}
            onTopic={addTopic}
            onDirection={(c) => setFirst('direction', c)}
            onIntensity={(c) => setFirst('intensity', c)}
            onLatent={() => setFirst('latent', true)}
          />
        )}
        <Flex gap={12} wrap>
          <Form.Item name="heardOn" label={t('ui.capture.heardOn')} rules={[{ required: true, message: t('ui.capture.heardOnRequired') }]}
            getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })}
            normalize={(v: dayjs.Dayjs | null) => (v ? v.format('YYYY-MM-DD') : undefined)}
            style={{ flex: '1 1 160px' }}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()} />
          </Form.Item>
          <Form.Item name="channel" label={t('ui.capture.channel')} rules={[{ required: true }]} style={{ flex: '1 1 200px' }}>
            <Select options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} />
          </Form.Item>
        </Flex>
        <Flex gap={12} wrap>
          <Form.Item name="unitId" label={t('ui.capture.unit')} rules={[{ required: true, message: t('ui.capture.unitRequired') }]} style={{ flex: '1 1 260px' }}>
            <UnitTreeSelect units={units} data-testid="opinion-form-unit" />
          </Form.Item>
          <Form.Item name="areaId" label={t('ui.capture.area')} style={{ flex: '1 1 200px' }}>
            <Select allowClear options={areas.map((a) => ({ value: a.id, label: `${a.code} — ${a.name}` }))} showSearch={{ filterOption: foldOptionFilter }} />
          </Form.Item>
        </Flex>
        <StreamEditor extra={can('issue', 'read') ? (i) => <SimilarIssues index={i} text={`${title}\n${content}`} /> : undefined} />
        {!editing && (
          <>
            <Form.Item name="withContact" valuePropName="checked" style={{ marginTop: 16, marginBottom: 8 }}>
              <Checkbox>{t('ui.capture.withContact')}</Checkbox>
            </Form.Item>
            {withContact && (
              <Card size="small" style={{ background: '#fffbe6', borderColor: '#ffe58f' }}>
                <Alert type="warning" showIcon icon={<LockOutlined />} title={t('ui.capture.contactPrivacy')} style={{ marginBottom: 12 }} />
                <Form.Item name={['contact', 'fullName']} label={t('ui.capture.contactName')} rules={[required, { max: 120 }]}><Input maxLength={120} /></Form.Item>
                <Form.Item name={['contact', 'phone']} label={t('ui.capture.contactPhone')} rules={[{ max: 30 }]}><Input maxLength={30} inputMode="tel" /></Form.Item>
                <Form.Item name={['contact', 'address']} label={t('ui.capture.contactAddress')} rules={[{ max: 300 }]}><Input maxLength={300} /></Form.Item>
                <Form.Item name={['contact', 'note']} label={t('ui.capture.contactNote')} rules={[{ max: 1000 }]} style={{ marginBottom: 0 }}><Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} /></Form.Item>
              </Card>
            )}
          </>
        )}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  )
}
