/** Add a petition (kiến nghị) raised at a meeting: it becomes an opinion record of the voter-meeting channel. */
import { useEffect, useRef, useState } from 'react'
import { Alert, App, Card, Checkbox, Form, Input, Modal, Radio, Select, type ButtonProps } from 'antd'
import { LockOutlined } from '@ant-design/icons'
import { BREADTHS, DIRECTIONS, INTENSITIES, SOCIAL_GROUPS, TOPICS } from '../../../../src/shared/enums.ts'
import type { PetitionInput } from '../../../../src/shared/meeting.schema.ts'
import { meetingsApi } from '../../api/meetings.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { foldOptionFilter } from '../../lib/fold.ts'
import { applyFieldErrors } from '../../lib/form-errors.ts'

type Values = Omit<PetitionInput, 'clientId' | 'contact'> & { withContact?: boolean; contact?: { fullName?: string; phone?: string; address?: string } }
const FIELDS = ['title', 'content', 'summary', 'topics', 'direction', 'intensity', 'breadth', 'groups', 'proposedHandling', 'contact']

/** The dialog; opens when `meetingId` is set. One clientId per opened dialog, so a double submit adds one petition. */
export function PetitionFormModal({ meetingId, onClose, onSaved }: { meetingId: string | null; onClose: () => void; onSaved: () => void }) {
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const clientId = useRef('')
  const withContact = Form.useWatch('withContact', form)

  useEffect(() => {
    if (!meetingId) return
    clientId.current = crypto.randomUUID()
    form.resetFields()
    form.setFieldsValue({ direction: 'concern', intensity: 'medium', breadth: 'few', topics: [], groups: [] })
  }, [meetingId, form])

  const submit = async () => {
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    const c = v.contact ?? {}
    try {
      await meetingsApi.addPetition(meetingId!, {
        clientId: clientId.current,
        title: v.title.trim(), content: v.content.trim(), summary: v.summary?.trim() || undefined,
        topics: v.topics, direction: v.direction, intensity: v.intensity, breadth: v.breadth, groups: v.groups ?? [],
        proposedHandling: v.proposedHandling?.trim() || null,
        contact: v.withContact ? { fullName: (c.fullName ?? '').trim(), phone: c.phone?.trim() || null, address: c.address?.trim() || null } : null,
      })
      message.success(t('ui.meetings.petitionSaved'))
      onSaved()
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, FIELDS)) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }
  const required = { required: true, message: t('errors.FIELD_REQUIRED') }
  return (
    <Modal
      open={!!meetingId}
      title={t('ui.meetings.addPetition')}
      onCancel={onClose}
      onOk={submit}
      okText={t('ui.common.save')}
      cancelText={t('ui.common.cancel')}
      confirmLoading={busy}
      width={680}
      destroyOnHidden
      forceRender
      okButtonProps={{ 'data-testid': 'petition-submit' } as ButtonProps}
    >
      <Form form={form} layout="vertical" requiredMark="optional" data-testid="petition-form">
        <Form.Item name="title" label={t('ui.meetings.petitionTitle')} rules={[{ ...required, whitespace: true }, { max: 300 }]}>
          <Input maxLength={300} data-testid="petition-title" />
        </Form.Item>
        <Form.Item name="content" label={t('ui.meetings.petitionContent')} rules={[{ ...required, whitespace: true }, { max: 20000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20000} data-testid="petition-content" />
        </Form.Item>
        <Form.Item name="topics" label={t('ui.streams.topics')} rules={[{ ...required, message: t('ui.streams.topicsRequired') }, { type: 'array', max: 5, message: t('ui.streams.topicsMax') }]}>
          <Select mode="multiple" allowClear showSearch={{ filterOption: foldOptionFilter }} options={TOPICS.map((c) => ({ value: c, label: t(`topics.${c}`) }))} data-testid="petition-topics" />
        </Form.Item>
        <Form.Item name="direction" label={t('ui.streams.direction')}>
          <Radio.Group optionType="button" className="chip-radio" options={DIRECTIONS.map((c) => ({ value: c, label: t(`directions.${c}`) }))} />
        </Form.Item>
        <Form.Item name="intensity" label={t('ui.streams.intensity')}>
          <Radio.Group optionType="button" className="chip-radio" options={INTENSITIES.map((c) => ({ value: c, label: t(`intensities.${c}`) }))} />
        </Form.Item>
        <Form.Item name="breadth" label={t('ui.streams.breadth')}>
          <Radio.Group optionType="button" className="chip-radio" options={BREADTHS.map((c) => ({ value: c, label: t(`breadths.${c}`) }))} />
        </Form.Item>
        <Form.Item name="groups" label={t('ui.streams.groups')}>
          <Select mode="multiple" allowClear showSearch={{ filterOption: foldOptionFilter }} options={SOCIAL_GROUPS.map((c) => ({ value: c, label: t(`socialGroups.${c}`) }))} />
        </Form.Item>
        <Form.Item name="proposedHandling" label={t('ui.opinions.proposedHandling')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
        <Form.Item name="withContact" valuePropName="checked" style={{ marginBottom: 8 }}>
          <Checkbox>{t('ui.meetings.withContact')}</Checkbox>
        </Form.Item>
        {withContact && (
          <Card size="small" style={{ background: '#fffbe6', borderColor: '#ffe58f' }}>
            <Alert type="warning" showIcon icon={<LockOutlined />} title={t('ui.capture.contactPrivacy')} style={{ marginBottom: 12 }} />
            <Form.Item name={['contact', 'fullName']} label={t('ui.capture.contactName')} rules={[{ ...required, whitespace: true }, { max: 120 }]}><Input maxLength={120} /></Form.Item>
            <Form.Item name={['contact', 'phone']} label={t('ui.capture.contactPhone')} rules={[{ max: 30 }]}><Input maxLength={30} inputMode="tel" /></Form.Item>
            <Form.Item name={['contact', 'address']} label={t('ui.capture.contactAddress')} rules={[{ max: 300 }]} style={{ marginBottom: 0 }}><Input maxLength={300} /></Form.Item>
          </Card>
        )}
      </Form>
    </Modal>
  )
}
