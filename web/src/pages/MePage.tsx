/** Tài khoản của tôi: profile, roles, change password, sign out everywhere. */
import { useState } from 'react'
import { useNavigate } from 'react-router-dom'
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Popconfirm, Row, Typography } from 'antd'
import { authApi } from '../api/endpoints.ts'
import { useAuth } from '../auth/auth.tsx'
import { useLocale } from '../i18n/locale.tsx'
import { applyFieldErrors } from '../lib/form-errors.ts'
import { formatDateTime } from '../lib/dates.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { RoleTags } from '../components/RoleTags.tsx'

type PasswordForm = { currentPassword: string; newPassword: string; confirm: string }

/** The user's own account page. */
export function MePage() {
  const { me, refresh, signOut } = useAuth()
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const [form] = Form.useForm<PasswordForm>()
  const [busy, setBusy] = useState(false)

  const changePassword = async (values: PasswordForm) => {
    setBusy(true)
    try {
      await authApi.changePassword(values.currentPassword, values.newPassword)
      form.resetFields()
      message.success(t('ui.me.passwordChanged'))
      await refresh()
    } catch (err) {
      // wrong current password is a field problem, not a page-level one
      const code = (err as { code?: string }).code
      if (code === 'AUTH_WRONG_PASSWORD') form.setFields([{ name: 'currentPassword', errors: [errorText(err)] }])
      else if (code === 'AUTH_SAME_PASSWORD') form.setFields([{ name: 'newPassword', errors: [errorText(err)] }])
      else if (!applyFieldErrors(form, err, lang, ['currentPassword', 'newPassword'])) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }

  const logoutAll = async () => {
    try {
      await authApi.logoutAll()
    } catch (err) {
      message.error(errorText(err))
      return
    }
    await signOut().catch(() => undefined)
    navigate('/sign-in', { replace: true })
  }

  return (
    <>
      <PageHeader title={t('ui.me.title')} />
      {me.mustChangePassword && (
        <Alert type="warning" showIcon title={t('ui.me.mustChange')} style={{ marginBottom: 16 }} data-testid="must-change-password" />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('ui.me.profile')} style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small" items={[
              { key: 'username', label: t('ui.users.username'), children: me.username },
              { key: 'fullName', label: t('ui.users.fullName'), children: me.fullName },
              { key: 'phone', label: t('ui.users.phone'), children: me.phone || '—' },
              { key: 'email', label: t('ui.users.email'), children: me.email || '—' },
              { key: 'lastLogin', label: t('ui.users.lastLogin'), children: formatDateTime(me.lastLoginAt) || t('ui.users.never') },
            ]} />
          </Card>
          <Card title={t('ui.me.roles')}>
            {me.roles.length ? <RoleTags roles={me.roles} /> : <Typography.Text type="secondary">{t('ui.me.noRoles')}</Typography.Text>}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card title={t('ui.me.changePassword')} style={{ marginBottom: 16 }}>
            <Form form={form} layout="vertical" onFinish={changePassword} disabled={busy} requiredMark={false}>
              {/* lets password managers tie the new password to this account */}
              <input type="text" name="username" autoComplete="username" value={me.username} readOnly hidden />
              <Form.Item name="currentPassword" label={t('ui.me.currentPassword')} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}>
                <Input.Password autoComplete="current-password" data-testid="current-password" />
              </Form.Item>
              <Form.Item name="newPassword" label={t('ui.me.newPassword')} extra={t('ui.users.minPassword')}
                rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }, { min: 8, message: t('ui.users.minPassword') }]}>
                <Input.Password autoComplete="new-password" data-testid="new-password" />
              </Form.Item>
              <Form.Item name="confirm" label={t('ui.me.confirmPassword')} dependencies={['newPassword']}
                rules={[
                  { required: true, message: t('errors.FIELD_REQUIRED') },
                  ({ getFieldValue }) => ({
                    validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('ui.me.passwordMismatch')))),
                  }),
                ]}>
                <Input.Password autoComplete="new-password" data-testid="confirm-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy} data-testid="change-password-submit">{t('ui.me.changePassword')}</Button>
            </Form>
          </Card>
          <Card title={t('ui.me.sessions')}>
            <Typography.Paragraph type="secondary">{t('ui.me.logoutAllHint')}</Typography.Paragraph>
            <Popconfirm title={t('ui.me.logoutAllConfirm')} onConfirm={logoutAll} okText={t('ui.common.confirm')} cancelText={t('ui.common.cancel')}>
              <Button danger>{t('ui.me.logoutAll')}</Button>
            </Popconfirm>
          </Card>
        </Col>
      </Row>
    </>
  )
}
