/** API tokens of accounts in scope: list, issue (shown once), revoke. */
import { useState } from 'react'
import { App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography, type ButtonProps } from 'antd'
import { KeyOutlined, PlusOutlined } from '@ant-design/icons'
import type { Dayjs } from 'dayjs'
import type { TokenView } from '../../../../src/shared/schemas.ts'
import { tokensApi, usersApi } from '../../api/endpoints.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { applyFieldErrors } from '../../lib/form-errors.ts'
import { formatDateTime } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { OneTimeSecret } from '../../components/OneTimeSecret.tsx'
import { LoadError } from '../../components/StatusPages.tsx'

type Values = { userId: string; name: string; expiresOn?: Dayjs | null }

/** The tokens card of the accounts page. */
export function TokensSection() {
  const { can } = useAuth()
  const { t, lang, errorText } = useLocale()
  const { message } = App.useApp()
  const tokens = useLoad(() => tokensApi.list(), [])
  const [form] = Form.useForm<Values>()
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [issued, setIssued] = useState<string | null>(null)
  const [userQuery, setUserQuery] = useState('')
  const userOptions = useLoad(
    () => (open ? usersApi.list({ q: userQuery || undefined, page: 1, pageSize: 20 }) : Promise.resolve(null)),
    [open, userQuery],
  )

  const status = (tk: TokenView) =>
    tk.revokedAt ? <Tag>{t('ui.tokens.revoked')}</Tag>
      : tk.expiresAt && new Date(tk.expiresAt) <= new Date() ? <Tag color="orange">{t('ui.tokens.expired')}</Tag>
        : <Tag color="green">{t('ui.tokens.active')}</Tag>

  const close = () => {
    setOpen(false)
    setIssued(null)
    form.resetFields()
  }
  const submit = async () => {
    let v: Values
    try {
      v = await form.validateFields()
    } catch {
      return
    }
    setBusy(true)
    try {
      const res = await tokensApi.create({ userId: v.userId, name: v.name.trim(), expiresOn: v.expiresOn ? v.expiresOn.format('YYYY-MM-DD') : null })
      setIssued(res.token)
      tokens.reload()
    } catch (err) {
      if (!applyFieldErrors(form, err, lang, ['userId', 'name', 'expiresOn'])) message.error(errorText(err))
    } finally {
      setBusy(false)
    }
  }
  const revoke = async (tk: TokenView) => {
    try {
      await tokensApi.revoke(tk.id)
      message.success(t('ui.tokens.revokedDone', { name: tk.name }))
      tokens.reload()
    } catch (err) {
      message.error(errorText(err))
    }
  }

  return (
    <Card
      title={<><KeyOutlined /> {t('ui.tokens.title')}</>}
      extra={can('api_token', 'create') && (
        <Button icon={<PlusOutlined />} onClick={() => setOpen(true)} data-testid="token-create">{t('ui.tokens.create')}</Button>
      )}
      style={{ marginTop: 24 }}
    >
      <Typography.Paragraph type="secondary">{t('ui.tokens.hint')}</Typography.Paragraph>
      {tokens.error != null ? <LoadError error={tokens.error} onRetry={tokens.reload} /> : (
        <Table<TokenView>
          rowKey="id"
          size="small"
          loading={tokens.loading}
          dataSource={tokens.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={false}
          locale={{ emptyText: t('ui.tokens.empty') }}
          columns={[
            { title: t('ui.tokens.name'), dataIndex: 'name' },
            { title: t('ui.tokens.user'), dataIndex: 'username' },
            { title: t('ui.tokens.createdAt'), dataIndex: 'createdAt', render: formatDateTime },
            { title: t('ui.tokens.expiresOn'), dataIndex: 'expiresAt', render: (v: string | null) => (v ? formatDateTime(v) : t('ui.tokens.noExpiry')) },
            { title: t('ui.tokens.lastUsed'), dataIndex: 'lastUsedAt', render: (v: string | null) => formatDateTime(v) || '—' },
            { title: t('ui.tokens.status'), key: 'status', render: (_, tk) => status(tk) },
            ...(can('api_token', 'manage') ? [{
              title: t('ui.common.actions'), key: 'actions',
              render: (_: unknown, tk: TokenView) => !tk.revokedAt && (
                <Popconfirm title={t('ui.tokens.revokeConfirm', { name: tk.name })} okText={t('ui.tokens.revoke')} okButtonProps={{ danger: true }}
                  cancelText={t('ui.common.cancel')} onConfirm={() => revoke(tk)}>
                  <Button size="small" danger>{t('ui.tokens.revoke')}</Button>
                </Popconfirm>
              ),
            }] : []),
          ]}
        />
      )}
      <Modal open={open} title={t('ui.tokens.create')} onCancel={close} onOk={issued ? close : submit} confirmLoading={busy} forceRender
        okText={issued ? t('ui.common.close') : t('ui.common.create')} cancelText={t('ui.common.cancel')}
        cancelButtonProps={{ style: issued ? { display: 'none' } : undefined }}
        okButtonProps={{ 'data-testid': 'token-form-submit' } as ButtonProps}>
        {issued ? <OneTimeSecret label={t('ui.tokens.token')} value={issued} testId="issued-token" /> : (
          <Form form={form} layout="vertical" requiredMark="optional">
            <Form.Item name="userId" label={t('ui.tokens.user')} rules={[{ required: true, message: t('errors.FIELD_REQUIRED') }]}>
              <Select
                showSearch={{ filterOption: false, onSearch: setUserQuery }}
                placeholder={t('ui.tokens.userSearch')}
                loading={userOptions.loading}
                options={(userOptions.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.username} — ${u.fullName}` }))}
              />
            </Form.Item>
            <Form.Item name="name" label={t('ui.tokens.name')} rules={[{ required: true, whitespace: true, message: t('errors.FIELD_REQUIRED') }]}>
              <Input maxLength={80} placeholder="he-thong-bao-cao" />
            </Form.Item>
            <Form.Item name="expiresOn" label={t('ui.tokens.expiresOn')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} placeholder={t('ui.tokens.noExpiry')} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </Card>
  )
}
