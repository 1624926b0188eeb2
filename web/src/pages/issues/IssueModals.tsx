/** The dialogs of an issue: refer to a unit or agency with a due day, answer a referral, move with a reason, edit. */
import { useEffect, useState } from 'react'
import { App, Checkbox, DatePicker, Form, Input, Modal, Radio, Select, type ButtonProps } from 'antd'
import dayjs from 'dayjs'
import { TOPICS, type IssueStatus } from '../../../../src/shared/enums.ts'
import type { IssueView, ReferralView } from '../../../../src/shared/issue.schema.ts'
import { issuesApi } from '../../api/issues.ts'
import { unitsApi } from '../../api/endpoints.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { todayIso } from '../../lib/dates.ts'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { useLoad } from '../../lib/use-load.ts'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'

type Done = (issue: IssueView) => void

/** Runs a save: the server's field errors go on the form, anything else in a message. */
function useSave<T>(form: ReturnType<typeof Form.useForm<T>>[0], fields: string[]) {
  const { lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)
  const run = async (save: (v: T) => Promise<void>) => {
    let v: T
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    try {
      await save(v)
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, fields)) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }
  return { busy, run }
}

type ReferValues = { target: 'unit' | 'agency'; toUnitId?: string; toAgency?: string; dueOn: string; note?: string }

/** "Chuyển xử lý": to a unit of the tree or an agency outside it, with the day the answer is due. */
export function ReferModal({ issue, open, onClose, onDone }: { issue: IssueView; open: boolean; onClose: () => void; onDone: Done }) {
  const { t } = useLocale()
  const [form] = Form.useForm<ReferValues>()
  const { busy, run } = useSave(form, ['toUnitId', 'toAgency', 'dueOn', 'note'])
  const units = useLoad(() => (open ? unitsApi.list(false) : Promise.resolve(null)), [open])
  const target = Form.useWatch('target', form)
  useEffect(() => {
    if (open) form.setFieldsValue({ target: 'unit', toUnitId: undefined, toAgency: '', dueOn: dayjs().add(15, 'day').format('YYYY-MM-DD'), note: '' })
  }, [open, form])

  const submit = () => run(async (v) => {
    const saved = await issuesApi.refer(issue.id, {
      ...(v.target === 'unit' ? { toUnitId: v.toUnitId } : { toAgency: v.toAgency?.trim() }),
      dueOn: v.dueOn,
      note: v.note?.trim() || null,
    })
    onDone(saved)
  })

  return (
    <Modal open={open} title={t('ui.issues.refer')} onCancel={onClose} onOk={submit} confirmLoading={busy} okText={t('ui.issues.referOk')} cancelText={t('ui.common.cancel')}
      destroyOnHidden forceRender okButtonProps={{ 'data-testid': 'refer-submit' } as ButtonProps}>
      <Form form={form} layout="vertical" requiredMark="optional" data-testid="refer-form" onFinish={submit}>
        <Form.Item name="target" label={t('ui.issues.referTo')}>
          <Radio.Group optionType="button" options={[{ value: 'unit', label: t('ui.issues.toUnit') }, { value: 'agency', label: t('ui.issues.toAgency') }]} />
        </Form.Item>
        {target === 'agency' ? (
          <Form.Item name="toAgency" label={t('ui.issues.agency')} rules={[{ required: true, whitespace: true, message: t('errors.FIELD_REQUIRED') }, { max: 200 }]}>
            <Input maxLength={200} placeholder={t('ui.issues.agencyPlaceholder')} />
          </Form.Item>
        ) : (
          <Form.Item name="toUnitId" label={t('ui.issues.toUnit')} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}>
            <UnitTreeSelect units={units.data?.items ?? []} placeholder={t('ui.issues.toUnitPlaceholder')} data-testid="refer-unit" />
          </Form.Item>
        )}
        <Form.Item name="dueOn" label={t('ui.issues.dueOn')} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}
          getValueProps={(v: string | undefined) => ({ value: v ? dayjs(v) : undefined })}
          normalize={(v: dayjs.Dayjs | null) => (v ? v.format('YYYY-MM-DD') : undefined)}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => d.format('YYYY-MM-DD') < todayIso()} data-testid="refer-due" />
        </Form.Item>
        <Form.Item name="note" label={t('ui.issues.note')} rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

type AnswerValues = { answerText: string; publishable: boolean }

/** "Trả lời": the answer of the unit or agency a referral went to. */
export function AnswerModal({ referral, onClose, onDone }: { referral: ReferralView | null; onClose: () => void; onDone: Done }) {
  const { t } = useLocale()
  const [form] = Form.useForm<AnswerValues>()
  const { busy, run } = useSave(form, ['answerText', 'publishable'])
  useEffect(() => {
    if (referral) form.setFieldsValue({ answerText: '', publishable: false })
  }, [referral, form])
  const submit = () => run(async (v) => onDone(await issuesApi.answer(referral!.id, { answerText: v.answerText.trim(), publishable: !!v.publishable })))
  return (
    <Modal open={!!referral} title={t('ui.issues.answer')} onCancel={onClose} onOk={submit} confirmLoading={busy} okText={t('ui.issues.answerOk')} cancelText={t('ui.common.cancel')}
      destroyOnHidden forceRender okButtonProps={{ 'data-testid': 'answer-submit' } as ButtonProps}>
      <Form form={form} layout="vertical" data-testid="answer-form">
        <Form.Item name="answerText" label={t('ui.issues.answerText')} rules={[{ required: true, whitespace: true, message: t('errors.FIELD_REQUIRED') }, { max: 10000 }]}>
          <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={10000} data-testid="answer-text" />
        </Form.Item>
        <Form.Item name="publishable" valuePropName="checked" extra={t('ui.issues.publishableHint')} style={{ marginBottom: 0 }}>
          <Checkbox>{t('ui.issues.publishable')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** A move to `to` (watching, closed, reopen), with the reason the rules need or the user gives. */
export function TransitionModal({ issue, to, reasonRequired, onClose, onDone }: {
  issue: IssueView
  to: IssueStatus | null
  reasonRequired: boolean
  onClose: () => void
  onDone: Done
}) {
  const { t } = useLocale()
  const [form] = Form.useForm<{ reason?: string }>()
  const { busy, run } = useSave(form, ['reason', 'to'])
  useEffect(() => {
    if (to) form.setFieldsValue({ reason: '' })
  }, [to, form])
  const submit = () => run(async (v) => onDone(await issuesApi.transition(issue.id, { to: to!, reason: v.reason?.trim() || undefined })))
  const title = to === 'closed' ? t('ui.issues.close') : issue.status === 'closed' ? t('ui.issues.reopen') : t('ui.issues.watch')
  return (
    <Modal open={!!to} title={title} onCancel={onClose} onOk={submit} confirmLoading={busy} okText={t('ui.common.confirm')} cancelText={t('ui.common.cancel')}
      destroyOnHidden forceRender okButtonProps={{ 'data-testid': 'transition-submit', danger: to === 'closed' } as ButtonProps}>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('ui.issues.reason')} extra={reasonRequired ? t('ui.issues.reasonRequired') : undefined}
          rules={[{ required: reasonRequired, whitespace: true, message: t('ui.issues.reasonRequired') }, { max: 1000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} data-testid="transition-reason" />
        </Form.Item>
      </Form>
    </Modal>
  )
}

type EditValues = { title: string; description?: string; topic: string; hotSpot: boolean }

/** Edit title, description, topic and the hot-spot flag. */
export function EditIssueModal({ issue, open, onClose, onDone }: { issue: IssueView; open: boolean; onClose: () => void; onDone: Done }) {
  const { t } = useLocale()
  const [form] = Form.useForm<EditValues>()
  const { busy, run } = useSave(form, ['title', 'description', 'topic', 'hotSpot'])
  useEffect(() => {
    if (open) form.setFieldsValue({ title: issue.title, description: issue.description, topic: issue.topic, hotSpot: issue.hotSpot })
  }, [open, issue, form])
  const submit = () => run(async (v) => onDone(await issuesApi.update(issue.id, {
    title: v.title.trim(), description: (v.description ?? '').trim(), topic: v.topic as (typeof TOPICS)[number], hotSpot: !!v.hotSpot,
  })))
  return (
    <Modal open={open} title={t('ui.issues.edit')} onCancel={onClose} onOk={submit} confirmLoading={busy} okText={t('ui.common.save')} cancelText={t('ui.common.cancel')} destroyOnHidden forceRender>
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={submit}>
        <Form.Item name="title" label={t('ui.issues.titleLabel')} rules={[{ required: true, whitespace: true, message: t('errors.FIELD_REQUIRED') }, { max: 300 }]}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="topic" label={t('ui.issues.topic')} rules={[{ required: true }]}>
          <Select options={TOPICS.map((c) => ({ value: c, label: t(`topics.${c}`) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('ui.issues.description')} rules={[{ max: 5000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={5000} />
        </Form.Item>
        <Form.Item name="hotSpot" valuePropName="checked" style={{ marginBottom: 0 }}>
          <Checkbox>{t('ui.streams.hotSpot')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  )
}
