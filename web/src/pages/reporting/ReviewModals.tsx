/** The board's dialogs: return a report with a required comment; grant a unit an extension with a reason and a date. */
import { useEffect, useState } from 'react'
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { reportingApi } from '../../api/reporting.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { todayIso } from '../../lib/dates.ts'

/** Return a submitted report to its unit; the comment is shown to the unit officer. */
export function ReturnModal({ target, onClose, onDone }: {
  target: { id: string; unitName: string } | null
  onClose: () => void
  onDone: () => void
}) {
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ comment: string }>()
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (target) form.resetFields()
  }, [target, form])

  const submit = async () => {
    if (!target) return
    // a missing comment is shown on the field; nothing is sent
    const values = await form.validateFields().catch(() => null)
    if (!values) return
    const { comment } = values
    setBusy(true)
    try {
      await reportingApi.return(target.id, comment.trim())
      message.success(t('ui.reporting.review.returnedOk'))
      onDone()
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, ['comment'])) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal open={!!target} title={t('ui.reporting.review.returnTitle', { unit: target?.unitName ?? '' })} onCancel={onClose} onOk={submit}
      confirmLoading={busy} okText={t('ui.reporting.review.return')} okButtonProps={{ danger: true, 'data-testid': 'return-ok' }}
      cancelText={t('ui.common.cancel')} destroyOnHidden forceRender>
      <Form form={form} layout="vertical" data-testid="return-form">
        <Form.Item name="comment" label={t('ui.reporting.review.comment')} extra={t('ui.reporting.review.commentHint')}
          rules={[{ required: true, whitespace: true, message: t('ui.reporting.review.commentRequired') }, { max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} autoFocus data-testid="return-comment" />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** Grant an extension (gia hạn): until the end of a chosen local day, with a reason. */
export function ExtensionModal({ target, onClose, onDone }: {
  target: { periodKey: string; unitId: string; unitName: string } | null
  onClose: () => void
  onDone: () => void
}) {
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ until: Dayjs; reason: string }>()
  const [busy, setBusy] = useState(false)
  useEffect(() => {
    if (target) form.resetFields()
  }, [target, form])

  const submit = async () => {
    if (!target) return
    const v = await form.validateFields().catch(() => null)
    if (!v) return
    setBusy(true)
    try {
      await reportingApi.grantExtension({ periodKey: target.periodKey, unitId: target.unitId, until: v.until.format('YYYY-MM-DD'), reason: v.reason.trim() })
      message.success(t('ui.reporting.review.extendedOk'))
      onDone()
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, ['until', 'reason'])) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Modal open={!!target} title={t('ui.reporting.review.extendTitle', { unit: target?.unitName ?? '' })} onCancel={onClose} onOk={submit}
      confirmLoading={busy} okText={t('ui.reporting.review.extend')} okButtonProps={{ 'data-testid': 'extend-ok' }}
      cancelText={t('ui.common.cancel')} destroyOnHidden forceRender>
      <Form form={form} layout="vertical" data-testid="extend-form">
        <Form.Item name="until" label={t('ui.reporting.review.until')} extra={t('ui.reporting.review.untilHint')}
          rules={[{ required: true, message: t('ui.reporting.review.untilRequired') }]}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(todayIso()), 'day')} data-testid="extend-until" />
        </Form.Item>
        <Form.Item name="reason" label={t('ui.reporting.review.reason')}
          rules={[{ required: true, whitespace: true, message: t('ui.reporting.review.reasonRequired') }, { max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} data-testid="extend-reason" />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: 0 }}>{t('ui.reporting.review.extendNote')}</Typography.Paragraph>
      </Form>
    </Modal>
  )
}
