/** Tài khoản: search and page through accounts; create, edit, roles, password reset, import; API tokens for admins. */
import { useState } from 'react'
import { Button, Flex, Input, Table, Tag, Tooltip, Typography } from 'antd'
import { EditOutlined, LockOutlined, PlusOutlined, SafetyCertificateOutlined, UploadOutlined } from '@ant-design/icons'
import type { UserView } from '../../../../src/shared/schemas.ts'
import { unitsApi, usersApi } from '../../api/endpoints.ts'
import { useAuth } from '../../auth/auth.tsx'
import { useLocale } from '../../i18n/locale.tsx'
import { formatDateTime } from '../../lib/dates.ts'
import { useLoad } from '../../lib/use-load.ts'
import { PageHeader } from '../../components/PageHeader.tsx'
import { ImportModal } from '../../components/ImportModal.tsx'
import { RoleTags } from '../../components/RoleTags.tsx'
import { LoadError } from '../../components/StatusPages.tsx'
import { UserFormModal, type UserFormTarget } from './UserFormModal.tsx'
import { RolesModal } from './RolesModal.tsx'
import { ResetPasswordModal } from './ResetPasswordModal.tsx'
import { TokensSection } from './TokensSection.tsx'

const USERS_TEMPLATE = {
  filename: 'tai-khoan-mau.csv',
  csv: 'username,full_name,phone,email,active,roles,password\r\nnguyenvana,Nguyễn Văn An,0912000111,,1,unit_officer@MA-DON-VI*,\r\n',
}

/** The accounts page. */
export function UsersPage() {
  const { can } = useAuth()
  const { t } = useLocale()
  const [q, setQ] = useState('')
  const [page, setPage] = useState(1)
  const [pageSize, setPageSize] = useState(20)
  const users = useLoad(() => usersApi.list({ q: q || undefined, page, pageSize }), [q, page, pageSize])
  const canUnits = can('unit', 'read')
  // inactive units too, so a role held at a closed unit still shows its name (the picker greys them out)
  const units = useLoad(() => (canUnits ? unitsApi.list(true) : Promise.resolve({ items: [], total: 0 })), [canUnits])
  const [form, setForm] = useState<UserFormTarget | null>(null)
  const [rolesOf, setRolesOf] = useState<UserView | null>(null)
  const [resetOf, setResetOf] = useState<UserView | null>(null)
  const [importing, setImporting] = useState(false)
  const unitList = units.data?.items ?? []
  const mayUpdate = can('user', 'update')
  const mayManage = can('user', 'manage')

  return (
    <>
      <PageHeader
        title={t('ui.users.title')}
        extra={<>
          {can('user', 'import') && <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="user-import">{t('ui.users.import')}</Button>}
          {can('user', 'create') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setForm({ mode: 'create' })} data-testid="user-create">{t('ui.users.create')}</Button>}
        </>}
      />
      <Input.Search
        allowClear
        placeholder={t('ui.users.searchPlaceholder')}
        onSearch={(value) => { setQ(value.trim()); setPage(1) }}
        style={{ maxWidth: 420, marginBottom: 12 }}
        enterButton
        data-testid="user-search"
      />
      {users.error != null ? <LoadError error={users.error} onRetry={users.reload} /> : (
        <Table<UserView>
          rowKey="id"
          size="middle"
          loading={users.loading}
          dataSource={users.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: t('ui.users.empty') }}
          pagination={{
            current: page, pageSize, total: users.data?.total ?? 0, showSizeChanger: true,
            showTotal: (total) => t('ui.common.total', { total }),
            onChange: (p, s) => { setPage(s === pageSize ? p : 1); setPageSize(s) },
          }}
          columns={[
            { title: t('ui.users.username'), dataIndex: 'username', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
            { title: t('ui.users.fullName'), dataIndex: 'fullName' },
            { title: t('ui.users.roles'), dataIndex: 'roles', render: (_, u) => <RoleTags roles={u.roles} />, width: 360 },
            {
              title: t('ui.users.status'), key: 'status',
              render: (_, u) => (
                <Flex gap={4} wrap>
                  {u.active ? <Tag color="green">{t('ui.users.active')}</Tag> : <Tag color="red">{t('ui.users.locked')}</Tag>}
                  {u.mustChangePassword && <Tag color="orange">{t('ui.users.mustChange')}</Tag>}
                </Flex>
              ),
            },
            { title: t('ui.users.lastLogin'), dataIndex: 'lastLoginAt', render: (v: string | null) => formatDateTime(v) || t('ui.users.never') },
            ...(mayUpdate || mayManage ? [{
              title: t('ui.common.actions'), key: 'actions', fixed: 'right' as const,
              render: (_: unknown, u: UserView) => (
                <Flex gap={4}>
                  {mayUpdate && <Tooltip title={t('ui.users.edit')}><Button size="small" icon={<EditOutlined />} aria-label={t('ui.users.edit')} onClick={() => setForm({ mode: 'edit', user: u })} /></Tooltip>}
                  {mayManage && <Tooltip title={t('ui.users.editRoles')}><Button size="small" icon={<SafetyCertificateOutlined />} aria-label={t('ui.users.editRoles')} onClick={() => setRolesOf(u)} /></Tooltip>}
                  {mayManage && <Tooltip title={t('ui.users.resetPassword')}><Button size="small" icon={<LockOutlined />} aria-label={t('ui.users.resetPassword')} onClick={() => setResetOf(u)} /></Tooltip>}
                </Flex>
              ),
            }] : []),
          ]}
        />
      )}
      {can('api_token', 'read') && <TokensSection />}
      <UserFormModal target={form} units={unitList} onClose={() => setForm(null)} onSaved={users.reload} />
      <RolesModal user={rolesOf} units={unitList} onClose={() => setRolesOf(null)} onSaved={users.reload} />
      <ResetPasswordModal user={resetOf} onClose={() => setResetOf(null)} />
      <ImportModal open={importing} title={t('ui.users.import')} upload={usersApi.import} columnsHint={t('ui.import.userColumns')}
        template={USERS_TEMPLATE} onImported={users.reload} onClose={() => setImporting(false)} />
    </>
  )
}
