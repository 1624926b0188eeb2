/** Đăng nhập: username and password; the server's message on failure; forced password change goes to /me. */
import { useEffect, useState } from 'react'
import { Navigate, useLocation, useNavigate } from 'react-router-dom'
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd'
import { LockOutlined, UserOutlined } from '@ant-design/icons'
import { useAuth } from '../auth/auth.tsx'
import { useLocale } from '../i18n/locale.tsx'
import { LanguageSwitch } from '../components/LanguageSwitch.tsx'
import { countUnsent } from '../offline/outbox.ts'

type FromState = { from?: string; expired?: boolean } | null

/** The sign-in page. */
export function SignInPage() {
  const { state, signIn } = useAuth()
  const { t, errorText } = useLocale()
  const navigate = useNavigate()
  const location = useLocation()
  const from = (location.state as FromState)?.from
  const expired = (location.state as FromState)?.expired
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  // records written offline wait on this device for their account to sign in again
  const [unsent, setUnsent] = useState(0)
  useEffect(() => { countUnsent().then(setUnsent, () => undefined) }, [])

  if (state.status === 'signed-in' && !busy) {
    return <Navigate to={state.me.mustChangePassword ? '/me' : from && from !== '/sign-in' ? from : '/'} replace />
  }

  const onFinish = async (values: { username: string; password: string }) => {
    setBusy(true)
    setError(null)
    try {
      const me = await signIn(values.username.trim(), values.password)
      navigate(me.mustChangePassword ? '/me' : from && from !== '/sign-in' ? from : '/', { replace: true })
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, background: '#f0f4fa' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex justify="space-between" align="start" style={{ marginBottom: 8 }}>
          <Flex align="center" gap={10}>
            <img src="/favicon.svg" alt="" width={40} height={40} />
            <div>
              <Typography.Title level={3} style={{ margin: 0 }}>{t('app.name')}</Typography.Title>
              <Typography.Text type="secondary">{t('ui.auth.subtitle')}</Typography.Text>
            </div>
          </Flex>
          <LanguageSwitch />
        </Flex>
        <Typography.Title level={4} style={{ marginTop: 16 }}>{t('ui.auth.title')}</Typography.Title>
        {expired && !error && <Alert type="info" showIcon title={t('ui.auth.sessionExpired')} style={{ marginBottom: 16 }} />}
        {unsent > 0 && <Alert type="warning" showIcon title={t('ui.offline.pendingAtSignIn', { count: unsent })} style={{ marginBottom: 16 }} data-testid="sign-in-unsent" />}
        {error != null && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 16 }} data-testid="sign-in-error" role="alert" />}
        <Form layout="vertical" onFinish={onFinish} requiredMark={false} disabled={busy}>
          <Form.Item name="username" label={t('ui.auth.username')} rules={[{ required: true, whitespace: true, message: t('ui.auth.usernameRequired') }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="none" autoFocus size="large" data-testid="sign-in-username" />
          </Form.Item>
          <Form.Item name="password" label={t('ui.auth.password')} rules={[{ required: true, message: t('ui.auth.passwordRequired') }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" data-testid="sign-in-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block size="large" loading={busy} data-testid="sign-in-submit">
            {t('ui.auth.submit')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0, fontSize: 13 }}>
          {t('ui.auth.forgot')}
        </Typography.Paragraph>
      </Card>
    </Flex>
  )
}
