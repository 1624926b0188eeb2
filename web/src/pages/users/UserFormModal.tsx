/** Create an account (with roles and an optional password) or edit one (name, contact, active). */
import { useEffect, useState } from 'react'
import { App, Form, Input, Modal, Switch, type ButtonProps } from 'antd'
import type { UnitView, UserView } from '../../../../src/shared/schemas.ts'
import { usersApi } from '../../api/endpoints.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { OneTimeSecret } from '../../components/OneTimeSecret.tsx'
import { RolesEditor, toGrants } from './RolesEditor.tsx'

export type UserFormTarget = { mode: 'create' } | { mode: 'edit'; user: UserView }

type Values = {
  username: string
  fullName: string
  phone?: string
  email?: string
  password?: string
  active?: boolean
  roles?: { role: string; unitId: string; isResponsible?: boolean }[]
}

const FIELDS = ['username', 'fullName', 'phone', 'email', 'password', 'active', 'roles']

type Props = { target: UserFormTarget | null; units: readonly UnitView[]; onClose: () => void; onSaved: () => void }

/** The account dialog; after creating without a password it shows the temporary one once. */
export function UserFormModal({ target, units, onClose, onSaved }: Props) {
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)
  const [created, setCreated] = useState<{ username: string; password: string } | null>(null)
  const editing = target?.mode === 'edit' ? target.user : null

  useEffect(() => {
    if (!target) return
    form.resetFields()
    setCreated(null)
    if (target.mode === 'edit') {
      const u = target.user
      form.setFieldsValue({ username: u.username, fullName: u.fullName, phone: u.phone ?? '', email: u.email ?? '', active: u.active })
    } else form.setFieldsValue({ roles: [] })
  }, [target, form])

  const submit = async () => {
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    const contact = { fullName: v.fullName.trim(), phone: v.phone?.trim() || null, email: v.email?.trim() || null }
    try {
      if (editing) {
        await usersApi.update(editing.id, { ...contact, active: v.active })
        message.success(t('ui.users.updated', { username: editing.username }))
        onSaved()
        onClose()
      } else {
        const res = await usersApi.create({ username: v.username.trim().toLowerCase(), ...contact, password: v.password || undefined, roles: toGrants(v.roles) })
        message.success(t('ui.users.created', { username: res.user.username }))
        onSaved()
        if (res.temporaryPassword) setCreated({ username: res.user.username, password: res.temporaryPassword })
        else onClose()
      }
    } catch (err) {
      const code = (err as { code?: string }).code
      if (code === 'USERNAME_TAKEN') form.setFields([{ name: 'username', errors: [errorText(err)] }])
      else if (!applyFieldErrors(form, err, lang, FIELDS)) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  const required = { required: true, whitespace: true, message: t('errors.FIELD_REQUIRED') }
  return (
    <Modal
      open={!!target}
      title={editing ? `${t('ui.users.edit')}: ${editing.username}` : t('ui.users.create')}
      onCancel={onClose}
      onOk={created ? onClose : submit}
      okText={created ? t('ui.common.close') : editing ? t('ui.common.save') : t('ui.common.create')}
      cancelButtonProps={{ style: created ? { display: 'none' } : undefined }}
      cancelText={t('ui.common.cancel')}
      confirmLoading={busy}
      width={680}
      forceRender
      okButtonProps={{ 'data-testid': 'user-form-submit' } as ButtonProps}
    >
      {created ? (
        <OneTimeSecret label={`${t('ui.users.temporaryPassword')} — ${created.username}`} value={created.password} testId="temporary-password" />
      ) : (
        <Form form={form} layout="vertical" requiredMark="optional" onFinish={submit}>
          <Form.Item name="username" label={t('ui.users.username')}
            rules={editing ? [] : [required, { pattern: /^[a-zA-Z0-9._-]{3,60}$/, message: t('errors.USERNAME_FORMAT') }]}>
            <Input disabled={!!editing} autoComplete="off" autoCapitalize="none" maxLength={60} />
          </Form.Item>
          <Form.Item name="fullName" label={t('ui.users.fullName')} rules={[required]}>
            <Input maxLength={120} autoComplete="off" />
          </Form.Item>
          <Form.Item name="phone" label={t('ui.users.phone')}>
            <Input maxLength={30} type="tel" autoComplete="off" />
          </Form.Item>
          <Form.Item name="email" label={t('ui.users.email')} rules={[{ type: 'email', message: t('errors.ROW_EMAIL_FORMAT') }]}>
            <Input maxLength={200} type="email" autoComplete="off" />
          </Form.Item>
          {editing ? (
            <Form.Item name="active" label={t('ui.users.status')} valuePropName="checked">
              <Switch checkedChildren={t('ui.users.active')} unCheckedChildren={t('ui.users.locked')} />
            </Form.Item>
          ) : (
            <>
              <Form.Item name="password" label={t('ui.users.password')} extra={t('ui.users.passwordHint')}
                rules={[{ min: 8, message: t('ui.users.minPassword') }]}>
                <Input.Password autoComplete="new-password" />
              </Form.Item>
              <Form.Item label={t('ui.users.roles')}>
                <RolesEditor units={units} />
              </Form.Item>
            </>
          )}
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      )}
    </Modal>
  )
}
