/** Add or edit a collaborator: person, unit and areas, groups followed, decision, contract, allowance, status, account. */
import { useEffect, useState } from 'react'
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Radio, Row, Select, Typography, type ButtonProps } from 'antd'
import dayjs from 'dayjs'
import { COLLABORATOR_STATUSES, SOCIAL_GROUPS } from '../../../../src/shared/enums.ts'
import type { CollaboratorView, CreateCollaboratorInput } from '../../../../src/shared/collaborator.schema.ts'
import type { AreaView, UnitView, UserView } from '../../../../src/shared/schemas.ts'
import { collaboratorsApi } from '../../api/collaborators.ts'
import { usersApi } from '../../api/endpoints.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { foldOptionFilter } from '../../lib/fold.ts'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { UnitTreeSelect } from '../../components/UnitTreeSelect.tsx'
import { MoneyInput } from '../../components/MoneyInput.tsx'

type Values = Omit<CreateCollaboratorInput, 'areaIds' | 'groups'> & { areaIds: string[]; groups: string[] }
const FIELDS = ['fullName', 'phone', 'unitId', 'areaIds', 'groups', 'decisionNo', 'decisionOn', 'contractFrom', 'contractTo', 'allowanceKind', 'allowanceAmount', 'allowanceCoefficient', 'status', 'userId']

/** A form field holding YYYY-MM-DD shown through a date picker. */
const dayProps = {
  getValueProps: (v: string | null | undefined) => ({ value: v ? dayjs(v) : null }),
  normalize: (v: dayjs.Dayjs | null) => (v ? v.format('YYYY-MM-DD') : null),
}

type Props = {
  target: CollaboratorView | 'new' | null
  units: readonly UnitView[]
  areas: readonly AreaView[]
  onClose: () => void
  onSaved: () => void
}

/** The dialog. */
export function CollaboratorFormModal({ target, units, areas, onClose, onSaved }: Props) {
  const { can } = useAuth()
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [accounts, setAccounts] = useState<UserView[]>([])
  const kind = Form.useWatch('allowanceKind', form)
  const editing = target && target !== 'new' ? target : null

  useEffect(() => {
    if (!target) return
    form.resetFields()
    if (target === 'new') {
      form.setFieldsValue({ allowanceKind: 'coefficient', status: 'active', areaIds: [], groups: [], userId: null })
    } else {
      form.setFieldsValue({
        fullName: target.fullName, phone: target.phone, unitId: target.unit.id, areaIds: target.areas.map((a) => a.id), groups: target.groups,
        decisionNo: target.decisionNo, decisionOn: target.decisionOn, contractFrom: target.contractFrom, contractTo: target.contractTo,
        allowanceKind: target.allowanceKind, allowanceAmount: target.allowanceAmount, allowanceCoefficient: target.allowanceCoefficient,
        status: target.status, userId: target.user?.id ?? null,
      })
      if (target.user) setAccounts([{ id: target.user.id, username: target.user.username, fullName: target.user.fullName } as UserView])
    }
  }, [target, form])

  const searchAccounts = async (q: string) => {
    if (!can('user', 'read')) return
    try {
      setAccounts((await usersApi.list({ q, page: 1, pageSize: 20 })).items)
    } catch {
      // the picker stays as it was
    }
  }

  const submit = async () => {
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    const input = {
      ...v,
      phone: v.phone?.trim() || null,
      decisionNo: v.decisionNo?.trim() || null,
      allowanceAmount: v.allowanceKind === 'fixed' ? v.allowanceAmount ?? null : null,
      allowanceCoefficient: v.allowanceKind === 'coefficient' ? v.allowanceCoefficient ?? null : null,
      userId: v.userId ?? null,
    } as CreateCollaboratorInput
    try {
      if (editing) await collaboratorsApi.update(editing.id, input)
      else await collaboratorsApi.create(input)
      message.success(t('ui.collaborators.saved', { name: input.fullName }))
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
      open={!!target}
      title={editing ? t('ui.collaborators.edit', { name: editing.fullName }) : t('ui.collaborators.create')}
      onCancel={onClose}
      onOk={submit}
      okText={editing ? t('ui.common.save') : t('ui.common.create')}
      cancelText={t('ui.common.cancel')}
      confirmLoading={busy}
      width={720}
      destroyOnHidden
      forceRender
      okButtonProps={{ 'data-testid': 'collaborator-submit' } as ButtonProps}
    >
      <Form form={form} layout="vertical" requiredMark="optional" onFinish={submit} data-testid="collaborator-form">
        <Row gutter={12}>
          <Col xs={24} md={14}>
            <Form.Item name="fullName" label={t('ui.collaborators.fullName')} rules={[{ ...required, whitespace: true }, { max: 120 }]}>
              <Input maxLength={120} data-testid="collaborator-name" />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="phone" label={t('ui.capture.contactPhone')} rules={[{ max: 30 }]}>
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="unitId" label={t('ui.capture.unit')} rules={[required]}>
              <UnitTreeSelect units={units} data-testid="collaborator-unit" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="areaIds" label={t('ui.collaborators.areas')}>
              <Select mode="multiple" allowClear options={areas.map((a) => ({ value: a.id, label: `${a.code} — ${a.name}` }))} showSearch={{ filterOption: foldOptionFilter }} maxTagCount="responsive" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="groups" label={t('ui.collaborators.groups')}>
              <Select mode="multiple" allowClear options={SOCIAL_GROUPS.map((g) => ({ value: g, label: t(`socialGroups.${g}`) }))} showSearch={{ filterOption: foldOptionFilter }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="decisionNo" label={t('ui.collaborators.decisionNo')} rules={[{ max: 60 }]}>
              <Input maxLength={60} placeholder="15-QĐ/ĐU" />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="decisionOn" label={t('ui.collaborators.decisionOn')} {...dayProps}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="status" label={t('ui.collaborators.statusLabel')} rules={[required]}>
              <Select options={COLLABORATOR_STATUSES.map((s) => ({ value: s, label: t(`collaboratorStatuses.${s}`) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="contractFrom" label={t('ui.collaborators.contractFrom')} {...dayProps}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={8}>
            <Form.Item name="contractTo" label={t('ui.collaborators.contractTo')} {...dayProps}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="allowanceKind" label={t('ui.collaborators.allowance')} rules={[required]}>
              <Radio.Group optionType="button" options={[{ value: 'coefficient', label: t('allowanceKinds.coefficient') }, { value: 'fixed', label: t('allowanceKinds.fixed') }]} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            {kind === 'fixed' ? (
              <Form.Item name="allowanceAmount" label={t('ui.collaborators.amount')} rules={[required]}>
                <MoneyInput step={50000} />
              </Form.Item>
            ) : (
              <Form.Item name="allowanceCoefficient" label={t('ui.collaborators.coefficient')} extra={t('ui.collaborators.coefficientHint')} rules={[required]}>
                <InputNumber min={0.001} max={20} step={0.05} precision={3} decimalSeparator="," style={{ width: '100%' }} addonAfter={t('ui.collaborators.timesBase')} />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="userId" label={t('ui.collaborators.account')} extra={t('ui.collaborators.accountHint')}>
              <Select
                allowClear
                showSearch={{ filterOption: false, onSearch: (v) => { void searchAccounts(v) } }}
                onFocus={() => { if (!accounts.length) void searchAccounts('') }}
                options={accounts.map((u) => ({ value: u.id, label: `${u.fullName} (${u.username})` }))}
                notFoundContent={<Typography.Text type="secondary">{t('ui.collaborators.noAccount')}</Typography.Text>}
              />
            </Form.Item>
          </Col>
        </Row>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  )
}
