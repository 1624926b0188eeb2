/** Record or edit a voter meeting: unit (the delegates' group), day, place, area, delegates, voters present, notes. */
import { useEffect, useState } from 'react'
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, type ButtonProps } from 'antd'
import dayjs from 'dayjs'
import type { MeetingView } from '../../../../src/shared/meeting.schema.ts'
import type { AreaView, UnitView } from '../../../../src/shared/schemas.ts'
import { meetingsApi } from '../../api/meetings.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { todayIso } from '../../lib/dates.ts'
import { foldOptionFilter } from '../../lib/fold.ts'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'

type Values = { unitId: string; heldOn: string; place: string; areaId?: string | null; delegates?: string; attendance?: number | null; notes?: string }
const FIELDS = ['unitId', 'heldOn', 'place', 'areaId', 'delegates', 'attendance', 'notes']

type Props = {
  target: MeetingView | 'new' | null
  units: readonly UnitView[]
  areas: readonly AreaView[]
  onClose: () => void
  onSaved: (m: MeetingView) => void
}

/** The dialog. */
export function MeetingFormModal({ target, units, areas, onClose, onSaved }: Props) {
  const { me, reach } = useAuth()
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const editing = target && target !== 'new' ? target : null

  useEffect(() => {
    if (!target) return
    form.resetFields()
    if (target === 'new') {
      const unitId = me.roles.find((r) => r.role === 'delegate')?.unitId ?? me.roles[0]?.unitId
      form.setFieldsValue({ unitId, heldOn: todayIso(), areaId: null, delegates: me.roles.some((r) => r.role === 'delegate') ? me.fullName : '' })
    } else {
      form.setFieldsValue({
        unitId: target.unit.id, heldOn: target.heldOn, place: target.place, areaId: target.area?.id ?? null,
        delegates: target.delegates.join('\n'), attendance: target.attendance, notes: target.notes ?? '',
      })
    }
  }, [target, form, me])

  const submit = async () => {
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    const input = {
      unitId: v.unitId, heldOn: v.heldOn, place: v.place.trim(), areaId: v.areaId ?? null,
      delegates: (v.delegates ?? '').split('\n').map((s) => s.trim()).filter(Boolean),
      attendance: v.attendance ?? null, notes: v.notes?.trim() || null,
    }
    try {
      const saved = editing ? await meetingsApi.update(editing.id, input) : await meetingsApi.create(input)
      message.success(t('ui.meetings.saved'))
      onSaved(saved)
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, FIELDS)) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  const locked = !!editing && editing.petitionCount > 0
  return (
    <Modal
      open={!!target}
      title={editing ? t('ui.meetings.edit') : t('ui.meetings.create')}
      onCancel={onClose}
      onOk={submit}
      okText={editing ? t('ui.common.save') : t('ui.common.create')}
      cancelText={t('ui.common.cancel')}
      confirmLoading={busy}
      width={640}
      destroyOnHidden
      forceRender
      okButtonProps={{ 'data-testid': 'meeting-submit' } as ButtonProps}
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={submit} data-testid="meeting-form">
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name="unitId" label={t('ui.meetings.unit')} extra={locked ? t('ui.meetings.lockedHint') : undefined} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}>
              <UnitTreeSelect units={units} reach={reach('meeting', 'create')} data-testid="meeting-unit" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="heldOn" label={t('ui.meetings.heldOn')} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}
              getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })}
              normalize={(v: dayjs.Dayjs | null) => (v ? v.format('YYYY-MM-DD') : undefined)}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} allowClear={false} disabled={locked} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="place" label={t('ui.meetings.place')} rules={[{ required: true, whitespace: true, message: t('errors.FIELD_REQUIRED') }, { max: 300 }]}>
              <Input maxLength={300} placeholder={t('ui.meetings.placePlaceholder')} data-testid="meeting-place" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="areaId" label={t('ui.capture.area')}>
              <Select allowClear options={areas.map((a) => ({ value: a.id, label: `${a.code} — ${a.name}` }))} showSearch={{ filterOption: foldOptionFilter }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="delegates" label={t('ui.meetings.delegates')} extra={t('ui.meetings.delegatesHint')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="attendance" label={t('ui.meetings.attendance')}>
              <InputNumber min={0} max={100000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="notes" label={t('ui.meetings.notes')} rules={[{ max: 5000 }]}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5000} />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  )
}
