/**
 * Ghi nhận (/ghi-nhan): the collaborator's home on a phone. The month's topics to watch, then a short form that is
 * kept on the phone as it is typed; "Gửi" queues the record with its own id and sends it when there is a network.
 * Works offline once opened online: the app shell comes from the service worker, the rest from IndexedDB.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Alert, App, Badge, Button, Card, Checkbox, DatePicker, Flex, Form, Input, Popconfirm, Select, Space, Tag, Typography } from 'antd'
import { CloudUploadOutlined, DisconnectOutlined, LockOutlined, SendOutlined } from '@ant-design/icons'
import dayjs from 'dayjs'
import { CHANNELS } from '../../../../src/shared/enums.ts'
import type { WatchTopicView } from '../../../../src/shared/collaborator.schema.ts'
import { areasApi, unitsApi } from '../../api/endpoints.ts'
import { watchTopicsApi } from '../../api/collaborators.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { todayIso } from '../../lib/dates.ts'
import { foldOptionFilter } from '../../lib/fold.ts'
import { useLoad } from '../../lib/use-load.ts'
import { StreamEditor } from '../../components/StreamEditor.tsx'
import { useOutbox } from '../../offline/OutboxProvider.tsx'
import { useOnline } from '../../offline/online.ts'
import { enqueue, type OutboxItem } from '../../offline/outbox.ts'
import { clearDraft, loadDraft, saveDraft } from '../../offline/drafts.ts'
import { loadWithSnapshot } from '../../offline/snapshot.ts'
import { blankCapture, capturePayload, fieldName, payloadToCapture, type CaptureValues } from './capture-form.ts'
import { OutboxList } from './OutboxList.tsx'
import { WatchTopicsCard } from './WatchTopicsCard.tsx'

/** Roles that record opinions, in the order their unit is preferred as the default. */
const RECORDING_ROLES = ['collaborator', 'unit_officer', 'delegate', 'focal', 'admin']
const FIELDS = ['channel', 'unitId', 'areaId', 'heardOn', 'title', 'content', 'streams', 'contact']

/** The capture page. */
export function CapturePage() {
  const { me, can } = useAuth()
  const { t, errorText } = useLocale()
  const { message } = App.useApp()
  const online = useOnline()
  const outbox = useOutbox()
  const [form] = Form.useForm<CaptureValues>()
  const [editing, setEditing] = useState<string | null>(null)
  const [restored, setRestored] = useState(false)
  const [busy, setBusy] = useState(false)
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const withContact = Form.useWatch('withContact', form)

  const defaultUnitId = useMemo(() => {
    for (const role of RECORDING_ROLES) {
      const r = me.roles.find((g) => g.role === role)
      if (r) return r.unitId
    }
    return me.roles[0]?.unitId
  }, [me])

  const watch = useLoad(() => loadWithSnapshot(me.id, 'watch-topics', watchTopicsApi.mine), [me.id])
  const units = useLoad(() => loadWithSnapshot(me.id, 'units', () => unitsApi.list(false)), [me.id])
  const areas = useLoad(() => loadWithSnapshot(me.id, 'areas', () => (can('area', 'read') ? areasApi.list() : Promise.resolve({ items: [], total: 0 }))), [me.id])

  const unitOptions = useMemo(() => {
    const list = units.data?.value.items.filter((u) => u.active) ?? []
    // the roles' own units are always offered, even before the unit list arrived
    const fromRoles = me.roles.filter((r) => RECORDING_ROLES.includes(r.role)).map((r) => ({ value: r.unitId, label: `${r.unitCode} — ${r.unitName}` }))
    const seen = new Set(fromRoles.map((o) => o.value))
    return [...fromRoles, ...list.filter((u) => !seen.has(u.id)).map((u) => ({ value: u.id, label: `${u.code} — ${u.name}` }))]
  }, [units.data, me.roles])
  const areaOptions = (areas.data?.value.items ?? []).map((a) => ({ value: a.id, label: `${a.code} — ${a.name}` }))

  // restore the draft once; otherwise start blank
  useEffect(() => {
    let cancelled = false
    loadDraft<CaptureValues>(me.id).then((draft) => {
      if (cancelled) return
      form.setFieldsValue(draft?.values ?? blankCapture(defaultUnitId, todayIso()))
      setEditing(draft?.editing ?? null)
      setRestored(true)
    }, () => {
      if (cancelled) return
      form.setFieldsValue(blankCapture(defaultUnitId, todayIso()))
      setRestored(true)
    })
    return () => { cancelled = true }
  }, [me.id, form, defaultUnitId])

  const persistDraft = useCallback(() => {
    if (saveTimer.current) clearTimeout(saveTimer.current)
    saveTimer.current = setTimeout(() => {
      saveDraft(me.id, form.getFieldsValue(true) as CaptureValues, editing).catch(() => undefined)
    }, 300)
  }, [me.id, form, editing])
  useEffect(() => () => { if (saveTimer.current) clearTimeout(saveTimer.current) }, [])

  const startOver = async () => {
    if (saveTimer.current) clearTimeout(saveTimer.current)
    await clearDraft(me.id).catch(() => undefined)
    form.resetFields()
    form.setFieldsValue(blankCapture(defaultUnitId, todayIso()))
    setEditing(null)
  }

  const submit = async (values: CaptureValues) => {
    setBusy(true)
    try {
      const all = { ...(form.getFieldsValue(true) as CaptureValues), ...values }
      const item = await enqueue(me.id, capturePayload(all), editing ?? undefined)
      if (item.status === 'sent') message.warning(t('ui.capture.alreadySent'))
      else message.success(online ? t('ui.capture.queuedOnline') : t('ui.capture.queuedOffline'))
      await startOver()
      await outbox.refresh()
      if (navigator.onLine) void outbox.sendNow()
      window.scrollTo({ top: 0, behavior: 'smooth' })
    } catch (err) {
      message.error(t('ui.capture.storageFailed', { reason: errorText(err) }))
    } finally {
      setBusy(false)
    }
  }

  const edit = (item: OutboxItem) => {
    if (!item.payload) return
    form.resetFields()
    form.setFieldsValue(payloadToCapture(item.payload))
    setEditing(item.clientId)
    // the server's reasons on the fields they concern
    const issues = item.lastError?.fields.filter((f) => FIELDS.includes(f.path.split('.')[0] ?? '')) ?? []
    if (issues.length) form.setFields(issues.map((f) => ({ name: fieldName(f.path) as never, errors: [f.message ?? f.code ?? ''] })))
    saveDraft(me.id, form.getFieldsValue(true) as CaptureValues, item.clientId).catch(() => undefined)
    document.getElementById('capture-form')?.scrollIntoView({ behavior: 'smooth' })
  }

  const startFromTopic = (w: WatchTopicView) => {
    const streams = (form.getFieldValue('streams') as CaptureValues['streams'] | undefined) ?? []
    const first = streams[0]
    if (first) {
      form.setFieldValue(['streams', 0, 'topics'], [...new Set([...first.topics, ...w.topics])].slice(0, 5))
    }
    if (!form.getFieldValue('title')) form.setFieldValue('title', w.title)
    persistDraft()
    document.getElementById('capture-title')?.focus()
  }

  const required = (msg: string) => ({ required: true, whitespace: true, message: msg })

  return (
    <div style={{ maxWidth: 720, margin: '0 auto' }}>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>{t('ui.capture.title')}</Typography.Title>
        <Space size={4} wrap>
          {!online && <Tag icon={<DisconnectOutlined />} color="default" data-testid="offline-tag">{t('ui.offline.tag')}</Tag>}
          {outbox.ready && (
            <Badge count={outbox.pending} size="small" offset={[-4, 2]} showZero={false}>
              <Tag
                color={outbox.pending ? 'warning' : 'success'}
                data-testid="outbox-badge"
                data-count={outbox.pending}
                style={{ marginInlineEnd: 0 }}
              >
                {outbox.pending ? t('ui.outbox.badge', { count: outbox.pending }) : t('ui.outbox.allSent')}
              </Tag>
            </Badge>
          )}
          {outbox.pending > 0 && online && (
            <Button size="small" icon={<CloudUploadOutlined />} loading={outbox.syncing} onClick={() => void outbox.sendNow()} data-testid="outbox-send-now">
              {t('ui.outbox.sendNow')}
            </Button>
          )}
        </Space>
      </Flex>

      {outbox.lastResult?.needsSignIn && (
        <Alert type="warning" showIcon icon={<LockOutlined />} style={{ marginBottom: 12 }} title={t('ui.outbox.needsSignIn')} />
      )}
      {outbox.rejected > 0 && (
        <Alert type="error" showIcon style={{ marginBottom: 12 }} title={t('ui.outbox.rejectedBanner', { count: outbox.rejected })} />
      )}
      {outbox.others > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('ui.outbox.othersWaiting', { count: outbox.others })} />
      )}

      <WatchTopicsCard data={watch.data} loading={watch.loading} error={watch.error} onUse={startFromTopic} />

      <Card
        size="small"
        id="capture-form"
        title={editing ? t('ui.capture.fixTitle') : t('ui.capture.formTitle')}
        extra={(
          <Popconfirm title={t('ui.capture.clearConfirm')} okText={t('ui.capture.clear')} okButtonProps={{ danger: true }} cancelText={t('ui.common.cancel')} onConfirm={() => void startOver()}>
            <Button size="small" type="text" data-testid="capture-clear">{t('ui.capture.clear')}</Button>
          </Popconfirm>
        )}
        style={{ marginBottom: 12 }}
      >
        <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>{t('ui.capture.draftHint')}</Typography.Paragraph>
        <Form<CaptureValues>
          form={form}
          layout="vertical"
          requiredMark="optional"
          onFinish={submit}
          onValuesChange={persistDraft}
          disabled={!restored}
          scrollToFirstError={{ behavior: 'smooth', block: 'center' }}
          data-testid="capture-form"
        >
          <Form.Item name="title" label={t('ui.capture.titleLabel')} rules={[required(t('ui.capture.titleRequired')), { max: 300, message: t('errors.FIELD_TOO_LONG') }]}>
            <Input id="capture-title" maxLength={300} placeholder={t('ui.capture.titlePlaceholder')} data-testid="capture-title" autoComplete="off" />
          </Form.Item>
          <Form.Item name="content" label={t('ui.capture.contentLabel')} rules={[required(t('ui.capture.contentRequired')), { max: 20000, message: t('errors.FIELD_TOO_LONG') }]}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={20000} placeholder={t('ui.capture.contentPlaceholder')} data-testid="capture-content" />
          </Form.Item>
          <Flex gap={12} wrap>
            <Form.Item
              name="heardOn"
              label={t('ui.capture.heardOn')}
              rules={[{ required: true, message: t('ui.capture.heardOnRequired') }]}
              getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })}
              normalize={(v: dayjs.Dayjs | null) => (v ? v.format('YYYY-MM-DD') : undefined)}
              style={{ flex: '1 1 160px' }}
            >
              <DatePicker
                format="DD/MM/YYYY"
                style={{ width: '100%' }}
                allowClear={false}
                disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()}
                inputReadOnly
                data-testid="capture-heard-on"
              />
            </Form.Item>
            <Form.Item name="channel" label={t('ui.capture.channel')} rules={[{ required: true }]} style={{ flex: '1 1 180px' }}>
              <Select options={CHANNELS.map((c) => ({ value: c, label: t(`channels.${c}`) }))} data-testid="capture-channel" />
            </Form.Item>
          </Flex>
          <Form.Item name="unitId" label={t('ui.capture.unit')} rules={[{ required: true, message: t('ui.capture.unitRequired') }]}>
            <Select
              options={unitOptions}
              showSearch={{ filterOption: foldOptionFilter }}
              data-testid="capture-unit"
            />
          </Form.Item>
          <Form.Item name="areaId" label={t('ui.capture.area')}>
            <Select
              allowClear
              options={areaOptions}
              placeholder={t('ui.capture.areaPlaceholder')}
              showSearch={{ filterOption: foldOptionFilter }}
              notFoundContent={t('ui.areas.empty')}
              data-testid="capture-area"
            />
          </Form.Item>

          <StreamEditor compact />

          <Form.Item name="withContact" valuePropName="checked" style={{ marginTop: 16, marginBottom: withContact ? 8 : 16 }}>
            <Checkbox data-testid="capture-with-contact">{t('ui.capture.withContact')}</Checkbox>
          </Form.Item>
          {withContact && (
            <Card size="small" style={{ marginBottom: 16, background: '#fffbe6', borderColor: '#ffe58f' }} data-testid="capture-contact">
              <Alert type="warning" showIcon icon={<LockOutlined />} title={t('ui.capture.contactPrivacy')} style={{ marginBottom: 12 }} />
              <Form.Item name={['contact', 'fullName']} label={t('ui.capture.contactName')} rules={[required(t('ui.capture.contactNameRequired')), { max: 120 }]}>
                <Input maxLength={120} autoComplete="off" />
              </Form.Item>
              <Form.Item name={['contact', 'phone']} label={t('ui.capture.contactPhone')} rules={[{ max: 30 }]}>
                <Input maxLength={30} inputMode="tel" autoComplete="off" />
              </Form.Item>
              <Form.Item name={['contact', 'address']} label={t('ui.capture.contactAddress')} rules={[{ max: 300 }]}>
                <Input maxLength={300} autoComplete="off" />
              </Form.Item>
              <Form.Item name={['contact', 'note']} label={t('ui.capture.contactNote')} rules={[{ max: 1000 }]} style={{ marginBottom: 0 }}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} />
              </Form.Item>
            </Card>
          )}

          <Button type="primary" htmlType="submit" size="large" block icon={<SendOutlined />} loading={busy} data-testid="capture-submit">
            {editing ? t('ui.capture.resend') : t('ui.capture.send')}
          </Button>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0', textAlign: 'center' }}>
            {online ? t('ui.capture.sendHintOnline') : t('ui.capture.sendHintOffline')}
          </Typography.Paragraph>
        </Form>
      </Card>

      <OutboxList onEdit={edit} editing={editing} />
    </div>
  )
}
