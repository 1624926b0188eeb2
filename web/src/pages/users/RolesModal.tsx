/** Replaces the roles of one account (PUT /api/users/:id/roles). */
import { useEffect, useState } from 'react'
import { App, Form, Modal } from 'antd'
import type { UnitView, UserView } from '../../../../src/shared/schemas.ts'
import { usersApi } from '../../api/endpoints.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { RolesEditor, toGrants } from './RolesEditor.tsx'

type Values = { roles: { role: string; unitId: string; isResponsible?: boolean }[] }

/** The roles dialog. */
export function RolesModal({ user, units, onClose, onSaved }: { user: UserView | null; units: readonly UnitView[]; onClose: () => void; onSaved: () => void }) {
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (!user) return
    form.resetFields()
    form.setFieldsValue({ roles: user.roles.map((r) => ({ role: r.role, unitId: r.unitId, isResponsible: r.isResponsible })) })
  }, [user, form])

  const submit = async () => {
    if (!user) return
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    try {
      await usersApi.setRoles(user.id, toGrants(v.roles))
      message.success(t('ui.users.rolesUpdated', { username: user.username }))
      onSaved()
      onClose()
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, ['roles'])) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal open={!!user} title={user ? t('ui.users.rolesOf', { name: user.fullName }) : ''} onCancel={onClose} onOk={submit}
      okText={t('ui.common.save')} cancelText={t('ui.common.cancel')} confirmLoading={busy} width={720} forceRender>
      <Form form={form} layout="vertical">
        <RolesEditor units={units} />
      </Form>
    </Modal>
  )
}
