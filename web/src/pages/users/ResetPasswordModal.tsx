/** Resets an account's password; a generated temporary password is shown once. */
import { useEffect, useState } from 'react'
import { App, Form, Input, Modal, Typography } from 'antd'
import type { UserView } from '../../../../src/shared/schemas.ts'
import { usersApi } from '../../api/endpoints.ts'
import { useLocale } from '../../i18n/locale.tsx'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { OneTimeSecret } from '../../components/OneTimeSecret.tsx'

/** The reset-password dialog. */
export function ResetPasswordModal({ user, onClose }: { user: UserView | null; onClose: () => void }) {
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ newPassword?: string }>()
  const [busy, setBusy] = useState(false)
  const [temporary, setTemporary] = useState<string | null>(null)

  useEffect(() => {
    form.resetFields()
    setTemporary(null)
  }, [user, form])

  const submit = async () => {
    if (!user) return
    let v: { newPassword?: string }
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    try {
      const res = await usersApi.resetPassword(user.id, v.newPassword || undefined)
      message.success(t('ui.users.passwordResetDone', { name: user.fullName }))
      if (res?.temporaryPassword) setTemporary(res.temporaryPassword)
      else onClose()
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, ['newPassword'])) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal open={!!user} title={user ? t('ui.users.resetPasswordOf', { name: user.fullName }) : ''}
      onCancel={onClose} onOk={temporary ? onClose : submit} confirmLoading={busy} forceRender
      okText={temporary ? t('ui.common.close') : t('ui.users.resetPassword')} cancelText={t('ui.common.cancel')}
      cancelButtonProps={{ style: temporary ? { display: 'none' } : undefined }}>
      {temporary && user ? (
        <OneTimeSecret label={`${t('ui.users.temporaryPassword')} — ${user.username}`} value={temporary} testId="temporary-password" />
      ) : (
        <Form form={form} layout="vertical" onFinish={submit}>
          <Typography.Paragraph type="secondary">{t('ui.users.resetHint')}</Typography.Paragraph>
          <Form.Item name="newPassword" label={t('ui.users.newPasswordOptional')} rules={[{ min: 8, message: t('ui.users.minPassword') }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </Form>
      )}
    </Modal>
  )
}
