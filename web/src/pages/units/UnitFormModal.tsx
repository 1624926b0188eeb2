/** Create or edit a unit: code, name, kind, parent (create only), start date, areas. */
import { useEffect, useState } from 'react'
import { App, DatePicker, Form, Input, Modal, Select, type ButtonProps } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import type { AreaView, UnitView } from '../../../../src/shared/schemas.ts'
import { UNIT_KINDS, type UnitKind } from '../../../../src/shared/enums.ts'
import { unitsApi } from '../../api/endpoints.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { foldOptionFilter } from '../../lib/fold.ts'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { useAuth } from '../../auth/auth.tsx'

export type UnitFormTarget = { mode: 'create'; parentId: string | null } | { mode: 'edit'; unit: UnitView }

type Values = {
  code: string
  name: string
  kind: UnitKind
  parentId?: string | null
  activeFrom?: Dayjs | null
  areaIds?: string[]
}

const FIELDS = ['code', 'name', 'kind', 'parentId', 'activeFrom', 'areaIds']

type Props = {
  target: UnitFormTarget | null
  units: readonly UnitView[]
  areas: readonly AreaView[]
  onClose: () => void
  onSaved: (unit: UnitView) => void
}

/** The unit form dialog. */
export function UnitFormModal({ target, units, areas, onClose, onSaved }: Props) {
  const { t, lang, errorText } = useLocale()
  const { reach } = useAuth()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const editing = target?.mode === 'edit' ? target.unit : null

  useEffect(() => {
    if (!target) return
    form.resetFields()
    if (target.mode === 'edit') {
      const u = target.unit
      form.setFieldsValue({
        code: u.code, name: u.name, kind: u.kind,
        activeFrom: u.activeFrom ? dayjs(u.activeFrom) : null,
        areaIds: u.areas.map((a) => a.id),
      })
    } else {
      form.setFieldsValue({ parentId: target.parentId, kind: 'chi_bo' })
    }
  }, [target, form])

  const submit = async () => {
    let values: Values
    try {
      values = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    const common = {
      code: values.code.trim(),
      name: values.name.trim(),
      kind: values.kind,
      activeFrom: values.activeFrom ? values.activeFrom.format('YYYY-MM-DD') : null,
      areaIds: values.areaIds ?? [],
    }
    try {
      const saved = editing
        ? await unitsApi.update(editing.id, common)
        : await unitsApi.create({ ...common, parentId: values.parentId ?? null })
      message.success(t(editing ? 'ui.units.updated' : 'ui.units.created', { code: saved.code }))
      onSaved(saved)
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, FIELDS)) {
        const code = (err as { code?: string }).code
        if (code === 'UNIT_CODE_TAKEN') form.setFields([{ name: 'code', errors: [errorText(err)] }])
        else if (code?.startsWith('UNIT_PARENT')) form.setFields([{ name: 'parentId', errors: [errorText(err)] }])
        else message.error(errorText(err))
      }
    } finally {
      setBusy(false)
    }
  }

  const required = { required: true, whitespace: true, message: t('errors.FIELD_REQUIRED') }
  return (
    <Modal
      open={!!target}
      title={editing ? `${t('ui.units.edit')}: ${editing.code}` : t('ui.units.create')}
      onCancel={onClose}
      onOk={submit}
      okText={editing ? t('ui.common.save') : t('ui.common.create')}
      cancelText={t('ui.common.cancel')}
      confirmLoading={busy}
      destroyOnHidden
      forceRender
      okButtonProps={{ 'data-testid': 'unit-form-submit' } as ButtonProps}
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={submit} data-testid="unit-form">
        <Form.Item name="code" label={t('ui.units.code')} extra={t('ui.units.codeHint')}
          rules={[required, { pattern: /^[A-Za-z0-9._-]+$/, message: t('errors.CODE_FORMAT') }, { max: 40, message: t('errors.FIELD_TOO_LONG') }]}>
          <Input autoComplete="off" maxLength={40} data-testid="unit-form-code" />
        </Form.Item>
        <Form.Item name="name" label={t('ui.units.name')} rules={[required, { max: 200, message: t('errors.FIELD_TOO_LONG') }]}>
          <Input autoComplete="off" maxLength={200} data-testid="unit-form-name" />
        </Form.Item>
        <Form.Item name="kind" label={t('ui.units.kind')} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}>
          <Select data-testid="unit-form-kind" options={UNIT_KINDS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) }))} />
        </Form.Item>
        {!editing && (
          <Form.Item name="parentId" label={t('ui.units.parent')}>
            <UnitTreeSelect units={units} reach={reach('unit', 'create')} allowClear placeholder={t('ui.units.noParent')} data-testid="unit-form-parent" />
          </Form.Item>
        )}
        <Form.Item name="activeFrom" label={t('ui.units.activeFrom')}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="unit-form-active-from" />
        </Form.Item>
        <Form.Item name="areaIds" label={t('ui.units.areas')}>
          <Select
            mode="multiple"
            allowClear
            options={areas.map((a) => ({ value: a.id, label: `${a.code} — ${a.name}` }))}
            showSearch={{ filterOption: foldOptionFilter }}
            notFoundContent={t('ui.areas.empty')}
            data-testid="unit-form-areas"
          />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  )
}
